"""Crash output names the error's type and place, never the text of a note."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

CANARY = "Zephyrine Quackenbush"


def run_python(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BIY_HOME": str(tmp_path / "home")}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_cli_crash_hides_locals_and_message(tmp_path: Path) -> None:
    result = run_python(
        f"""
        import sys
        from biy_tui import __main__
        from biy_tui.cli import curriculum_cmds

        def boom(args):
            note = "{CANARY} called from 613-555-0199"
            raise ValueError(note)

        curriculum_cmds.check_curriculum = boom
        sys.exit(__main__.run(["curriculum", "check"]))
        """,
        tmp_path,
    )
    assert result.returncode in (1, 70)
    assert CANARY not in result.stdout + result.stderr
    assert "613-555" not in result.stdout + result.stderr


def test_uncaught_exception_hook_hides_message(tmp_path: Path) -> None:
    result = run_python(
        f"""
        from biy_tui.core import crash
        crash.install()
        secret = "{CANARY}"
        raise RuntimeError(secret)
        """,
        tmp_path,
    )
    assert result.returncode == 1
    assert CANARY not in result.stderr
    assert "RuntimeError" in result.stderr


def test_thread_exception_hides_message(tmp_path: Path) -> None:
    result = run_python(
        f"""
        import threading
        from biy_tui.core import crash
        crash.install()
        def work():
            secret = "{CANARY}"
            raise KeyError(secret)
        t = threading.Thread(target=work)
        t.start(); t.join()
        """,
        tmp_path,
    )
    assert CANARY not in result.stderr
    assert "KeyError" in result.stderr


def test_app_crash_prints_no_locals(tmp_path: Path) -> None:
    result = run_python(
        f"""
        import sys
        from biy_tui.core import paths
        from biy_tui.ui.app import build_app
        from biy_tui.core.curriculum import load_curriculum
        from biy_tui.ui.screens.program import ProgramScreen

        def explode(self):
            debrief_text = "{CANARY} shared her story"
            raise ZeroDivisionError(debrief_text)

        ProgramScreen.on_mount = explode
        app = build_app(load_curriculum(paths.shipped_curriculum_dir()))
        app.run(headless=True, size=(80, 24))
        sys.exit(app.return_code or 0)
        """,
        tmp_path,
    )
    assert result.returncode == 1
    out = result.stdout + result.stderr
    assert CANARY not in out
    assert "ZeroDivisionError" in out
    assert "program.py" in out or "ProgramScreen" in out or "unexpected problem" in out

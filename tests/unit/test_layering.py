"""The core never imports Textual (checked in a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys

CORE = [
    "biy_tui.curriculum",
    "biy_tui.store",
    "biy_tui.privacy",
    "biy_tui.reports",
    "biy_tui.paths",
    "biy_tui.settings",
    "biy_tui.messages",
    "biy_tui.crash",
]


def test_core_imports_no_textual() -> None:
    code = (
        "import importlib, json, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'tinydb'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = json.loads(out)
    assert [m for m in loaded if m.startswith("textual")] == []


def test_importing_the_package_creates_nothing(tmp_path, monkeypatch) -> None:
    home = tmp_path / "home"
    code = "import biy_tui, biy_tui.paths, biy_tui.settings, biy_tui.cli, biy_tui.app"
    env = {"BIY_HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    assert not home.exists()

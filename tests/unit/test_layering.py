"""The core never imports Textual or Rich, and the tree shows it (in a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "biy_tui"
# Every module of the core, found on disk, so a new one is checked without being listed.
CORE = sorted(
    "biy_tui." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts).removesuffix(".__init__")
    for p in (PACKAGE / "core").rglob("*.py")
    if "data" not in p.parts
)


def test_core_imports_no_textual() -> None:
    code = (
        "import importlib, json, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'rich', 'tinydb'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = json.loads(out)
    assert len(CORE) > 30
    assert [m for m in loaded if m.split(".")[0] in ("textual", "rich")] == []


def test_the_tree_shows_core_and_shell() -> None:
    top = {p.name for p in PACKAGE.iterdir() if not p.name.startswith(("_", "."))}
    assert top == {"core", "ui", "cli"}, top


def test_importing_the_package_creates_nothing(tmp_path, monkeypatch) -> None:
    home = tmp_path / "home"
    code = "import biy_tui, biy_tui.core.paths, biy_tui.core.settings, biy_tui.cli, biy_tui.ui.app"
    env = {"BIY_HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    assert not home.exists()

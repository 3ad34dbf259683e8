"""Every message name is defined once: a second definition silently replaces the first.

(Found trying the report at 80x24: its title read "Evaluation report: {program}".)
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import biy_tui.core.text.messages as messages_module


def test_no_message_is_defined_twice() -> None:
    tree = ast.parse(Path(messages_module.__file__).read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    )
    assert [name for name, count in names.items() if count > 1] == []


async def test_the_report_screen_title_has_no_empty_slot(tmp_path: Path) -> None:
    from biy_tui.core import paths
    from biy_tui.core.curriculum import load_curriculum
    from biy_tui.ui.app import build_app
    from biy_tui.ui.screens.report import ReportScreen
    from tests.ui.conftest import wait_for

    app = build_app(load_curriculum(paths.shipped_curriculum_dir()), data_dir=tmp_path / "d")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        await app.workers.wait_for_complete()
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        assert "{" not in str(app.screen.title)

"""Snapshot tests of the "Someone needs help now" card at 80x24 and 120x40, both themes.

Regenerate after an intended change with
``uv run pytest tests/snapshots/test_supports.py --snapshot-update`` and review the SVGs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snapshots.test_screens import SIZES, THEMES, make, ready


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", THEMES)
def test_supports_card(snap_compare, tmp_path: Path, size, theme) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("f1")

    assert snap_compare(make(tmp_path, theme), terminal_size=size, run_before=ready(go))


@pytest.mark.parametrize("size", SIZES)
def test_supports_card_lines(snap_compare, tmp_path: Path, size) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("f1")
        await pilot.pause()
        await pilot.press("s")

    assert snap_compare(make(tmp_path), terminal_size=size, run_before=ready(go))

"""Snapshots of the report screen at 80x24 and 120x40 (fixed records and date)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from biy_tui.ui.screens.report import ReportScreen
from tests.snapshots.test_screens import SIZES, make, ready
from tests.ui.conftest import wait_for
from tests.unit.reports.fixtures import curriculum, save_all, small_site


@pytest.mark.parametrize("size", SIZES)
def test_report_preview(snap_compare, tmp_path: Path, size) -> None:  # type: ignore[no-untyped-def]
    save_all(small_site(curriculum()), tmp_path / "data")

    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        screen = ReportScreen(today=dt.date(2026, 11, 25))
        pilot.app.push_screen(screen)
        await wait_for(pilot, lambda: screen.report is not None)

    assert snap_compare(make(tmp_path), terminal_size=size, run_before=ready(go))

"""Snapshots of history, a record, trends and the member check at 80x24 and 120x40.

The records are the fixed-date fakes of ``tests/ui/history_data.py``, saved in
``run_before`` once the store is open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from biy_tui.ui.screens.history import HistoryScreen
from biy_tui.ui.screens.member_check import MemberCheckScreen
from biy_tui.ui.screens.record import RecordScreen
from biy_tui.ui.screens.trends import TrendsScreen
from tests.snapshots.test_screens import SIZES, make, ready
from tests.ui.conftest import wait_for
from tests.ui.history_data import fill


def filled(then: Any) -> Any:
    """Save the fake records, then act."""

    async def go(pilot: Any) -> None:
        fill(pilot.app.store, pilot.app.curriculum)
        await then(pilot)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return go


async def show_history(pilot: Any) -> None:
    screen = HistoryScreen()
    pilot.app.push_screen(screen)
    await wait_for(pilot, lambda: screen.listing is not None)


async def show_check_in(pilot: Any) -> None:
    await show_history(pilot)
    await pilot.press("1", "enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, RecordScreen))


async def show_trends(pilot: Any) -> None:
    screen = TrendsScreen()
    pilot.app.push_screen(screen)
    await wait_for(pilot, lambda: screen.trends is not None)


async def show_feedback_chart(pilot: Any) -> None:
    await show_trends(pilot)
    await pilot.pause()
    await pilot.press("4")


async def show_member_check(pilot: Any) -> None:
    pilot.app.push_screen(MemberCheckScreen())
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_history(snap_compare, tmp_path: Path, size) -> None:
    assert snap_compare(make(tmp_path), terminal_size=size, run_before=ready(filled(show_history)))


@pytest.mark.parametrize("size", SIZES)
def test_check_in_read_only(snap_compare, tmp_path: Path, size) -> None:
    assert snap_compare(make(tmp_path), terminal_size=size, run_before=ready(filled(show_check_in)))


@pytest.mark.parametrize("size", SIZES)
def test_trends(snap_compare, tmp_path: Path, size) -> None:
    assert snap_compare(make(tmp_path), terminal_size=size, run_before=ready(filled(show_trends)))


@pytest.mark.parametrize("size", SIZES)
def test_trends_feedback(snap_compare, tmp_path: Path, size) -> None:
    assert snap_compare(
        make(tmp_path), terminal_size=size, run_before=ready(filled(show_feedback_chart))
    )


@pytest.mark.parametrize("size", SIZES)
def test_member_check(snap_compare, tmp_path: Path, size) -> None:
    assert snap_compare(
        make(tmp_path), terminal_size=size, run_before=ready(filled(show_member_check))
    )


def test_trends_empty(snap_compare, tmp_path: Path) -> None:
    assert snap_compare(make(tmp_path), terminal_size=(80, 24), run_before=ready(show_trends))


def test_member_check_empty(snap_compare, tmp_path: Path) -> None:
    assert snap_compare(make(tmp_path), terminal_size=(80, 24), run_before=ready(show_member_check))


async def show_self_care(pilot: Any) -> None:
    await show_history(pilot)
    await pilot.press("4", "enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, RecordScreen))


def test_self_care_read_only(snap_compare, tmp_path: Path) -> None:
    assert snap_compare(
        make(tmp_path), terminal_size=(80, 24), run_before=ready(filled(show_self_care))
    )

"""Snapshots of the logging screens at 80x24 and 120x40 (fixed dates, fake text)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from biy_tui.core.store import Draft
from biy_tui.ui.dialogs.privacy_review import PrivacyReview
from biy_tui.ui.screens.checkin import CheckInScreen
from biy_tui.ui.screens.debrief import DebriefScreen, HeavyWeekOffer, SelfCareScreen
from biy_tui.ui.screens.drafts import DraftsScreen
from tests.snapshots.test_screens import SIZES, make, ready

WHEN = dt.datetime(2026, 11, 25, 19, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize("size", SIZES)
def test_check_in(snap_compare, tmp_path: Path, size) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        pilot.app.push_screen(CheckInScreen(3))
        await pilot.pause()
        screen = pilot.app.screen
        screen.query_one("#checkin-date", Input).value = "2026-11-25"
        screen.query_one("#count-present", Input).value = "3"
        screen.query_one("#tally-arriving-1").count = 4
        await pilot.press("ctrl+s")

    assert snap_compare(make(tmp_path), terminal_size=size, run_before=ready(go))


@pytest.mark.parametrize("size", SIZES)
def test_debrief_with_prompts(snap_compare, tmp_path: Path, size) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        pilot.app.push_screen(DebriefScreen(3))
        await pilot.pause()
        pilot.app.screen.query_one("#field-what_worked", TextArea).text = "The collage was calm."
        await pilot.press("f2")

    assert snap_compare(make(tmp_path), terminal_size=size, run_before=ready(go))


@pytest.mark.parametrize("size", SIZES)
def test_privacy_review(snap_compare, tmp_path: Path, size) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        pilot.app.push_screen(PrivacyReview("Call Zelda Quimby on 613-555-0199 about the bus."))

    assert snap_compare(make(tmp_path), terminal_size=size, run_before=ready(go))


@pytest.mark.parametrize("size", SIZES)
def test_self_care(snap_compare, tmp_path: Path, size) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        pilot.app.push_screen(SelfCareScreen())
        await pilot.pause()
        await pilot.press("left")

    assert snap_compare(make(tmp_path), terminal_size=size, run_before=ready(go))


@pytest.mark.parametrize("size", SIZES)
def test_drafts_offer(snap_compare, tmp_path: Path, size) -> None:
    drafts = [
        Draft(key="debrief:week-7", fields={"what_worked": "x"}, updated=WHEN),
        Draft(key="selfcare:new", fields={"my_plan": "y"}, updated=WHEN),
    ]

    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        pilot.app.push_screen(DraftsScreen(drafts))

    assert snap_compare(make(tmp_path), terminal_size=size, run_before=ready(go))


@pytest.mark.parametrize("size", SIZES)
def test_heavy_week_offer(snap_compare, tmp_path: Path, size) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        pilot.app.push_screen(HeavyWeekOffer())

    assert snap_compare(make(tmp_path), terminal_size=size, run_before=ready(go))

"""Snapshot tests: each screen at 80x24 and 120x40, main screens in the high-contrast theme too.

Regenerate after an intended change with ``uv run pytest tests/snapshots --snapshot-update``
and review the SVGs in the report before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from biy_tui.core import paths
from biy_tui.core.curriculum import load_curriculum
from biy_tui.core.settings import Settings
from biy_tui.ui.app import build_app
from biy_tui.ui.dialogs.opening import LockedScreen, PassphraseScreen
from biy_tui.ui.screens.agenda import AgendaScreen
from biy_tui.ui.screens.run import RunScreen
from biy_tui.ui.screens.week import WeekScreen
from tests.shipped import shipped
from tests.ui.conftest import wait_for
from tests.unit.curriculum.helpers import week_text, write

SIZES = [(80, 24), (120, 40)]
THEMES = ["biy-calm", "biy-contrast"]
# Each screen in the calm theme at both sizes; the high-contrast theme at 80x24, where a
# screen is most crowded (its colours do not change with the size). Ids as before.
THEMED = pytest.mark.parametrize(
    ("theme", "size"),
    [
        pytest.param(theme, size, id=f"{theme}-size{i}")
        for theme in THEMES
        for i, size in enumerate(SIZES)
        if theme == "biy-calm" or size == (80, 24)
    ],
)


def make(tmp_path: Path, theme: str = "biy-calm", site: Path | None = None):  # type: ignore[no-untyped-def]
    if site is None:
        curriculum = shipped()  # read once per worker, a fresh copy each time
    else:
        curriculum = load_curriculum(paths.shipped_curriculum_dir(), site)
    return build_app(curriculum, settings=Settings(theme=theme), data_dir=tmp_path / "data")


def ready(then=None):  # type: ignore[no-untyped-def]
    """A run_before that waits for the records to open (and their marks), then acts."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        app = pilot.app
        await wait_for(pilot, lambda: app.store is not None)
        await app.workers.wait_for_complete()
        await pilot.pause()
        if then is not None:
            await then(pilot)
            await pilot.pause()

    return run_before


def planned_week_3(pilot) -> None:  # type: ignore[no-untyped-def]
    app = pilot.app
    week = app.curriculum.weeks[3]
    for activity in (week.by_style("creative-movement")[0], week.by_style("discussion")[0]):
        app.planner.add(3, activity)


@THEMED
def test_overview(snap_compare, tmp_path: Path, size, theme) -> None:
    assert snap_compare(make(tmp_path, theme), terminal_size=size, run_before=ready())


@THEMED
def test_week_about(snap_compare, tmp_path: Path, size, theme) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        pilot.app.push_screen(WeekScreen(3))

    assert snap_compare(make(tmp_path, theme), terminal_size=size, run_before=ready(go))


@THEMED
def test_week_activities_filtered(snap_compare, tmp_path: Path, size, theme) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        pilot.app.push_screen(WeekScreen(3))
        await pilot.pause()
        await pilot.press("4", "3", "down")

    assert snap_compare(make(tmp_path, theme), terminal_size=size, run_before=ready(go))


@THEMED
def test_agenda(snap_compare, tmp_path: Path, size, theme) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        planned_week_3(pilot)
        pilot.app.push_screen(AgendaScreen(3))

    assert snap_compare(make(tmp_path, theme), terminal_size=size, run_before=ready(go))


@pytest.mark.parametrize("size", SIZES)
def test_agenda_over_time(snap_compare, tmp_path: Path, size) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        app = pilot.app
        for activity in app.curriculum.weeks[3].activities[:5]:
            app.planner.add(3, activity)
        app.push_screen(AgendaScreen(3))

    assert snap_compare(make(tmp_path), terminal_size=size, run_before=ready(go))


@THEMED
def test_choose_options(snap_compare, tmp_path: Path, size, theme) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        pilot.app.push_screen(WeekScreen(3))
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("space", "down", "down", "space")

    assert snap_compare(make(tmp_path, theme), terminal_size=size, run_before=ready(go))


@THEMED
def test_room_view_with_tally(snap_compare, tmp_path: Path, size, theme) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        pilot.app.push_screen(WeekScreen(3))
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("space", "down", "space", "down", "down", "space", "enter")
        await pilot.pause()
        await pilot.press("1", "2", "2", "3")

    assert snap_compare(make(tmp_path, theme), terminal_size=size, run_before=ready(go))


@THEMED
def test_run_session(snap_compare, tmp_path: Path, size, theme) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        planned_week_3(pilot)
        pilot.app.push_screen(RunScreen(3, clock=lambda: 0.0))

    assert snap_compare(make(tmp_path, theme), terminal_size=size, run_before=ready(go))


@THEMED
def test_grounding_card(snap_compare, tmp_path: Path, size, theme) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("g")

    assert snap_compare(make(tmp_path, theme), terminal_size=size, run_before=ready(go))


@THEMED
def test_help(snap_compare, tmp_path: Path, size, theme) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("question_mark")

    assert snap_compare(make(tmp_path, theme), terminal_size=size, run_before=ready(go))


@THEMED
def test_hidden(snap_compare, tmp_path: Path, size, theme) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        pilot.app.push_screen(WeekScreen(3))
        await pilot.pause()
        await pilot.press("ctrl+x")

    assert snap_compare(make(tmp_path, theme), terminal_size=size, run_before=ready(go))


@pytest.mark.parametrize("size", SIZES)
def test_unavailable_week(snap_compare, tmp_path: Path, size) -> None:
    site = tmp_path / "site"
    write(site, "week-02.toml", week_text(2, part="finding-our-voices", themes='["nope"]'))

    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("down")

    assert snap_compare(make(tmp_path, site=site), terminal_size=size, run_before=ready(go))


@pytest.mark.parametrize("size", SIZES)
def test_passphrase_dialog(snap_compare, tmp_path: Path, size) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        pilot.app.push_screen(PassphraseScreen(wrong=True))

    assert snap_compare(make(tmp_path), terminal_size=size, run_before=ready(go))


@pytest.mark.parametrize("size", SIZES)
def test_locked_dialog(snap_compare, tmp_path: Path, size) -> None:
    async def go(pilot) -> None:  # type: ignore[no-untyped-def]
        pilot.app.push_screen(LockedScreen("the data folder"))

    assert snap_compare(make(tmp_path), terminal_size=size, run_before=ready(go))


def test_check_in_with_too_many_hands_80x24(snap_compare, tmp_path: Path) -> None:
    """The scale with more hands than present shows whole: question, levels, the count line."""

    async def too_many(pilot) -> None:  # type: ignore[no-untyped-def]
        from textual.widgets import Input

        from biy_tui.ui.widgets.tally import TallyCounter

        app = pilot.app
        app.records.open_form("checkin", 3)
        await wait_for(pilot, lambda: app.screen.query("#count-present"))
        await pilot.pause()
        app.screen.query_one("#count-present", Input).value = "2"
        app.screen.query(TallyCounter).first().count = 3
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause(0.3)
        app.clear_notifications()

    assert snap_compare(make(tmp_path), terminal_size=(80, 24), run_before=ready(too_many))

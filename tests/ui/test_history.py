"""Pilot tests for looking back: history (pages, filter, search, reading), trends, member check."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from textual.widgets import Input, OptionList, Static, TextArea

from biy_tui.core.store import CheckIn, Debrief, SelfCare
from biy_tui.core.text import messages
from biy_tui.ui.screens.history import PER_PAGE, HistoryScreen
from biy_tui.ui.screens.member_check import MemberCheckScreen
from biy_tui.ui.screens.record import RecordScreen
from biy_tui.ui.screens.trends import TrendsScreen
from tests.ui.conftest import wait_for
from tests.ui.history_data import RECORD_COUNT, fill


def text_of(static: Static, width: int = 100) -> str:
    """What a Static shows, as plain text (its renderable drawn at ``width``)."""
    console = Console(width=width, record=True, color_system=None, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(static.content)
    return console.export_text()


async def opened(pilot: Any, app: Any, filled: bool = True) -> None:
    await wait_for(pilot, lambda: app.store is not None)
    await app.workers.wait_for_complete()
    if filled:
        fill(app.store, app.curriculum)
    await pilot.pause()


async def history(pilot: Any, app: Any) -> HistoryScreen:
    screen = HistoryScreen()
    app.push_screen(screen)
    await wait_for(pilot, lambda: screen.listing is not None)
    return screen


def shown(screen: HistoryScreen) -> list[Any]:
    assert screen.listing is not None
    return screen.listing.records


def status(screen: HistoryScreen) -> str:
    return str(screen.query_one("#history-status", Static).render())


async def test_history_pages_newest_first(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, app)
        screen = await history(pilot, app)
        listing = screen.query_one("#history-list", OptionList)
        assert listing.option_count == PER_PAGE
        first = shown(screen)
        assert [r.date for r in first] == sorted((r.date for r in first), reverse=True)
        assert f"Page 1 of 2 · {RECORD_COUNT} records" in status(screen)
        await pilot.press("right_square_bracket")
        await wait_for(pilot, lambda: screen.page == 1)
        assert listing.option_count == RECORD_COUNT - PER_PAGE
        assert shown(screen)[0].date <= first[-1].date
        assert "Page 2 of 2" in status(screen)
        await pilot.press("right_square_bracket")  # no page after the last
        await pilot.pause()
        assert screen.page == 1
        await pilot.press("pageup")
        await wait_for(pilot, lambda: screen.page == 0)
        assert shown(screen) == first
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: screen.page == 1)
        assert len(list(screen.walk_children())) < 300


async def test_history_kind_filter(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, app)
        screen = await history(pilot, app)
        await pilot.press("2")
        await wait_for(
            pilot, lambda: screen.listing is not None and screen.listing.kind == "debrief"
        )
        assert len(shown(screen)) == 9 and all(isinstance(r, Debrief) for r in shown(screen))
        assert "Page 1 of 1" in status(screen)
        await pilot.press("f")  # debriefs → plans
        await wait_for(pilot, lambda: screen.listing is not None and screen.listing.kind == "plan")
        assert len(shown(screen)) == 7
        await pilot.press("4")
        await wait_for(
            pilot, lambda: screen.listing is not None and screen.listing.kind == "selfcare"
        )
        assert all(isinstance(r, SelfCare) for r in shown(screen)) and len(shown(screen)) == 2
        line = screen.query_one("#history-list", OptionList).get_option_at_index(0).prompt
        assert messages.HISTORY_PRIVATE in str(line)
        await pilot.press("0")
        await wait_for(pilot, lambda: screen.listing is not None and screen.listing.kind == "")
        assert screen.listing.total == RECORD_COUNT


async def test_search_finds_a_debrief_by_a_word(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, app)
        screen = await history(pilot, app)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"kaleidoscope", "enter")
        await wait_for(pilot, lambda: screen.listing is not None and screen.listing.query != "")
        [found] = shown(screen)
        assert isinstance(found, Debrief) and found.week == 4
        assert "“kaleidoscope”: 1 found" in status(screen)
        await pilot.press("escape")  # leaves the search, back to everything
        await wait_for(pilot, lambda: screen.listing is not None and screen.listing.query == "")
        assert screen.listing.total == RECORD_COUNT
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("slash", *"no-such-word", "enter")
        await wait_for(
            pilot, lambda: screen.query_text == "no-such-word" and screen.listing is None
        )
        assert "Nothing matches" in str(screen.query_one("#history-empty", Static).render())


async def test_enter_opens_a_record_read_only_and_e_asks_to_edit(make_app) -> None:
    app = make_app()
    asked: list[Any] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, app)
        app.records.edit_record = asked.append  # the records' edit_record, observed
        screen = await history(pilot, app)
        await pilot.press("1")  # check-ins
        await wait_for(
            pilot, lambda: screen.listing is not None and screen.listing.kind == "checkin"
        )
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, RecordScreen))
        view = app.screen
        assert not view.query(Input) and not view.query(TextArea)  # nothing to type into
        text = text_of(view.query_one("#record-view", Static))
        assert "week 9" in text and "9 present · 1 first time · 1 online · 8 in person" in text
        assert "Ready and settled" in text and "How are you arriving?" in text
        assert "lighter on average" in text and "Read-only" in text
        await pilot.press("e")
        [record] = asked
        assert isinstance(record, CheckIn) and record.week == 9
        await pilot.press("escape")
        assert app.screen is screen
        await pilot.press("down", "e")
        assert len(asked) == 2 and asked[1].week == 8


async def test_debrief_and_private_self_care_read_only(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, app)
        screen = await history(pilot, app)
        await pilot.press("2", "down", "down", "down", "down", "down")
        await wait_for(
            pilot, lambda: screen.listing is not None and screen.listing.kind == "debrief"
        )
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, RecordScreen))
        text = text_of(app.screen.query_one("#record-view", Static))
        assert "kaleidoscope" in text and messages.DEBRIEF_FOLLOW_UPS in text
        await pilot.press("escape", "4", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, RecordScreen))
        text = text_of(app.screen.query_one("#record-view", Static))
        assert "Only for you" in text and "Tea." in text


async def test_history_waits_for_the_records_and_has_a_kind_empty_state(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = HistoryScreen()
        app.push_screen(screen)  # before the records are open
        await pilot.pause()
        await wait_for(pilot, lambda: screen.listing is None and app.store is not None)
        await app.workers.wait_for_complete()
        await pilot.pause()
        empty = str(screen.query_one("#history-empty", Static).render())
        assert empty == messages.HISTORY_EMPTY


async def test_trends_charts_with_weeks_and_the_part_boundary(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, app)
        screen = TrendsScreen()
        app.push_screen(screen)
        await wait_for(pilot, lambda: screen.trends is not None)
        await pilot.pause()
        attendance = text_of(screen.query_one("#chart-attendance", Static), width=76)
        lines = attendance.splitlines()
        axis = next(line for line in lines if line.strip().startswith("1  2  3"))
        assert "20" in axis and "┊" in axis
        assert any("Finding Our Voices" in line and "Growth Circle" in line for line in lines)
        assert all(len(line) <= 76 for line in lines)
        assert "lower in week 8" in attendance and "ask the group" in attendance
        mood = text_of(screen.query_one("#chart-mood", Static), width=76)
        assert "In week 7 the group left a little heavier" in mood
        feedback = text_of(screen.query_one("#chart-feedback", Static), width=76)
        assert (
            "Heard and respected" in feedback and "“What mattered” was lower in week 8" in feedback
        )
        styles = text_of(screen.query_one("#chart-styles", Static), width=76)
        assert "Growth Circle begins" in styles and "min" in styles
        for word in ("alarm", "warning", "danger", "problem", "concern"):
            assert word not in (attendance + mood + feedback + styles).lower()
        scope = str(screen.query_one("#trends-scope", Static).render())
        assert scope.startswith("Latest cycle: Mar 2, 2026")
        await pilot.press("a")
        await wait_for(
            pilot, lambda: "All history" in str(screen.query_one("#trends-scope", Static).render())
        )
        await pilot.press("5")
        assert screen.query_one("#trends-scroll").scroll_y > 0
        assert len(list(screen.walk_children())) < 300


async def test_trends_with_no_data(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, app, filled=False)
        screen = TrendsScreen()
        app.push_screen(screen)
        await wait_for(pilot, lambda: screen.trends is not None)
        await pilot.pause()
        assert str(screen.query_one("#trends-empty", Static).render()) == messages.TRENDS_EMPTY
        assert not screen.query_one("#chart-attendance").display


async def test_member_check_reads_back_themes_and_follow_ups(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, app)
        app.push_screen(MemberCheckScreen())
        await pilot.pause()
        static = app.screen.query_one("#member-check-text", Static)
        await wait_for(pilot, lambda: "From week 9" in text_of(static))
        text = text_of(static)
        assert messages.MEMBER_CHECK_THEMES in text and messages.MEMBER_CHECK_FOLLOW_UPS in text
        assert "Boundaries" in text  # a label from the vocabulary, not the id
        assert "bring more glue sticks" in text and "start with the grounding stone" in text
        assert "- bring" not in text
        await pilot.press("escape")
        assert not isinstance(app.screen, MemberCheckScreen)


async def test_member_check_with_nothing_yet(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, app, filled=False)
        app.push_screen(MemberCheckScreen())
        await pilot.pause()
        static = app.screen.query_one("#member-check-text", Static)
        await wait_for(pilot, lambda: "Nothing to read back yet" in text_of(static))

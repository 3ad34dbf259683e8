"""Pilot tests: the program overview, a week's module, grounding, help and themes."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.widgets import OptionList, Static

from biy_tui.ui.dialogs.help import HelpScreen
from biy_tui.ui.screens.grounding import GroundingScreen
from biy_tui.ui.screens.program import ProgramScreen
from biy_tui.ui.screens.week import WeekScreen
from tests.unit.curriculum.helpers import week_text, write


def static_text(widget: Static) -> str:
    """The plain text a Static shows (its Rich renderable printed without styles)."""
    console = Console(width=200, record=True, file=io.StringIO(), color_system=None)
    console.print(widget.content)
    return console.export_text()


async def test_overview_lists_every_week_in_two_parts(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ProgramScreen)
        weeks = app.screen.query_one("#weeks", OptionList)
        ids = [weeks.get_option_at_index(i).id for i in range(weeks.option_count)]
        assert ids[0] == "part-finding-our-voices"
        assert ids[7] == "part-growth-circle"
        assert [i for i in ids if i and i.startswith("week-")] == [
            f"week-{n}" for n in range(1, 21)
        ]
        assert app.screen.selected_week() == 1
        details = static_text(app.screen.query_one("#week-details", Static))
        assert "Week 1" in details and "Activities:" in details


async def test_arrow_and_enter_open_the_week(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, WeekScreen)
        assert app.screen.number == 3
        text = static_text(app.screen.query_one("#module", Static))
        week = app.curriculum.weeks[3]
        assert week.title in text
        assert week.goals[0] in " ".join(text.split())
        listing = app.screen.query_one("#activity-list", OptionList)
        assert listing.get_option(week.activities[0].id) is not None
        await pilot.press("escape")
        assert isinstance(app.screen, ProgramScreen)
        assert app.screen.selected_week() == 3


async def test_content_note_comes_before_activities_in_a_heavy_week(make_app) -> None:
    app = make_app()
    heavy = next(w for w in app.curriculum.weeks.values() if w.intensity == "heavy")
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(WeekScreen(heavy.week))
        await pilot.pause()
        text = static_text(app.screen.query_one("#module", Static))
        note = text.index("Before we start")
        assert note < text.index("Goals") < text.index("Preparation")


async def test_grounding_returns_exactly_where_she_was(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        scroll = app.screen.query_one("#module-scroll")
        await pilot.press("pagedown")
        await pilot.pause()
        before = scroll.scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GroundingScreen)
        text = static_text(app.screen.query_one("#grounding-text", Static))
        assert app.curriculum.program.grounding.title in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WeekScreen)
        assert app.screen.number == 2
        assert app.screen.query_one("#module-scroll").scroll_y == before


async def test_help_describes_the_current_screen(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = static_text(app.screen.query_one("#help-text", Static))
        assert "two parts" in text
        assert "grounding card" in text
        await pilot.press("escape")
        assert isinstance(app.screen, ProgramScreen)


async def test_theme_switch(make_app) -> None:
    app = make_app()
    async with app.run_test() as pilot:
        assert app.theme == "biy-calm"
        await pilot.press("f9")
        assert app.theme == "biy-contrast"
        await pilot.press("f9")
        assert app.theme == "biy-calm"


async def test_palette_offers_every_action(make_app) -> None:
    app = make_app()
    async with app.run_test() as pilot:
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for wanted in ("Grounding card", "Help", "Switch theme", "Quit", "Open week 3"):
            assert any(t.startswith(wanted) for t in titles), wanted


async def test_broken_week_is_shown_unavailable(make_app, tmp_path: Path) -> None:
    site = tmp_path / "site"
    write(
        site,
        "week-04.toml",
        week_text(4, part="finding-our-voices").replace("minutes = 10", 'minutes = "ten"', 1),
    )
    app = make_app(site=site)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("down", "down", "down")
        await pilot.pause()
        assert app.screen.selected_week() == 4
        details = static_text(app.screen.query_one("#week-details", Static))
        assert "can't be shown right now" in details
        assert "week-04.toml (site folder)" in details
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, WeekScreen) and app.screen.number == 5


async def test_start_up_notices_are_shown(make_app) -> None:
    app = make_app(notices=["Two curriculum problems."])
    async with app.run_test() as pilot:
        await pilot.pause()
        assert any("Two curriculum problems." in str(n.message) for n in app._notifications)

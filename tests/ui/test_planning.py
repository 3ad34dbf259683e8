"""Pilot tests for planning a week: filter, agenda, group choice, run, handout, hide."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList, Static, TabbedContent

from biy_tui.ui.dialogs.prompt import NumberPrompt
from biy_tui.ui.screens.agenda import AgendaScreen
from biy_tui.ui.screens.choose import ChooseScreen, RoomScreen
from biy_tui.ui.screens.hide import HideScreen
from biy_tui.ui.screens.program import ProgramScreen
from biy_tui.ui.screens.run import RunScreen
from biy_tui.ui.screens.week import WeekScreen
from tests.ui.conftest import wait_for
from tests.ui.test_overview import static_text


def listed_ids(screen: WeekScreen) -> list[str]:
    listing = screen.query_one("#activity-list", OptionList)
    ids = [listing.get_option_at_index(i).id for i in range(listing.option_count)]
    return [i for i in ids if i]


async def open_week(pilot, app, number: int) -> WeekScreen:  # type: ignore[no-untyped-def]
    await wait_for(pilot, lambda: app.store is not None)
    app.push_screen(WeekScreen(number))
    await pilot.pause()
    assert isinstance(app.screen, WeekScreen)
    return app.screen


async def test_style_keys_filter_and_combine(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_week(pilot, app, 3)
        week = app.curriculum.weeks[3]
        assert len(listed_ids(screen)) == len(week.activities)
        await pilot.press("4")
        assert screen.query_one(TabbedContent).active == "activities"
        creative = {a.id for a in week.by_style("creative-movement")}
        assert set(listed_ids(screen)) == creative
        await pilot.press("3")
        talk = {a.id for a in week.by_style("discussion")}
        assert set(listed_ids(screen)) == creative | talk
        await pilot.press("4")
        assert set(listed_ids(screen)) == talk
        await pilot.press("0")
        assert len(listed_ids(screen)) == len(week.activities)


async def test_search_filters_by_text_and_details_follow(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_week(pilot, app, 3)
        target = app.curriculum.weeks[3].activities[-1]
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*target.title.lower()[:12])
        assert target.id in listed_ids(screen)
        assert len(listed_ids(screen)) < len(app.curriculum.weeks[3].activities)
        await pilot.press("enter")
        assert app.focused is screen.query_one("#activity-list")
        await pilot.pause()
        detail = static_text(screen.query_one("#activity-detail", Static))
        assert screen.highlighted_activity() is not None
        assert screen.highlighted_activity().title in detail  # type: ignore[union-attr]
        assert "Gentler option" in detail and "Online" in detail


async def test_heavy_week_opens_on_its_content_note(make_app) -> None:
    app = make_app()
    heavy = next(w for w in app.curriculum.weeks.values() if w.intensity == "heavy")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_week(pilot, app, heavy.week)
        assert screen.query_one(TabbedContent).active == "about"
        text = static_text(screen.query_one("#module", Static))
        assert text.index("Before we start") < text.index("Goals")


async def test_build_agenda_reorder_time_and_save(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_week(pilot, app, 3)
        week = app.curriculum.weeks[3]
        creative = week.by_style("creative-movement")[0]
        talk = week.by_style("discussion")[0]
        for activity in (creative, talk):
            listing = screen.query_one("#activity-list", OptionList)
            listing.highlighted = listing.get_option_index(activity.id)
            await pilot.press("a")
        assert [i.activity for i in app.planner.current(3).items] == [creative.id, talk.id]
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, AgendaScreen)
        await pilot.press("down", "ctrl+up")
        assert [i.activity for i in app.planner.current(3).items] == [talk.id, creative.id]
        await pilot.press("plus", "plus")
        assert app.planner.current(3).items[0].minutes == talk.minutes + 10
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, NumberPrompt)
        prompt = app.screen.query_one(Input)
        prompt.value = ""
        await pilot.press("5", "enter")
        await pilot.pause()
        assert isinstance(app.screen, NumberPrompt)  # 5 minutes is refused, plainly
        prompt.value = "60"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AgendaScreen)
        agenda = app.planner.current(3)
        assert agenda.session_minutes == 60
        summary = static_text(app.screen.query_one("#agenda-summary", Static))
        if agenda.over_by:
            assert f"{agenda.over_by} minutes over" in summary
        for material in creative.materials[:1]:
            assert material in summary
        await pilot.press("s")
        await wait_for(pilot, lambda: bool(app.store.plans_for_week(3)))
        [plan] = app.store.plans_for_week(3)
        assert [i.activity for i in plan.items] == [talk.id, creative.id]
        assert plan.session_minutes == 60
        assert app.planner.current(3).plan_id == plan.id
        await pilot.press("x")
        assert len(app.planner.current(3).items) == 1


async def test_group_choice_goes_on_the_agenda_and_is_saved(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_week(pilot, app, 3)
        week = app.curriculum.weeks[3]
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ChooseScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, ChooseScreen)  # nothing ticked: a clear message
        await pilot.press("space", "down", "space", "down", "space")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RoomScreen)
        assert app.screen.options == [a.id for a in week.activities[:3]]
        await pilot.press("1", "2", "2", "3", "2", "exclamation_mark", "exclamation_mark")
        assert app.screen.tally == [0, 3, 1]
        room = static_text(app.screen.query_one("#room", Static))
        assert week.activities[1].title.upper() in room
        await pilot.press("enter")
        await pilot.pause()
        agenda = app.planner.current(3)
        assert [i.activity for i in agenda.items] == [week.activities[1].id]
        [choice] = agenda.choices
        assert choice.tally == (0, 3, 1) and choice.chosen == week.activities[1].id
        app.push_screen(AgendaScreen(3))
        await pilot.pause()
        await pilot.press("s")
        await wait_for(pilot, lambda: bool(app.store.plans_for_week(3)))
        [plan] = app.store.plans_for_week(3)
        assert plan.choices[0].tally == [0, 3, 1]
        assert plan.choices[0].options == [a.id for a in week.activities[:3]]


async def test_choose_allows_at_most_four(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_week(pilot, app, 5)
        await pilot.press("c")
        await pilot.pause()
        for _ in range(5):
            await pilot.press("space", "down")
        await pilot.pause()
        assert len(app.screen.query_one("#choose-list").selected) == 4


async def test_run_session_soft_timer(make_app) -> None:
    app = make_app()
    now = [1000.0]
    async with app.run_test(size=(80, 24)) as pilot:
        await open_week(pilot, app, 3)
        week = app.curriculum.weeks[3]
        for activity in week.activities[:2]:
            app.planner.add(3, activity)
        screen = RunScreen(3, clock=lambda: now[0])
        app.push_screen(screen)
        await pilot.pause()
        first = week.activities[0]
        assert f"about {first.minutes} min left" in static_text(screen.query_one("#run-status"))
        now[0] += 60 * (first.minutes + 3)
        screen.update_status()
        assert "3 min past the plan" in static_text(screen.query_one("#run-status"))
        await pilot.press("plus")
        assert "about 2 min left" in static_text(screen.query_one("#run-status"))
        await pilot.press("space")
        now[0] += 600
        screen.update_status()
        assert "paused" in static_text(screen.query_one("#run-status"))
        assert "about 2 min left" in static_text(screen.query_one("#run-status"))
        await pilot.press("n")
        status = static_text(screen.query_one("#run-status"))
        assert week.activities[1].title in status
        await pilot.press("n")
        # Said once (in the panel), not twice.
        assert "whole agenda" in static_text(screen.query_one("#run-activity"))
        assert "whole agenda" not in static_text(screen.query_one("#run-status"))


async def test_handout_is_written(make_app, biy_home: Path) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_week(pilot, app, 3)
        app.planner.add(3, app.curriculum.weeks[3].activities[0])
        app.push_screen(AgendaScreen(3))
        await pilot.pause()
        await pilot.press("e")
        target = biy_home / "exports" / "week-03-unsaved-plan-handout.html"
        await wait_for(pilot, target.exists)
        text = target.read_text(encoding="utf-8")
        assert app.curriculum.weeks[3].activities[0].title in text
        assert "<script" not in text
        assert oct(target.stat().st_mode & 0o777) == "0o600"


async def test_quick_hide_covers_everything_and_comes_back(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_week(pilot, app, 3)
        app.notify("Something private-ish")
        await pilot.press("ctrl+x")
        await pilot.pause()
        assert isinstance(app.screen, HideScreen)
        texts = [static_text(w) for w in app.screen.query(Static)]
        assert all(t.strip() == "" for t in texts)
        assert not app._notifications
        assert app.title == ""
        await pilot.press("g", "a", "3")  # nothing happens behind the cover
        assert isinstance(app.screen, HideScreen)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert app.screen is screen


async def test_overview_marks_planned_week_as_current(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_week(pilot, app, 4)
        app.planner.add(4, app.curriculum.weeks[4].activities[0])
        app.push_screen(AgendaScreen(4))
        await pilot.pause()
        await pilot.press("s")
        await wait_for(pilot, lambda: 4 in app.overview.planned)
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ProgramScreen)
        assert app.overview.current_week == 4
        weeks = app.screen.query_one("#weeks", OptionList)
        label = str(weeks.get_option("week-4").prompt)
        assert label.startswith("▶") and "✎" in label
        legend = static_text(app.screen.query_one("#weeks-legend", Static))
        assert "Not had lately" in legend


async def test_saved_plans_open_in_turn(make_app) -> None:
    import datetime as dt

    from biy_tui.core.planning import Agenda, plan_from_agenda

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_week(pilot, app, 3)
        week = app.curriculum.weeks[3]
        for day, activity in ((1, week.activities[0]), (2, week.activities[1])):
            agenda = Agenda(week=3, session_minutes=120).add(activity)
            app.store.save_plan(plan_from_agenda(agenda, dt.date(2026, 11, day)))
        app.push_screen(AgendaScreen(3))
        await pilot.pause()
        await pilot.press("o")
        await wait_for(pilot, lambda: app.planner.current(3).date == "2026-11-02")
        assert app.planner.current(3).items[0].activity == week.activities[1].id
        await pilot.press("o")
        await wait_for(pilot, lambda: app.planner.current(3).date == "2026-11-01")

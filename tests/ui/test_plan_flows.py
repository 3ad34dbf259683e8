"""Pilot tests: plans as documents, ties back to the group, runs that keep their place.

Issue 14: nothing lost (unsaved agendas, label and notes, the run's place) and
nothing silently decided (a tie, a second plan, the same activity twice).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Checkbox, Input, Static

from biy_tui.core.planning import agenda_from_plan
from biy_tui.core.store import Plan, PlanItem, Store
from biy_tui.core.text import messages
from biy_tui.ui.dialogs.privacy_review import PrivacyReview
from biy_tui.ui.screens.agenda import AgendaScreen
from biy_tui.ui.screens.choose import RoomScreen, TieScreen
from biy_tui.ui.screens.plan_details import PlanDetailsScreen
from biy_tui.ui.screens.program import ProgramScreen
from biy_tui.ui.screens.run import RunScreen
from tests.ui.conftest import wait_for
from tests.ui.test_overview import static_text


async def ready(pilot, app) -> None:  # type: ignore[no-untyped-def]
    await wait_for(pilot, lambda: app.store is not None)
    await app.workers.wait_for_complete()
    await pilot.pause()


def plans(app, week: int) -> list[Plan]:  # type: ignore[no-untyped-def]
    return app.store.plans_for_week(week)


async def open_agenda(pilot, app, week: int) -> AgendaScreen:  # type: ignore[no-untyped-def]
    app.push_screen(AgendaScreen(week))
    await wait_for(pilot, lambda: isinstance(app.screen, AgendaScreen))
    await wait_for(pilot, lambda: app.planner.looked_up(week))
    await pilot.pause()
    return app.screen  # type: ignore[no-any-return]


def seed_plan(tmp_path: Path, week: int, activity: str, **fields: object) -> Plan:
    from biy_tui.core.privacy import approve

    texts = {k: approve(str(v)) for k, v in fields.items()}
    with Store.open(tmp_path / "data") as store:
        return store.save_plan(
            Plan(
                week=week,
                date=dt.date(2026, 12, 1),
                session_minutes=120,
                items=[PlanItem(activity=activity, minutes=10)],
                **texts,  # type: ignore[arg-type]
            )
        )


async def test_a_week_opens_on_its_saved_plan_and_s_updates_it(make_app, tmp_path: Path) -> None:
    app = make_app()
    first = app.curriculum.weeks[3].activities[0]
    second = app.curriculum.weeks[3].activities[1]
    saved = seed_plan(tmp_path, 3, first.id, label="Tuesday group", notes="Bring tea.")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        screen = await open_agenda(pilot, app, 3)
        assert [i.activity for i in screen.agenda.items] == [first.id]
        assert screen.agenda.plan_id == saved.id
        app.planner.add(3, second)
        await pilot.press("s")
        await wait_for(pilot, lambda: not app.planner.is_dirty(3))
        [again] = plans(app, 3)
        assert again.id == saved.id
        assert [i.activity for i in again.items] == [first.id, second.id]
        assert again.label == "Tuesday group" and again.notes == "Bring tea."
        await pilot.press("S")
        await wait_for(pilot, lambda: len(plans(app, 3)) == 2)
        assert {p.label for p in plans(app, 3)} == {"Tuesday group"}


async def test_escape_keeps_an_unsaved_agenda_as_a_draft(make_app, tmp_path: Path) -> None:
    app = make_app()
    activity = app.curriculum.weeks[4].activities[0]
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        await open_agenda(pilot, app, 4)
        app.planner.add(4, activity)
        await pilot.press("escape")
        await pilot.pause()
        assert messages.AGENDA_DRAFT_KEPT in " ".join(str(n.message) for n in app._notifications)
    again = make_app()
    async with again.run_test(size=(100, 30)) as pilot:
        await ready(pilot, again)
        while not isinstance(again.screen, ProgramScreen):
            await pilot.press("escape")
        screen = await open_agenda(pilot, again, 4)
        assert [i.activity for i in screen.agenda.items] == [activity.id]
        assert again.planner.is_dirty(4)


async def test_quitting_keeps_an_unsaved_agenda(make_app, tmp_path: Path) -> None:
    app = make_app()
    activity = app.curriculum.weeks[4].activities[0]
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        await open_agenda(pilot, app, 4)
        app.planner.add(4, activity)
        await pilot.press("q")
    with Store.open(tmp_path / "data") as store:
        assert store.draft("plan:week-4") is not None


async def test_label_and_notes_go_through_the_privacy_check(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        screen = await open_agenda(pilot, app, 3)
        app.planner.add(3, app.curriculum.weeks[3].activities[0])
        await pilot.press("i")
        await wait_for(pilot, lambda: isinstance(app.screen, PlanDetailsScreen))
        app.screen.query_one("#plan-label", Input).value = "Tuesday group"
        app.screen.query_one("#plan-notes").text = "Call Marisol at 416-555-0199."
        app.screen.query_one("#plan-online", Checkbox).value = True
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, PrivacyReview))
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, AgendaScreen))
        assert screen.agenda.online
        await pilot.press("s")
        await wait_for(pilot, lambda: bool(plans(app, 3)))
        [plan] = plans(app, 3)
        assert plan.label == "Tuesday group" and plan.online
        assert "416" not in plan.notes and "[phone]" in plan.notes


async def test_handouts_are_named_per_plan(make_app, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("BIY_EXPORT_DIR", str(tmp_path / "out"))
    app = make_app()
    first = seed_plan(tmp_path, 3, app.curriculum.weeks[3].activities[0].id)
    seed_plan(tmp_path, 3, app.curriculum.weeks[3].activities[1].id)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        screen = await open_agenda(pilot, app, 3)
        one = screen.handout_name(screen.agenda)
        two = screen.handout_name(agenda_from_plan(first))
        assert one != two


async def test_a_tie_goes_back_to_the_group(make_app) -> None:
    app = make_app()
    week = app.curriculum.weeks[3]
    a, b, c = (x.id for x in week.activities[:3])
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        app.planner.add(3, week.activities[0])
        app.push_screen(RoomScreen(3, [a, b, c]))
        await pilot.pause()
        await pilot.press(*"11112222", "3", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, TieScreen))
        await pilot.press("v")
        await wait_for(pilot, lambda: isinstance(app.screen, RoomScreen))
        room = app.screen
        assert room.options == [a, b] and room.tally == [0, 0]
        await pilot.press("1", "2", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, TieScreen))
        await pilot.press("1")
        await wait_for(pilot, lambda: not isinstance(app.screen, (TieScreen, RoomScreen)))
        agenda = app.planner.current(3)
        [choice] = agenda.choices
        assert choice.chosen == a and choice.decided_by == "facilitator"
        assert [i.activity for i in agenda.items].count(a) == 1


async def test_adding_the_same_activity_twice_is_refused(make_app) -> None:
    from biy_tui.ui.screens.week import WeekScreen

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        app.push_screen(WeekScreen(3))
        await wait_for(pilot, lambda: isinstance(app.screen, WeekScreen))
        await wait_for(pilot, lambda: app.planner.looked_up(3))
        await pilot.press("v")
        await pilot.press("a", "a")
        assert len(app.planner.current(3).items) == 1


async def test_the_run_keeps_its_place_and_added_time(make_app) -> None:
    app = make_app()
    week = app.curriculum.weeks[3]
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        for activity in week.activities[:3]:
            app.planner.add(3, activity)
        await open_agenda(pilot, app, 3)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, RunScreen))
        await pilot.press("n", "plus")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, AgendaScreen))
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, RunScreen))
        assert app.screen.index == 1 and app.screen.extra == 5


async def test_an_online_session_shows_its_adaptations(make_app) -> None:
    import dataclasses

    from biy_tui.core.reports.handout import render_handout

    app = make_app()
    week = app.curriculum.weeks[3]
    activity = week.activities[0]
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        app.planner.add(3, activity)
        app.planner.set(dataclasses.replace(app.planner.current(3), online=True))
        screen = await open_agenda(pilot, app, 3)
        summary = static_text(screen.query_one("#agenda-summary", Static))
        assert messages.ONLINE_HEADING in summary
        text = render_handout(screen.agenda, week, app.curriculum.program, "md")
        assert " ".join(activity.online.split())[:40] in " ".join(text.split())

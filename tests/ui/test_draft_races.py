"""Pilot tests: a save in flight and the draft machinery never race (issue 14, privacy).

After she saves, no draft may survive: not one an autosave writes while the
save is in flight, nor one a draft write already on its way lands after the
save removed it (a draft holds the text before the privacy review). Escape or
biy closing during a save in flight loses nothing either.
"""

from __future__ import annotations

import threading
from typing import Any

from textual.widgets import Input, TextArea

from biy_tui.core.settings import Settings
from biy_tui.core.store import StoreError
from biy_tui.ui.screens.checkin import CheckInScreen
from biy_tui.ui.screens.debrief import DebriefScreen
from biy_tui.ui.screens.program import ProgramScreen
from tests.ui.conftest import wait_for
from tests.ui.test_flows import open_check_in, ready

PHONE = "613-555-0199"
NOTE = f"Call me at {PHONE} after group."


def quick_app(make_app: Any) -> Any:
    """The app with a very short autosave pause, so a pause fits inside a save."""
    return make_app(settings=Settings(autosave_seconds=0.05))


async def open_debrief(pilot: Any, app: Any, week: int = 6) -> DebriefScreen:
    app.records.open_form("debrief", week)
    await wait_for(pilot, lambda: isinstance(app.screen, DebriefScreen))
    await pilot.pause()
    return app.screen  # type: ignore[no-any-return]


def kept_text(app: Any) -> str:
    return " ".join(" ".join(d.fields.values()) for d in app.store.drafts())


async def test_an_autosave_during_a_slow_save_does_not_bring_the_draft_back(make_app) -> None:  # type: ignore[no-untyped-def]
    app = quick_app(make_app)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        screen = await open_debrief(pilot, app)
        real = app.store.save_debrief
        gate = threading.Event()

        def slow(record, draft_key=None):  # type: ignore[no-untyped-def]
            saved = real(record, draft_key=draft_key)  # saved, draft removed ...
            gate.wait(5)  # ... and the disk is slow to say so
            return saved

        app.store.save_debrief = slow  # type: ignore[method-assign]
        screen.query_one("#field-what_worked", TextArea).text = NOTE
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.screen is not screen)  # the privacy review
        await pilot.press("r")  # redact: the box's text changes, which is typing too
        await pilot.pause(0.3)  # several autosave pauses while the save is in flight
        gate.set()
        await wait_for(pilot, lambda: isinstance(app.screen, ProgramScreen))
        await app.workers.wait_for_complete()
        assert app.store.draft("debrief:week-6") is None
        assert PHONE not in kept_text(app)


async def test_a_draft_write_on_its_way_does_not_land_after_the_save(make_app) -> None:  # type: ignore[no-untyped-def]
    app = quick_app(make_app)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        screen = await open_debrief(pilot, app)
        real = app.store.save_draft
        entered, gate = threading.Event(), threading.Event()

        def slow_draft(key, fields):  # type: ignore[no-untyped-def]
            entered.set()
            gate.wait(5)
            return real(key, fields)

        app.store.save_draft = slow_draft  # type: ignore[method-assign]
        screen.query_one("#field-what_worked", TextArea).text = NOTE
        await wait_for(pilot, entered.is_set)  # the unreviewed draft is on its way
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.screen is not screen)
        await pilot.press("r")
        await pilot.pause(0.2)
        gate.set()
        await wait_for(pilot, lambda: isinstance(app.screen, ProgramScreen))
        await app.workers.wait_for_complete()
        assert PHONE not in kept_text(app)
        assert app.store.draft("debrief:week-6") is None
        assert "[phone]" in app.store.records("debrief")[0].what_worked


async def test_a_check_in_draft_on_its_way_does_not_land_after_the_save(make_app) -> None:  # type: ignore[no-untyped-def]
    app = quick_app(make_app)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        screen = await open_check_in(pilot, app, 3)
        real = app.store.save_draft
        entered, gate = threading.Event(), threading.Event()

        def slow_draft(key, fields):  # type: ignore[no-untyped-def]
            entered.set()
            gate.wait(5)
            return real(key, fields)

        app.store.save_draft = slow_draft  # type: ignore[method-assign]
        screen.query_one("#count-present", Input).value = "5"
        await wait_for(pilot, entered.is_set)
        await pilot.press("ctrl+s")
        await pilot.pause(0.2)
        gate.set()
        await wait_for(pilot, lambda: isinstance(app.screen, ProgramScreen))
        await app.workers.wait_for_complete()
        assert len(app.store.records("checkin")) == 1
        assert app.store.draft("checkin:week-3") is None


async def test_escape_during_a_save_that_fails_loses_nothing(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        screen = await open_debrief(pilot, app)
        gate = threading.Event()

        def failing(record, draft_key=None):  # type: ignore[no-untyped-def]
            gate.wait(5)
            raise StoreError("the disk is full")

        app.store.save_debrief = failing  # type: ignore[method-assign]
        screen.query_one("#field-what_worked", TextArea).text = "The collage went well."
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        on_screen = (
            isinstance(app.screen, DebriefScreen)
            and "collage" in app.screen.query_one("#field-what_worked", TextArea).text
        )
        assert on_screen or "collage" in kept_text(app)


async def test_closing_during_a_save_that_fails_keeps_the_draft(make_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from biy_tui.core.store import Store

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        screen = await open_check_in(pilot, app, 4)
        started = threading.Event()

        def failing(record):  # type: ignore[no-untyped-def]
            started.set()
            threading.Event().wait(0.3)
            raise StoreError("the disk is full")

        app.store.save_check_in = failing  # type: ignore[method-assign]
        screen.query_one("#count-present", Input).value = "6"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait_for(pilot, started.is_set)
        app.records.close_keeping_drafts()  # what SIGTERM does, with the save still in flight
    with Store.open(tmp_path / "data") as store:
        draft = store.draft("checkin:week-4")
        assert draft is not None and draft.fields["present"] == "6"
    assert isinstance(screen, CheckInScreen)


async def test_escape_during_an_agenda_save_leaves_no_stale_draft(make_app) -> None:  # type: ignore[no-untyped-def]
    from biy_tui.ui.screens.agenda import AgendaScreen

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        app.push_screen(AgendaScreen(3))
        await wait_for(pilot, lambda: isinstance(app.screen, AgendaScreen))
        await wait_for(pilot, lambda: app.planner.looked_up(3))
        app.planner.add(3, app.curriculum.weeks[3].activities[0])
        await pilot.pause()
        real = app.store.save_plan
        gate = threading.Event()

        def slow(plan, draft_key=None):  # type: ignore[no-untyped-def]
            saved = real(plan, draft_key=draft_key)  # saved, draft removed ...
            gate.wait(5)  # ... and slow to say so
            return saved

        app.store.save_plan = slow  # type: ignore[method-assign]
        await pilot.press("s")
        await pilot.pause(0.2)
        await pilot.press("escape")
        await pilot.pause()
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.store.plans_for_week(3)) == 1
        assert app.store.draft("plan:week-3") is None  # the plan is saved: nothing to offer
        assert not app.planner.is_dirty(3)

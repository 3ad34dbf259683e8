"""Pilot tests for logging: check-in counts, debrief through the guard, self-care, drafts."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, TextArea

from biy_tui.core.settings import Settings
from biy_tui.core.store import CheckIn, Debrief, SelfCare
from biy_tui.ui.dialogs.privacy_review import PrivacyReview
from biy_tui.ui.screens.checkin import CheckInScreen
from biy_tui.ui.screens.debrief import DebriefScreen, HeavyWeekOffer, SelfCareScreen
from biy_tui.ui.screens.drafts import DraftsScreen
from biy_tui.ui.screens.program import ProgramScreen
from biy_tui.ui.widgets.tally import TallyCounter
from tests.ui.conftest import wait_for


async def ready(pilot, app) -> None:  # type: ignore[no-untyped-def]
    await wait_for(pilot, lambda: app.store is not None)
    await app.workers.wait_for_complete()
    await pilot.pause()


def records(app, kind: str) -> list:  # type: ignore[no-untyped-def]
    return app.store.records(kind)


async def test_check_in_counts_and_tallies(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        await pilot.press("down", "down", "k")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CheckInScreen) and screen.week_number == 3
        screen.query_one("#count-present", Input).value = "4"
        screen.query_one("#count-first_time", Input).value = "1"
        screen.query_one("#count-in_person", Input).value = "4"
        opening = [c for c in screen.query(TallyCounter) if c.scale_id == "arriving"]
        opening[0].focus()
        await pilot.press("plus", "plus", "down", "plus", "plus", "space")
        assert [c.count for c in opening] == [2, 3, 0, 0, 0]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CheckInScreen)
        problem = str(screen.query_one("#checkin-problem").render())
        assert "counts 5 responses but 4 were present" in problem
        await pilot.press("minus")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: bool(records(app, "checkin")))
        [saved] = records(app, "checkin")
        assert isinstance(saved, CheckIn)
        assert saved.attendance.present == 4 and saved.attendance.first_time == 1
        assert saved.opening["arriving"] == [2, 2, 0, 0, 0]
        await wait_for(pilot, lambda: isinstance(app.screen, ProgramScreen))
        await wait_for(pilot, lambda: 3 in app.overview.logged)


async def test_a_scales_totals_line_follows_the_hands_and_the_head_count(make_app) -> None:
    # The line under each scale is redrawn only when its words change: it must still change
    # with every hand counted and every change of how many were present.
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        app.push_screen(CheckInScreen(2))
        await pilot.pause()
        screen = app.screen
        present = screen.query_one("#count-present", Input)

        def total() -> str:
            return str(screen.query_one("#total-arriving").render())

        present.value = "2"
        await pilot.pause()
        opening = [c for c in screen.query(TallyCounter) if c.scale_id == "arriving"]
        opening[1].focus()
        await pilot.press("plus", "plus", "plus")
        await wait_for(pilot, lambda: "3 responses counted" in total())
        assert "more than the 2 present" in total()
        present.value = "5"
        await wait_for(pilot, lambda: "more than" not in total())
        assert "3 responses counted" in total()
        present.value = "1"
        await wait_for(pilot, lambda: "more than the 1 present" in total())
        await pilot.press("minus")
        await wait_for(pilot, lambda: "2 responses counted" in total())
        assert "more than the 1 present" in total()


async def test_check_in_refuses_nonsense_in_plain_words(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        app.push_screen(CheckInScreen(2))
        await pilot.pause()
        screen = app.screen
        await pilot.press("ctrl+s")
        assert "how many were present" in str(screen.query_one("#checkin-problem").render())
        screen.query_one("#count-present", Input).value = "3"
        screen.query_one("#count-first_time", Input).value = "5"
        await pilot.press("ctrl+s")
        assert "5 first-timers is more than the 3 present" in str(
            screen.query_one("#checkin-problem").render()
        )
        screen.query_one("#checkin-date", Input).value = "last tuesday"
        await pilot.press("ctrl+s")
        assert "2026-11-25" in str(screen.query_one("#checkin-problem").render())
        assert records(app, "checkin") == []


async def test_debrief_phone_number_is_stopped_and_redacted(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        app.push_screen(DebriefScreen(3))
        await pilot.pause()
        area = app.screen.query_one("#field-what_worked", TextArea)
        area.text = "Collage went well. Someone's number was on the board: 613-555-0199."
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, PrivacyReview))
        await pilot.press("r")
        await wait_for(pilot, lambda: bool(records(app, "debrief")))
        [saved] = records(app, "debrief")
        assert isinstance(saved, Debrief)
        assert saved.what_worked == "Collage went well. Someone's number was on the board: [phone]."
        assert "613" not in saved.what_worked
        assert saved.privacy_overrides == 0


async def test_debrief_name_kept_as_not_identifying_counts_an_override(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        app.push_screen(DebriefScreen(5))
        await pilot.pause()
        area = app.screen.query_one("#field-follow_ups", TextArea)
        area.text = "Bring the poem by Maya Angelou next week."
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, PrivacyReview))
        await pilot.press("s")
        assert isinstance(app.screen, PrivacyReview)  # nothing kept yet: no save
        for _ in app.screen.spans:
            await pilot.press("k", "down")
        await pilot.press("s")
        await wait_for(pilot, lambda: bool(records(app, "debrief")))
        [saved] = records(app, "debrief")
        assert saved.follow_ups == "Bring the poem by Maya Angelou next week."
        assert saved.privacy_overrides >= 1


async def test_edit_goes_back_to_the_text(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        app.push_screen(DebriefScreen(3))
        await pilot.pause()
        form = app.screen
        area = form.query_one("#field-what_worked", TextArea)
        area.text = "Call tasha at 613 555 0199."
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, PrivacyReview))
        await pilot.press("e")
        await pilot.pause()
        assert app.screen is form
        assert app.focused is area
        assert records(app, "debrief") == []


async def test_heavy_week_debrief_offers_self_care(make_app) -> None:
    app = make_app()
    heavy = next(w for w in app.curriculum.weeks.values() if w.intensity == "heavy")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        app.push_screen(DebriefScreen(heavy.week))
        await pilot.pause()
        app.screen.query_one("#field-what_worked", TextArea).text = "We went slowly."
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, HeavyWeekOffer))
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SelfCareScreen)
        await pilot.press("right", "tab", "left", "left")
        app.screen.query_one("#field-my_plan", TextArea).text = "Tea and an early night."
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: bool(records(app, "selfcare")))
        [entry] = records(app, "selfcare")
        assert isinstance(entry, SelfCare)
        assert (entry.energy, entry.stress) == (4, 1)
        assert entry.my_plan == "Tea and an early night."


async def test_drafts_are_kept_and_offered_next_time(make_app, tmp_path: Path) -> None:
    app = make_app(settings=Settings(autosave_seconds=0.1))
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        app.push_screen(DebriefScreen(7))
        await pilot.pause()
        app.screen.query_one("#field-what_to_change", TextArea).insert("Start with grounding")
        await wait_for(pilot, lambda: bool(app.store.drafts()))
        [draft] = app.store.drafts()
        assert draft.key == "debrief:week-7"
        assert draft.fields["what_to_change"] == "Start with grounding"
    again = make_app()
    async with again.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(again.screen, DraftsScreen))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(again.screen, DebriefScreen) and again.screen.week_number == 7
        area = again.screen.query_one("#field-what_to_change", TextArea)
        assert area.text == "Start with grounding"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: bool(again.store.records("debrief")))
        assert again.store.drafts() == []


async def test_escape_keeps_a_draft_and_discard_deletes_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        app.push_screen(SelfCareScreen())
        await pilot.pause()
        app.screen.query_one("#field-what_i_need", TextArea).insert("Rest")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ProgramScreen)
        assert [d.key for d in app.store.drafts()] == ["selfcare:new"]
        app.push_screen(DraftsScreen(app.store.drafts()))
        await pilot.pause()
        await pilot.press("x")
        await wait_for(pilot, lambda: app.store.drafts() == [])
        assert isinstance(app.screen, ProgramScreen)


async def test_editing_a_saved_debrief_keeps_its_id(make_app) -> None:
    from biy_tui.core.privacy.reviewed import mark_reviewed

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        import datetime as dt

        saved = app.store.save_debrief(
            Debrief(week=2, date=dt.date(2026, 11, 1), what_worked=mark_reviewed("Tea helped."))
        )
        app.records.edit_record(saved)
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        area = app.screen.query_one("#field-what_worked", TextArea)
        assert area.text == "Tea helped."
        area.text = "Tea helped, and the music."
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.store.get(saved.id).what_worked != "Tea helped.")
        assert len(records(app, "debrief")) == 1
        assert app.store.get(saved.id).date == dt.date(2026, 11, 1)


async def test_a_failed_save_keeps_the_text_and_says_why(make_app, monkeypatch) -> None:
    from biy_tui.core.store import StoreWriteFailed

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)

        def full_disk(*args: object, **kwargs: object) -> None:
            raise StoreWriteFailed("The disk is full, so nothing was saved; free some space.")

        monkeypatch.setattr(app.store, "save_debrief", full_disk)
        app.push_screen(DebriefScreen(3))
        await pilot.pause()
        form = app.screen
        form.query_one("#field-what_worked", TextArea).text = "The walk helped."
        await pilot.press("ctrl+s")
        await wait_for(
            pilot, lambda: any("disk is full" in str(n.message) for n in app._notifications)
        )
        assert app.screen is form
        assert form.query_one("#field-what_worked", TextArea).text == "The walk helped."


async def test_an_unusable_data_folder_still_lets_her_read_the_curriculum(
    make_app, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    app = make_app()
    app.data_dir = blocker / "data"
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: any(n.severity == "error" for n in app._notifications))
        assert app.store is None
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "WeekScreen"


def test_draft_keys_round_trip_and_unknown_keys_are_harmless() -> None:
    from biy_tui.ui.screens.forms import draft_key, read_draft_key

    assert read_draft_key(draft_key("debrief", week=7)) == ("debrief", "7")
    assert read_draft_key(draft_key("selfcare")) == ("selfcare", "")
    assert read_draft_key(draft_key("debrief", week=7, record_id="debrief-2026-ab")) == (
        "edit",
        "debrief-2026-ab",
    )
    assert read_draft_key("debrief:week-x") == ("", "debrief:week-x")

"""Pilot tests: nothing lost, nothing silently decided (issue 14) — logging forms.

Check-in drafts, a read-only window that says so up front, one record per week
and kind by default, one save per Ctrl+S, and one calm path for a worker that
fails unexpectedly.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from textual.widgets import Input, TextArea

from biy_tui.core.store import Attendance, CheckIn, Store
from biy_tui.core.text import messages
from biy_tui.ui.screens.checkin import CheckInScreen
from biy_tui.ui.screens.debrief import DebriefScreen
from biy_tui.ui.screens.existing import WeekHasRecordScreen
from biy_tui.ui.screens.program import ProgramScreen
from biy_tui.ui.widgets.tally import TallyCounter
from tests.shipped import shipped
from tests.ui.conftest import wait_for


async def ready(pilot, app) -> None:  # type: ignore[no-untyped-def]
    await wait_for(pilot, lambda: app.store is not None)
    await app.workers.wait_for_complete()
    await pilot.pause()


def notices(app) -> str:  # type: ignore[no-untyped-def]
    return " ".join(str(n.message) for n in app._notifications)


async def open_check_in(pilot, app, week: int = 3) -> CheckInScreen:  # type: ignore[no-untyped-def]
    app.records.open_form("checkin", week)
    await wait_for(pilot, lambda: isinstance(app.screen, CheckInScreen))
    await pilot.pause()
    return app.screen  # type: ignore[no-any-return]


async def test_check_in_counts_are_kept_on_escape_and_offered_back(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        screen = await open_check_in(pilot, app, 5)
        screen.query_one("#count-present", Input).value = "7"
        counter = screen.query(TallyCounter).first()
        counter.count = 2
        await pilot.pause()
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ProgramScreen))
        assert app.store.draft("checkin:week-5") is not None
        screen = await open_check_in(pilot, app, 5)
        assert screen.query_one("#count-present", Input).value == "7"
        assert screen.query(TallyCounter).first().count == 2


async def test_check_in_counts_are_kept_when_biy_closes(make_app, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        screen = await open_check_in(pilot, app, 4)
        screen.query_one("#count-present", Input).value = "6"
        await pilot.pause()
        app.records.close_keeping_drafts()  # what SIGTERM does
    with Store.open(tmp_path / "data") as store:
        draft = store.draft("checkin:week-4")
        assert draft is not None and draft.fields["present"] == "6"


async def test_read_only_window_does_not_open_forms_and_says_why(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        app.read_only = True
        await pilot.press("down", "down", "d")
        await pilot.pause()
        assert isinstance(app.screen, ProgramScreen)
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, ProgramScreen)
        assert messages.FORM_READ_ONLY_UP_FRONT in notices(app)


async def test_a_week_with_a_check_in_offers_to_edit_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        saved = app.store.save_check_in(
            CheckIn(week=3, date=dt.date(2026, 12, 1), attendance=Attendance(present=9))
        )
        app.records.open_form("checkin", 3)
        await wait_for(pilot, lambda: isinstance(app.screen, WeekHasRecordScreen))
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, CheckInScreen))
        assert app.screen.record.id == saved.id
        assert app.screen.query_one("#count-present", Input).value == "9"
        await pilot.press("escape")
        app.records.open_form("checkin", 3)
        await wait_for(pilot, lambda: isinstance(app.screen, WeekHasRecordScreen))
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, CheckInScreen))
        assert app.screen.record is None


async def test_a_week_with_a_debrief_offers_to_edit_it(make_app) -> None:
    from biy_tui.core.privacy import approve
    from biy_tui.core.store import Debrief

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        saved = app.store.save_debrief(
            Debrief(week=3, date=dt.date(2026, 12, 1), what_worked=approve("The collage."))
        )
        app.records.open_form("debrief", 3)
        await wait_for(pilot, lambda: isinstance(app.screen, WeekHasRecordScreen))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, DebriefScreen))
        assert app.screen.record.id == saved.id


async def test_double_ctrl_s_during_a_slow_write_saves_once(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        screen = await open_check_in(pilot, app, 2)
        screen.query_one("#count-present", Input).value = "5"
        gate = threading.Event()
        real = app.store.save_check_in

        def slow(record):  # type: ignore[no-untyped-def]
            gate.wait(5)
            return real(record)

        app.store.save_check_in = slow  # type: ignore[method-assign]
        await pilot.press("ctrl+s")
        await pilot.press("ctrl+s")
        await pilot.press("ctrl+s")
        gate.set()
        await wait_for(pilot, lambda: isinstance(app.screen, ProgramScreen))
        await app.workers.wait_for_complete()
        assert len(app.store.records("checkin")) == 1


async def test_an_unexpected_worker_error_is_said_and_drafts_keep_working(
    make_app, tmp_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot, app)
        app.records.open_form("debrief", 6)
        await wait_for(pilot, lambda: isinstance(app.screen, DebriefScreen))
        screen = app.screen
        screen.query_one("#field-what_worked", TextArea).text = "The group laughed a lot."

        def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
            raise RuntimeError("disk gremlin")

        real = app.store.save_debrief
        app.store.save_debrief = broken  # type: ignore[method-assign]
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: messages.WORKER_FAILED in notices(app))
        assert isinstance(app.screen, DebriefScreen)
        app.store.save_debrief = real  # type: ignore[method-assign]
        screen.query_one("#field-what_worked", TextArea).text = "The group laughed a lot, twice."
        await pilot.pause()
        app.records.close_keeping_drafts()
    with Store.open(tmp_path / "data") as store:
        draft = store.draft("debrief:week-6")
        assert draft is not None and "twice" in draft.fields["what_worked"]


async def test_a_fixed_check_in_problem_does_not_stay_on_screen(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        screen = await open_check_in(pilot, app, 2)
        screen.query_one("#count-present", Input).value = "3"
        screen.query_one("#count-first_time", Input).value = "5"
        await pilot.press("ctrl+s")
        assert "more than the 3 present" in str(screen.query_one("#checkin-problem").render())
        screen.query_one("#count-first_time", Input).value = "2"
        await pilot.pause()
        assert str(screen.query_one("#checkin-problem").render()).strip() == ""


async def test_hands_are_counted_in_plain_words(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        screen = await open_check_in(pilot, app, 2)
        counter = screen.query(TallyCounter).first()
        counter.count = 1
        await pilot.pause()
        total = screen.query_one(f"#total-{counter.scale_id}")
        assert "1 response counted" in str(total.render())
        assert "(s)" not in str(total.render())


def test_the_store_refuses_impossible_check_ins_from_any_caller(tmp_path: Path) -> None:
    import pytest

    from biy_tui.core.store import RecordInvalid

    with Store.open(tmp_path / "data") as store:
        with pytest.raises(RecordInvalid):
            store.save_check_in(
                CheckIn(
                    week=2,
                    date=dt.date(2026, 12, 1),
                    attendance=Attendance(present=3),
                    opening={"arriving": [2, 2, 0, 0, 0]},
                )
            )
        with pytest.raises(RecordInvalid):
            store.save_check_in(
                CheckIn(
                    week=2,
                    date=dt.date(2026, 12, 1),
                    attendance=Attendance(present=3, first_time=4),
                )
            )
        assert store.records("checkin") == []


async def test_the_privacy_check_shows_its_keys_at_80x24_with_many_findings(make_app) -> None:
    from textual.containers import Vertical

    from biy_tui.ui.dialogs.privacy_review import PrivacyReview

    app = make_app()
    text = (
        "Tamika said Jane and Finch were there; Tamika was born 1990-04-12 and Marisol "
        "can be reached at 416-555-0199 or at 42 Maple Street. " * 3
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        app.push_screen(PrivacyReview(text, **app.records.guard_kwargs))
        await wait_for(pilot, lambda: isinstance(app.screen, PrivacyReview))
        await pilot.pause()
        review = app.screen
        assert len(review.spans) >= 4
        status = review.query_one("#privacy-status")
        card = review.query_one(Vertical)
        assert "redact all (r)" in str(status.render())
        # The key line is fully inside the dialog, and the dialog inside the screen.
        assert card.region.bottom <= 24
        assert status.region.height >= 1
        assert card.content_region.contains_region(status.region)
        assert "(s)" not in str(status.render())


async def test_the_palette_has_every_action_with_its_key(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for needed in ("Self-care", "History", "Trends", "Member check", "Report"):
            assert any(t.startswith(needed) and "(" in t for t in titles), needed
        assert any(t.startswith("Check-in (k)") for t in titles)
        assert any(t.startswith("Debrief (d)") for t in titles)
        assert "Keys" in titles
        [history] = [
            c for c in app.get_system_commands(app.screen) if c.title.startswith("History")
        ]
        history.callback()
        await pilot.pause()
        from biy_tui.ui.screens.history import HistoryScreen

        await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen))


async def test_agenda_keys_are_all_in_the_palette(make_app) -> None:
    from biy_tui.ui.screens.agenda import AgendaScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        app.push_screen(AgendaScreen(3))
        await pilot.pause()
        titles = " | ".join(c.title for c in app.get_system_commands(app.screen))
        for key in ("(+)", "(K)", "(n)", "(o)", "(S)", "(i)"):
            assert key in titles, key


async def test_bindings_have_ids_for_a_keymap(make_app) -> None:
    from biy_tui.ui.screens.agenda import AgendaScreen

    app = make_app()
    for cls in (type(app), ProgramScreen, AgendaScreen, CheckInScreen):
        assert all(b.id for b in cls.BINDINGS), cls.__name__


async def test_the_theme_is_remembered(make_app, tmp_path: Path) -> None:
    from biy_tui.core.settings import load_settings

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        await pilot.press("f9")
        await pilot.pause()
        assert app.theme == "biy-contrast"
    assert load_settings(environ={}).theme == "biy-contrast"


async def test_the_overview_footer_fits_80_columns(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        footer = app.screen.query_one("Footer")
        keys = [w for w in footer.query("FooterKey") if w.display and w.key != "ctrl+p"]
        assert sum(k.region.width for k in keys) <= 80 - 12  # room for "^p palette"
        assert all(k.region.right <= 80 for k in keys)
        labels = " ".join(str(k.description) for k in keys)
        assert "More keys" in labels


def test_member_check_never_reads_placeholders_aloud() -> None:
    from biy_tui.ui.screens.member_check import read_aloud

    line = "Bring the quilt. Ask [name] ([email]) about the drop-in on [address]."
    out = read_aloud(line)
    assert out is not None
    assert "[" not in out and "]" not in out
    assert out.startswith("Bring the quilt.")
    assert read_aloud("[name] will bring the poem.") == "Someone will bring the poem."
    assert read_aloud("Call [phone].") is None


async def test_member_check_screen_says_someone(make_app) -> None:
    from biy_tui.core.privacy.reviewed import mark_reviewed
    from biy_tui.core.store import Debrief
    from biy_tui.ui.screens.member_check import MemberCheckScreen
    from tests.ui.test_overview import static_text

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        app.store.save_debrief(
            Debrief(
                week=3,
                date=dt.date.today(),
                follow_ups=mark_reviewed("Ask [name] ([email]) about the drop-in on [address]."),
            )
        )
        app.push_screen(MemberCheckScreen())
        await pilot.pause()
        static = app.screen.query_one("#member-check-text")
        await wait_for(pilot, lambda: "From week 3" in static_text(static))
        text = static_text(static)
        assert "[name]" not in text and "[email]" not in text and "[address]" not in text


def test_trends_name_a_large_drop_for_what_it_is() -> None:
    from biy_tui.core.text import messages

    assert "a little" not in messages.TRENDS_MOOD_DIP_LARGE
    assert "Heavy topics" not in messages.TRENDS_MOOD_DIP_SMALL


def test_agenda_status_says_one_minute() -> None:
    from biy_tui.core.planning import Agenda
    from biy_tui.ui.render.agenda_view import time_status

    week = shipped().weeks[3]
    activity = week.activities[0]
    agenda = Agenda(week=3, session_minutes=activity.minutes - 1).add(activity)
    if agenda.session_minutes >= 10:
        assert "1 minute over" in str(time_status(agenda))
    agenda = Agenda(week=3, session_minutes=activity.minutes + 1).add(activity)
    assert "1 minute free" in str(time_status(agenda))


def test_the_current_cycle_is_the_stores_policy(tmp_path: Path) -> None:
    from biy_tui.core.store.records import CYCLE_DAYS

    today = dt.date(2026, 12, 2)
    with Store.open(tmp_path / "data") as store:
        old = store.save_check_in(
            CheckIn(
                week=3,
                date=today - dt.timedelta(days=CYCLE_DAYS + 30),
                attendance=Attendance(present=5),
            )
        )
        new = store.save_check_in(
            CheckIn(week=3, date=today - dt.timedelta(days=3), attendance=Attendance(present=5))
        )
        assert [r.id for r in store.current_cycle("checkin", today)] == [new.id]
        assert {r.id for r in store.current_cycle("checkin", today, cycles=2)} == {old.id, new.id}
        assert len(store.records("checkin")) == 2


async def test_last_years_check_in_does_not_block_this_weeks(make_app) -> None:
    from biy_tui.core.store.records import CYCLE_DAYS

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        app.store.save_check_in(
            CheckIn(
                week=3,
                date=dt.date.today() - dt.timedelta(days=CYCLE_DAYS + 60),
                attendance=Attendance(present=4),
            )
        )
        screen = await open_check_in(pilot, app, 3)
        assert screen.record is None


async def test_too_many_hands_at_80x24_shows_the_whole_scale(make_app) -> None:
    from textual.widgets import Static

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        screen = await open_check_in(pilot, app, 3)
        screen.query_one("#count-present", Input).value = "2"
        scale = screen.scales()[0]
        counter = screen.query_one(f"#tally-{scale.id}-0", TallyCounter)
        counter.count = 3
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause(0.3)
        view = screen.query_one("#checkin-form").content_region
        question = screen.query_one(f"#question-{scale.id}", Static)
        total = screen.query_one(f"#total-{scale.id}", Static)
        counters = [c for c in screen.query(TallyCounter) if c.scale_id == scale.id]
        for widget in (question, *counters, total):
            assert view.contains_region(widget.region), widget
        assert "2 present" in str(total.render())

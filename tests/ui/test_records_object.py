"""The records side as an object the App owns, tested with a fake App (no Pilot).

:class:`~biy_tui.ui.records.Records` takes what it needs from the App explicitly (the
``RecordsHost`` protocol), so its decisions — what opens, what she is told, what is kept
when biy closes — are checked here with a plain fake: workers run at once, pushed
screens and notices are collected, and the records are a real store in a temp folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.message import Message
from textual.screen import Screen

from biy_tui.core import paths
from biy_tui.core.curriculum import Curriculum, load_curriculum
from biy_tui.core.overview import Overview
from biy_tui.core.planning import Planner
from biy_tui.core.settings import Settings
from biy_tui.core.store import (
    Attendance,
    CheckIn,
    PassphraseRequired,
    Store,
    StoreError,
    WrongPassphrase,
)
from biy_tui.core.text import messages
from biy_tui.ui.dialogs.opening import LockedScreen, PassphraseScreen
from biy_tui.ui.records import Records, RecordsOpened, look_before_opening
from biy_tui.ui.screens.base import BiyScreen
from biy_tui.ui.screens.checkin import CheckInScreen
from biy_tui.ui.screens.debrief import SelfCareScreen
from biy_tui.ui.screens.drafts import DraftsScreen
from biy_tui.ui.screens.existing import WeekHasRecordScreen


@pytest.fixture(scope="module")
def curriculum() -> Curriculum:
    return load_curriculum(paths.shipped_curriculum_dir())


class FakeApp:
    """The App side, as plain Python: workers run at once, calls are collected."""

    def __init__(self, data_dir: Path, curriculum: Curriculum, site_dir: Path | None = None):
        self.data_dir = data_dir
        self.settings = Settings()
        self.site_dir = site_dir
        self.store: Store | None = None
        self.read_only = False
        self.overview = Overview()
        self.planner = Planner(120)
        self._curriculum = curriculum
        self.screen_stack: list[Screen[Any]] = []
        self.notices: list[tuple[str, str]] = []
        self.pushed: list[tuple[Screen[Any], Any]] = []
        self.exits: list[object] = []
        self.posted: list[Message] = []
        self.after_refresh: list[Callable[..., Any]] = []
        self.workers: list[tuple[str | None, str]] = []

    @property
    def curriculum(self) -> Curriculum:
        return self._curriculum

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: str = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        self.notices.append((str(message), severity))

    def push_screen(self, screen: Screen[Any], callback: Any = None) -> object:
        self.pushed.append((screen, callback))
        return None

    def exit(self, result: None = None, return_code: int = 0, message: Any = None) -> None:
        self.exits.append(message)

    def post_message(self, message: Message) -> bool:
        self.posted.append(message)
        return True

    def call_from_thread(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return callback(*args, **kwargs)

    def call_after_refresh(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        self.after_refresh.append(callback)
        return True

    def run_worker(
        self,
        work: Callable[[], None],
        name: str | None = "",
        group: str = "default",
        description: str = "",
        exit_on_error: bool = True,
        start: bool = True,
        exclusive: bool = False,
        thread: bool = False,
    ) -> object:
        assert thread and exclusive and not exit_on_error  # store calls never block the UI
        self.workers.append((name, group))
        work()
        return None

    # what the test reads

    def screens(self) -> list[Screen[Any]]:
        return [screen for screen, _ in self.pushed]

    def callback(self) -> Any:
        return self.pushed[-1][1]


class Listening(BiyScreen[None]):
    """An open screen that counts what the records side tells it."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def flush_draft_now(self) -> bool:
        self.calls.append("flush")
        return True

    def overview_changed(self) -> None:
        self.calls.append("overview")


@pytest.fixture
def app(tmp_path: Path, curriculum: Curriculum) -> Iterator[FakeApp]:
    fake = FakeApp(tmp_path / "data", curriculum)
    yield fake
    if fake.store is not None:
        fake.store.close()


def opened_now(app: FakeApp, records: Records) -> None:
    """Deliver the message the opening worker posted, as the App's handler does."""
    message = app.posted.pop()
    assert isinstance(message, RecordsOpened)
    records.opened(message)


def test_opening_a_new_folder_gives_the_app_fresh_counts(app: FakeApp) -> None:
    records = Records(app)
    before = app.overview
    records.open_records(None)
    assert app.store is None  # nothing changes until the message arrives
    opened_now(app, records)
    assert app.store is not None and app.read_only is False
    assert app.overview is not before  # open screens watch it (test_typed_spine)
    assert not app.pushed and not app.exits  # no drafts, nothing to ask
    assert [group for _, group in app.workers] == ["open", "drafts", "overview"]


def test_kept_drafts_are_offered_and_a_chosen_one_opens_its_form(app: FakeApp) -> None:
    with Store.open(app.data_dir) as store:
        store.save_draft("checkin:week-3", {"present": "5"})
    records = Records(app)
    records.open_records(None)
    opened_now(app, records)
    (offer,) = app.screens()
    assert isinstance(offer, DraftsScreen) and len(offer.drafts) == 1
    app.callback()(offer.drafts[0])
    form = app.screens()[-1]
    assert isinstance(form, CheckInScreen)
    assert form.week_number == 3 and form.initial_draft == offer.drafts[0]


def test_no_passphrase_asks_for_one_and_closing_the_dialog_closes_biy(app: FakeApp) -> None:
    records = Records(app)
    records.opened(RecordsOpened(None, PassphraseRequired("locked away"), False))
    (dialog,) = app.screens()
    assert isinstance(dialog, PassphraseScreen) and dialog.wrong is False
    app.callback()(None)
    assert app.exits == [messages.CLOSED_WITHOUT_OPENING]


def test_a_wrong_passphrase_asks_again_and_tries_the_new_one(app: FakeApp) -> None:
    records = Records(app)
    records.opened(RecordsOpened(None, WrongPassphrase("not that one"), True))
    (dialog,) = app.screens()
    assert isinstance(dialog, PassphraseScreen) and dialog.wrong is True
    app.callback()("a passphrase")
    assert app.workers == [("open_records", "open")]
    message = app.posted[-1]
    assert isinstance(message, RecordsOpened) and message.read_only is True


def test_a_folder_open_elsewhere_offers_to_look_read_only(app: FakeApp) -> None:
    records = Records(app)
    with Store.open(app.data_dir):  # another biy holds it
        records.open_records(None)
        opened_now(app, records)
        (dialog,) = app.screens()
        assert isinstance(dialog, LockedScreen) and dialog.path == str(app.data_dir)
        app.callback()("read-only")
        opened_now(app, records)
    assert app.store is not None and app.read_only is True
    assert (messages.READ_ONLY_NOTICE, "information") in app.notices
    assert "drafts" not in [group for _, group in app.workers]  # nothing offered to edit


def test_a_folder_open_elsewhere_can_be_left_alone(app: FakeApp) -> None:
    records = Records(app)
    with Store.open(app.data_dir):
        records.open_records(None)
        opened_now(app, records)
    app.callback()(None)
    assert app.exits == [messages.CLOSED_ALREADY_OPEN]
    assert app.store is None


def test_another_refusal_is_one_sentence_and_nothing_opens(app: FakeApp) -> None:
    records = Records(app)
    records.opened(RecordsOpened(None, StoreError("The folder cannot be used."), False))
    assert app.notices == [("The folder cannot be used.", "error")]
    assert not app.pushed and not app.exits


def test_benchmark_exits_follow_the_records(app: FakeApp) -> None:
    Records(app, exit_after_first_frame="records").opened(
        RecordsOpened(None, StoreError("no"), False)
    )
    assert app.after_refresh == [app.exit]
    app.after_refresh.clear()
    usable = Records(app, exit_after_first_frame="usable")
    usable.show_overview(Overview())
    assert app.after_refresh == [app.exit]
    app.after_refresh.clear()
    Records(app).show_overview(Overview())
    assert app.after_refresh == []


def test_a_read_only_window_opens_no_form_and_says_so_up_front(app: FakeApp) -> None:
    records = Records(app)
    app.read_only = True
    records.open_form("checkin", 3)
    records.edit_record(CheckIn(week=3, date=dt.date(2026, 12, 1)))
    assert app.notices == [
        (messages.FORM_READ_ONLY_UP_FRONT, "warning"),
        (messages.FORM_READ_ONLY, "warning"),
    ]
    assert not app.pushed and not app.workers


def test_no_records_no_form(app: FakeApp) -> None:
    Records(app).open_form("debrief", 2)
    assert app.notices == [(messages.FORM_NO_STORE, "warning")]
    assert not app.pushed


def test_a_week_with_a_check_in_offers_to_edit_it_or_log_another(app: FakeApp) -> None:
    records = Records(app)
    records.open_records(None)
    opened_now(app, records)
    assert app.store is not None
    saved = app.store.save(
        CheckIn(week=3, date=dt.date(2026, 12, 1), attendance=Attendance(present=9))
    )
    records.open_form("checkin", 3)
    question = app.screens()[-1]
    assert isinstance(question, WeekHasRecordScreen) and question.week == 3
    choose = app.callback()
    choose("edit")
    edit = app.screens()[-1]
    assert isinstance(edit, CheckInScreen) and edit.record == saved
    choose("another")
    blank = app.screens()[-1]
    assert isinstance(blank, CheckInScreen) and blank.record is None and blank.week_number == 3
    count = len(app.pushed)
    choose(None)  # she closed the question: nothing opens
    assert len(app.pushed) == count


def test_a_kept_draft_is_carried_on_without_asking(app: FakeApp) -> None:
    records = Records(app)
    records.open_records(None)
    opened_now(app, records)
    assert app.store is not None
    app.store.save(CheckIn(week=4, date=dt.date(2026, 12, 1)))
    app.store.save_draft("checkin:week-4", {"present": "6"})
    draft, existing, edit_draft = look_before_opening(app.store, "checkin", 4)
    assert draft is not None and existing == [] and edit_draft is None
    records.open_form("checkin", 4)
    form = app.screens()[-1]
    assert isinstance(form, CheckInScreen) and form.initial_draft == draft


def test_self_care_opens_blank(app: FakeApp) -> None:
    records = Records(app)
    records.open_records(None)
    opened_now(app, records)
    records.open_form("selfcare")
    assert isinstance(app.screens()[-1], SelfCareScreen)


def test_guard_words_are_read_once_and_a_bad_site_file_is_one_notice(
    tmp_path: Path, curriculum: Curriculum
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "site.toml").write_text("[privacy\n", encoding="utf-8")
    app = FakeApp(tmp_path / "data", curriculum, site_dir=site)
    records = Records(app)
    first = records.guard_kwargs
    assert records.guard_kwargs is first
    assert len(app.notices) == 1 and app.notices[0][1] == "warning"


def test_closing_keeps_every_open_draft_then_lets_go_of_the_folder(app: FakeApp) -> None:
    records = Records(app)
    records.close()  # nothing open yet: nothing to do
    records.open_records(None)
    opened_now(app, records)
    store = app.store
    assert store is not None
    below, above = Listening(), Listening()
    app.screen_stack = [below, Screen(), above]
    records.close_keeping_drafts()
    assert below.calls[-1] == above.calls[-1] == "flush"
    assert app.exits == [None]
    records.close()
    assert below.calls.count("flush") == 2
    with Store.open(app.data_dir):  # let go of: another biy can open it now
        pass

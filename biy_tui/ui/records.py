"""How the app opens, watches and safely closes the facilitator's records.

A mixin for :class:`biy_tui.ui.app.BiyApp`, kept apart so the App stays small:
opening the data folder in a worker (with the passphrase and already-open
dialogs), offering drafts, opening a saved record for editing, the privacy
guard's words, and keeping every open draft when biy is asked to close.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message

from biy_tui.core.overview import Overview
from biy_tui.core.text import format_date, messages

if TYPE_CHECKING:
    from textual.app import App

    from biy_tui.core.curriculum import Curriculum
    from biy_tui.core.planning import Planner
    from biy_tui.core.privacy import GuardKwargs
    from biy_tui.core.settings import Settings
    from biy_tui.core.store import CheckIn, Debrief, Draft, Kind, Record, Store, StoreError

    _AppBase = App[None]
    """For the type checker, the mixin is the App it is mixed into (a typed ``self``)."""
else:
    _AppBase = object


class RecordsOpened(Message):
    """The data folder was opened (``store``) or could not be (``error``)."""

    def __init__(self, store: Store | None, error: StoreError | None, read_only: bool) -> None:
        super().__init__()
        self.store = store
        self.error = error
        self.read_only = read_only


class RecordsMixin(_AppBase):
    """The records side of the app (mixed into BiyApp, which provides the rest).

    The attributes below are the App state this side reads and writes; BiyApp sets them.
    """

    data_dir: Path
    settings: Settings
    site_dir: Path | None
    store: Store | None
    read_only: bool
    overview: Overview
    planner: Planner
    _guard_kwargs: GuardKwargs | None
    _exit_after_first_frame: str | None

    if TYPE_CHECKING:

        @property
        def curriculum(self) -> Curriculum:
            """The loaded curriculum (from the curriculum side of the App)."""
            ...

    # --- opening the records ---------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="open")
    def open_records(self, passphrase: str | None, read_only: bool = False) -> None:
        """Open the data folder in the background; the outcome arrives as a message."""
        from biy_tui.core.store import Store, StoreError

        try:
            store = Store.open(
                self.data_dir,
                passphrase,
                read_only=read_only,
                backups_kept=self.settings.backups_kept,
            )
        except StoreError as exc:
            self.post_message(RecordsOpened(None, exc, read_only))
            return
        self.post_message(RecordsOpened(store, None, read_only))

    def on_records_opened(self, event: RecordsOpened) -> None:
        """The data folder was opened, or could not be: act on it."""
        from biy_tui.core.store import PassphraseRequired, StoreLocked, WrongPassphrase

        if self._exit_after_first_frame == "records" or (
            self._exit_after_first_frame == "usable" and event.store is None
        ):
            self.call_after_refresh(self.exit)

        if event.store is not None:
            self.store = event.store
            self.read_only = event.read_only
            for notice in event.store.take_notices():
                self.notify(str(notice), severity="warning", timeout=15)
            if event.read_only:
                self.notify(messages.READ_ONLY_NOTICE, timeout=8)
            else:
                self._offer_drafts(event.store)
            self.records_changed()
            return
        error = event.error
        if isinstance(error, (PassphraseRequired, WrongPassphrase)):
            from biy_tui.ui.dialogs.opening import PassphraseScreen

            def entered(passphrase: str | None) -> None:
                if passphrase is None:
                    self.exit(message=messages.CLOSED_WITHOUT_OPENING)
                else:
                    self.open_records(passphrase, event.read_only)

            wrong = isinstance(error, WrongPassphrase)
            self.push_screen(PassphraseScreen(wrong=wrong), entered)
        elif isinstance(error, StoreLocked):
            from biy_tui.ui.dialogs.opening import LockedScreen

            def chosen(choice: str | None) -> None:
                if choice == "read-only":
                    self.open_records(_env_passphrase(), read_only=True)
                else:
                    self.exit(message=messages.CLOSED_ALREADY_OPEN)

            self.push_screen(LockedScreen(str(self.data_dir)), chosen)
        else:
            self.notify(str(error), severity="error", timeout=20)

    @work(thread=True, exclusive=True, exit_on_error=False, group="drafts")
    def _offer_drafts(self, store: Store) -> None:
        from biy_tui.core.store import StoreError

        try:
            drafts = store.drafts()
            days = self.settings.stale_draft_days
            stale = len(store.stale_drafts(days))
        except StoreError:
            return
        if drafts:
            self.call_from_thread(self._show_drafts, drafts)
        if stale:  # a gentle nudge: drafts hold text before its privacy review
            text = messages.DRAFTS_STALE(n=stale, days=days)
            self.call_from_thread(self.notify, text, timeout=15)

    def _show_drafts(self, drafts: list[Draft]) -> None:
        from biy_tui.ui.screens.drafts import DraftsScreen

        def chosen(draft: Draft | None) -> None:
            if draft is not None:
                self.open_draft(draft)

        self.push_screen(DraftsScreen(drafts), chosen)

    def open_draft(self, draft: Draft) -> None:
        """Open the form a draft belongs to, with its text."""
        from biy_tui.ui.screens.checkin import CheckInScreen
        from biy_tui.ui.screens.debrief import DebriefScreen, SelfCareScreen
        from biy_tui.ui.screens.forms import read_draft_key

        form, value = read_draft_key(str(draft.key))
        if form == "debrief":
            self.push_screen(DebriefScreen(int(value), draft=draft))
        elif form == "checkin":
            self.push_screen(CheckInScreen(int(value), draft=draft))
        elif form == "plan":
            self.open_plan_draft(int(value), draft)
        elif form == "selfcare":
            self.push_screen(SelfCareScreen(draft=draft))
        elif form == "edit" and self.store is not None:
            record = self.store.get(value)
            if record is not None:
                self.edit_record(record, draft=draft)

    def edit_record(self, record: Record, draft: Draft | None = None) -> None:
        """Open a saved record in its form; changed text is reviewed again on save."""
        from biy_tui.core.store import CheckIn, Debrief, Plan, SelfCare
        from biy_tui.ui.screens.checkin import CheckInScreen
        from biy_tui.ui.screens.debrief import DebriefScreen, SelfCareScreen

        if self.read_only:
            self.notify(messages.FORM_READ_ONLY, severity="warning")
        elif isinstance(record, Debrief):
            self.push_screen(DebriefScreen(record.week, record=record, draft=draft))
        elif isinstance(record, SelfCare):
            self.push_screen(SelfCareScreen(record=record, draft=draft))
        elif isinstance(record, CheckIn):
            self.push_screen(CheckInScreen(record.week, record=record, draft=draft))
        elif isinstance(record, Plan):
            from biy_tui.core.planning import agenda_from_plan
            from biy_tui.ui.screens.agenda import AgendaScreen

            self.planner.load(agenda_from_plan(record))
            if self.curriculum.week(record.week) is not None:
                self.push_screen(AgendaScreen(record.week))

    # --- opening a form -------------------------------------------------------

    def open_form(self, form: str, week: int = 0) -> None:
        """Open a check-in, debrief or self-care form the way she would expect.

        In a read-only window nothing opens (she is told why up front). A kept
        draft of the form is carried on; a week that already has a check-in or
        debrief offers to edit it, and another session is an explicit choice.
        """
        if self.read_only:
            self.notify(messages.FORM_READ_ONLY_UP_FRONT, severity="warning", timeout=8)
            return
        store = self.store
        if store is None:
            self.notify(messages.FORM_NO_STORE, severity="warning")
            return
        self._look_before_opening(store, form, week)

    @work(thread=True, exclusive=True, exit_on_error=False, group="open-form")
    def _look_before_opening(self, store: Store, form: str, week: int) -> None:
        from biy_tui.core.store import CheckIn, Debrief, StoreError
        from biy_tui.ui.screens.forms import draft_key

        try:
            draft = store.draft(draft_key(form, week=week))
            kind: Kind = "checkin" if form == "checkin" else "debrief"
            existing = (
                [
                    r
                    for r in store.current_cycle(kind)
                    if isinstance(r, (CheckIn, Debrief)) and r.week == week
                ]
                if form in ("checkin", "debrief") and draft is None
                else []
            )
            edit_draft = (
                store.draft(draft_key(form, record_id=existing[0].id)) if existing else None
            )
        except StoreError as exc:
            self.call_from_thread(self.notify, str(exc), severity="warning")
            return
        from textual.worker import get_current_worker

        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._open_form_now, form, week, draft, existing, edit_draft)

    def _open_form_now(
        self,
        form: str,
        week: int,
        draft: Draft | None,
        existing: list[CheckIn | Debrief],
        edit_draft: Draft | None,
    ) -> None:
        from biy_tui.ui.screens.checkin import CheckInScreen
        from biy_tui.ui.screens.debrief import DebriefScreen, SelfCareScreen

        def blank() -> None:
            if form == "checkin":
                self.push_screen(CheckInScreen(week, draft=draft))
            elif form == "debrief":
                self.push_screen(DebriefScreen(week, draft=draft))
            else:
                self.push_screen(SelfCareScreen(draft=draft))

        if draft is not None or not existing:
            blank()
            return
        from biy_tui.core.store.records import KIND_NAMES
        from biy_tui.ui.screens.existing import WeekHasRecordScreen

        record = existing[0]
        kind = KIND_NAMES["checkin" if form == "checkin" else "debrief"]

        def chosen(choice: str | None) -> None:
            if choice == "edit":
                self.edit_record(record, draft=edit_draft)
            elif choice == "another":
                blank()

        when = format_date(record.date, "medium")
        self.push_screen(WeekHasRecordScreen(week, kind, when), chosen)

    @property
    def guard_kwargs(self) -> GuardKwargs:
        """Site words and program words for the privacy guard (read once)."""
        if self._guard_kwargs is None:
            from biy_tui.core.privacy import SiteTerms, SiteTermsError, load_site_terms

            try:
                site = load_site_terms(self.site_dir)
            except SiteTermsError as exc:
                self.notify(str(exc), severity="warning", timeout=15)
                site = SiteTerms()
            self._guard_kwargs = site.guard_kwargs(self.curriculum.program_terms())
        return self._guard_kwargs

    # --- closing safely -------------------------------------------------------

    def _install_signal_handlers(self) -> None:
        """On SIGTERM or SIGHUP, keep every open draft, then close."""
        import asyncio
        import signal

        loop = asyncio.get_running_loop()
        for name in ("SIGTERM", "SIGHUP"):
            number = getattr(signal, name, None)
            if number is None:
                continue
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(number, self._close_keeping_drafts)

    def _close_keeping_drafts(self) -> None:
        self.keep_all_drafts()
        self.exit()

    def on_exit_app(self) -> None:
        """However biy is asked to close (Ctrl+Q, a closed browser tab), keep open drafts first."""
        self.keep_all_drafts()

    def keep_all_drafts(self) -> None:
        """Write the draft of every open form and unsaved agenda now (biy is closing)."""
        from biy_tui.ui.screens.base import BiyScreen

        for screen in self.screen_stack:
            if isinstance(screen, BiyScreen):
                screen.flush_draft_now()
        planner = self.planner
        if planner.dirty_weeks():
            from biy_tui.ui.screens.agenda import keep_plan_draft

            for week in planner.dirty_weeks():
                keep_plan_draft(self, week)

    def open_plan_draft(self, week: int, draft: Draft) -> None:
        """Open a week's agenda with the unsaved changes a draft kept."""
        from biy_tui.ui.screens.agenda import AgendaScreen

        if self.curriculum.week(week) is None:
            return
        self.planner.forget(week)
        self.push_screen(AgendaScreen(week))

    def records_changed(self) -> None:
        """Recount what the overview shows (in the background)."""
        if self.store is not None:
            self._count_records(self.store)

    @work(thread=True, exclusive=True, exit_on_error=False, group="overview")
    def _count_records(self, store: Store) -> None:
        from textual.worker import get_current_worker

        from biy_tui.core.store import StoreError

        try:
            overview = Overview.from_store(store, self.curriculum)
        except StoreError as exc:
            self.call_from_thread(self.notify, str(exc), severity="warning")
            return
        if not get_current_worker().is_cancelled:  # a newer count replaced this one
            self.call_from_thread(self._show_overview, overview)

    def _show_overview(self, overview: Overview) -> None:
        from biy_tui.ui.screens.base import BiyScreen

        self.overview = overview
        for screen in self.screen_stack:
            if isinstance(screen, BiyScreen):
                screen.overview_changed()
        if self._exit_after_first_frame == "usable":  # benchmarks: the marks are drawn
            self.call_after_refresh(self.exit)

    def on_unmount(self) -> None:
        """Keep open drafts, then let go of the data folder."""
        if self.store is not None:
            self.keep_all_drafts()
            self.store.close()


def _env_passphrase() -> str | None:
    from biy_tui.core.store import maintenance

    return maintenance.take_passphrase()

"""How the app opens, watches and safely closes the facilitator's records.

:class:`Records` is an object the App creates and holds (``app.records``), kept apart so
the App stays small: opening the data folder in a worker (with the passphrase and
already-open dialogs), offering drafts, opening a saved record for editing, the privacy
guard's words, and keeping every open draft when biy is asked to close.

What it needs from the App comes in explicitly: the :class:`RecordsHost` protocol (the
App's state and the few Textual calls it makes: workers, ``push_screen``, ``notify``), and
the benchmark exit mode as a constructor argument. So the logic that is not UI can be
tested with a plain fake for the App, without a Pilot.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from textual.message import Message

from biy_tui.core.overview import Overview
from biy_tui.core.text import format_date, messages
from biy_tui.ui.host import AppHost

if TYPE_CHECKING:
    from textual.screen import Screen

    from biy_tui.core.curriculum import Curriculum
    from biy_tui.core.privacy import GuardKwargs
    from biy_tui.core.startup import Background, EarlyRecords
    from biy_tui.core.store import CheckIn, Debrief, Draft, Kind, Record, Store, StoreError

FIRST_FRAME_WAIT = 0.25
"""Seconds the first frame waits for records opened early that are not counted yet: an
opening just behind the frame would otherwise cost a second layout of the overview (the
two share one interpreter lock); a longer one is taken after the first frame."""


class RecordsOpened(Message):
    """The data folder was opened (``store``) or could not be (``error``); ``overview``
    is what the overview shows of it, when that was counted with the opening."""

    def __init__(
        self,
        store: Store | None,
        error: StoreError | None,
        read_only: bool,
        overview: Overview | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.error = error
        self.read_only = read_only
        self.overview = overview


class RecordsHost(AppHost, Protocol):
    """What :class:`Records` needs from the App beyond :class:`~biy_tui.ui.host.AppHost`."""

    data_dir: Path
    site_dir: Path | None
    store: Store | None
    read_only: bool
    overview: Overview

    @property
    def curriculum(self) -> Curriculum:
        """The loaded curriculum."""
        ...

    def push_screen(self, screen: Screen[Any], callback: Any = None) -> object:
        """Open a screen (with what to do with its result)."""
        ...

    def post_message(self, message: Message) -> bool:
        """Post a message to the App (from any thread)."""
        ...


class Records:
    """The records side of the app: the App creates one and holds it as ``app.records``.

    Args:
        app: the App (its state and Textual calls, see :class:`RecordsHost`).
        exit_after_first_frame: benchmarks only: ``"records"`` exits once the records are
            open, ``"usable"`` once the overview is drawn (or opening failed).
        early: the records as the command line began opening them before the interface
            was up (see :mod:`biy_tui.core.startup`); None to open them after the first
            frame.
    """

    def __init__(
        self,
        app: RecordsHost,
        exit_after_first_frame: str | None = None,
        early: Background[EarlyRecords] | None = None,
    ) -> None:
        self.app = app
        self._exit_after_first_frame = exit_after_first_frame
        self._guard_kwargs: GuardKwargs | None = None
        self._early = early

    def _in_thread(self, work: Callable[[], None], group: str, name: str) -> None:
        """Run ``work`` in a worker thread (a newer one in the group replaces an older one)."""
        self.app.run_worker(
            work, name=name, group=group, exit_on_error=False, exclusive=True, thread=True
        )

    # --- opening the records ---------------------------------------------------

    def overview_before_first_frame(self) -> None:
        """Before the overview is built: if the records opened early are counted, or are
        within ``FIRST_FRAME_WAIT`` of it, its first frame carries their marks (nothing is
        drawn twice, and the second layout an opening just behind the frame cost is saved)."""
        pending = self._early
        if pending is None or not pending.wait(FIRST_FRAME_WAIT):
            return  # none opened early, or a long history: open_first takes it from here
        early = pending.ready()
        if early is not None and early.overview is not None:
            self.app.overview = early.overview

    def open_first(self) -> None:
        """After the first frame: take the records opened early, or open them now."""
        pending = self._early
        if pending is None:
            self.open_records(env_passphrase())
            return
        early = pending.ready()
        if early is not None:
            self._take_early(early)
            return
        self._in_thread(partial(self._wait_early, pending), group="open", name="open_records")

    def _wait_early(self, pending: Background[EarlyRecords]) -> None:
        # A long history: wait in a worker, never on the event loop.
        if not pending.wait_unless(worker_cancelled):
            return
        early = pending()  # an unexpected failure goes to the App's worker handler
        self.app.call_from_thread(self._take_early, early)

    def _take_early(self, early: EarlyRecords) -> None:
        self._early = None
        early.taken = True  # from now on the App closes it
        self.opened(RecordsOpened(early.store, early.error, False, early.overview))

    def open_records(self, passphrase: str | None, read_only: bool = False) -> None:
        """Open the data folder in the background; the outcome arrives as a message."""
        work = partial(self._open_in_thread, passphrase, read_only)
        self._in_thread(work, group="open", name="open_records")

    def _open_in_thread(self, passphrase: str | None, read_only: bool) -> None:
        from biy_tui.core.store import Store, StoreError

        try:
            store = Store.open(
                self.app.data_dir,
                passphrase,
                read_only=read_only,
                backups_kept=self.app.settings.backups_kept,
            )
        except StoreError as exc:
            self.app.post_message(RecordsOpened(None, exc, read_only))
            return
        self.app.post_message(RecordsOpened(store, None, read_only))

    def opened(self, event: RecordsOpened) -> None:
        """The data folder was opened, or could not be: act on it (the App's message handler)."""
        from biy_tui.core.store import PassphraseRequired, StoreLocked, WrongPassphrase

        app = self.app
        if self._exit_after_first_frame == "records" or (
            self._exit_after_first_frame == "usable" and event.store is None
        ):
            app.call_after_refresh(app.exit)

        if event.store is not None:
            app.store = event.store
            app.read_only = event.read_only
            for notice in event.store.take_notices():
                app.notify(str(notice), severity="warning", timeout=15)
            if event.read_only:
                app.notify(messages.READ_ONLY_NOTICE, timeout=8)
            else:
                self._offer_drafts(event.store)
            if event.overview is not None:
                self.show_overview(event.overview)
            else:
                self.records_changed()
            return
        error = event.error
        if isinstance(error, (PassphraseRequired, WrongPassphrase)):
            from biy_tui.ui.dialogs.opening import PassphraseScreen

            def entered(passphrase: str | None) -> None:
                if passphrase is None:
                    app.exit(message=messages.CLOSED_WITHOUT_OPENING)
                else:
                    self.open_records(passphrase, event.read_only)

            wrong = isinstance(error, WrongPassphrase)
            app.push_screen(PassphraseScreen(wrong=wrong), entered)
        elif isinstance(error, StoreLocked):
            from biy_tui.ui.dialogs.opening import LockedScreen

            def chosen(choice: str | None) -> None:
                if choice == "read-only":
                    self.open_records(env_passphrase(), read_only=True)
                else:
                    app.exit(message=messages.CLOSED_ALREADY_OPEN)

            app.push_screen(LockedScreen(str(app.data_dir)), chosen)
        else:
            app.notify(str(error), severity="error", timeout=20)

    def _offer_drafts(self, store: Store) -> None:
        self._in_thread(
            partial(self._offer_drafts_in_thread, store), group="drafts", name="_offer_drafts"
        )

    def _offer_drafts_in_thread(self, store: Store) -> None:
        from biy_tui.core.store import StoreError

        try:
            drafts = store.drafts()
            days = self.app.settings.stale_draft_days
            stale = len(store.stale_drafts(days))
        except StoreError:
            return
        if drafts:
            self.app.call_from_thread(self._show_drafts, drafts)
        if stale:  # a gentle nudge: drafts hold text before its privacy review
            text = messages.DRAFTS_STALE(n=stale, days=days)
            self.app.call_from_thread(self.app.notify, text, timeout=15)

    def _show_drafts(self, drafts: list[Draft]) -> None:
        from biy_tui.ui.screens.drafts import DraftsScreen

        def chosen(draft: Draft | None) -> None:
            if draft is not None:
                self.open_draft(draft)

        self.app.push_screen(DraftsScreen(drafts), chosen)

    def open_draft(self, draft: Draft) -> None:
        """Open the form a draft belongs to, with its text."""
        from biy_tui.ui.screens.checkin import CheckInScreen
        from biy_tui.ui.screens.debrief import DebriefScreen, SelfCareScreen
        from biy_tui.ui.screens.forms import read_draft_key

        app = self.app
        form, value = read_draft_key(str(draft.key))
        if form == "debrief":
            app.push_screen(DebriefScreen(int(value), draft=draft))
        elif form == "checkin":
            app.push_screen(CheckInScreen(int(value), draft=draft))
        elif form == "plan":
            self.open_plan_draft(int(value), draft)
        elif form == "selfcare":
            app.push_screen(SelfCareScreen(draft=draft))
        elif form == "edit" and app.store is not None:
            record = app.store.get(value)
            if record is not None:
                self.edit_record(record, draft=draft)

    def edit_record(self, record: Record, draft: Draft | None = None) -> None:
        """Open a saved record in its form; changed text is reviewed again on save."""
        from biy_tui.core.store import CheckIn, Debrief, Plan, SelfCare
        from biy_tui.ui.screens.checkin import CheckInScreen
        from biy_tui.ui.screens.debrief import DebriefScreen, SelfCareScreen

        app = self.app
        if app.read_only:
            app.notify(messages.FORM_READ_ONLY, severity="warning")
        elif isinstance(record, Debrief):
            app.push_screen(DebriefScreen(record.week, record=record, draft=draft))
        elif isinstance(record, SelfCare):
            app.push_screen(SelfCareScreen(record=record, draft=draft))
        elif isinstance(record, CheckIn):
            app.push_screen(CheckInScreen(record.week, record=record, draft=draft))
        elif isinstance(record, Plan):
            from biy_tui.core.planning import agenda_from_plan
            from biy_tui.ui.screens.agenda import AgendaScreen

            app.planner.load(agenda_from_plan(record))
            if app.curriculum.week(record.week) is not None:
                app.push_screen(AgendaScreen(record.week))

    # --- opening a form -------------------------------------------------------

    def open_form(self, form: str, week: int = 0) -> None:
        """Open a check-in, debrief or self-care form the way she would expect.

        In a read-only window nothing opens (she is told why up front). A kept
        draft of the form is carried on; a week that already has a check-in or
        debrief offers to edit it, and another session is an explicit choice.
        """
        app = self.app
        if app.read_only:
            app.notify(messages.FORM_READ_ONLY_UP_FRONT, severity="warning", timeout=8)
            return
        store = app.store
        if store is None:
            app.notify(messages.FORM_NO_STORE, severity="warning")
            return
        work = partial(self._look_before_opening, store, form, week)
        self._in_thread(work, group="open-form", name="_look_before_opening")

    def _look_before_opening(self, store: Store, form: str, week: int) -> None:
        from biy_tui.core.store import StoreError

        try:
            draft, existing, edit_draft = look_before_opening(store, form, week)
        except StoreError as exc:
            self.app.call_from_thread(self.app.notify, str(exc), severity="warning")
            return
        if not worker_cancelled():
            self.app.call_from_thread(self._open_form_now, form, week, draft, existing, edit_draft)

    def _open_form_now(
        self,
        form: str,
        week: int,
        draft: Draft | None,
        existing: Sequence[CheckIn | Debrief],
        edit_draft: Draft | None,
    ) -> None:
        from biy_tui.ui.screens.checkin import CheckInScreen
        from biy_tui.ui.screens.debrief import DebriefScreen, SelfCareScreen

        app = self.app

        def blank() -> None:
            if form == "checkin":
                app.push_screen(CheckInScreen(week, draft=draft))
            elif form == "debrief":
                app.push_screen(DebriefScreen(week, draft=draft))
            else:
                app.push_screen(SelfCareScreen(draft=draft))

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
        app.push_screen(WeekHasRecordScreen(week, kind, when), chosen)

    @property
    def guard_kwargs(self) -> GuardKwargs:
        """Site words and program words for the privacy guard (read once)."""
        if self._guard_kwargs is None:
            from biy_tui.core.privacy import SiteTerms, SiteTermsError, load_site_terms

            try:
                site = load_site_terms(self.app.site_dir)
            except SiteTermsError as exc:
                self.app.notify(str(exc), severity="warning", timeout=15)
                site = SiteTerms()
            self._guard_kwargs = site.guard_kwargs(self.app.curriculum.program_terms())
        return self._guard_kwargs

    # --- closing safely -------------------------------------------------------

    def install_signal_handlers(self) -> None:
        """On SIGTERM or SIGHUP, keep every open draft, then close (call on the event loop)."""
        import asyncio
        import signal

        loop = asyncio.get_running_loop()
        for name in ("SIGTERM", "SIGHUP"):
            number = getattr(signal, name, None)
            if number is None:
                continue
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(number, self.close_keeping_drafts)

    def close_keeping_drafts(self) -> None:
        """Keep every open draft, then close biy (what SIGTERM and SIGHUP do)."""
        self.keep_all_drafts()
        self.app.exit()

    def keep_all_drafts(self) -> None:
        """Write the draft of every open form and unsaved agenda now (biy is closing)."""
        from biy_tui.ui.screens.base import BiyScreen

        for screen in self.app.screen_stack:
            if isinstance(screen, BiyScreen):
                screen.flush_draft_now()
        planner = self.app.planner
        if planner.dirty_weeks():
            from biy_tui.ui.screens.agenda import keep_plan_draft

            for week in planner.dirty_weeks():
                keep_plan_draft(self.app, week)

    def close(self) -> None:
        """Keep open drafts, then let go of the data folder (the App is unmounting)."""
        store = self.app.store
        if store is not None:
            self.keep_all_drafts()
            store.close()

    def open_plan_draft(self, week: int, draft: Draft) -> None:
        """Open a week's agenda with the unsaved changes a draft kept."""
        from biy_tui.ui.screens.agenda import AgendaScreen

        if self.app.curriculum.week(week) is None:
            return
        self.app.planner.forget(week)
        self.app.push_screen(AgendaScreen(week))

    # --- what the overview shows ----------------------------------------------

    def records_changed(self) -> None:
        """Recount what the overview shows (in the background)."""
        store = self.app.store
        if store is not None:
            work = partial(self._count_records, store)
            self._in_thread(work, group="overview", name="_count_records")

    def _count_records(self, store: Store) -> None:
        from biy_tui.core.store import StoreError

        try:
            overview = Overview.from_store(store, self.app.curriculum)
        except StoreError as exc:
            self.app.call_from_thread(self.app.notify, str(exc), severity="warning")
            return
        if not worker_cancelled():  # a newer count replaced this one
            self.app.call_from_thread(self.show_overview, overview)

    def show_overview(self, overview: Overview) -> None:
        """Give the App the new counts (open screens watch ``app.overview``)."""
        app = self.app
        if overview is not app.overview:  # drawn already with the first frame
            app.overview = overview
        if self._exit_after_first_frame == "usable":  # benchmarks: the marks are drawn
            app.call_after_refresh(app.exit)


def look_before_opening(
    store: Store, form: str, week: int
) -> tuple[Draft | None, list[CheckIn | Debrief], Draft | None]:
    """What opening a form finds: its kept draft, the week's saved records, their edit draft.

    The saved check-ins or debriefs of the week are looked up only when there is no
    draft of the form (a draft is carried on as it is). Raises StoreError.
    """
    from biy_tui.core.store import CheckIn, Debrief
    from biy_tui.ui.screens.forms import draft_key

    draft = store.draft(draft_key(form, week=week))
    kind: Kind = "checkin" if form == "checkin" else "debrief"
    existing: list[CheckIn | Debrief] = (
        [
            r
            for r in store.current_cycle(kind)
            if isinstance(r, (CheckIn, Debrief)) and r.week == week
        ]
        if form in ("checkin", "debrief") and draft is None
        else []
    )
    edit_draft = store.draft(draft_key(form, record_id=existing[0].id)) if existing else None
    return draft, existing, edit_draft


def worker_cancelled() -> bool:
    """True when the worker running this was cancelled (a newer one replaced it)."""
    from textual.worker import NoActiveWorker, get_current_worker

    try:
        return get_current_worker().is_cancelled
    except NoActiveWorker:  # called directly, not in a worker
        return False


def env_passphrase() -> str | None:
    """The passphrase handed over in the environment, if any (taken once)."""
    from biy_tui.core.store import maintenance

    return maintenance.take_passphrase()

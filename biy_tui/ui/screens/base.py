"""The typed spine every screen stands on, and small pieces most screens share.

:class:`BiyScreen` and :class:`BiyModal` are the bases of every screen and dialog: their
``app`` is the typed :class:`~biy_tui.ui.app.BiyApp`, so screens reach the App's state
(store, curriculum, planner, settings) through declared attributes, never ``getattr``.
The hooks (``flush_draft_now``, ``overview_changed``, ``commands``, ``worker_failed``) are
declared here with do-nothing defaults, so a screen overrides only the ones it needs. The
App state screens follow is a reactive on the App: every open screen watches
``app.overview`` and is told through ``overview_changed``. Also here: the week a screen
shows, and saving without blocking.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from textual import events, on
from textual.app import SystemCommand
from textual.screen import ModalScreen, Screen

from biy_tui.core.curriculum import Curriculum, Week

if TYPE_CHECKING:
    from biy_tui.core.overview import Overview
    from biy_tui.core.store import Store
    from biy_tui.ui.app import BiyApp

T = TypeVar("T")
ResultT = TypeVar("ResultT")


class BiyScreen(Screen[ResultT]):
    """The base of every biy screen: a typed App, and the hooks the App calls."""

    @property
    def app(self) -> BiyApp:  # type: ignore[override]  # Textual types it as App[object]
        """The running biy App, typed (Textual's own ``app`` is an ``App[object]``)."""
        return cast("BiyApp", super().app)

    @property
    def curriculum(self) -> Curriculum:
        """The loaded curriculum."""
        return self.app.curriculum

    @on(events.Mount)
    def _follow_the_app(self) -> None:
        """Once open, follow the App's overview until closed (Textual drops closed watchers)."""
        self.watch(self.app, "overview", self._overview_watched, init=False)

    def _overview_watched(self, overview: Overview) -> None:
        self.overview_changed()

    def flush_draft_now(self) -> bool:
        """Write this screen's unsaved text as a draft now (biy is closing); True if written."""
        return False

    def overview_changed(self) -> None:
        """The records changed: the App recounted what the overview shows (``app.overview``)."""

    def commands(self) -> Iterable[SystemCommand]:
        """Commands this screen adds to the palette (besides its key bindings)."""
        return ()

    def worker_failed(self) -> None:
        """A background store call of this screen ended with an unexpected error."""


class BiyModal(ModalScreen[ResultT], BiyScreen[ResultT]):
    """The base of every biy dialog: a modal screen with the same typed App and hooks."""


class WeekScreenMixin:
    """For screens about one available week (``self.number``); mixed into a BiyScreen."""

    number: int

    if TYPE_CHECKING:

        @property
        def curriculum(self) -> Curriculum:
            """The loaded curriculum (from the BiyScreen this is mixed into)."""
            ...

    @property
    def week(self) -> Week:
        """The week this screen is about (these screens only open for available weeks)."""
        week = self.curriculum.week(self.number)
        assert week is not None
        return week


def writable_store(screen: BiyScreen[Any]) -> Store | None:
    """The open, writable store; otherwise say why nothing can be saved, and None."""
    from biy_tui.core.text import messages

    store = screen.app.store
    if store is None:
        screen.notify(messages.FORM_NO_STORE, severity="warning")
        return None
    if screen.app.read_only:
        screen.notify(messages.FORM_READ_ONLY, severity="warning")
        return None
    return store


def store_in_background(
    screen: BiyScreen[Any],
    call: Callable[[], T],
    done: Callable[[T], None],
    failed: str,
    on_failure: Callable[[], None] | None = None,
    group: str = "store",
) -> None:
    """Run a store call in a worker thread, then ``done(result)`` on the UI thread.

    This is the one worker path for background store calls. A
    :class:`~biy_tui.core.store.StoreError` becomes a calm notice built from
    ``failed`` (with ``{why}``); what she typed stays on screen. Any other
    error ends the worker in the ERROR state, and the App's
    ``on_worker_state_changed`` says one calm sentence and calls
    ``on_failure`` and the screen's ``worker_failed()`` so the form keeps
    working (drafts included). A cancelled worker never calls ``done``.

    Args:
        screen: the screen the work belongs to.
        call: the store call (runs off the UI thread).
        done: what to do with its result (runs on the UI thread).
        failed: the notice when the store refuses, with a ``{why}`` slot.
        on_failure: also run on the UI thread when the call fails (refused or unexpected).
        group: the worker group (a newer call in the same group replaces an older one).
    """
    from textual.worker import get_current_worker

    app = screen.app  # now: once she has left the screen, it no longer knows its app

    def work() -> None:
        from biy_tui.core.store import StoreError

        try:
            result = call()
        except StoreError as exc:
            app.call_from_thread(app.notify, failed.format(why=exc), severity="warning", timeout=10)
            if on_failure is not None:
                app.call_from_thread(on_failure)
            return
        if get_current_worker().is_cancelled:
            return
        app.call_from_thread(deliver, result)

    def deliver(result: T) -> None:
        if screen.is_attached:  # she may have left the screen meanwhile
            done(result)

    worker = app.run_worker(
        work,
        name=f"store:{group}",
        thread=True,
        exclusive=True,
        group=f"{group}-{id(screen)}",
        exit_on_error=False,
    )
    app.store_worker_owners[worker] = (screen, on_failure)


def worker_failed(app: BiyApp, worker: object) -> bool:
    """Called by the App when a store worker ended with an unexpected error.

    Runs the failure handler and the screen's ``worker_failed()`` hook so the
    form is usable again. Returns True when the worker was a store worker.
    """
    owner = app.store_worker_owners.pop(worker, None)
    if owner is None:
        return False
    screen, on_failure = owner
    if on_failure is not None:
        on_failure()
    screen.worker_failed()
    return True


def worker_finished(app: BiyApp, worker: object) -> None:
    """Forget a store worker that ended well (or was cancelled)."""
    app.store_worker_owners.pop(worker, None)

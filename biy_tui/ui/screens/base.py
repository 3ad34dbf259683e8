"""Small pieces most screens share: the week they show, and saving without blocking."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from textual.screen import Screen

from biy_tui.core.curriculum import Curriculum, Week

T = TypeVar("T")


class WeekScreenMixin:
    """For screens about one available week (``self.number``)."""

    number: int
    app: Any

    @property
    def curriculum(self) -> Curriculum:
        """The loaded curriculum."""
        return self.app.curriculum  # type: ignore[no-any-return]

    @property
    def week(self) -> Week:
        """The week this screen is about (these screens only open for available weeks)."""
        week = self.curriculum.week(self.number)
        assert week is not None
        return week


def writable_store(screen: Screen[Any]) -> Any | None:
    """The open, writable store; otherwise say why nothing can be saved, and None."""
    from biy_tui.core.text import messages

    store = getattr(screen.app, "store", None)
    if store is None:
        screen.notify(messages.FORM_NO_STORE, severity="warning")
        return None
    if getattr(screen.app, "read_only", False):
        screen.notify(messages.FORM_READ_ONLY, severity="warning")
        return None
    return store


def store_in_background(
    screen: Screen[Any],
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

    def work() -> None:
        from biy_tui.core.store import StoreError

        try:
            result = call()
        except StoreError as exc:
            screen.app.call_from_thread(
                screen.notify, failed.format(why=exc), severity="warning", timeout=10
            )
            if on_failure is not None:
                screen.app.call_from_thread(on_failure)
            return
        if get_current_worker().is_cancelled:
            return
        screen.app.call_from_thread(deliver, result)

    def deliver(result: T) -> None:
        if screen.is_attached:  # she may have left the screen meanwhile
            done(result)

    app = screen.app
    worker = app.run_worker(
        work,
        name=f"store:{group}",
        thread=True,
        exclusive=True,
        group=f"{group}-{id(screen)}",
        exit_on_error=False,
    )
    owners: dict[object, tuple[Screen[Any], Callable[[], None] | None]] = app.__dict__.setdefault(
        "_store_worker_owners", {}
    )
    owners[worker] = (screen, on_failure)


def worker_failed(app: Any, worker: object) -> bool:
    """Called by the App when a store worker ended with an unexpected error.

    Runs the failure handler and the screen's ``worker_failed()`` hook so the
    form is usable again. Returns True when the worker was a store worker.
    """
    owners = app.__dict__.get("_store_worker_owners", {})
    owner = owners.pop(worker, None)
    if owner is None:
        return False
    screen, on_failure = owner
    if on_failure is not None:
        on_failure()
    hook = getattr(screen, "worker_failed", None)
    if callable(hook):
        hook()
    return True


def worker_finished(app: Any, worker: object) -> None:
    """Forget a store worker that ended well (or was cancelled)."""
    app.__dict__.get("_store_worker_owners", {}).pop(worker, None)

"""Small pieces most screens share: the week they show, and saving without blocking."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from textual.screen import Screen

from biy_tui.curriculum import Curriculum, Week

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
    from biy_tui import messages

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

    A :class:`~biy_tui.store.StoreError` becomes a calm notice built from
    ``failed`` (with ``{why}``); what she typed stays on screen.

    Args:
        screen: the screen the work belongs to.
        call: the store call (runs off the UI thread).
        done: what to do with its result (runs on the UI thread).
        failed: the notice when the store refuses, with a ``{why}`` slot.
        on_failure: also run on the UI thread when the store refuses.
        group: the worker group (a newer call in the same group replaces an older one).
    """

    def work() -> None:
        from biy_tui.store import StoreError

        try:
            result = call()
        except StoreError as exc:
            screen.app.call_from_thread(
                screen.notify, failed.format(why=exc), severity="warning", timeout=10
            )
            if on_failure is not None:
                screen.app.call_from_thread(on_failure)
            return
        screen.app.call_from_thread(done, result)

    screen.run_worker(work, thread=True, exclusive=True, group=group, exit_on_error=False)

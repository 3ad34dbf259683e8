"""One form's draft: kept a pause after she stops, kept at once when she leaves, never after a save.

The check-in and the text forms (debrief, self-care) share this piece. A draft
holds what she typed before the privacy review, so the one rule that matters
most is that no draft survives a save: while a save is in flight, autosave
stands aside; a draft write already on its way finishes before the save
removes the draft (a lock both take, on the worker threads); and the save
removes the draft only once the record is safe.

Escape during a save in flight waits for the save (she is told); biy closing
during one waits for it too, then keeps a draft only if the save failed.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from biy_tui.core.text import messages
from biy_tui.ui.screens.base import store_in_background

if TYPE_CHECKING:
    from textual.timer import Timer

    from biy_tui.core.store import Store
    from biy_tui.ui.screens.base import BiyScreen

T = TypeVar("T")

CLOSE_WAIT_SECONDS = 10.0
"""How long biy, closing, waits for a save in flight before giving up on a draft."""


class DraftKeeper:
    """The draft machinery of one form screen.

    Args:
        screen: the form.
        key: the key the draft is kept under.
        fields: what the draft keeps, read from the form (UI thread).
        has_anything: whether the form holds anything worth keeping.
        kept: the notice when leaving kept a draft.
        had_draft: the form opened from a draft (so leaving keeps it, even unchanged).
    """

    def __init__(
        self,
        screen: BiyScreen[Any],
        key: str,
        *,
        fields: Callable[[], dict[str, str]],
        has_anything: Callable[[], bool],
        kept: str,
        had_draft: bool = False,
    ) -> None:
        self.screen = screen
        self.key = key
        self._fields = fields
        self._has_anything = has_anything
        self._kept = kept
        self._had_draft = had_draft
        self.dirty = False
        self.saving = False
        self._saved = False
        self._timer: Timer | None = None
        self._lock = threading.Lock()  # one draft write or one save at a time, in order

    # --- while she types -------------------------------------------------------------

    def changed(self) -> None:
        """She changed something: keep a draft once she pauses."""
        self.dirty = True
        self.stop_timer()
        if self.saving:
            return
        seconds = float(self.screen.app.settings.autosave_seconds)
        self._timer = self.screen.set_timer(seconds, self.autosave)

    def stop_timer(self) -> None:
        """No autosave is pending any more."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def autosave(self) -> None:
        """Keep the draft in the background (not while a save is in flight)."""
        app = self.screen.app
        store = app.store
        if store is None or app.read_only or not self.dirty or self.saving:
            return
        self.dirty = False
        fields = self._fields()

        def write() -> None:
            with self._lock:
                if self.saving:  # a save started meanwhile: it owns the draft now
                    return
                store.save_draft(self.key, fields)

        store_in_background(
            self.screen, write, lambda _none: None, messages.DRAFT_SAVE_FAILED, group="draft"
        )

    def keep_now(self) -> bool:
        """Keep the draft right now, on this thread (leaving or closing). True when kept.

        During a save in flight this waits for the save, and keeps a draft only
        if the save did not go through.
        """
        app = self.screen.app
        store = app.store
        if store is None or app.read_only:
            return False
        if not self.dirty and not self._had_draft and not self.saving:
            return False
        if not self._has_anything():
            return False
        from biy_tui.core.store import StoreError

        if not self._lock.acquire(timeout=CLOSE_WAIT_SECONDS):
            return False
        try:
            if self._saved:
                return False
            store.save_draft(self.key, self._fields())
        except StoreError:
            return False
        finally:
            self._lock.release()
        self.dirty = False
        return True

    def leave(self) -> bool:
        """She pressed Escape: keep the draft and say so. False while a save is in flight
        (the form stays; the save closes it, or a failed save leaves her text on screen)."""
        if self.saving:
            self.screen.notify(messages.FORM_STILL_SAVING, timeout=4)
            return False
        self.stop_timer()
        if self.dirty and self.keep_now():
            self.screen.notify(self._kept, timeout=5)
        return True

    # --- saving ------------------------------------------------------------------------

    def save(
        self,
        store: Store,
        call: Callable[[], T],
        done: Callable[[T], None],
        failed: str,
    ) -> None:
        """Save the record in the background, then remove the draft; autosave waits meanwhile."""
        self.saving = True
        self._saved = False
        self.stop_timer()
        key = self.key

        def work() -> T:
            from biy_tui.core.store import StoreError

            with self._lock:  # after any draft write already on its way
                result = call()
                self._saved = True
                with contextlib.suppress(StoreError):  # the record is safe; draft offered later
                    store.discard_draft(key)
            return result

        def stored(result: T) -> None:
            self.saving = False
            self.dirty = False
            self.stop_timer()
            done(result)

        store_in_background(self.screen, work, stored, failed, self.save_failed)

    def save_failed(self) -> None:
        """The save did not go through: the form works on, drafts included."""
        self.saving = False
        self.dirty = True

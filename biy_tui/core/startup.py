"""What the first screen needs, read in threads that start before the interface does.

``biy`` starts reading the curriculum and opening the records first, so both overlap
the import and set-up of the terminal interface. On a warm start both are done before
the first screen is chosen, and the overview's first frame already carries the marks
(planned, logged, the current week). When they are not done (a slow folder, a long
history), the interface never waits on its event loop: it shows its calm screens and
takes the results from workers. No Textual here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Self, TypeVar

if TYPE_CHECKING:
    from biy_tui.core.curriculum import Curriculum
    from biy_tui.core.overview import Overview
    from biy_tui.core.store import Store, StoreError

T = TypeVar("T")


class Background(Generic[T]):
    """Work started in a daemon thread; call it to wait for the result.

    A daemon thread: closing biy (q, SIGTERM) never waits for a read to end.
    """

    def __init__(self, work: Callable[[], T], name: str = "biy-background") -> None:
        self._work = work
        self._name = name
        self._done = threading.Event()
        self._result: T | None = None
        self._error: Exception | None = None
        self.started = False

    def start(self) -> Self:
        """Start the work (once)."""
        if not self.started:
            self.started = True
            threading.Thread(target=self._run, name=self._name, daemon=True).start()
        return self

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds; True once the work has ended."""
        return self._done.wait(timeout)

    def wait_unless(self, stop: Callable[[], bool], step: float = 0.1) -> bool:
        """Wait for the work, asking ``stop()`` every ``step`` seconds (a worker that was
        cancelled stops waiting at once); True once the work has ended, False if stopped."""
        while not self._done.wait(step):
            if stop():
                return False
        return True

    def _run(self) -> None:
        try:
            self._result = self._work()
        except Exception as exc:  # handed to whoever waits, raised there
            self._error = exc
        finally:
            self._done.set()

    def ready(self) -> T | None:
        """The result if the work has ended well already (never waits)."""
        return self._result if self._done.is_set() else None

    def __call__(self) -> T:
        """Wait for the work; return its result or raise what stopped it."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result


@dataclass
class EarlyRecords:
    """The records as opened before the interface was up.

    Exactly one of ``store`` and ``error`` is set. ``overview`` is what the overview
    shows of them, when the curriculum could be read too. ``taken`` is set once the
    app holds the store (from then on the app closes it, not the command line).
    """

    store: Store | None
    error: StoreError | None
    overview: Overview | None = None
    taken: bool = False


def open_records_early(
    data_dir: Path, backups_kept: int, curriculum: Callable[[], Curriculum]
) -> EarlyRecords:
    """Open the data folder (with a passphrase handed over in the environment, if any)
    and count what the overview marks, once the curriculum is read.

    Opening never fails here: why it could not be opened (locked, a passphrase needed,
    damage it could not repair) is kept for the app to say and act on, as it would
    have after its first frame.
    """
    from biy_tui.core.overview import Overview
    from biy_tui.core.store import Store, StoreError, maintenance

    passphrase = maintenance.take_passphrase()
    try:
        store = Store.open(data_dir, passphrase, read_only=False, backups_kept=backups_kept)
    except StoreError as exc:
        return EarlyRecords(None, exc)
    try:
        overview: Overview | None = Overview.from_store(store, curriculum())
    except Exception:  # the curriculum could not be read, or a file: counted again later
        overview = None
    return EarlyRecords(store, None, overview)


def close_untaken(pending: Background[EarlyRecords], timeout: float = 5.0) -> None:
    """Close records opened early that the app never took (it closed before its first
    screen, or the curriculum could not be read), so the data folder is let go.

    Waits at most ``timeout`` seconds for an opening still under way; past that the
    daemon thread ends with the process, which lets go of the lock (every write is
    atomic and leftovers are cleared at the next start, so nothing is half done).
    """
    if not pending.started or not pending.wait(timeout):
        return
    early = pending.ready()
    if early is not None and early.store is not None and not early.taken:
        early.taken = True
        early.store.close()

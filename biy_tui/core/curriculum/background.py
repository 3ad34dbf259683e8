"""Reading the curriculum in a thread that starts before the app does (no Textual).

The command line starts the read first, so it overlaps the import and set-up of the
terminal interface; on a warm start it is done before the first screen is chosen and the
overview is the first frame. When it is not done (a large or slow folder), the app shows
its loading screen and a worker waits for this thread, so the event loop never does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from biy_tui.core.curriculum.loader import Curriculum


class BackgroundLoad:
    """A curriculum read started in a daemon thread; call it to wait for the result."""

    def __init__(self, load: Callable[[], Curriculum]) -> None:
        self._load = load
        self._done = threading.Event()
        self._result: Curriculum | None = None
        self._error: Exception | None = None
        self.started = False

    def start(self) -> BackgroundLoad:
        """Start reading (a daemon thread: closing biy never waits for it)."""
        if not self.started:
            self.started = True
            threading.Thread(target=self._run, name="biy-curriculum", daemon=True).start()
        return self

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds; True once the read has ended."""
        return self._done.wait(timeout)

    def _run(self) -> None:
        try:
            self._result = self._load()
        except Exception as exc:  # handed to whoever waits, raised there
            self._error = exc
        finally:
            self._done.set()

    def ready(self) -> Curriculum | None:
        """The curriculum if it has been read already (never waits)."""
        return self._result if self._done.is_set() else None

    def __call__(self) -> Curriculum:
        """Wait for the read; return the curriculum or raise what stopped it."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result

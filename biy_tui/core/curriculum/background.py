"""Reading the curriculum in a thread that starts before the app does (no Textual).

The command line starts the read first, so it overlaps the import and set-up of the
terminal interface; on a warm start it is done before the first screen is chosen and the
overview is the first frame. When it is not done (a large or slow folder), the app shows
its loading screen and a worker waits for this thread, so the event loop never does.
"""

from __future__ import annotations

from collections.abc import Callable

from biy_tui.core.curriculum.loader import Curriculum
from biy_tui.core.startup import Background


class BackgroundLoad(Background[Curriculum]):
    """A curriculum read started in a daemon thread; call it to wait for the result."""

    def __init__(self, load: Callable[[], Curriculum]) -> None:
        super().__init__(load, name="biy-curriculum")

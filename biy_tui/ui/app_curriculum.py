"""How the app reads the curriculum: in a worker, behind a calm loading screen.

A mixin for :class:`biy_tui.ui.app.BiyApp`, kept apart so the App stays small. However
large or slow the curriculum folder is, the event loop stays free: quick hide (Ctrl+X),
the grounding card (the shipped card while loading) and SIGTERM work at once. When the
curriculum is ready, the overview, its one notice and the records follow — only once
the loading screen is on top, so nothing is ever drawn over the hide screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import work

from biy_tui.core import crash
from biy_tui.core.curriculum import Curriculum
from biy_tui.core.curriculum.models import Grounding
from biy_tui.core.text import messages

if TYPE_CHECKING:
    from textual.app import App

    from biy_tui.core.planning import Planner
    from biy_tui.core.settings import Settings

    _AppBase = App[None]
    """For the type checker, the mixin is the App it is mixed into (a typed ``self``)."""
else:
    _AppBase = object


class CurriculumMixin(_AppBase):
    """The curriculum side of the app (mixed into BiyApp, which provides the rest).

    The attributes below are the App state this side reads and writes; BiyApp sets them.
    """

    _curriculum: Curriculum | None
    _curriculum_loader: Callable[[], Curriculum] | None
    _program_shown: bool
    curriculum_problems: list[str]
    settings: Settings
    planner: Planner
    _exit_after_first_frame: str | None

    if TYPE_CHECKING:

        def _after_first_frame(self) -> None:
            """Open the records once the first frame is drawn (BiyApp's)."""

    @property
    def curriculum(self) -> Curriculum:
        """The loaded curriculum (screens that use it open only once it is loaded)."""
        if self._curriculum is None:
            raise RuntimeError("the curriculum is still loading")
        return self._curriculum

    @property
    def curriculum_loaded(self) -> bool:
        """True once the curriculum is read (it is read in a worker at start-up)."""
        return self._curriculum is not None

    # --- reading the curriculum off the event loop ------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="curriculum")
    def _load_curriculum(self) -> None:
        """Read the curriculum in a thread: quick hide and signals work meanwhile."""
        from textual.worker import get_current_worker

        from biy_tui.core.curriculum import CurriculumError
        from biy_tui.core.curriculum.background import BackgroundLoad

        loader = self._curriculum_loader
        try:
            if loader is None:
                raise CurriculumError([])
            # The read itself runs in a daemon thread: if biy is closed (q, SIGTERM) while
            # it runs, this worker stops at once and nothing waits for the read to end.
            pending = loader if isinstance(loader, BackgroundLoad) else BackgroundLoad(loader)
            if not pending.started:
                pending.start()
            worker = get_current_worker()
            while not pending.wait(0.1):
                if worker.is_cancelled:
                    return
            curriculum = pending()
        except CurriculumError as exc:
            problems = [str(p) for p in exc.problems]
            self.call_from_thread(self._curriculum_failed, problems)
            return
        except Exception as exc:
            self.call_from_thread(self._curriculum_failed, [crash.describe(exc)])
            return
        self.call_from_thread(self._curriculum_ready, curriculum)

    def take_ready_curriculum(self) -> bool:
        """Use the curriculum at once if the background read is already done (warm start)."""
        from biy_tui.core.curriculum.background import BackgroundLoad

        loader = self._curriculum_loader
        curriculum = loader.ready() if isinstance(loader, BackgroundLoad) else None
        if curriculum is None:
            return False
        self._use(curriculum)
        return True

    def notify_curriculum_problems(self) -> None:
        """The one notice about curriculum problems, if there are any."""
        from biy_tui.core.curriculum.loader import notice_for

        notice = notice_for(self.curriculum)
        if notice:
            self.notify(notice, severity="warning", timeout=12)

    def _use(self, curriculum: Curriculum) -> None:
        from biy_tui.core.planning import Planner

        self._curriculum = curriculum
        if not self.settings.session_minutes:
            self.planner = Planner(curriculum.program.default_session_minutes)

    def _curriculum_ready(self, curriculum: Curriculum) -> None:
        self._use(curriculum)
        self.show_program_when_ready()

    def show_program_when_ready(self) -> None:
        """Give way to the overview once the curriculum is read and the loading screen is up.

        While biy is hidden (or the grounding card is open) nothing changes: the overview,
        its notice and the records wait until the loading screen is uncovered.
        """
        from biy_tui.ui.screens.loading import LoadingScreen
        from biy_tui.ui.screens.program import ProgramScreen

        if self._curriculum is None:
            return
        if not self._screen_stack or not isinstance(self.screen, LoadingScreen):
            return  # the loading screen calls again once it is up (or uncovered)
        first = not self._program_shown
        self._program_shown = True
        # Pushed over the loading screen (switching the bottom screen empties the stack
        # for a moment); the loading screen pushes it again should it ever be uncovered.
        mounted = self.push_screen(ProgramScreen())
        if not first:
            return

        async def when_mounted() -> None:
            # The records open only once the overview is mounted (it shows their marks).
            await mounted
            self.notify_curriculum_problems()
            self.call_after_refresh(self._after_first_frame)

        self.run_worker(when_mounted(), group="program", exit_on_error=False)

    def _curriculum_failed(self, problems: list[str]) -> None:
        self.curriculum_problems = problems  # the loading screen watches them
        if self._exit_after_first_frame:
            self.exit(return_code=1)

    def _grounding(self) -> Grounding:
        """The program's grounding card; the shipped one while the curriculum is read."""
        if self._curriculum is not None:
            return self._curriculum.program.grounding
        from biy_tui.core import paths
        from biy_tui.core.curriculum import CurriculumError, parse_program
        from biy_tui.core.curriculum.reading import read_file

        try:
            shipped = paths.shipped_curriculum_dir() / "program.toml"
            return parse_program(read_file(shipped, shipped.name)).grounding
        except CurriculumError:
            return Grounding(
                title=messages.GROUNDING_FALLBACK_TITLE,
                steps=list(messages.GROUNDING_FALLBACK_STEPS),
                pause_words=messages.GROUNDING_FALLBACK_PAUSE,
            )

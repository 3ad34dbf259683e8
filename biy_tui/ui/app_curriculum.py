"""How the app reads the curriculum: in a worker, behind a calm loading screen.

:class:`CurriculumReading` is an object the App creates and holds
(``app.curriculum_reading``), kept apart so the App stays small. However large or slow the
curriculum folder is, the event loop stays free: quick hide (Ctrl+X), the grounding card
(the shipped card while loading) and SIGTERM work at once. When the curriculum is ready,
the overview, its one notice and the records follow — only once the loading screen is on
top, so nothing is ever drawn over the hide screen.

What it needs from the App comes in explicitly: the :class:`CurriculumHost` protocol,
and the curriculum, its loader and what to do after the first frame as constructor
arguments.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol

from biy_tui.core import crash
from biy_tui.core.curriculum import Curriculum
from biy_tui.core.curriculum.models import Grounding
from biy_tui.core.text import messages
from biy_tui.ui.host import AppHost

if TYPE_CHECKING:
    from textual.screen import Screen


class CurriculumHost(AppHost, Protocol):
    """What :class:`CurriculumReading` needs from the App beyond :class:`AppHost`."""

    curriculum_problems: list[str]

    @property
    def screen(self) -> Screen[object]:
        """The screen on top (only asked when the stack is not empty)."""
        ...

    def push_screen(self, screen: Screen[Any]) -> Awaitable[Any]:
        """Open a screen (awaitable: it is mounted)."""
        ...


class CurriculumReading:
    """The curriculum side of the app: the App creates one, as ``app.curriculum_reading``.

    Args:
        app: the App (its state and Textual calls, see :class:`CurriculumHost`).
        curriculum: the curriculum when already read, or None to read it with ``loader``.
        loader: reads the curriculum (called in a worker thread).
        after_first_frame: what follows once the overview is up (the App opens the records).
        exit_after_first_frame: benchmarks only: any mode exits when the read fails.
        before_program: called just before the overview is built (the App gives it the
            marks of records opened early, so its first frame has them).
    """

    def __init__(
        self,
        app: CurriculumHost,
        curriculum: Curriculum | None,
        loader: Callable[[], Curriculum] | None,
        after_first_frame: Callable[[], None],
        exit_after_first_frame: str | None = None,
        before_program: Callable[[], None] | None = None,
    ) -> None:
        self.app = app
        self._before_program = before_program
        self._curriculum = curriculum
        self._loader = loader
        self._after_first_frame = after_first_frame
        self._exit_after_first_frame = exit_after_first_frame
        self._program_shown = False

    @property
    def curriculum(self) -> Curriculum:
        """The loaded curriculum (screens that use it open only once it is loaded)."""
        if self._curriculum is None:
            raise RuntimeError("the curriculum is still loading")
        return self._curriculum

    @property
    def loaded(self) -> bool:
        """True once the curriculum is read (it is read in a worker at start-up)."""
        return self._curriculum is not None

    def start(self) -> None:
        """On mount: read the curriculum in the background, or go on with the one read."""
        if self._curriculum is None:
            self.app.run_worker(
                self._load_curriculum,
                name="_load_curriculum",
                group="curriculum",
                exit_on_error=False,
                exclusive=True,
                thread=True,
            )
            return
        if self._loader is not None:  # read in the background, already done
            self.notify_curriculum_problems()
        self._program_shown = True
        # The records open after the first frame, so a long history never delays it.
        self.app.call_after_refresh(self._after_first_frame)

    # --- reading the curriculum off the event loop ------------------------------

    def _load_curriculum(self) -> None:
        """Read the curriculum in a thread: quick hide and signals work meanwhile."""
        from biy_tui.core.curriculum import CurriculumError
        from biy_tui.core.curriculum.background import BackgroundLoad
        from biy_tui.ui.records import worker_cancelled

        loader = self._loader
        try:
            if loader is None:
                raise CurriculumError([])
            # The read itself runs in a daemon thread: if biy is closed (q, SIGTERM) while
            # it runs, this worker stops at once and nothing waits for the read to end.
            pending = loader if isinstance(loader, BackgroundLoad) else BackgroundLoad(loader)
            if not pending.started:
                pending.start()
            if not pending.wait_unless(worker_cancelled):
                return
            curriculum = pending()
        except CurriculumError as exc:
            problems = [str(p) for p in exc.problems]
            self.app.call_from_thread(self._curriculum_failed, problems)
            return
        except Exception as exc:
            self.app.call_from_thread(self._curriculum_failed, [crash.describe(exc)])
            return
        self.app.call_from_thread(self._curriculum_ready, curriculum)

    def take_ready_curriculum(self) -> bool:
        """Use the curriculum at once if the background read is already done (warm start)."""
        from biy_tui.core.curriculum.background import BackgroundLoad

        loader = self._loader
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
            self.app.notify(notice, severity="warning", timeout=12)

    def _use(self, curriculum: Curriculum) -> None:
        from biy_tui.core.planning import Planner

        self._curriculum = curriculum
        if not self.app.settings.session_minutes:
            self.app.planner = Planner(curriculum.program.default_session_minutes)

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

        app = self.app
        if self._curriculum is None:
            return
        if not app.screen_stack or not isinstance(app.screen, LoadingScreen):
            return  # the loading screen calls again once it is up (or uncovered)
        first = not self._program_shown
        self._program_shown = True
        # Pushed over the loading screen (switching the bottom screen empties the stack
        # for a moment); the loading screen pushes it again should it ever be uncovered.
        if self._before_program is not None:
            self._before_program()
        mounted = app.push_screen(ProgramScreen())
        if not first:
            return
        app.run_worker(self._when_mounted(mounted), group="program", exit_on_error=False)

    async def _when_mounted(self, mounted: Awaitable[Any]) -> None:
        # The records open only once the overview is mounted (it shows their marks).
        await mounted
        self.notify_curriculum_problems()
        self.app.call_after_refresh(self._after_first_frame)

    def _curriculum_failed(self, problems: list[str]) -> None:
        self.app.curriculum_problems = problems  # the loading screen watches them
        if self._exit_after_first_frame:
            self.app.exit(return_code=1)

    def grounding(self) -> Grounding:
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

"""The curriculum side as an object the App owns, tested with a fake App (no Pilot).

:class:`~biy_tui.ui.app_curriculum.CurriculumReading` takes what it needs from the App
explicitly (the ``CurriculumHost`` protocol), so what happens while the program is read —
and when it cannot be — is checked here with a plain fake: thread workers run at once,
pushed screens and notices are collected.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
from textual.screen import Screen

from biy_tui.core import paths
from biy_tui.core.curriculum import Curriculum, CurriculumError, load_curriculum
from biy_tui.core.curriculum.background import BackgroundLoad
from biy_tui.core.curriculum.problems import Problem
from biy_tui.core.planning import Planner
from biy_tui.core.settings import Settings
from biy_tui.ui.app_curriculum import CurriculumReading
from biy_tui.ui.screens.loading import LoadingScreen
from biy_tui.ui.screens.program import ProgramScreen


@pytest.fixture(scope="module")
def curriculum() -> Curriculum:
    return load_curriculum(paths.shipped_curriculum_dir())


class Mounted:
    """What pushing a screen returns: awaited, the screen is up."""

    def __await__(self) -> Iterator[None]:
        return iter(())


class FakeApp:
    """The App side, as plain Python: thread workers run at once, calls are collected."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.planner = Planner(1)  # replaced by the program's length unless she set one
        self.curriculum_problems: list[str] = []
        self.screen_stack: list[Screen[Any]] = []
        self.notices: list[str] = []
        self.pushed: list[Screen[Any]] = []
        self.exits: list[int] = []
        self.after_refresh: list[Callable[..., Any]] = []
        self.workers: list[str] = []
        self.coroutines: list[Awaitable[None]] = []

    @property
    def screen(self) -> Screen[object]:
        return self.screen_stack[-1]

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: str = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        self.notices.append(str(message))

    def push_screen(self, screen: Screen[Any]) -> Awaitable[Any]:
        self.pushed.append(screen)
        self.screen_stack.append(screen)
        return Mounted()

    def exit(self, result: None = None, return_code: int = 0, message: Any = None) -> None:
        self.exits.append(return_code)

    def call_from_thread(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return callback(*args, **kwargs)

    def call_after_refresh(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        self.after_refresh.append(callback)
        return True

    def run_worker(
        self,
        work: Callable[[], None] | Awaitable[None],
        name: str | None = "",
        group: str = "default",
        description: str = "",
        exit_on_error: bool = True,
        start: bool = True,
        exclusive: bool = False,
        thread: bool = False,
    ) -> object:
        assert not exit_on_error
        self.workers.append(group)
        if callable(work):
            assert thread  # reading files never blocks the event loop
            work()
        else:
            self.coroutines.append(work)
        return None


def reading(app: FakeApp, curriculum: Curriculum | None, **kwargs: Any) -> CurriculumReading:
    return CurriculumReading(app, curriculum, after_first_frame=records_open, **kwargs)


def records_open() -> None:
    """What the App does after the first frame (opens the records)."""


def test_a_curriculum_already_read_goes_straight_on_to_the_records(
    curriculum: Curriculum,
) -> None:
    app = FakeApp()
    side = reading(app, curriculum, loader=None)
    assert side.loaded and side.curriculum is curriculum
    side.start()
    assert app.workers == [] and app.after_refresh == [records_open]
    assert app.notices == []  # read in the foreground: its notice was printed already


def test_while_loading_there_is_no_curriculum_yet() -> None:
    side = reading(FakeApp(), None, loader=None)
    assert not side.loaded
    with pytest.raises(RuntimeError):
        side.curriculum  # noqa: B018


def test_a_background_read_gives_way_to_the_overview_once_the_loading_screen_is_up(
    curriculum: Curriculum,
) -> None:
    app = FakeApp()
    side = reading(app, None, loader=lambda: curriculum)
    side.start()  # no screen yet: read, but nothing pushed
    assert app.workers == ["curriculum"] and side.loaded and app.pushed == []
    assert app.planner.default_session_minutes == curriculum.program.default_session_minutes
    app.screen_stack.append(LoadingScreen())
    side.show_program_when_ready()
    assert isinstance(app.pushed[-1], ProgramScreen)
    (when_mounted,) = app.coroutines
    asyncio.run(when_mounted)  # type: ignore[arg-type]
    assert app.after_refresh == [records_open]
    # Uncovered again later: the overview comes back, the records are not opened twice.
    app.screen_stack.append(LoadingScreen())
    side.show_program_when_ready()
    assert len(app.pushed) == 2 and len(app.coroutines) == 1


def test_nothing_is_drawn_over_another_screen(curriculum: Curriculum) -> None:
    app = FakeApp()
    side = reading(app, curriculum, loader=None)
    app.screen_stack = [LoadingScreen(), Screen()]  # hidden, or the grounding card
    side.show_program_when_ready()
    assert app.pushed == []


def test_her_session_length_is_kept_when_the_program_arrives(curriculum: Curriculum) -> None:
    app = FakeApp(Settings(session_minutes=90))
    planner = app.planner
    reading(app, None, loader=lambda: curriculum).start()
    assert app.planner is planner and app.planner.default_session_minutes == 1


def test_a_curriculum_that_cannot_load_gives_its_problems_to_the_app() -> None:
    def broken() -> Curriculum:
        raise CurriculumError([Problem("program.toml", "program.toml: no title.")])

    app = FakeApp()
    reading(app, None, loader=broken).start()
    assert app.curriculum_problems == ["program.toml: no title."]
    assert app.exits == []  # she reads them, then closes with q
    bench = FakeApp()
    reading(bench, None, loader=broken, exit_after_first_frame="frame").start()
    assert bench.exits == [1]


def test_an_unexpected_failure_is_one_safe_sentence() -> None:
    def crashing() -> Curriculum:
        raise ValueError("secret words from a file")

    app = FakeApp()
    reading(app, None, loader=crashing).start()
    (problem,) = app.curriculum_problems
    assert "ValueError" in problem and "secret words" not in problem


def test_a_warm_start_takes_the_curriculum_at_once(curriculum: Curriculum) -> None:
    pending = BackgroundLoad(lambda: curriculum).start()
    pending()
    side = reading(FakeApp(), None, loader=pending)
    assert side.take_ready_curriculum() and side.curriculum is curriculum
    assert not reading(FakeApp(), None, loader=lambda: curriculum).take_ready_curriculum()


def test_the_grounding_card_is_there_while_loading(curriculum: Curriculum) -> None:
    shipped = reading(FakeApp(), None, loader=None).grounding()
    assert shipped.title == curriculum.program.grounding.title and shipped.steps
    assert reading(FakeApp(), curriculum, loader=None).grounding() is (curriculum.program.grounding)

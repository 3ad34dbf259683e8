"""Pilot: the curriculum is read off the event loop; quick hide and grounding work meanwhile.

The loader is held on an event, so these tests see the app *while loading is still in
progress* (behaviour, not wall-clock time): Ctrl+X brings up the hide screen, g the
grounding card; when loading ends behind the hide screen nothing is drawn over it. A
100 MB site file ends as a week marked unavailable with a message naming the file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from textual.widgets import Static

from biy_tui.core import paths
from biy_tui.core.curriculum import Curriculum, CurriculumError, Problem, load_curriculum
from biy_tui.ui.app import build_app
from biy_tui.ui.screens.grounding import GroundingScreen
from biy_tui.ui.screens.hide import HideScreen
from biy_tui.ui.screens.loading import LoadingScreen
from biy_tui.ui.screens.program import ProgramScreen
from tests.ui.conftest import wait_for
from tests.ui.test_overview import static_text
from tests.unit.curriculum.helpers import week_text, write

SHIPPED = paths.shipped_curriculum_dir()


def held(load: Callable[[], Curriculum]) -> tuple[Callable[[], Curriculum], threading.Event]:
    """A loader that waits until the returned event is set (so loading is in progress)."""
    release = threading.Event()

    def loader() -> Curriculum:
        assert release.wait(30), "the test never released the loader"
        return load()

    return loader, release


async def test_quick_hide_and_grounding_work_while_the_curriculum_loads(tmp_path: Path) -> None:
    loader, release = held(lambda: load_curriculum(SHIPPED))
    app = build_app(None, data_dir=tmp_path / "data", curriculum_loader=loader)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LoadingScreen)
        await pilot.press("ctrl+x")
        await pilot.pause()
        assert isinstance(app.screen, HideScreen)
        assert not release.is_set() and not app.curriculum_loaded  # still loading
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, LoadingScreen)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GroundingScreen)
        assert "Let's take a moment" in static_text(app.screen.query_one("#grounding-text", Static))
        await pilot.press("escape")
        await pilot.pause()
        release.set()
        await wait_for(pilot, lambda: isinstance(app.screen, ProgramScreen))
        await wait_for(pilot, lambda: app.store is not None)
        assert app.is_running


async def test_loading_that_ends_behind_the_hide_screen_draws_nothing_over_it(
    tmp_path: Path,
) -> None:
    loader, release = held(lambda: load_curriculum(SHIPPED))
    app = build_app(None, data_dir=tmp_path / "data", curriculum_loader=loader)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+x")
        await pilot.pause()
        release.set()
        await wait_for(pilot, lambda: app.curriculum_loaded)
        await pilot.pause(0.2)
        assert isinstance(app.screen, HideScreen)  # nothing pushed over it
        assert app.store is None  # the records wait too (no drafts offered while hidden)
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: isinstance(app.screen, ProgramScreen))
        await wait_for(pilot, lambda: app.store is not None)


async def test_a_100_mb_site_file_ends_as_a_clear_message(tmp_path: Path) -> None:
    site = tmp_path / "site"
    path = write(site, "week-01.toml", week_text(number=1, part="finding-our-voices"))
    with path.open("ab") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper
    loader, release = held(lambda: load_curriculum(SHIPPED, site))
    app = build_app(None, data_dir=tmp_path / "data", curriculum_loader=loader, site_dir=site)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+x")
        await pilot.pause()
        assert isinstance(app.screen, HideScreen) and not app.curriculum_loaded
        await pilot.press("ctrl+r")
        release.set()
        await wait_for(pilot, lambda: isinstance(app.screen, ProgramScreen))
        await wait_for(pilot, lambda: bool(app.screen.query("#week-details")))
        await pilot.pause()
        assert 1 in app.curriculum.unavailable
        details = static_text(app.screen.query_one("#week-details", Static))
        assert "week-01.toml (site folder)" in details and "too large" in details
        notices = [n.message for n in app._notifications]
        assert any("Week 1 is unavailable" in n for n in notices)
        await pilot.press("ctrl+x")
        await pilot.pause()
        assert isinstance(app.screen, HideScreen)


async def test_a_curriculum_that_cannot_load_says_why_and_closes_with_q(tmp_path: Path) -> None:
    def broken() -> Curriculum:
        raise CurriculumError([Problem("program.toml", "program.toml: [b]bad[/b] \x1b[2J.")])

    app = build_app(None, data_dir=tmp_path / "data", curriculum_loader=broken)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: bool(app.curriculum_problems))
        await pilot.pause()
        text = static_text(app.screen.query_one("#loading-text", Static))
        assert "program.toml: [b]bad[/b] ." in text and "\x1b" not in text
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 1


async def test_a_background_read_that_is_done_opens_straight_on_the_overview(
    tmp_path: Path,
) -> None:
    from biy_tui.core.curriculum.background import BackgroundLoad

    pending = BackgroundLoad(lambda: load_curriculum(SHIPPED)).start()
    pending()  # done before the app starts, as on a warm start
    app = build_app(None, data_dir=tmp_path / "data", curriculum_loader=pending)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ProgramScreen)
        assert not any(isinstance(s, LoadingScreen) for s in app.screen_stack)
        await wait_for(pilot, lambda: app.store is not None)


async def test_a_background_read_still_running_shows_the_loading_screen(tmp_path: Path) -> None:
    from biy_tui.core.curriculum.background import BackgroundLoad

    loader, release = held(lambda: load_curriculum(SHIPPED))
    pending = BackgroundLoad(loader).start()
    app = build_app(None, data_dir=tmp_path / "data", curriculum_loader=pending)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LoadingScreen)
        await pilot.press("ctrl+x")
        await pilot.pause()
        assert isinstance(app.screen, HideScreen) and not app.curriculum_loaded
        await pilot.press("ctrl+r")
        release.set()
        await wait_for(pilot, lambda: isinstance(app.screen, ProgramScreen))
        await wait_for(pilot, lambda: app.store is not None)


async def test_closing_while_the_curriculum_is_read_does_not_wait_for_it(tmp_path: Path) -> None:
    loader, release = held(lambda: load_curriculum(SHIPPED))
    app = build_app(None, data_dir=tmp_path / "data", curriculum_loader=loader)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, LoadingScreen)
            await pilot.press("q")
            await pilot.pause()
        assert not release.is_set()  # closed while the read was still going
        assert app.return_code == 0
    finally:
        release.set()


def test_sigterm_while_the_curriculum_is_read_closes_biy(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    code = (
        "import threading\n"
        "from biy_tui.core import paths\n"
        "from biy_tui.ui.app import build_app\n"
        "from biy_tui.core.curriculum import load_curriculum\n"
        "never = threading.Event()\n"
        "def loader():\n"
        "    print('LOADING', flush=True)\n"
        "    never.wait()\n"
        "    return load_curriculum(paths.shipped_curriculum_dir())\n"
        "app = build_app(None, curriculum_loader=loader)\n"
        "app.run(headless=True, size=(80, 24))\n"
        "print('CLOSED', flush=True)\n"
    )
    env = {**os.environ, "BIY_HOME": str(tmp_path / "home")}
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "LOADING"  # the read is in progress
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=60)  # a guard against hanging, not a timing test
    finally:
        proc.kill()
    assert "CLOSED" in out and proc.returncode == 0

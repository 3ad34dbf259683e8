"""The "Someone needs help now" card: F1 on every screen, in the palette, a copy to print."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import stat
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.widgets import TextArea

import biy_tui.ui.screens
import biy_tui.ui.widgets
from biy_tui.core import paths
from biy_tui.core.text import messages
from biy_tui.ui.screens.supports import HANDOUT_NAME, SupportsScreen
from tests.ui.conftest import wait_for
from tests.unit.curriculum.helpers import write


def plain(static) -> str:  # type: ignore[no-untyped-def]
    """What a Static shows, as plain text (wide, so nothing wraps)."""
    import io

    from rich.console import Console

    console = Console(width=300, file=io.StringIO(), color_system=None)
    console.print(static.content)
    return console.file.getvalue()  # type: ignore[attr-defined, no-any-return]


def _binding_keys(cls: type) -> set[str]:
    keys: set[str] = set()
    for binding in getattr(cls, "BINDINGS", ()):
        key = binding.key if isinstance(binding, Binding) else binding[0]
        keys.update(k.strip() for k in key.split(","))
    return keys


def test_f1_is_free_on_every_screen_and_widget() -> None:
    """No screen or widget of biy (nor Textual's own widgets) takes F1 for something else."""
    import textual.widgets as tw

    classes: list[type] = []
    for package in (biy_tui.ui.screens, biy_tui.ui.widgets):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            classes += [c for _, c in inspect.getmembers(module, inspect.isclass)]
    classes += [getattr(tw, name) for name in tw.__all__]
    taken = {
        cls.__qualname__
        for cls in classes
        for base in cls.__mro__
        if base is not SupportsScreen and "f1" in _binding_keys(base)
    }
    assert taken == set()


async def _open(pilot, app) -> SupportsScreen:  # type: ignore[no-untyped-def]
    await pilot.press("f1")
    await pilot.pause()
    assert isinstance(app.screen, SupportsScreen)
    return app.screen


async def test_f1_opens_the_card_and_escape_or_f1_returns(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        under = app.screen
        card = await _open(pilot, app)
        assert card.card.supports and card.card.steps
        text = plain(card.query_one("#supports-steps"))
        assert "call 911" in text
        await pilot.press("escape")
        assert app.screen is under
        await _open(pilot, app)
        await pilot.press("f1")
        await pilot.pause()
        assert app.screen is under


async def test_f1_works_while_typing_and_types_nothing(make_app) -> None:
    from biy_tui.ui.screens.debrief import DebriefScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        app.push_screen(DebriefScreen(3))
        await pilot.pause()
        area = app.screen.query_one("#field-what_worked", TextArea)
        area.focus()
        await pilot.press("a", "b")
        await _open(pilot, app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        assert area.text == "ab"


@pytest.mark.parametrize(
    "open_screen",
    [
        "biy_tui.ui.screens.week:WeekScreen:3",
        "biy_tui.ui.screens.agenda:AgendaScreen:3",
        "biy_tui.ui.screens.checkin:CheckInScreen:3",
        "biy_tui.ui.screens.debrief:SelfCareScreen",
        "biy_tui.ui.screens.history:HistoryScreen",
        "biy_tui.ui.screens.trends:TrendsScreen",
        "biy_tui.ui.screens.report:ReportScreen",
        "biy_tui.ui.screens.grounding:GroundingScreen:grounding",
    ],
)
async def test_f1_opens_the_card_over_other_screens(make_app, open_screen: str) -> None:
    module, cls, *arg = open_screen.split(":")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        screen_class = getattr(importlib.import_module(module), cls)
        if arg == ["grounding"]:
            screen = screen_class(app.curriculum.program.grounding)
        else:
            screen = screen_class(*(int(a) for a in arg))
        app.push_screen(screen)
        await pilot.pause()
        await _open(pilot, app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_palette_lists_supports_and_safety_steps(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        assert messages.SUPPORTS_PALETTE == "Supports and safety steps"
        commands[messages.SUPPORTS_PALETTE].callback()
        await pilot.pause()
        assert isinstance(app.screen, SupportsScreen)


async def test_s_jumps_to_the_lines_and_w_writes_an_owner_only_copy(make_app) -> None:
    app = make_app()
    notices: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        card = await _open(pilot, app)
        scroll = card.query_one("#supports-scroll")
        assert scroll.scroll_y == 0
        await pilot.press("s")
        await pilot.pause()
        assert scroll.scroll_y > 0
        await pilot.press("down", "pagedown")  # scrolling by keys works
        app.notify = lambda message, **kw: notices.append(str(message))  # type: ignore[method-assign]
        card.notify = app.notify  # type: ignore[method-assign]
        await pilot.press("w")
        await pilot.pause()
    path = paths.exports_dir() / HANDOUT_NAME
    page = path.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "1-866-403-8000" in page
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert notices and str(path) in notices[-1]


async def test_w_into_an_unwritable_place_is_one_calm_sentence(
    make_app, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = write(tmp_path, "not-a-folder", "x")
    monkeypatch.setenv("BIY_EXPORT_DIR", str(blocker))
    app = make_app()
    notices: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        card = await _open(pilot, app)
        card.notify = lambda message, **kw: notices.append(str(message))  # type: ignore[method-assign]
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, SupportsScreen)
    assert notices and notices[0].startswith("The copy to print could not be written to")


async def test_site_list_is_shown_and_problems_are_said(make_app, tmp_path: Path) -> None:
    site = tmp_path / "site"
    write(
        site,
        "supports.toml",
        '[[supports]]\nname = "[bold]Our[/bold] line"\nnumber = "555-0142"\nfor = "Talk."\n\n'
        '[[supports]]\nname = "Broken"\nnumber = "call us"\nfor = "x"\n',
    )
    app = make_app(site, site_dir=site)
    async with app.run_test(size=(80, 24)) as pilot:
        card = await _open(pilot, app)
        lines = plain(card.query_one("#supports-lines"))
        assert "[bold]Our[/bold] line" in lines and "555-0142" in lines
        assert "1-866-403-8000" not in lines
        problems = plain(card.query_one("#supports-problems"))
        assert "1 problem" in problems and "tell your coordinator" in problems


async def test_f1_does_nothing_while_the_screen_is_hidden(make_app) -> None:
    from biy_tui.ui.screens.hide import HideScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+x")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HideScreen)


async def test_in_french_f1_shows_the_french_steps_and_lines(make_app) -> None:
    from biy_tui.core import text

    text.use_language("fr")
    try:
        app = make_app()
        async with app.run_test(size=(80, 24)) as pilot:
            card = await _open(pilot, app)
            steps = plain(card.query_one("#supports-steps"))
            assert "Reste calme. Crois-la." in steps and "Stay calm" not in steps
            lines = plain(card.query_one("#supports-lines"))
            assert "Ligne d'aide en cas de crise de suicide" in lines
            assert "1-866-403-8000" in lines
    finally:
        text.use_language("en")

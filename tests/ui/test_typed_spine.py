"""The shell's typed spine: every screen stands on BiyScreen, and nothing reaches the App by name.

Screens and dialogs derive from :class:`BiyScreen` / :class:`BiyModal`, whose ``app`` is
the typed BiyApp; the hooks the App calls on open screens are declared there with
defaults; no ``getattr`` on the App is left for mypy to miss; ``WeekScreen`` no longer
hides Textual's ``visible`` property; and mypy --strict covers the whole package.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import tomllib
from collections.abc import Iterable
from pathlib import Path

from textual.app import SystemCommand
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen

import biy_tui.ui
from biy_tui.core.overview import Overview
from biy_tui.ui.screens.base import BiyModal, BiyScreen

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "biy_tui"


def _shell_screens() -> list[type[Screen[object]]]:
    for module in pkgutil.walk_packages(biy_tui.ui.__path__, "biy_tui.ui."):
        importlib.import_module(module.name)
    found: list[type[Screen[object]]] = []
    todo: list[type[Screen[object]]] = [Screen]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("biy_tui.") and sub not in (BiyScreen, BiyModal):
                found.append(sub)
    return found


def test_every_screen_and_dialog_stands_on_the_typed_base() -> None:
    screens = _shell_screens()
    assert len(screens) > 20
    assert [s.__qualname__ for s in screens if not issubclass(s, BiyScreen)] == []
    modal = [s for s in screens if issubclass(s, ModalScreen)]
    assert modal and [s.__qualname__ for s in modal if not issubclass(s, BiyModal)] == []


def _sources() -> Iterable[tuple[Path, str]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path, path.read_text(encoding="utf-8")


def _reaches_the_app(target: ast.expr | None, path: Path) -> bool:
    """``getattr(x.app, ...)``, ``getattr(app, ...)``, or ``getattr(self, ...)`` in the App."""
    if isinstance(target, ast.Attribute):
        return target.attr == "app"
    if isinstance(target, ast.Name):
        app_module = path.name in ("app.py", "records.py", "app_curriculum.py")
        return target.id == "app" or (target.id == "self" and app_module)
    return False


def test_nothing_reaches_the_app_through_getattr() -> None:
    found = []
    for path, source in _sources():
        for node in ast.walk(ast.parse(source)):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "getattr"):
                continue
            target = node.args[0] if node.args else None
            while isinstance(target, ast.Call) and getattr(target.func, "id", "") == "getattr":
                target = target.args[0]  # getattr(getattr(self.app, "settings"), ...)
            if _reaches_the_app(target, path):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_no_attribute_ignores_in_the_shell() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path, source in _sources()
        if "core" not in path.relative_to(PACKAGE).parts
        for n, line in enumerate(source.splitlines(), 1)
        if "type: ignore[attr-defined" in line or "no-any-return" in line
    ]
    assert found == []


def test_the_week_screen_keeps_textuals_visible_property() -> None:
    from biy_tui.ui.screens.week import WeekScreen

    assert inspect.getattr_static(WeekScreen, "visible") is inspect.getattr_static(
        DOMNode, "visible"
    )
    assert callable(WeekScreen.visible_activities)


def test_mypy_strict_covers_the_whole_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["strict"] is True
    assert config["files"] == ["biy_tui"]


def test_the_hooks_have_quiet_defaults() -> None:
    screen: BiyScreen[None] = BiyScreen()
    assert screen.flush_draft_now() is False
    assert list(screen.commands()) == []
    screen.overview_changed()
    screen.worker_failed()


class Listening(BiyScreen[None]):
    """A screen that counts the App's calls."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def flush_draft_now(self) -> bool:
        self.calls.append("flush")
        return True

    def overview_changed(self) -> None:
        self.calls.append("overview")

    def commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand("Listen closely", "a test command", lambda: None)


async def test_the_app_calls_the_declared_hooks_on_every_open_screen(make_app) -> None:  # type: ignore[no-untyped-def]
    from biy_tui.ui.app import screen_commands
    from tests.ui.conftest import wait_for

    app = make_app()
    async with app.run_test() as pilot:
        # Let the records open and the overview be counted first, so only our calls count.
        await wait_for(pilot, lambda: app.store is not None)
        await app.workers.wait_for_complete()
        await pilot.pause()
        below, above = Listening(), Listening()
        await app.push_screen(below)
        await app.push_screen(above)
        await pilot.pause()
        app.records.show_overview(Overview())
        app.records.keep_all_drafts()
        assert below.calls == above.calls == ["overview", "flush"]
        assert app.screen is above
        titles = [c.title for c in screen_commands(above)]
        assert titles[0] == "Listen closely"
        # A screen biy did not write (Textual's own) is passed over quietly.
        plain: Screen[None] = Screen()
        await app.push_screen(plain)
        app.records.show_overview(Overview())
        app.records.keep_all_drafts()
        assert "Listen closely" not in [c.title for c in screen_commands(plain)]
        assert below.calls == ["overview", "flush", "overview", "flush"]


async def test_open_screens_follow_the_apps_overview(make_app) -> None:  # type: ignore[no-untyped-def]
    """The overview is App state screens watch: setting it tells every open biy screen, once."""
    from tests.ui.conftest import wait_for

    app = make_app()
    async with app.run_test() as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        await app.workers.wait_for_complete()
        await pilot.pause()
        below, above = Listening(), Listening()
        await app.push_screen(below)
        await app.push_screen(above)
        await pilot.pause()
        app.overview = Overview()
        assert below.calls == above.calls == ["overview"]
        app.overview = Overview()  # the same counts again: still told (the records changed)
        assert below.calls == above.calls == ["overview", "overview"]
        await app.pop_screen()
        await pilot.pause()
        app.overview = Overview()
        assert below.calls == ["overview"] * 3
        assert above.calls == ["overview"] * 2  # a closed screen is no longer told

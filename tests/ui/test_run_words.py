"""The run screen's "Now:" and "Next:" follow the language's typography: in French at
80×24 it read "En cours: …" (the colon was glued on in the shell; fr-CA writes " : ")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from biy_tui.core import text
from biy_tui.ui.screens.run import RunScreen
from tests.ui.conftest import wait_for


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    text.use_language(request.param)
    yield request.param
    text.use_language("en")


@pytest.mark.parametrize(
    ("language", "now", "following"),
    [("en", "Now: ", "Next: "), ("fr", "En cours : ", "Suivant : ")],
    indirect=["language"],
)
async def test_now_and_next_read_as_the_language_writes_them(
    make_app, language: str, now: str, following: str
) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    week = app.curriculum.weeks[3]
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        app.planner.add(3, week.activities[0])
        app.planner.add(3, week.activities[1])
        screen = RunScreen(3)
        app.push_screen(screen)
        await wait_for(pilot, lambda: isinstance(app.screen, RunScreen))
        await pilot.pause()
        status = screen.status()
        lines = [str(t) for t in status.renderables]  # type: ignore[attr-defined]
        assert lines[0].startswith(now + week.activities[0].title), lines
        assert lines[1] == following + week.activities[1].title, lines

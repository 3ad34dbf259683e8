"""Closing biy the instant a screen appears is calm: a part of a screen being taken down
(Textual's header updating its title, a screen filling its list) looked for a child
already gone, and biy ended with "an unexpected problem"."""

from __future__ import annotations

import pytest

from biy_tui.ui.screens.history import HistoryScreen
from biy_tui.ui.screens.week import WeekScreen
from tests.ui.conftest import wait_for


@pytest.mark.parametrize("screen", [WeekScreen, HistoryScreen], ids=lambda c: c.__name__)
async def test_closing_the_instant_a_screen_appears_is_calm(make_app, screen) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        app.push_screen(screen(3) if screen is WeekScreen else screen())
        app.title = "A new title, while it closes"  # and close at once
    assert app.return_code in (None, 0)
    assert app._exception is None

"""biy in French at 80×24: the header's title fits, never cut in the middle of a word."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual.widgets._header import HeaderTitle

from biy_tui.core import text
from biy_tui.ui.screens.week import WeekScreen
from tests.ui.conftest import wait_for


@pytest.fixture(autouse=True)
def _french() -> Iterator[None]:
    text.use_language("fr")
    yield
    text.use_language("en")


def _header(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one(HeaderTitle).render()).strip()


@pytest.mark.parametrize("week", [8, 9, 13, 14])
async def test_a_long_week_title_fits_the_header_at_80_columns(make_app, week: int) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(WeekScreen(week))
        await wait_for(pilot, lambda: isinstance(app.screen, WeekScreen))
        await pilot.pause()
        title = app.curriculum.week(week).title
        shown = _header(app)
        assert shown.startswith(f"Semaine {week} : ")
        assert len(shown) <= 80 - 18  # beside the icon and the clock space
        if shown.endswith("…"):
            kept = shown.removesuffix("…").rstrip()
            words = f"Semaine {week} : {title}".split()
            assert kept.split() == words[: len(kept.split())], shown  # whole words only
        else:
            assert shown == f"Semaine {week} : {title}", shown

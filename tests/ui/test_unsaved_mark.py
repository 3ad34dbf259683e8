"""An agenda's "not saved" stays in the header at 80 columns, in English and in French.

The header gave way from the sub-title first, so a long week title (week 8 in English,
week 4 in French: «Ordre du jour · semaine 4 : Speaking up and listening») dropped the
"not saved" mark entirely: the one word that says work could be lost. The title gives
way between two words instead.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual.widgets._header import HeaderTitle

from biy_tui.core import text
from biy_tui.core.text import messages
from biy_tui.ui.screens.agenda import AgendaScreen
from tests.ui.conftest import wait_for


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    text.use_language(request.param)
    yield request.param
    text.use_language("en")


def _header(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one(HeaderTitle).render()).strip()


@pytest.mark.parametrize(
    ("language", "week"), [("en", 8), ("en", 14), ("fr", 4), ("fr", 8)], indirect=["language"]
)
async def test_not_saved_stays_in_the_header_at_80_columns(
    make_app, language: str, week: int
) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        app.push_screen(AgendaScreen(week))
        await wait_for(pilot, lambda: isinstance(app.screen, AgendaScreen))
        await wait_for(pilot, lambda: app.planner.looked_up(week))
        app.planner.add(week, app.curriculum.week(week).activities[0])
        app.screen.refresh_agenda()  # type: ignore[attr-defined]
        await pilot.pause()
        await wait_for(pilot, lambda: messages.AGENDA_UNSAVED_MARK in _header(app))
        shown = _header(app)
        assert shown.endswith(messages.AGENDA_UNSAVED_MARK) or (
            f"{messages.AGENDA_UNSAVED_MARK} ·" in shown
        ), shown
        assert len(shown) <= 80 - 18, shown

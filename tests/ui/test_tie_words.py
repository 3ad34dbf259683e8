"""The tie notice counts hands in the right form and quotes titles as each language does.

At 80×24 in French it read “Saying it with "I"” (1) et “My no” (2) ont 2 mains chacun
(English quotes, and "chacun" for two activities); in English a 1–1 tie said "1 hands each".
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual.widgets import Static

from biy_tui.core import text
from biy_tui.ui.screens.choose import RoomScreen, TieScreen
from tests.ui.conftest import wait_for


@pytest.fixture
def french() -> Iterator[None]:
    text.use_language("fr")
    yield
    text.use_language("en")


async def _tie_text(app, presses: str) -> str:  # type: ignore[no-untyped-def]
    week = app.curriculum.weeks[3]
    a, b = (x.id for x in week.activities[:2])
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        app.push_screen(RoomScreen(3, [a, b]))
        await pilot.pause()
        await pilot.press(*presses, "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, TieScreen))
        await pilot.pause()
        return " ".join(str(s.content) for s in app.screen.query(Static))


async def test_a_one_to_one_tie_says_one_hand(make_app) -> None:  # type: ignore[no-untyped-def]
    said = await _tie_text(make_app(), "12")
    assert "1 hand each" in said, said
    assert "“" in said


async def test_the_french_tie_notice_reads_french(make_app, french: None) -> None:  # type: ignore[no-untyped-def]
    said = await _tie_text(make_app(), "1122")
    assert "“" not in said and "”" not in said, said
    assert "«" in said and "»" in said, said
    assert "ont chacune 2 mains" in said, said

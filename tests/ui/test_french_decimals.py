"""Figures a person reads on screen follow the language: fr-CA writes 2,5 (Babel), not 2.5."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from biy_tui.core import text
from biy_tui.ui.render.record_view import signed
from biy_tui.ui.screens.trends import _number


@pytest.fixture
def french() -> Iterator[None]:
    text.use_language("fr")
    yield
    text.use_language("en")


def test_a_mood_shift_in_history_reads_french(french: None) -> None:
    assert signed(0.6) == "+0,6"
    assert signed(-1.25) == "-1,2"
    assert signed(0.01) == "0,0"


def test_an_average_in_trends_reads_french(french: None) -> None:
    assert _number(2.5) == "2,5"
    assert _number(12.4) == "12"


def test_english_keeps_its_dot() -> None:
    assert signed(0.6) == "+0.6"
    assert _number(2.5) == "2.5"

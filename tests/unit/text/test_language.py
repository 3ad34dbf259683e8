"""Choosing the language, plurals, and dates in the facilitator's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from biy_tui.core import text
from biy_tui.core.text import messages


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    text.use_language("en")


@pytest.mark.parametrize(
    ("env", "setting", "expected"),
    [
        ({}, None, "en"),
        ({"LANG": "fr_CA.UTF-8"}, None, "fr"),
        ({"LC_ALL": "C.UTF-8", "LANG": "fr_CA.UTF-8"}, None, "en"),
        ({"LANG": "fr_CA.UTF-8"}, "en", "en"),
        ({"LANG": "en_CA.UTF-8"}, "fr", "fr"),
        ({"BIY_LANG": "fr", "LANG": "en_CA.UTF-8"}, "en", "fr"),
        ({"BIY_LANG": "fr-CA"}, None, "fr"),
        ({"BIY_LANG": "de"}, "fr", "en"),
        ({"LANG": "de_DE.UTF-8"}, None, "en"),
    ],
)
def test_language_follows_biy_lang_then_setting_then_locale(
    env: dict[str, str], setting: str | None, expected: str
) -> None:
    assert text.choose_language(setting, env) == expected


def test_plural_chooses_the_form_by_the_number() -> None:
    minutes = text.Plural("{n} minute over", "{n} minutes over")
    assert minutes(1) == "1 minute over"
    assert minutes(2) == "2 minutes over"
    assert minutes(0) == "0 minutes over"


def test_messages_are_read_in_the_language_in_use() -> None:
    english = messages.APP_SUB_TITLE
    text.use_language("fr")
    assert text.language() == "fr"
    assert isinstance(messages.APP_SUB_TITLE, str)
    text.use_language("en")
    assert english == messages.APP_SUB_TITLE


def test_an_unknown_sentence_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = messages.NO_SUCH_SENTENCE


def test_dates_and_numbers_follow_the_language() -> None:
    day = dt.date(2026, 12, 2)
    assert text.format_date(day) == "December 2, 2026"
    assert text.format_number(20000) == "20,000"
    text.use_language("fr")
    assert text.format_date(day) == "2 décembre 2026"
    assert text.format_number(20000).replace("\u202f", " ").replace("\xa0", " ") == "20 000"
    assert text.format_decimal(1.25, 1) in {"1,2", "1,3"}

"""Words that used to be built in code: dates, lists, labels and plurals, in each language."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator

import pytest

from biy_tui.core import text
from biy_tui.core.curriculum import STYLE_LABELS
from biy_tui.core.privacy import KIND_LABELS
from biy_tui.core.store import and_list
from biy_tui.core.text import Plural, messages


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    text.use_language("en")


def test_record_dates_follow_the_language_not_the_locale() -> None:
    from biy_tui.ui.render.record_view import short_date, when

    day = dt.date(2026, 12, 2)
    assert when(day) == "Wed, Dec 2, 2026"
    assert short_date(day) == "Dec 2, 2026"
    text.use_language("fr")
    assert when(day) == "mer. 2 déc. 2026"
    assert short_date(day) == "2 déc. 2026"


def test_times_and_lists_follow_the_language() -> None:
    moment = dt.datetime(2026, 12, 2, 14, 2)
    assert text.format_time(moment) == "14:02"
    assert and_list(["a", "b", "c"]) == "a, b and c"
    assert and_list([]) == ""
    text.use_language("fr")
    assert text.format_time(moment) == "14 h 02"
    assert and_list(["a", "b", "c"]) == "a, b et c"


def test_labels_imported_before_the_language_is_chosen_still_follow_it() -> None:
    assert STYLE_LABELS["reading"] == "Reading"
    assert KIND_LABELS["email"] == "an e-mail address"
    text.use_language("fr")
    assert STYLE_LABELS["reading"] == "Lecture"
    assert KIND_LABELS["email"] == "une adresse courriel"
    assert list(STYLE_LABELS) == ["reading", "individual", "discussion", "creative-movement"]


def test_no_sentence_in_the_catalogue_is_an_s_in_brackets_plural() -> None:
    def texts(value: object) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, Plural):
            yield from (value.singular, value.plural)
        elif isinstance(value, dict):
            for item in value.values():
                yield from texts(item)
        elif isinstance(value, list | tuple):
            for item in value:
                yield from texts(item)

    found = [t for v in messages.source().values() for t in texts(v) if "(s)" in t]
    found += [t for v in vars(messages).values() for t in texts(v) if "(s)" in t]
    assert found == []


def test_counted_nouns_take_the_french_plural_rule() -> None:
    assert messages.COUNT_KIND["selfcare"](n=1) == "1 self-care entry"
    assert messages.COUNT_KIND["selfcare"](n=0) == "0 self-care entries"
    text.use_language("fr")
    assert messages.COUNT_KIND["selfcare"](n=0) == "0 note de soin de soi"
    assert messages.COUNT_KIND["selfcare"](n=2) == "2 notes de soin de soi"


def test_command_line_help_is_french_with_biy_lang(capsys: pytest.CaptureFixture[str]) -> None:
    from biy_tui.cli import build_parser

    text.use_language("fr")
    with pytest.raises(SystemExit):
        build_parser().parse_args(["report", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("utilisation : biy report")
    assert "show this help" not in out and "options:" in out
    assert "afficher cette aide et quitter" in out
    assert isinstance(build_parser(), argparse.ArgumentParser)

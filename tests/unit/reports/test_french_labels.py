"""A report made in French reads French: table titles, columns, rows and totals.

The machine fields (table keys, column keys, the CSV header, part ids) stay English
so that reports in both languages can be read back and merged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest

from biy_tui.core import text
from biy_tui.core.reports.aggregate import build_report
from biy_tui.core.reports.html import render_html
from biy_tui.core.reports.render import render_csv, render_md
from tests.unit.reports.fixtures import curriculum, small_site

# English words that must not be left in a French report (the curriculum's own titles
# and scale labels stay English for now: the shipped curriculum is English).
ENGLISH = [
    "Online",
    "Sessions",
    "Week",
    "In person",
    "Not recorded",
    "With follow-ups",
    "First time",
    "Returning",
    "Average",
    "Shift",
    "(hands)",
    "Offered",
    "Chosen",
    "Check-ins",
    "Not in the curriculum",
    "What worked",
    "What to change",
    "Group-level safety concerns",
    "all weeks",
]


@pytest.fixture(autouse=True)
def _french() -> Iterator[None]:
    text.use_language("fr")
    yield
    text.use_language("en")


def _report(include_text: bool = True):  # type: ignore[no-untyped-def]
    cur = curriculum()
    return build_report(
        small_site(cur), cur, min_cell=1, include_text=include_text, today=dt.date(2026, 12, 2)
    )


def test_the_markdown_report_reads_french() -> None:
    md = render_md(_report())
    left = [w for w in ENGLISH if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", md)]
    assert not left, left
    assert re.search(r"\bSemaine \d+\b", md)
    assert "- *Suivis :* " in md  # French puts a space before the colon


def test_the_csv_keeps_its_machine_fields_and_translates_the_labels() -> None:
    csv = render_csv(_report())
    assert csv.splitlines()[0] == "table,part,row,column,value"
    rows = [line.split(",") for line in csv.splitlines()[1:]]
    assert {r[0] for r in rows} >= {"report", "sessions", "attendance", "mood"}
    labels = {cell for r in rows for cell in r[2:4]}
    assert not labels & {"Online", "Week 7", "First time", "All weeks"}
    assert {"En ligne", "Semaine 7", "Toutes les semaines"} <= labels


def test_the_html_report_keeps_its_charts_in_french() -> None:
    page = render_html(_report(include_text=False))
    assert page.count("<figure>") == 2


def _figures(md: str) -> list[str]:
    """The decimal figures a person reads in the Markdown tables (averages, shifts, per session)."""
    return re.findall(r"(?<![\w.,])[+-]?\d+[.,]\d(?![\d])\*?", md)


def test_the_markdown_report_writes_decimals_the_french_way() -> None:
    md = render_md(_report())
    figures = _figures(md)
    assert figures, "the small site has averages"
    assert not [f for f in figures if "." in f], figures  # fr_CA: 2,9 (Babel), never 2.9
    assert any("," in f for f in figures)


def test_the_html_report_writes_decimals_the_french_way_but_keeps_its_drawing_numbers() -> None:
    page = render_html(_report(include_text=False))
    words = re.findall(r">([^<>]*)</text>", page)  # what the charts say
    assert not [w for w in words if re.search(r"\d\.\d", w)], words
    assert re.search(r'<rect x="\d+\.\d"', page)  # SVG geometry stays in dots


def test_the_csv_keeps_dots_for_spreadsheets_in_any_language() -> None:
    rows = [line.split(",") for line in render_csv(_report()).splitlines()[1:]]
    averages = [r[4] for r in rows if r[0] in {"mood", "feedback"} and re.match(r"\d", r[4])]
    assert averages and all("." in a for a in averages if not a.isdigit()), averages

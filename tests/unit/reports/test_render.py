"""Markdown, CSV, JSON and HTML: the same published figures, nothing private."""

from __future__ import annotations

import csv
import datetime as dt
import io

import msgspec
import pytest

from biy_tui.core.reports.aggregate import build_report
from biy_tui.core.reports.html import render_html
from biy_tui.core.reports.merge import read_report
from biy_tui.core.reports.render import render_as, render_csv, render_json, render_md
from biy_tui.core.reports.safe_html import CSP_META
from tests.unit.reports.fixtures import CANARY, SELF_CARE, curriculum, small_site

FORMATS = ("md", "csv", "json", "html")


@pytest.fixture(scope="module")
def reports():  # type: ignore[no-untyped-def]
    cur = curriculum()
    today = dt.date(2026, 11, 25)
    return (
        build_report(small_site(cur), cur, today=today),
        build_report(small_site(cur), cur, today=today, include_text=True),
    )


def test_markdown_outline(reports) -> None:  # type: ignore[no-untyped-def]
    text = render_md(reports[0])
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings == [
        "# Evaluation report: Believe In You",
        "## Sessions",
        "## Attendance",
        "## Mood: opening to closing",
        "## Session feedback",
        "## Activities",
        "### By learning style",
        "### By week",
        "### The group's choices",
        "## Themes raised",
    ]
    assert "| **Growth Circle** (weeks 7–20) |" in text  # the part boundary is marked
    assert "| Week 2 | 2 | 12 | <5 | 8–12 | 6.0 |" in text
    assert "| **All weeks** | 21 | 3.2 | 21 | 4.0 | +0.7 |" in text


def test_csv_is_one_long_table(reports) -> None:  # type: ignore[no-untyped-def]
    rows = list(csv.DictReader(io.StringIO(render_csv(reports[0]))))
    assert set(rows[0]) == {"table", "part", "row", "column", "value"}
    lookup = {(r["table"], r["row"], r["column"]): r["value"] for r in rows}
    assert lookup[("attendance", "Week 2", "First time")] == "<5"
    assert lookup[("attendance", "Total", "Total")] == "21"
    assert lookup[("mood", "Week 7", "How are you leaving?: average")] == "4.0"
    assert {r["table"] for r in rows} >= {"report", "sessions", "attendance", "mood", "themes"}


def test_json_round_trip_carries_no_small_exact_count(reports) -> None:  # type: ignore[no-untyped-def]
    text = render_json(reports[0])
    raw = msgspec.json.decode(text)
    assert raw["format"] == "biy-report" and raw["schema"] == 2
    back = read_report(text.encode(), "a.json")
    assert back == msgspec.structs.replace(reports[0], digest=raw["digest"])
    first_time = raw["attendance"]["rows"][0]["cells"][0]
    assert first_time == {"why": "small", "lo": 0, "hi": 4}


def test_html_is_self_contained_with_charts(reports) -> None:  # type: ignore[no-untyped-def]
    page = render_html(reports[0])
    assert CSP_META in page
    page = page.replace(CSP_META, "")
    assert page.startswith("<!doctype html>")
    assert page.count("<svg") == 2 and "part-boundary" in page
    for banned in ("<script", "src=", "href=", "url(", "http", "@import"):
        assert banned not in page


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_self_care_and_no_canary_in_any_format(reports, fmt: str) -> None:  # type: ignore[no-untyped-def]
    plain, with_text = (render_as(r, fmt) for r in reports)
    for text in (plain, with_text):
        assert SELF_CARE not in text
        for part in CANARY.split():
            assert part not in text
    assert "feelings wheel" not in plain and "feelings wheel" in with_text
    assert "[name]" in with_text

"""Aggregation checked against hand-computed figures (see fixtures.small_site)."""

from __future__ import annotations

import datetime as dt

import pytest

from biy_tui.core.reports.aggregate import Scope, build_report, gather
from biy_tui.core.reports.model import Hidden, Mean, show
from tests.unit.reports.fixtures import CANARY, curriculum, small_site

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def cur():  # type: ignore[no-untyped-def]
    return curriculum()


def cells(table, key):  # type: ignore[no-untyped-def]
    row = next(r for r in table.rows if r.key == key)
    return [show(c) for c in row.cells], show(row.total)


def test_exact_counts_match_the_hand_computed_ones(cur) -> None:  # type: ignore[no-untyped-def]
    r = gather(small_site(cur), cur, today=TODAY)
    assert [row.key for row in r.sessions.rows] == ["2", "7"]
    assert cells(r.sessions, "2")[0] == ["2", "1", "1", "0", "0", "1", "1"]
    assert cells(r.sessions, "7")[0] == ["1", "0", "0", "1", "0", "1", "0"]
    assert r.sessions.totals == [3, 1, 1, 1, 0, 2, 1]
    assert cells(r.attendance, "2") == (["2", "10"], "12")
    assert cells(r.attendance, "7") == (["4", "5"], "9")
    assert (r.attendance.totals, r.attendance.grand) == ([6, 15], 21)
    arriving, leaving = r.mood
    assert [(w.week, w.mean) for w in arriving.weeks] == [(2, Mean(12, 39)), (7, Mean(9, 29))]
    assert [(w.week, w.mean) for w in leaving.weeks] == [(2, Mean(12, 47)), (7, Mean(9, 36))]
    assert (arriving.overall, leaving.overall) == (Mean(21, 68), Mean(21, 83))
    assert [p.part for p in arriving.parts] == ["finding-our-voices", "growth-circle"]
    assert leaving.weeks[0].mean.value == pytest.approx(47 / 12)
    overall = next(s for s in r.feedback if s.scale == "overall")
    assert [w.mean for w in overall.weeks] == [Mean(7, 23), Mean(9, 32)]
    assert overall.overall == Mean(16, 55)
    # themes are counted per part of the program (the grid), never per range asked for
    assert [row.key for row in r.themes.rows] == [
        "0001:finding-our-voices/anger",
        "0001:finding-our-voices/boundaries",
        "0001:finding-our-voices/shame",
        "0007:growth-circle/safety",
    ]
    assert cells(r.themes, "0001:finding-our-voices/shame") == (["2", "1"], "3")
    assert [(row.key, row.cells) for row in r.styles.rows] == [
        ("reading", [1, 20]),
        ("individual", [1, 20]),
        ("discussion", [2, 40]),
        ("creative-movement", [1, 20]),
    ]
    assert r.styles.totals == [5, 100]
    assert cells(r.style_weeks, "7") == (["0", "1", "1", "0"], "2")
    week2 = cur.weeks[2]
    creative = week2.by_style("creative-movement")[0].id
    talk = week2.by_style("discussion")[0].id
    assert [(row.key, row.cells) for row in r.choices.rows] == sorted(
        [(creative, [1, 1]), (talk, [1, 0])],
        key=lambda kv: next(a.title for a in week2.activities if a.id == kv[0]).casefold(),
    )
    assert r.notes is None


def test_published_counts_hide_small_cells_and_their_complements(cur) -> None:  # type: ignore[no-untyped-def]
    r = build_report(small_site(cur), cur, today=TODAY)
    assert r.min_cell == 5
    # a hidden count is shown as the range a reader can work out anyway
    assert cells(r.attendance, "2") == (["<5", "8–12"], "12")
    assert cells(r.attendance, "7") == (["<5", "5–9"], "9")
    # totals are added up from the published rows: ranges where a row is hidden
    assert [show(c) for c in r.attendance.totals or []] == ["<9", "13–21"]
    assert r.attendance.grand == 21
    heard = next(s for s in r.feedback if s.scale == "heard")
    assert all(isinstance(w.mean.n, Hidden) for w in heard.weeks)
    assert heard.overall.value is None and heard.overall.partial
    assert all(isinstance(row.total, Hidden) for row in r.themes.rows)
    # sessions and activities are not counts of people: shown exactly
    assert r.sessions.totals == [3, 1, 1, 1, 0, 2, 1]


def test_an_average_over_few_hands_is_hidden_and_cannot_be_recovered(cur) -> None:  # type: ignore[no-untyped-def]
    records = small_site(cur)
    r = build_report(records, cur, min_cell=10, today=TODAY)
    arriving = r.mood[0]
    week7 = next(w for w in arriving.weeks if w.week == 7)
    assert isinstance(week7.mean.n, Hidden) and week7.mean.value is None
    # the overall average is the average of the weeks shown, so it gives nothing away
    assert [show(w.mean.n) for w in arriving.weeks] == ["12", "x"]
    assert [show(p.mean.n) for p in arriving.parts] == ["12", "0"]
    assert arriving.overall == Mean(12, 39, partial=True)


def test_scope_by_weeks_and_by_dates(cur) -> None:  # type: ignore[no-untyped-def]
    weeks = gather(small_site(cur), cur, Scope(first_week=1, last_week=6))
    assert [row.key for row in weeks.sessions.rows] == ["2"]
    assert weeks.scope == "weeks 1–6"
    dates = gather(small_site(cur), cur, Scope(start=dt.date(2026, 10, 1)))
    assert [row.key for row in dates.sessions.rows] == ["7"]
    assert dates.scope == "2026-10-01 to today"


def test_text_only_when_asked_and_then_redacted(cur) -> None:  # type: ignore[no-untyped-def]
    plain = build_report(small_site(cur), cur)
    assert plain.notes is None
    asked = build_report(small_site(cur), cur, include_text=True)
    assert asked.notes is not None
    texts = [n.text for n in asked.notes]
    assert "[name] said the safety map helped." in texts
    assert "Bring the feelings wheel." in texts
    assert not any(part in t for t in texts for part in CANARY.split())

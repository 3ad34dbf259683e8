"""The red-team case (review 2026-12, F1): week 7's three women cannot be worked out.

Weeks 1–6 had 10–13 women each; week 7 had 3, one of them new, and all three
arrived "Running on empty" and left "Low". Before, ``--weeks 1-6`` and
``--weeks 1-7`` (or two date ranges one session apart) published totals that
subtracted to 3 / 1 / 2, and the JSON hand counts and sums showed that all
three arrived at the lowest level.
"""

from __future__ import annotations

import datetime as dt

import pytest

from biy_tui.core.reports.aggregate import build_report
from biy_tui.core.reports.grid import RangeRefused, grid, snap, unit_of
from biy_tui.core.reports.merge import read_report
from biy_tui.core.reports.model import Report
from biy_tui.core.reports.render import render_as, render_json
from biy_tui.core.reports.scope import Scope
from biy_tui.core.store.records import Record
from tests.unit.reports.attack import Attack, add_report, pinned
from tests.unit.reports.fixtures import START, check_in, curriculum

K = 5
CUR = curriculum()
SIZES = [12, 11, 10, 13, 12, 11]


def records() -> list[Record]:
    found: list[Record] = []
    for week, n in enumerate(SIZES, 1):
        found.append(
            check_in(
                week,
                n,
                6 if week == 1 else 1,
                arriving=[1, 2, n - 5, 1, 1],
                leaving=[0, 1, 2, n - 5, 2],
                overall=[0, 1, n - 3, 2],
                themes=("shame",),
            )
        )
    found.append(
        check_in(7, 3, 1, arriving=[3, 0, 0, 0, 0], leaving=[0, 3, 0, 0, 0], themes=("shame",))
    )
    return found


def report(scope: Scope) -> Report:
    made = build_report(records(), CUR, scope, min_cell=K, today=dt.date(2026, 12, 1))
    return read_report(render_json(made).encode(), "r.json")


def test_weeks_1_6_and_1_7_do_not_subtract_to_week_7() -> None:
    a, b = report(Scope(1, 6)), report(Scope(1, 7))
    assert b.scope == "weeks 1–20"  # widened to the whole part
    assert a.attendance.grand == 69
    assert not isinstance(b.attendance.grand, int)  # a range: 69 + (1 to 4)
    row = next(r for r in b.attendance.rows if r.key == "7")
    assert not any(isinstance(c, int) for c in [*row.cells, row.total])
    for sa, sb in zip(a.mood, b.mood, strict=True):
        assert sb.overall.sum == sa.overall.sum  # week 7's level sum is in no total
        assert sb.overall.n == sa.overall.n


def test_date_ranges_one_session_apart_are_refused_in_one_sentence() -> None:
    for end in (START + dt.timedelta(weeks=5, days=6), START + dt.timedelta(weeks=6)):
        with pytest.raises(RangeRefused) as refused:
            snap(Scope(start=START, end=end), CUR)
        assert str(refused.value).count(".") == 1


def test_no_combination_of_every_report_pins_week_7() -> None:
    attack = Attack()
    scopes = {snap(Scope(a, b), CUR).scope for a in range(0, 22) for b in range(a, 22)}
    for scope in [Scope(), *scopes]:
        made = report(scope)
        for fmt in ("md", "csv", "html"):
            assert "running on empty" not in render_as(made, fmt).casefold()
        add_report(attack, made, ["A"])
    for terms in (
        [(("f", "A", 7), 1.0)],
        [(("r", "A", 7), 1.0)],
        [(("f", "A", 7), 1.0), (("r", "A", 7), 1.0)],
    ):
        assert not pinned(attack.bounds(terms))
    n, s = ("n", "A", 7, "arriving"), ("S", "A", 7, "arriving")
    lo, hi = attack.bounds([(s, 1.0), (n, -1.0)])  # sum minus hands: 0 when all at level 1
    assert hi - lo >= 2
    assert attack.feasible([([(n, -1.0)], -4), ([(n, 1.0), (s, -1.0)], -2)])
    units = grid(CUR)
    assert unit_of(7, units).id == "growth-circle"

"""No report biy can make, alone or with every other one, pins a small count or a unanimous answer.

The attacker (:mod:`.attack`) takes every report the interface allows for two
generated sites — every range of weeks on the grid, in every format, read back
from JSON as an evaluator would, and the merges of the two sites — and bounds
each true count by linear programming over all published figures at once.
Small weeks sit among large ones, and some small groups answer as one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biy_tui.core.reports.aggregate import build_report, theme_key
from biy_tui.core.reports.grid import RangeRefused, grid, snap, unit_of
from biy_tui.core.reports.merge import merge_reports, read_report
from biy_tui.core.reports.model import Report
from biy_tui.core.reports.render import render_as, render_json
from biy_tui.core.reports.scope import Scope
from biy_tui.core.store.records import Record
from tests.unit.reports.attack import Attack, add_report, truth
from tests.unit.reports.fixtures import check_in, curriculum, debrief

K = 5
TODAY = dt.date(2026, 12, 1)
LEVELS = {"arriving": 5, "leaving": 5, "overall": 4}
THEMES = ("shame", "safety", "anger")
FORMATS = ("md", "csv", "json", "html")
CUR = curriculum()
UNITS = grid(CUR)


def unit_id(week: int, theme: str) -> str:
    unit = unit_of(week, UNITS)
    return theme_key(unit.first, unit.id, theme)


@st.composite
def tallies(draw: st.DrawFn, hands: int, levels: int) -> list[int]:
    """A show of hands: often everyone (or all but one) at one level."""
    how = draw(st.sampled_from(["spread", "unanimous", "all-but-one"]))
    tally = [0] * levels
    if how == "spread":
        for _ in range(hands):
            tally[draw(st.integers(0, levels - 1))] += 1
        return tally
    level = draw(st.integers(0, levels - 1))
    tally[level] = hands if how == "unanimous" else hands - 1
    if how == "all-but-one" and hands:
        tally[(level + 1) % levels] += 1
    return tally


@st.composite
def sites(draw: st.DrawFn) -> list[Record]:
    """A site's records over weeks 0–8 and 21 (both parts, and weeks outside every part)."""
    records: list[Record] = []
    for week in [*range(0, 9), 21]:
        for session in range(draw(st.integers(0, 2))):
            present = draw(st.one_of(st.integers(1, 4), st.integers(8, 14)))
            first = draw(st.integers(0, present))
            hands = draw(st.integers(max(0, present - 1), present))
            records.append(
                check_in(
                    week,
                    present,
                    first,
                    arriving=draw(tallies(hands, 5)),
                    leaving=draw(tallies(hands, 5)),
                    overall=draw(tallies(hands, 4)),
                    themes=tuple(draw(st.lists(st.sampled_from(THEMES), max_size=2))),
                    day=session,
                )
            )
        if draw(st.booleans()):
            records.append(
                debrief(week, themes=tuple(draw(st.lists(st.sampled_from(THEMES), max_size=2))))
            )
    return records


def every_report(records: Sequence[Record]) -> list[Report]:
    """Every report the interface allows: all weeks, and every range of weeks (snapped)."""
    scopes = (
        [Scope()]
        + [Scope(first_week=a, last_week=b) for a in range(0, 12) for b in range(a, 12)]
        + [Scope(first_week=a) for a in range(0, 12)]
        + [Scope(last_week=b) for b in range(12)]
    )
    on_grid = {snap(scope, CUR).scope for scope in scopes}
    return [build_report(records, CUR, scope, min_cell=K, today=TODAY) for scope in on_grid]


def published(records: Sequence[Record], attack: Attack, site: str) -> dict[str, Report]:
    """Add every report of one site to the attack; return them by scope, as read back."""
    reports = every_report(records)
    made: dict[str, Report] = {}
    for report in reports:
        for fmt in FORMATS if report.scope == "all weeks" else ("md", "csv"):
            assert render_as(report, fmt)  # every format renders the same published figures
        back = read_report(render_json(report).encode(), f"{site}.json")
        add_report(attack, back, [site])
        made[back.scope] = back
    for start, end in ((dt.date(2026, 9, 1), dt.date(2026, 10, 15)), (None, dt.date(2026, 10, 16))):
        with pytest.raises(RangeRefused):
            build_report(records, CUR, Scope(start=start, end=end), min_cell=K)
    return made


def assert_nothing_small_pinned(attack: Attack, site: str, records: Sequence[Record]) -> None:
    exact = truth(records, unit_id)
    counts = {
        (kind, site, *key): value
        for (kind, *key), value in exact.items()
        if kind in ("f", "r", "c", "d") and (kind, site, *key) in attack.index
    }
    # The attacker is sound: the true counts, all together, agree with every fact.
    assert attack.allows(counts), site  # type: ignore[arg-type]
    for name, value in counts.items():
        if value < K:
            assert not attack.pinned_at([(name, 1.0)], value), (name, value)
    weeks = {key[0] for (kind, *key) in exact if kind == "f"}
    for week in weeks:
        terms = [(("f", site, week), 1.0), (("r", site, week), 1.0)]
        total = exact[("f", week)] + exact[("r", week)]
        if total < K:
            assert not attack.pinned_at(terms, total), (site, week, total)
    for (kind, *key), tally in exact.items():
        if kind != "tally":
            continue
        week, scale = key
        hands = sum(tally)  # type: ignore[arg-type]
        if hands == 0 or max(tally) < hands - 1:  # type: ignore[type-var, operator]
            continue
        n, s = ("n", site, week, scale), ("S", site, week, scale)
        if n not in attack.index:
            continue
        levels = LEVELS[scale]
        # A world in which the hands were spread must agree with everything published.
        spread = attack.feasible(
            [
                ([(n, -1.0)], -4),
                ([(n, 1.0), (s, -1.0)], -2),
                ([(s, 1.0), (n, -float(levels))], -2),
            ]
        )
        assert spread, (site, week, scale, tally)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(sites(), sites())
def test_every_report_and_merge_together_pin_nothing_small(
    a: list[Record], b: list[Record]
) -> None:
    attack = Attack()
    of_a, of_b = published(a, attack, "A"), published(b, attack, "B")
    for site, mine, theirs in (("A", of_a, of_b), ("B", of_b, of_a)):
        # a week missing from a site's report had no session there: nobody came
        held = {r.key for r in mine["all weeks"].sessions.rows}
        for row in theirs["all weeks"].sessions.rows:
            if row.key not in held:
                for kind in "fr":
                    attack.fact([((kind, site, int(row.key)), 1.0)], 0)
    for scope in sorted(set(of_a) & set(of_b)):  # the two sites' reports of each range, merged
        merged = merge_reports([of_a[scope], of_b[scope]], K, today=TODAY)
        add_report(attack, read_report(render_json(merged).encode(), "merged.json"), ["A", "B"])
    assert_nothing_small_pinned(attack, "A", a)
    assert_nothing_small_pinned(attack, "B", b)

"""Per-week series for the trends screen, against hand-computed figures."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biy_tui.core.curriculum import Curriculum, Part, Program, Scale, Theme
from biy_tui.core.curriculum.models import Grounding
from biy_tui.core.reports.series import (
    Series,
    dip,
    latest_cycle,
    part_boundaries,
    quiet_style,
    setback,
    style_minutes,
    week_axis,
    weekly_trends,
)
from biy_tui.core.store import Attendance, CheckIn, Plan
from biy_tui.core.store.records import PlanItem
from tests.shipped import shipped

DAY = dt.date(2026, 3, 4)

PROGRAM = Program(
    name="Test program",
    default_session_minutes=120,
    parts=[
        Part(id="two", title="Part two", first_week=3, last_week=4),
        Part(id="one", title="Part one", first_week=1, last_week=2),
    ],
    scales=[
        Scale(id="in", label="Arriving", kind="opening", levels=["low", "mid", "high"]),
        Scale(id="out", label="Leaving", kind="closing", levels=["low", "mid", "high"]),
        Scale(id="fb", label="Heard", kind="feedback", levels=["no", "some", "yes", "very"]),
        Scale(id="fb2", label="Unused", kind="feedback", levels=["no", "yes"]),
    ],
    themes=[Theme(id="rest", label="Rest")],
    grounding=Grounding(title="Breathe", steps=["Breathe in."], pause_words="pause"),
)


def check_in(week: int, present: int, first: int = 0, **tallies: dict[str, list[int]]) -> CheckIn:
    return CheckIn(
        week=week,
        date=DAY + dt.timedelta(days=7 * week),
        attendance=Attendance(present=present, first_time=first),
        **tallies,  # type: ignore[arg-type]
    )


SAMPLE = [
    check_in(
        1,
        4,
        1,
        opening={"in": [2, 2, 0]},
        closing={"out": [0, 2, 2]},
        feedback={"fb": [0, 0, 2, 2]},
    ),
    check_in(
        1,
        6,
        0,
        opening={"in": [0, 2, 2]},
        closing={"out": [0, 0, 4]},
        feedback={"fb": [0, 1, 1, 2]},
    ),
    check_in(
        3,
        2,
        2,
        opening={"in": [0, 0, 2]},
        closing={"out": [2, 0, 0]},
        feedback={"fb": [1, 1, 0, 0]},
    ),
    check_in(4, 3),
]


@pytest.fixture(scope="module")
def curriculum() -> Curriculum:
    return shipped()


def test_weekly_figures_by_hand() -> None:
    trends = weekly_trends(SAMPLE, [], PROGRAM, {}, program_weeks=[1, 2, 3, 4])
    assert trends.weeks == (1, 2, 3, 4)
    assert trends.boundaries == (2,)
    assert trends.sessions.values == (2, None, 1, 1)
    assert trends.present.values == (5, None, 2, 3)
    assert trends.first_time.values == (0.5, None, 2, 0)
    # week 1: opening [2,4,2] averages 2; closing [0,2,6] averages 22/8 = 2.75
    assert trends.mood_shift.values == (0.75, None, -2, None)
    heard, unused = trends.feedback
    assert heard.by_week.values == (7 / 8, None, 0, None)
    assert heard.overall == 7 / 10 and heard.hands == 10
    assert heard.top_levels == ("yes", "very")
    assert unused.overall is None and unused.hands == 0
    assert trends.check_ins == 4 and trends.plans == 0 and not trends.empty


def test_nothing_to_chart() -> None:
    trends = weekly_trends([], [], PROGRAM, {}, program_weeks=[1, 2, 3])
    assert trends.empty
    assert trends.present.points() == []
    assert trends.weeks == (1, 2, 3)


def test_weeks_outside_the_program_are_shown() -> None:
    assert week_axis([1, 2], [check_in(7, 3)], []) == (1, 2, 7)
    trends = weekly_trends([check_in(7, 3)], [], PROGRAM, {}, program_weeks=[1, 2])
    assert trends.present.value(7) == 3 and trends.present.value(1) is None
    assert trends.present.value(99) is None


def test_part_boundaries_need_weeks_on_both_sides() -> None:
    assert part_boundaries(PROGRAM, [1, 2, 3, 4]) == (2,)
    assert part_boundaries(PROGRAM, [1, 2]) == ()
    assert part_boundaries(PROGRAM, [3, 4]) == ()


def test_shipped_program_boundary_is_after_week_6(curriculum: Curriculum) -> None:
    trends = weekly_trends([], [], curriculum.program, curriculum.weeks)
    assert trends.boundaries == (6,)
    assert trends.weeks == tuple(range(1, 21))


def test_latest_cycle_is_anchored_on_the_newest_record() -> None:
    records = [
        CheckIn(week=1, date=dt.date(2025, 1, 1)),
        CheckIn(week=2, date=dt.date(2026, 1, 1)),
        CheckIn(week=3, date=dt.date(2026, 3, 1)),
    ]
    assert [r.week for r in latest_cycle(records, days=280)] == [2, 3]
    assert [r.week for r in latest_cycle(records, days=10_000)] == [1, 2, 3]
    assert latest_cycle([]) == []


def test_dip_names_only_a_clear_lowest_week() -> None:
    assert dip(Series((1, 2, 3, 4), (8, 9, 4, 8))) == 3
    assert dip(Series((1, 2, 3, 4), (8, 9, 7, 8))) is None
    assert dip(Series((1, 2, 3), (8, None, 2))) is None  # two points say nothing
    assert dip(Series((1, 2, 3), (0, 0, 0))) is None
    assert dip(Series((1, 2, 3, 4), (2, 8, 9, 2))) == 1  # the first of two lowest


def test_setback_is_a_clearly_negative_week() -> None:
    assert setback(Series((1, 2, 3), (0.5, -0.5, None))) == 2
    assert setback(Series((1, 2), (0.5, -0.1))) is None
    assert setback(Series((1,), (None,))) is None


def test_quiet_style() -> None:
    mix = {"reading": 0, "individual": 30, "discussion": 60, "creative-movement": 30}
    assert quiet_style({1: mix}) == "reading"
    even = dict.fromkeys(mix, 30)
    assert quiet_style({1: even, 2: even}) is None
    assert quiet_style({}) is None


def test_style_minutes_from_plans(curriculum: Curriculum) -> None:
    def plan(week: int, *items: tuple[str, int]) -> Plan:
        return Plan(
            week=week,
            date=DAY,
            session_minutes=120,
            items=[PlanItem(activity=a, minutes=m) for a, m in items],
        )

    plans = [
        plan(3, ("mirror-and-window", 10), ("ad-detectives", 30), ("no-such-activity", 20)),
        plan(3, ("inside-outside-mask", 45)),
        plan(999, ("mirror-and-window", 10)),  # a week the curriculum does not have
    ]
    assert style_minutes(plans, curriculum.weeks) == {
        3: {"reading": 10, "individual": 0, "discussion": 30, "creative-movement": 45}
    }
    trends = weekly_trends([], plans, curriculum.program, curriculum.weeks)
    assert trends.plans == 3 and 999 in trends.weeks and not trends.empty


tallies = st.lists(st.integers(0, 6), min_size=5, max_size=5)
check_ins = st.builds(
    lambda week, present, first, opening, closing: CheckIn(
        week=week,
        date=DAY,
        attendance=Attendance(present=present, first_time=first),
        opening={"in": opening[:3]},
        closing={"out": closing[:3]},
        feedback={"fb": opening[:4]},
    ),
    st.integers(1, 6),
    st.integers(0, 30),
    st.integers(0, 5),
    tallies,
    tallies,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(check_ins, max_size=30), st.randoms())
def test_order_does_not_matter_and_figures_stay_in_range(
    records: list[CheckIn], rng: random.Random
) -> None:
    trends = weekly_trends(records, [], PROGRAM, {}, program_weeks=range(1, 5))
    shuffled = list(records)
    rng.shuffle(shuffled)
    assert weekly_trends(shuffled, [], PROGRAM, {}, program_weeks=range(1, 5)) == trends
    assert sum(v for _, v in trends.sessions.points()) == len(records)
    for week, mean in trends.present.points():
        present = [r.attendance.present for r in records if r.week == week]
        assert mean == pytest.approx(sum(present) / len(present))
    for _, change in trends.mood_shift.points():
        assert -2 <= change <= 2  # a three-level scale
    for _, share in trends.feedback[0].by_week.points():
        assert 0 <= share <= 1


def test_twenty_thousand_records_are_quick(curriculum: Curriculum) -> None:
    rng = random.Random(7)
    week3 = curriculum.weeks[3]
    records = [
        CheckIn(
            week=1 + n % 20,
            date=DAY,
            attendance=Attendance(present=rng.randrange(3, 15)),
            opening={"arriving": [rng.randrange(4) for _ in range(5)]},
            closing={"leaving": [rng.randrange(4) for _ in range(5)]},
            feedback={"heard": [rng.randrange(4) for _ in range(4)]},
        )
        for n in range(15_000)
    ]
    plans = [
        Plan(
            week=3,
            date=DAY,
            session_minutes=120,
            items=[PlanItem(activity=a.id, minutes=a.minutes) for a in week3.activities[:3]],
        )
    ] * 5_000
    # How long this takes is measured in benchmarks/bench_history.py, not asserted here.
    trends = weekly_trends(records, plans, curriculum.program, curriculum.weeks)
    assert trends.check_ins == 15_000 and trends.sessions.value(1) == 750

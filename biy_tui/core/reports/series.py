"""Per-week series for the trends screen (no Textual).

Check-ins and plans are grouped by the program week they belong to, and each
week gets a few figures: people present and first-timers (on average per
session, so that two groups in one week, or several cycles of the program,
stay comparable), the mood shift from opening to closing, the share of hands in
the top two levels of each feedback scale, and the minutes of each learning
style in the saved plans.

Everything here is one pass over the records (then a little work per week), so
20 000 records cost a few milliseconds; the screen reads the records and calls
these in a worker thread.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from biy_tui.core.curriculum.models import STYLES, Program, Week
from biy_tui.core.planning import agenda_from_plan, style_balance
from biy_tui.core.reports.tallies import answered, combine, share_top, shift
from biy_tui.core.store.records import CheckIn, Plan

CYCLE_DAYS = 280
"""How far back "the latest cycle" reaches from the newest record: 40 weeks, one
20-week program with room for breaks (the same span the overview reads)."""


class Dated(Protocol):
    """Anything with a date (every record kind)."""

    @property
    def date(self) -> dt.date: ...


D = TypeVar("D", bound=Dated)


@dataclass(frozen=True)
class Series:
    """One figure for each week shown; ``None`` where a week has no data."""

    weeks: tuple[int, ...]
    values: tuple[float | None, ...]

    def points(self) -> list[tuple[int, float]]:
        """The weeks that have a value, with it, in week order."""
        return [(w, v) for w, v in zip(self.weeks, self.values, strict=True) if v is not None]

    def value(self, week: int) -> float | None:
        """The value of one week (None when the week has none or is not shown)."""
        try:
            return self.values[self.weeks.index(week)]
        except ValueError:
            return None


@dataclass(frozen=True)
class FeedbackTrend:
    """One session-feedback scale: the share of hands in its top two levels."""

    scale_id: str
    label: str
    top_levels: tuple[str, ...]
    """The words of the levels counted as "top" (highest last)."""
    overall: float | None
    """The share over every session shown (0–1); None when nobody answered."""
    hands: int
    by_week: Series


@dataclass(frozen=True)
class Trends:
    """Everything the trends screen draws."""

    weeks: tuple[int, ...]
    boundaries: tuple[int, ...]
    """Weeks after which one part of the program ends and the next begins."""
    sessions: Series
    present: Series
    first_time: Series
    mood_shift: Series
    feedback: tuple[FeedbackTrend, ...]
    styles: dict[int, dict[str, int]] = field(default_factory=dict)
    """For each week with a saved plan: minutes per learning style (every style)."""
    check_ins: int = 0
    plans: int = 0

    @property
    def empty(self) -> bool:
        """Whether there is nothing at all to draw."""
        return self.check_ins == 0 and self.plans == 0


# --- choosing the records --------------------------------------------------


def latest_cycle(records: Sequence[D], days: int = CYCLE_DAYS) -> list[D]:
    """The records dated within ``days`` before the newest one, in their order.

    Anchored on the newest record rather than today, so that after a break the
    last cycle is still there to look at.

    Args:
        records: records of any kind.
        days: how far back from the newest record to reach.
    """
    if not records:
        return []
    newest = max(r.date for r in records)
    since = newest - dt.timedelta(days=days)
    return [r for r in records if r.date >= since]


def week_axis(
    program_weeks: Iterable[int], check_ins: Iterable[CheckIn], plans: Iterable[Plan]
) -> tuple[int, ...]:
    """The weeks to show: the curriculum's, and any other week that has records."""
    weeks = set(program_weeks)
    weeks.update(c.week for c in check_ins)
    weeks.update(p.week for p in plans)
    return tuple(sorted(weeks))


def part_boundaries(program: Program, weeks: Sequence[int]) -> tuple[int, ...]:
    """The weeks after which a part ends, where weeks are shown on both sides.

    Args:
        program: the program file (its parts, in any order).
        weeks: the weeks shown, ascending.
    """
    found: list[int] = []
    for part in sorted(program.parts, key=lambda p: p.first_week)[:-1]:
        before = any(w <= part.last_week for w in weeks)
        after = any(w > part.last_week for w in weeks)
        if before and after:
            found.append(part.last_week)
    return tuple(sorted(set(found)))


# --- the weekly figures --------------------------------------------------------


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def weekly_trends(
    check_ins: Iterable[CheckIn],
    plans: Iterable[Plan],
    program: Program,
    weeks: Mapping[int, Week],
    program_weeks: Iterable[int] | None = None,
) -> Trends:
    """Compute every per-week series in one pass over the records.

    Args:
        check_ins: the check-ins to include (any order).
        plans: the saved plans to include (any order).
        program: the program file (scales, parts).
        weeks: the loaded weeks (to know each planned activity's learning style).
        program_weeks: the week numbers to show even without records
            (the curriculum's; defaults to the keys of ``weeks``).
    """
    check_ins = list(check_ins)
    plans = list(plans)
    axis = week_axis(weeks if program_weeks is None else program_weeks, check_ins, plans)
    openings = program.scales_of("opening")
    closings = program.scales_of("closing")
    opening_id = openings[0].id if openings else None
    closing_id = closings[0].id if closings else None
    feedback_scales = program.scales_of("feedback")

    present: dict[int, list[int]] = defaultdict(list)
    first: dict[int, list[int]] = defaultdict(list)
    opening: dict[int, list[list[int]]] = defaultdict(list)
    closing: dict[int, list[list[int]]] = defaultdict(list)
    feedback: dict[str, dict[int, list[list[int]]]] = {
        s.id: defaultdict(list) for s in feedback_scales
    }
    for check_in in check_ins:
        week = check_in.week
        present[week].append(check_in.attendance.present)
        first[week].append(check_in.attendance.first_time)
        if opening_id is not None and opening_id in check_in.opening:
            opening[week].append(check_in.opening[opening_id])
        if closing_id is not None and closing_id in check_in.closing:
            closing[week].append(check_in.closing[closing_id])
        for scale_id, tally in check_in.feedback.items():
            if scale_id in feedback:
                feedback[scale_id][week].append(tally)

    def series(values: Mapping[int, float | None]) -> Series:
        return Series(axis, tuple(values.get(w) for w in axis))

    shifts = {w: shift(combine(opening[w]), combine(closing[w])) for w in opening if w in closing}
    trends_feedback: list[FeedbackTrend] = []
    for scale in feedback_scales:
        per_week = feedback[scale.id]
        combined = {w: combine(t) for w, t in per_week.items()}
        everything = combine(list(combined.values()))
        trends_feedback.append(
            FeedbackTrend(
                scale_id=scale.id,
                label=scale.label,
                top_levels=tuple(scale.levels[-2:]),
                overall=share_top(everything),
                hands=answered(everything),
                by_week=series({w: share_top(t) for w, t in combined.items()}),
            )
        )
    return Trends(
        weeks=axis,
        boundaries=part_boundaries(program, axis),
        sessions=series({w: float(len(v)) for w, v in present.items()}),
        present=series({w: _mean(v) for w, v in present.items()}),
        first_time=series({w: _mean(v) for w, v in first.items()}),
        mood_shift=series(shifts),
        feedback=tuple(trends_feedback),
        styles=style_minutes(plans, weeks),
        check_ins=len(check_ins),
        plans=len(plans),
    )


def style_minutes(plans: Iterable[Plan], weeks: Mapping[int, Week]) -> dict[int, dict[str, int]]:
    """Minutes per learning style for each week with a saved plan (plans of a week add up).

    Activities a week no longer has are left out (their style is unknown).
    """
    found: dict[int, dict[str, int]] = {}
    for plan in plans:
        week = weeks.get(plan.week)
        if week is None:
            continue
        mix = found.setdefault(plan.week, dict.fromkeys(STYLES, 0))
        for style, minutes in style_balance(agenda_from_plan(plan), week).items():
            mix[style] += minutes
    return dict(sorted(found.items()))


# --- noticing, gently ------------------------------------------------------------


def dip(series: Series, fraction: float = 0.75, min_points: int = 3) -> int | None:
    """The week whose value is lowest, when it is clearly below the usual level.

    "Clearly below" means under ``fraction`` of the median of the weeks with a
    value. Only the lowest week is named: one question to ask, not a list.

    Args:
        series: a series of non-negative figures (attendance, shares).
        fraction: how far under the median counts as a dip.
        min_points: fewer weeks than this say nothing about a usual level.
    """
    points = series.points()
    if len(points) < min_points:
        return None
    usual = statistics.median(v for _, v in points)
    week, lowest = min(points, key=lambda p: (p[1], p[0]))
    return week if usual > 0 and lowest < fraction * usual else None


def setback(series: Series, below: float = -0.25) -> int | None:
    """The week with the lowest value when it is under ``below`` (e.g. a mood shift < 0)."""
    points = series.points()
    if not points:
        return None
    week, lowest = min(points, key=lambda p: (p[1], p[0]))
    return week if lowest < below else None


def quiet_style(styles: Mapping[int, Mapping[str, int]], share: float = 0.1) -> str | None:
    """The learning style with the least time across the plans, when under ``share`` of it.

    Returns None when there are no planned minutes, or every style had its share.
    """
    totals = dict.fromkeys(STYLES, 0)
    for mix in styles.values():
        for style, minutes in mix.items():
            if style in totals:
                totals[style] += minutes
    everything = sum(totals.values())
    if everything == 0:
        return None
    style = min(STYLES, key=lambda s: (totals[s], STYLES.index(s)))
    return style if totals[style] < share * everything else None

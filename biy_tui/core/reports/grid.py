"""The fixed grid of periods a report may cover: whole parts of the program (no Textual).

Two reports whose ranges differ by one week (or one session date) subtract to
that week's counts. So biy does not report on any range asked for: a report
covers whole *units* of a fixed grid — each part of the program, and the weeks
before, between or after the parts — over every record kept. A range of weeks
is widened to the units it touches (and the report says so); a range of dates
is refused, because two date ranges a day apart would differ by one session.

With the grid fixed, every figure of every report is either a figure of one
protected base table (a week's row, a part's themes) or a sum of such figures,
so no two reports can be subtracted to anything the base table hid (see
:mod:`.release`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from biy_tui.core.curriculum import Curriculum
from biy_tui.core.reports.scope import Scope
from biy_tui.core.text import messages

OTHER_PREFIX = "other"


class RangeRefused(ValueError):
    """A range biy will not report on; ``str()`` is one sentence saying why."""


FIRST_WEEK, LAST_WEEK = 0, 9999
"""The weeks a record can belong to (as the store allows)."""


@dataclass(frozen=True)
class Unit:
    """One period of the grid: a part of the program, or weeks outside every part."""

    id: str
    first: int
    last: int

    def holds(self, week: int) -> bool:
        """Whether a week belongs to this unit."""
        return self.first <= week <= self.last


def grid(curriculum: Curriculum) -> list[Unit]:
    """The units of the grid, in week order; together they hold every week, once."""
    return units_of((p.id, p.first_week, p.last_week) for p in curriculum.program.parts)


def units_of(parts: Iterable[tuple[str, int, int]]) -> list[Unit]:
    """The units of the grid made by parts given as (id, first week, last week)."""
    units: list[Unit] = []
    edge = FIRST_WEEK - 1  # the last week already covered
    for part_id, part_first, part_last in sorted(parts, key=lambda p: (p[1], p[2])):
        first, last = max(part_first, edge + 1), min(part_last, LAST_WEEK)
        if first > last:
            continue  # lies inside the part before: already covered
        if first > edge + 1:
            units.append(Unit(f"{OTHER_PREFIX}-{edge + 1}-{first - 1}", edge + 1, first - 1))
        units.append(Unit(part_id, first, last))
        edge = last
    if edge < LAST_WEEK:
        units.append(Unit(f"{OTHER_PREFIX}-{edge + 1}-{LAST_WEEK}", edge + 1, LAST_WEEK))
    return units


def unit_of(week: int, units: list[Unit]) -> Unit:
    """The unit a week belongs to."""
    return next(u for u in units if u.holds(week))


@dataclass(frozen=True)
class Snapped:
    """A range on the grid, and whether it had to be widened to get there."""

    scope: Scope
    widened: bool

    def notice(self, asked: Scope) -> str | None:
        """The sentence to show when the range was widened (None when it was not)."""
        if not self.widened:
            return None
        return messages.REPORT_RANGE_WIDENED.format(
            asked=asked.describe(), given=self.scope.describe()
        )


def snap(scope: Scope, curriculum: Curriculum) -> Snapped:
    """Put a range of weeks on the grid (widen it to the whole units it touches).

    Raises:
        RangeRefused: a range of dates (never offered), or a backwards range.
    """
    if scope.start is not None or scope.end is not None:
        raise RangeRefused(messages.REPORT_DATES_REFUSED)
    first = FIRST_WEEK if scope.first_week is None else max(FIRST_WEEK, scope.first_week)
    last = LAST_WEEK if scope.last_week is None else min(LAST_WEEK, scope.last_week)
    if last < first:
        raise RangeRefused(messages.REPORT_RANGE_BACKWARDS)
    touched = [u for u in grid(curriculum) if u.first <= last and u.last >= first]
    new_first, new_last = touched[0].first, touched[-1].last
    widened = (new_first, new_last) != (first, last)
    if (new_first, new_last) == (FIRST_WEEK, LAST_WEEK):
        return Snapped(Scope(), widened)
    return Snapped(
        Scope(first_week=new_first, last_week=None if new_last == LAST_WEEK else new_last),
        widened,
    )

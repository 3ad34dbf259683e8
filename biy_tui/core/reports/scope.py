"""Which records a report covers: a range of weeks, a range of dates, or all (no Textual)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from biy_tui.core.store.records import CheckIn, Debrief, Plan, Record
from biy_tui.core.text import messages


@dataclass(frozen=True)
class Scope:
    """Which records a report covers: a range of weeks, a range of dates, or all."""

    first_week: int | None = None
    last_week: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, record: Plan | CheckIn | Debrief) -> bool:
        """Whether a record falls in this scope."""
        if self.first_week is not None and record.week < self.first_week:
            return False
        if self.last_week is not None and record.week > self.last_week:
            return False
        if self.start is not None and record.date < self.start:
            return False
        return self.end is None or record.date <= self.end

    def describe(self) -> str:
        """The scope in words, for the report's heading."""
        parts: list[str] = []
        if self.first_week is not None or self.last_week is not None:
            first, last = self.first_week, self.last_week
            if first is not None and first == last:
                parts.append(messages.REPORT_SCOPE_WEEK.format(week=first))
            else:
                parts.append(
                    messages.REPORT_SCOPE_WEEKS.format(
                        first=first if first is not None else 1,
                        last=last or messages.REPORT_SCOPE_END,
                    )
                )
        if self.start is not None or self.end is not None:
            start = self.start.isoformat() if self.start else messages.REPORT_SCOPE_START
            end = self.end.isoformat() if self.end else messages.REPORT_SCOPE_TODAY
            parts.append(messages.REPORT_SCOPE_DATES.format(start=start, end=end))
        return ", ".join(parts) or str(messages.REPORT_SCOPE_ALL)


def in_scope(records: Iterable[Record], scope: Scope) -> list[Plan | CheckIn | Debrief]:
    """The plans, check-ins and debriefs in scope (self-care is dropped here, always)."""
    return [r for r in records if isinstance(r, Plan | CheckIn | Debrief) and scope.covers(r)]


EVERYTHING = Scope()
"""Every week and every date."""

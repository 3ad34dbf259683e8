"""What the program overview shows about the records (no Textual).

Which weeks have a plan, which have a log (check-in or debrief), which week is
current, and the learning-style mix of the plans so far.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from biy_tui.core.planning import StyleMix, agenda_from_plan, style_mix

if TYPE_CHECKING:
    from biy_tui.core.curriculum import Curriculum
    from biy_tui.core.store import Store


@dataclass(frozen=True)
class Overview:
    """Weeks planned and logged, the current week, and the style mix."""

    planned: frozenset[int] = frozenset()
    logged: frozenset[int] = frozenset()
    current_week: int | None = None
    mix: StyleMix = field(default_factory=StyleMix)

    @classmethod
    def from_store(
        cls, store: Store, curriculum: Curriculum, today: dt.date | None = None
    ) -> Overview:
        """Read the current cycle's plans and logs (call from a worker thread).

        The current cycle is the store's (``Store.current_cycle``): a 20-week
        program with breaks. Older history is not read, and the logs are read as
        weeks only (``Store.weeks_marked``), so the overview stays quick and small.
        """
        from biy_tui.core.store.records import Plan

        plans = [r for r in store.current_cycle("plan", today) if isinstance(r, Plan)]
        planned = frozenset(p.week for p in plans)
        # Check-ins and debriefs count only as marks: their weeks, never the records.
        logged = store.weeks_marked("checkin", today) | store.weeks_marked("debrief", today)
        mix = style_mix([agenda_from_plan(p) for p in plans], curriculum.weeks)
        return cls(planned, logged, current_week(planned, logged, curriculum.week_numbers), mix)


def current_week(planned: frozenset[int], logged: frozenset[int], weeks: list[int]) -> int | None:
    """The week the group is on: the first planned-but-not-run week after the last log,
    else the week after the last log, else the first week.

    Args:
        planned: weeks with a plan.
        logged: weeks with a check-in or debrief.
        weeks: every week number of the curriculum, in order.
    """
    if not weeks:
        return None
    last_logged = max(logged) if logged else None
    waiting = sorted(w for w in planned - logged if last_logged is None or w > last_logged)
    if waiting:
        return waiting[0]
    if last_logged is None:
        return weeks[0]
    later = [w for w in weeks if w > last_logged]
    return later[0] if later else weeks[-1]

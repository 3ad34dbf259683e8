"""Planning a session: the agenda's timings, style balance and materials (no Textual).

An :class:`Agenda` is the facilitator's working copy of a week's plan: the
activities in order with their minutes, the session length, and the group
choices made along the way. It knows nothing about screens or storage; the
store keeps it as a ``Plan`` record (see :func:`to_plan_fields`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from biy_tui.curriculum.models import STYLES, Activity, Week

if TYPE_CHECKING:  # the store is imported when a plan is read or saved, not at start-up
    from biy_tui.store.records import Plan


@dataclass(frozen=True)
class AgendaItem:
    """One activity on the agenda, with the minutes planned for it today."""

    activity: str
    minutes: int


@dataclass(frozen=True)
class Choice:
    """A show-of-hands choice among 2–4 options: counts only."""

    options: tuple[str, ...]
    tally: tuple[int, ...]
    chosen: str | None = None

    def leader(self) -> str | None:
        """The option with the most hands (the first one on a tie), if any hand was raised."""
        if not self.options or not any(self.tally):
            return None
        best = max(range(len(self.options)), key=lambda i: (self.tally[i], -i))
        return self.options[best]


@dataclass(frozen=True)
class Timed:
    """An agenda line with its start and end, in minutes from the start of the session."""

    index: int
    item: AgendaItem
    start: int
    end: int


@dataclass(frozen=True)
class Agenda:
    """A week's session plan being built."""

    week: int
    session_minutes: int
    items: tuple[AgendaItem, ...] = ()
    choices: tuple[Choice, ...] = ()
    plan_id: str | None = None
    label: str = ""
    notes: str = ""
    date: str | None = None

    # --- changing the agenda (each returns a new Agenda) ---------------------

    def add(self, activity: Activity, at: int | None = None) -> Agenda:
        """Add an activity with its usual minutes, at the end or at a position."""
        item = AgendaItem(activity.id, activity.minutes)
        items = list(self.items)
        items.insert(len(items) if at is None else max(0, min(at, len(items))), item)
        return replace(self, items=tuple(items))

    def remove(self, index: int) -> Agenda:
        """Remove the item at ``index`` (nothing happens when out of range)."""
        if not 0 <= index < len(self.items):
            return self
        return replace(self, items=self.items[:index] + self.items[index + 1 :])

    def move(self, index: int, offset: int) -> Agenda:
        """Move the item at ``index`` up (negative) or down (positive)."""
        target = index + offset
        if not (0 <= index < len(self.items) and 0 <= target < len(self.items)):
            return self
        items = list(self.items)
        items.insert(target, items.pop(index))
        return replace(self, items=tuple(items))

    def set_minutes(self, index: int, minutes: int) -> Agenda:
        """Change the minutes of one item (at least 1, at most 600)."""
        if not 0 <= index < len(self.items):
            return self
        items = list(self.items)
        items[index] = replace(items[index], minutes=max(1, min(600, minutes)))
        return replace(self, items=tuple(items))

    def with_session_minutes(self, minutes: int) -> Agenda:
        """Change this session's length (at least 10 minutes, at most 10 hours)."""
        return replace(self, session_minutes=max(10, min(600, minutes)))

    def record_choice(self, choice: Choice) -> Agenda:
        """Keep a group choice with the plan (options and tally only)."""
        return replace(self, choices=(*self.choices, choice))

    # --- reading the agenda ----------------------------------------------------

    @property
    def total(self) -> int:
        """Minutes planned in all."""
        return sum(item.minutes for item in self.items)

    @property
    def over_by(self) -> int:
        """Minutes over the session length (0 when it fits)."""
        return max(0, self.total - self.session_minutes)

    @property
    def left(self) -> int:
        """Minutes of the session not yet planned (0 when full or over)."""
        return max(0, self.session_minutes - self.total)

    def timeline(self) -> list[Timed]:
        """Every item with its running start and end time."""
        out: list[Timed] = []
        clock = 0
        for index, item in enumerate(self.items):
            out.append(Timed(index, item, clock, clock + item.minutes))
            clock += item.minutes
        return out


def clock(minutes_from_start: int, start_hour: int = 0, start_minute: int = 0) -> str:
    """Format a running time: ``0:45`` from the start, or a wall-clock ``13:45``."""
    total = start_hour * 60 + start_minute + minutes_from_start
    return f"{(total // 60) % 24}:{total % 60:02d}"


def style_balance(agenda: Agenda, week: Week) -> dict[str, int]:
    """Minutes per learning style in this session (every style present, maybe 0)."""
    minutes: Counter[str] = Counter({style: 0 for style in STYLES})
    for item in agenda.items:
        activity = week.activity(item.activity)
        if activity is not None:
            minutes[activity.style] += item.minutes
    return {style: minutes[style] for style in STYLES}


def materials(agenda: Agenda, week: Week) -> list[str]:
    """Every material the agenda's activities need, once each, in agenda order."""
    seen: dict[str, str] = {}
    for item in agenda.items:
        activity = week.activity(item.activity)
        for thing in activity.materials if activity else []:
            key = thing.strip().lower()
            if key and key not in seen:
                seen[key] = thing.strip()
    return list(seen.values())


def missing_activities(agenda: Agenda, week: Week) -> list[str]:
    """Ids on the agenda that the week (as loaded now) no longer has."""
    return [item.activity for item in agenda.items if week.activity(item.activity) is None]


@dataclass(frozen=True)
class StyleMix:
    """How much of each learning style the group has had across weeks."""

    minutes: dict[str, int] = field(default_factory=dict)
    last_week: dict[str, int | None] = field(default_factory=dict)

    def not_lately(self, current_week: int, gap: int = 3) -> list[str]:
        """Styles the group has not had in the last ``gap`` planned weeks."""
        return [
            style
            for style in STYLES
            if self.last_week.get(style) is None
            or current_week - (self.last_week[style] or 0) >= gap
        ]


def style_mix(agendas: list[Agenda], weeks: dict[int, Week]) -> StyleMix:
    """Minutes per style across plans, and the last week each style was planned."""
    minutes: Counter[str] = Counter({style: 0 for style in STYLES})
    last: dict[str, int | None] = {style: None for style in STYLES}
    for agenda in agendas:
        week = weeks.get(agenda.week)
        if week is None:
            continue
        for style, used in style_balance(agenda, week).items():
            minutes[style] += used
            if used and (last[style] is None or agenda.week > (last[style] or 0)):
                last[style] = agenda.week
    return StyleMix(minutes=dict(minutes), last_week=last)


class Planner:
    """The agendas being worked on in this sitting, one per week.

    Screens share one Planner (held by the app), so an activity added on the
    week screen is on the agenda screen too. Saving is the store's job.
    """

    def __init__(self, default_session_minutes: int) -> None:
        self.default_session_minutes = default_session_minutes
        self._agendas: dict[int, Agenda] = {}

    def current(self, week: int) -> Agenda:
        """The agenda being built for a week (a new, empty one at first)."""
        if week not in self._agendas:
            self._agendas[week] = Agenda(week=week, session_minutes=self.default_session_minutes)
        return self._agendas[week]

    def set(self, agenda: Agenda) -> Agenda:
        """Make ``agenda`` the week's current agenda and return it."""
        self._agendas[agenda.week] = agenda
        return agenda

    def add(self, week: int, activity: Activity) -> Agenda:
        """Add an activity to a week's current agenda."""
        return self.set(self.current(week).add(activity))

    def start_new(self, week: int) -> Agenda:
        """Start a fresh agenda for a week (for example for a second group)."""
        return self.set(Agenda(week=week, session_minutes=self.default_session_minutes))

    def has_work(self, week: int) -> bool:
        """Whether the week has an agenda with something on it."""
        agenda = self._agendas.get(week)
        return bool(agenda and (agenda.items or agenda.choices))


def agenda_from_plan(plan: Plan) -> Agenda:
    """The working agenda for a saved plan."""
    return Agenda(
        week=plan.week,
        session_minutes=plan.session_minutes,
        items=tuple(AgendaItem(i.activity, i.minutes) for i in plan.items),
        choices=tuple(Choice(tuple(c.options), tuple(c.tally), c.chosen) for c in plan.choices),
        plan_id=plan.id or None,
        label=plan.label,
        notes=plan.notes,
        date=plan.date.isoformat(),
    )


def plan_from_agenda(agenda: Agenda, on: dt.date, label: str = "", notes: str = "") -> Plan:
    """The ``Plan`` record to save for an agenda.

    Args:
        agenda: the agenda.
        on: the session's date.
        label: reviewed text naming the group, when two groups meet in one week.
        notes: reviewed plan notes.
    """
    from biy_tui.store.records import GroupChoice, Plan, PlanItem

    return Plan(
        week=agenda.week,
        date=on,
        session_minutes=agenda.session_minutes,
        items=[PlanItem(activity=i.activity, minutes=i.minutes) for i in agenda.items],
        choices=[
            GroupChoice(options=list(c.options), tally=list(c.tally), chosen=c.chosen)
            for c in agenda.choices
        ],
        label=label,
        notes=notes,
        id=agenda.plan_id or "",
    )

"""Planning a session: the agenda's timings, style balance and materials (no Textual).

An :class:`Agenda` is the facilitator's working copy of a week's plan: the
activities in order with their minutes, the session length, and the group
choices made along the way. It knows nothing about screens or storage; the
store keeps it as a ``Plan`` record (see :func:`to_plan_fields`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from biy_tui.core.curriculum.models import STYLES, Activity, Week

if TYPE_CHECKING:  # the store is imported when a plan is read or saved, not at start-up
    from biy_tui.core.store.records import Plan


Decided = Literal["hands", "revote", "facilitator"]
"""How a group choice was settled (see :class:`Choice`)."""


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
    decided_by: Decided = "hands"
    """How it was settled: ``"hands"`` (the most hands), ``"revote"`` (the most hands in
    a second count after a tie) or ``"facilitator"`` (her pick after a tie)."""

    def leaders(self) -> tuple[str, ...]:
        """Every option with the most hands (more than one on a tie; none without hands)."""
        if not self.options or not any(self.tally):
            return ()
        most = max(self.tally)
        return tuple(o for o, hands in zip(self.options, self.tally, strict=False) if hands == most)

    def leader(self) -> str | None:
        """The option with the most hands, or None on a tie or when no hand was raised."""
        leaders = self.leaders()
        return leaders[0] if len(leaders) == 1 else None

    @property
    def is_tie(self) -> bool:
        """Whether two or more options share the most hands."""
        return len(self.leaders()) > 1


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
    online: bool = False
    """Whether this session is held online (the agenda and handout then show the
    program's online safety steps, the week's online note and each activity's
    online adaptation)."""

    # --- changing the agenda (each returns a new Agenda) ---------------------

    def contains(self, activity_id: str) -> bool:
        """Whether the activity is already on the agenda."""
        return any(item.activity == activity_id for item in self.items)

    def add(self, activity: Activity, at: int | None = None) -> Agenda:
        """Add an activity with its usual minutes, at the end or at a position.

        An activity already on the agenda is not added twice (the same agenda
        comes back; callers say so).
        """
        if self.contains(activity.id):
            return self
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


_START = re.compile(r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*([ap]\.?m\.?)?\s*$", re.IGNORECASE)


def parse_start(text: str) -> tuple[int, int]:
    """A session's wall-clock start: ``18:30``, ``9:05``, ``18h30``, ``6pm`` or ``6:30 pm``.

    Returns (hour, minute) on the 24-hour clock.

    Raises:
        ValueError: the text is not a time of day (``25:00``, ``13pm``, ``soon``).
    """
    match = _START.match(text)
    if match is None:
        raise ValueError(text)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").lower().replace(".", "")
    if suffix:
        if not 1 <= hour <= 12:
            raise ValueError(text)
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    elif match.group(2) is None:
        raise ValueError(text)  # a bare "6" could mean 6:00 or 18:00: ask, never guess
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise ValueError(text)
    return hour, minute


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
        self._saved: dict[int, Agenda] = {}
        self._looked: set[int] = set()
        self.runs: dict[int, RunState] = {}
        """Where each week's run is (kept while biy is open, so leaving does not restart it)."""

    def looked_up(self, week: int) -> bool:
        """Whether the week's saved plan (or draft) was looked for in this sitting."""
        return week in self._looked

    def load(self, agenda: Agenda, saved: Agenda | None = None) -> Agenda:
        """Make ``agenda`` current, with ``saved`` as what is on disk (``agenda`` itself
        when omitted: it was just opened or saved)."""
        self._looked.add(agenda.week)
        self._saved[agenda.week] = saved if saved is not None else agenda
        return self.set(agenda)

    def forget(self, week: int) -> None:
        """Let go of a week's agenda, so its draft or saved plan is looked up again."""
        self._looked.discard(week)
        self._agendas.pop(week, None)
        self._saved.pop(week, None)

    def mark_looked_up(self, week: int) -> None:
        """Nothing was saved for this week: the agenda starts empty."""
        self._looked.add(week)

    def saved(self, week: int) -> Agenda:
        """The week's agenda as last saved or opened (an empty one when none)."""
        return self._saved.get(
            week, Agenda(week=week, session_minutes=self.default_session_minutes)
        )

    def is_dirty(self, week: int) -> bool:
        """Whether the week's agenda has changes that are not saved."""
        if week not in self._agendas:
            return False
        return self._agendas[week] != self.saved(week)

    def dirty_weeks(self) -> list[int]:
        """The weeks whose agendas have unsaved changes."""
        return sorted(week for week in self._agendas if self.is_dirty(week))

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
        empty = Agenda(week=week, session_minutes=self.default_session_minutes)
        return self.load(empty)

    def has_work(self, week: int) -> bool:
        """Whether the week has an agenda with something on it."""
        agenda = self._agendas.get(week)
        return bool(agenda and (agenda.items or agenda.choices))


@dataclass(frozen=True)
class RunState:
    """Where a running session is: the activity, the minutes added, and its timer."""

    items: tuple[AgendaItem, ...]
    """The agenda it belongs to (a changed agenda starts a new run)."""
    index: int = 0
    extra: int = 0
    started: float = 0.0
    paused_at: float | None = None


def merge_unsaved(saved: Agenda, added: Agenda) -> Agenda:
    """The saved plan with what was added before it was opened (nothing twice)."""
    merged = saved
    for item in added.items:
        if not merged.contains(item.activity):
            merged = replace(merged, items=(*merged.items, item))
    return replace(merged, choices=(*merged.choices, *added.choices))


def agenda_to_draft(agenda: Agenda) -> dict[str, str]:
    """The agenda as draft fields (kept unreviewed, like every draft; never exported)."""
    import json

    body = {
        "session_minutes": agenda.session_minutes,
        "items": [[i.activity, i.minutes] for i in agenda.items],
        "choices": [
            {
                "options": list(c.options),
                "tally": list(c.tally),
                "chosen": c.chosen,
                "decided_by": c.decided_by,
            }
            for c in agenda.choices
        ],
        "plan_id": agenda.plan_id,
        "date": agenda.date,
        "online": agenda.online,
    }
    return {
        "_agenda": json.dumps(body, sort_keys=True),
        "label": agenda.label,
        "notes": agenda.notes,
        "_week": str(agenda.week),
    }


def agenda_from_draft(week: int, fields: dict[str, str], default_minutes: int) -> Agenda:
    """The agenda a draft kept (anything unreadable in it is left out, never guessed)."""
    import json

    try:
        body = json.loads(fields.get("_agenda") or "{}")
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    items: list[AgendaItem] = []
    for entry in body.get("items") or []:
        if (
            isinstance(entry, list)
            and len(entry) == 2
            and isinstance(entry[0], str)
            and isinstance(entry[1], int)
        ):
            items.append(AgendaItem(entry[0], max(1, min(600, entry[1]))))
    choices: list[Choice] = []
    for raw in body.get("choices") or []:
        if not isinstance(raw, dict):
            continue
        options = tuple(str(o) for o in raw.get("options") or [])
        tally = tuple(int(t) for t in raw.get("tally") or [] if isinstance(t, int))
        chosen = raw.get("chosen") if isinstance(raw.get("chosen"), str) else None
        raw_by = raw.get("decided_by")
        by: Decided = (
            "revote"
            if raw_by == "revote"
            else "facilitator"
            if raw_by == "facilitator"
            else "hands"
        )
        choices.append(Choice(options, tally, chosen, by))
    minutes = body.get("session_minutes")
    plan_id = body.get("plan_id")
    date = body.get("date")
    return Agenda(
        week=week,
        session_minutes=minutes
        if isinstance(minutes, int) and 10 <= minutes <= 600
        else default_minutes,
        items=tuple(items),
        choices=tuple(choices),
        plan_id=plan_id if isinstance(plan_id, str) and plan_id else None,
        label=str(fields.get("label") or ""),
        notes=str(fields.get("notes") or ""),
        date=date if isinstance(date, str) else None,
        online=body.get("online") is True,
    )


def agenda_from_plan(plan: Plan) -> Agenda:
    """The working agenda for a saved plan."""
    return Agenda(
        week=plan.week,
        session_minutes=plan.session_minutes,
        items=tuple(AgendaItem(i.activity, i.minutes) for i in plan.items),
        choices=tuple(
            Choice(tuple(c.options), tuple(c.tally), c.chosen, c.decided_by) for c in plan.choices
        ),
        plan_id=plan.id or None,
        label=plan.label,
        notes=plan.notes,
        date=plan.date.isoformat(),
        online=plan.online,
    )


def plan_from_agenda(
    agenda: Agenda, on: dt.date, label: str | None = None, notes: str | None = None
) -> Plan:
    """The ``Plan`` record to save for an agenda.

    Args:
        agenda: the agenda.
        on: the session's date.
        label: reviewed text naming the group (the agenda's own label when omitted,
            so re-saving an opened plan keeps it).
        notes: reviewed plan notes (the agenda's own notes when omitted).
    """
    from biy_tui.core.store.records import GroupChoice, Plan, PlanItem

    return Plan(
        week=agenda.week,
        date=on,
        session_minutes=agenda.session_minutes,
        items=[PlanItem(activity=i.activity, minutes=i.minutes) for i in agenda.items],
        choices=[
            GroupChoice(
                options=list(c.options),
                tally=list(c.tally),
                chosen=c.chosen,
                decided_by=c.decided_by,
            )
            for c in agenda.choices
        ],
        label=agenda.label if label is None else label,
        notes=agenda.notes if notes is None else notes,
        online=agenda.online,
        id=agenda.plan_id or "",
    )

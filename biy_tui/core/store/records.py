"""The records a facilitator keeps: plans, check-ins, debriefs, self-care, drafts.

Every record is about the group or the facilitator herself; none has a field for
a participant (no name, contact, birth date, or per-person row). Group check-ins
are counts and tallies only. Ids of activities, scales and themes are slugs from
the curriculum, so free text cannot hide in them; free text lives only in the
fields listed in :data:`TEXT_FIELDS`, which the store accepts only after the
privacy review.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Final, Literal

import msgspec

Slug = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=60)]
Count = Annotated[int, msgspec.Meta(ge=0, le=100_000)]
Week = Annotated[int, msgspec.Meta(ge=0, le=9999)]
Minutes = Annotated[int, msgspec.Meta(ge=0, le=1440)]
Level = Annotated[int, msgspec.Meta(ge=0, le=10)]
Tallies = dict[Slug, list[Count]]

Kind = Literal["plan", "checkin", "debrief", "selfcare"]
KINDS: Final[tuple[Kind, ...]] = ("plan", "checkin", "debrief", "selfcare")

ID_PATTERN: Final = re.compile(
    r"^(?P<stem>(?P<kind>plan|checkin|debrief|selfcare)-(?P<year>\d{4})(?:\.(?P<chunk>\d{1,5}))?)"
    r"-(?P<token>[0-9a-f]{12})$"
)
"""A record id names the file that holds it: ``debrief-2026-9f3a0c1d2e4b``."""


class PlanItem(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True, gc=False):
    """One activity on a week's agenda, in order."""

    activity: Slug
    minutes: Minutes


class GroupChoice(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True, gc=False):
    """A choice the group made by show of hands: what was offered and the tally."""

    options: list[Slug]
    tally: list[Count] = msgspec.field(default_factory=list)
    """Hands raised for each option, in the order of ``options``."""
    chosen: Slug | None = None
    decided_by: Literal["hands", "revote", "facilitator"] = "hands"
    """How it was settled: the most hands, the most hands in a second count after a
    tie ("revote"), or the facilitator's pick after a tie."""


class Attendance(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True, gc=False):
    """Head counts for one session; never a list of people."""

    present: Count = 0
    first_time: Count = 0
    online: Count = 0
    in_person: Count = 0


class Plan(
    msgspec.Struct,
    gc=False,
    tag="plan",
    tag_field="kind",
    frozen=True,
    kw_only=True,
    forbid_unknown_fields=True,
):
    """A week's plan: the agenda, notes and the group's choices."""

    week: Week
    date: dt.date
    session_minutes: Minutes
    items: list[PlanItem] = msgspec.field(default_factory=list)
    choices: list[GroupChoice] = msgspec.field(default_factory=list)
    label: str = ""
    """Which group this plan is for when two groups meet in one week (reviewed text)."""
    notes: str = ""
    online: bool = False
    """Whether the session is held online (older plans: in person)."""
    id: str = ""
    saved_at: dt.datetime | None = None
    privacy_overrides: Count = 0
    """How many flagged spans the facilitator kept as "not identifying" (a count only)."""
    overrides_by_field: dict[str, Count] = msgspec.field(default_factory=dict)


class CheckIn(
    msgspec.Struct,
    gc=False,
    tag="checkin",
    tag_field="kind",
    frozen=True,
    kw_only=True,
    forbid_unknown_fields=True,
):
    """A group check-in: counts and tallies per scale level, and themes raised."""

    week: Week
    date: dt.date
    plan_id: str | None = None
    attendance: Attendance = msgspec.field(default_factory=Attendance)
    opening: Tallies = msgspec.field(default_factory=dict)
    """Per scale id, the number of hands at each level when the session opened."""
    closing: Tallies = msgspec.field(default_factory=dict)
    feedback: Tallies = msgspec.field(default_factory=dict)
    themes: list[Slug] = msgspec.field(default_factory=list)
    id: str = ""
    saved_at: dt.datetime | None = None


class Debrief(
    msgspec.Struct,
    gc=False,
    tag="debrief",
    tag_field="kind",
    frozen=True,
    kw_only=True,
    forbid_unknown_fields=True,
):
    """The facilitator's notes after a session (group level only)."""

    week: Week
    date: dt.date
    plan_id: str | None = None
    what_worked: str = ""
    what_to_change: str = ""
    safety_concerns: str = ""
    follow_ups: str = ""
    themes: list[Slug] = msgspec.field(default_factory=list)
    id: str = ""
    saved_at: dt.datetime | None = None
    privacy_overrides: Count = 0
    overrides_by_field: dict[str, Count] = msgspec.field(default_factory=dict)


class SelfCare(
    msgspec.Struct,
    gc=False,
    tag="selfcare",
    tag_field="kind",
    frozen=True,
    kw_only=True,
    forbid_unknown_fields=True,
):
    """The facilitator's own check-in with herself."""

    date: dt.date
    energy: Level
    stress: Level
    what_i_need: str = ""
    boundaries: str = ""
    my_plan: str = ""
    id: str = ""
    saved_at: dt.datetime | None = None
    privacy_overrides: Count = 0
    overrides_by_field: dict[str, Count] = msgspec.field(default_factory=dict)


class Draft(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True, gc=False):
    """Text being typed in a form, kept so nothing typed is lost.

    Drafts hold unreviewed text: they stay on this machine (encrypted when the
    store is), are never exported, and are deleted on save or discard.
    """

    key: str
    fields: dict[str, str]
    updated: dt.datetime


Record = Plan | CheckIn | Debrief | SelfCare

RECORD_TYPES: Final[dict[Kind, type[Record]]] = {
    "plan": Plan,
    "checkin": CheckIn,
    "debrief": Debrief,
    "selfcare": SelfCare,
}

TEXT_FIELDS: Final[dict[Kind, tuple[str, ...]]] = {
    "plan": ("label", "notes"),
    "checkin": (),
    "debrief": ("what_worked", "what_to_change", "safety_concerns", "follow_ups"),
    "selfcare": ("what_i_need", "boundaries", "my_plan"),
}
"""The free-text fields of each kind: the only places words can be stored."""

CYCLE_DAYS: Final = 280
"""One program cycle, for "the current cycle" (40 weeks: a 20-week program with breaks).
Screens that show the current cycle read it through ``Store.current_cycle``."""

KIND_NAMES: Final[dict[Kind, str]] = {
    "plan": "plan",
    "checkin": "check-in",
    "debrief": "debrief",
    "selfcare": "self-care entry",
}


def kind_of(record: Record) -> Kind:
    """Return the kind of a record."""
    for kind, cls in RECORD_TYPES.items():
        if isinstance(record, cls):
            return kind
    raise TypeError(type(record).__name__)


def search_text(record: Record, kind: Kind | None = None) -> str:
    """Return the lower-cased text a search looks in (free text and theme ids)."""
    names = TEXT_FIELDS[kind or kind_of(record)]
    parts = [getattr(record, name) for name in names]
    parts.extend(getattr(record, "themes", ()))
    return "\n".join(parts).casefold()


_NEVER: Final = dt.datetime.min.replace(tzinfo=dt.UTC)


def sort_key(record: Record) -> tuple[dt.date, dt.datetime]:
    """Order records by date, then by when they were saved (for newest first)."""
    return (record.date, record.saved_at or _NEVER)


def check(record: Record) -> str | None:
    """Return what is wrong with a record beyond its types (a short phrase), or None."""
    if isinstance(record, Plan):
        for n, choice in enumerate(record.choices, 1):
            if choice.tally and len(choice.tally) != len(choice.options):
                return f"choice {n} has a tally that does not match its options"
            if choice.chosen is not None and choice.chosen not in choice.options:
                return f"choice {n} records a choice that was not offered"
    if isinstance(record, CheckIn):
        present = record.attendance.present
        if record.attendance.first_time > present:
            return "it counts more first-timers than people present"
        for group in (record.opening, record.closing, record.feedback):
            for scale, levels in group.items():
                if sum(levels) > present:
                    return f"{scale} counts more hands than people present"
    plan_id = getattr(record, "plan_id", None)
    if plan_id is not None:
        match = ID_PATTERN.match(plan_id)
        if match is None or match.group("kind") != "plan":
            return "plan_id is not the id of a plan"
    if record.id:
        match = ID_PATTERN.match(record.id)
        if match is None or match.group("kind") != kind_of(record):
            return "its id is not a biy record id of this kind"
    return None

"""What the group talked about last time, for the member check (no Textual).

The program's evaluation opened each session by reading back what the group
had said the week before, so the women could confirm or correct it. This
module finds the last session (the newest check-in or debrief), the themes
tagged on it, and the follow-ups written in its debrief (text that already
passed the privacy review).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from biy_tui.core.store.records import CheckIn, Debrief, sort_key

SAME_SESSION_DAYS = 6
"""A check-in and a debrief of the same week this close together are one session
(the debrief is often written a day or two later)."""

_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s*")


@dataclass(frozen=True)
class LastSession:
    """The last session's week, date, theme ids and follow-up lines."""

    week: int
    date: dt.date
    themes: tuple[str, ...]
    follow_ups: tuple[str, ...]


def follow_up_items(text: str) -> tuple[str, ...]:
    """Split follow-ups into items: one per line, list markers removed, blanks dropped."""
    items = (_BULLET.sub("", line).strip() for line in text.splitlines())
    return tuple(item for item in items if item)


def last_session(check_ins: Sequence[CheckIn], debriefs: Sequence[Debrief]) -> LastSession | None:
    """The last session the records know about, or None when there is none yet.

    Args:
        check_ins: check-ins (any order).
        debriefs: debriefs (any order).
    """
    logs: list[CheckIn | Debrief] = [*check_ins, *debriefs]
    if not logs:
        return None
    newest = max(logs, key=sort_key)
    week = newest.week
    since = newest.date - dt.timedelta(days=SAME_SESSION_DAYS)
    session = sorted(
        (r for r in logs if r.week == week and since <= r.date <= newest.date),
        key=sort_key,
        reverse=True,
    )
    themes: dict[str, None] = {}
    for record in session:
        themes.update(dict.fromkeys(record.themes))
    follow_ups: tuple[str, ...] = ()
    for record in session:
        if isinstance(record, Debrief) and record.follow_ups.strip():
            follow_ups = follow_up_items(record.follow_ups)
            break
    return LastSession(week, newest.date, tuple(themes), follow_ups)

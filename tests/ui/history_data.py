"""Fake records for the history, trends and member-check tests (fixed dates, no names).

Nine weekly sessions from 2026-03-04: a check-in and a debrief each, plans for
most weeks and two self-care entries. Week 8 has low attendance and week 7 a
heavier close, so the charts have something to ask about. The week 4 debrief
holds the word "kaleidoscope" for the search test.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from biy_tui.core.privacy.reviewed import mark_reviewed
from biy_tui.core.store import Attendance, CheckIn, Debrief, Plan, SelfCare
from biy_tui.core.store.records import PlanItem

START = dt.date(2026, 3, 4)
PRESENT = [8, 9, 7, 10, 8, 9, 8, 4, 9]
FIRST_TIME = [3, 2, 1, 1, 0, 2, 1, 0, 1]
LAST_FOLLOW_UPS = "- bring more glue sticks\n- start with the grounding stone"
RECORD_COUNT = 9 + 9 + 7 + 2


def session_date(week: int) -> dt.date:
    """The date of a week's session."""
    return START + dt.timedelta(days=7 * (week - 1))


def check_in(week: int, curriculum: Any) -> CheckIn:
    """A week's check-in: counts, tallies on the program's scales, the week's themes."""
    present = PRESENT[week - 1]
    opening = [1, 1, present - 4, 1, 1]
    closing = [0, 1, 1, present - 4, 2] if week != 7 else [2, 3, present - 5, 0, 0]
    feedback = {
        "heard": [0, 1, 3, present - 4],
        "mattered": [0, 1, 3, present - 4] if week != 8 else [1, 2, 1, 0],
        "fit": [0, 1, 3, present - 4],
        "overall": [0, 1, 2, present - 3],
    }
    themes = list(curriculum.week(week).themes[:2])
    return CheckIn(
        week=week,
        date=session_date(week),
        attendance=Attendance(
            present=present, first_time=FIRST_TIME[week - 1], online=1, in_person=present - 1
        ),
        opening={"arriving": opening},
        closing={"leaving": closing},
        feedback=feedback,
        themes=[t for t in themes if t in {x.id for x in curriculum.program.themes}],
    )


def debrief(week: int) -> Debrief:
    """A week's debrief (reviewed fake text)."""
    worked = f"The circle felt settled in week {week}."
    if week == 4:
        worked = "The kaleidoscope drawing opened a gentle talk."
    follow = LAST_FOLLOW_UPS if week == 9 else f"- revisit the agreements from week {week}"
    return Debrief(
        week=week,
        date=session_date(week),
        what_worked=mark_reviewed(worked),
        what_to_change=mark_reviewed("Leave more quiet time after the reading."),
        safety_concerns=mark_reviewed(""),
        follow_ups=mark_reviewed(follow),
        themes=["boundaries"] if week == 9 else [],
    )


def plan(week: int, curriculum: Any) -> Plan:
    """A week's plan: one activity of each of three styles."""
    module = curriculum.week(week)
    styles = ["discussion", "creative-movement", "reading" if week % 2 else "individual"]
    items = [
        PlanItem(activity=module.by_style(s)[0].id, minutes=module.by_style(s)[0].minutes)
        for s in styles
        if module.by_style(s)
    ]
    return Plan(
        week=week, date=session_date(week) - dt.timedelta(days=2), session_minutes=120, items=items
    )


def fill(store: Any, curriculum: Any) -> None:
    """Save every fake record."""
    for week in range(1, 10):
        store.save_check_in(check_in(week, curriculum))
        store.save_debrief(debrief(week))
        if week not in (7, 9):
            store.save_plan(plan(week, curriculum))
    store.save_self_care(
        SelfCare(
            date=dt.date(2026, 3, 5),
            energy=2,
            stress=4,
            what_i_need=mark_reviewed("A slow walk and an early night."),
        )
    )
    store.save_self_care(
        SelfCare(date=dt.date(2026, 4, 30), energy=4, stress=2, my_plan=mark_reviewed("Tea."))
    )

"""Deterministic fake records for report tests (counts only; the text is invented).

``CANARY`` is a name planted in a debrief and saved as if the facilitator had
overridden the guard: it must never reach a report unless text is asked for,
and then the guard must redact it. ``SELF_CARE`` marks self-care text, which no
report may ever carry.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from biy_tui.core import paths
from biy_tui.core.curriculum import Curriculum
from biy_tui.core.privacy.reviewed import mark_reviewed
from biy_tui.core.store import Store
from biy_tui.core.store.records import (
    Attendance,
    CheckIn,
    Debrief,
    GroupChoice,
    Plan,
    PlanItem,
    Record,
    SelfCare,
)
from tests.shipped import shipped

CANARY = "Marguerite Okonkwo-Bellweather"
SELF_CARE = "selfcarezebra"
START = dt.date(2026, 9, 7)


def curriculum() -> Curriculum:
    return shipped()


def check_in(
    week: int,
    present: int,
    first: int,
    online: int = 0,
    in_person: int | None = None,
    arriving: list[int] | None = None,
    leaving: list[int] | None = None,
    overall: list[int] | None = None,
    themes: tuple[str, ...] = (),
    day: int = 0,
) -> CheckIn:
    return CheckIn(
        week=week,
        date=START + dt.timedelta(weeks=week - 1, days=day),
        attendance=Attendance(
            present=present,
            first_time=first,
            online=online,
            in_person=present - online if in_person is None else in_person,
        ),
        opening={"arriving": arriving} if arriving else {},
        closing={"leaving": leaving} if leaving else {},
        feedback={"overall": overall} if overall else {},
        themes=list(themes),
    )


def debrief(
    week: int,
    worked: str = "The group laughed together.",
    follow: str = "",
    themes: tuple[str, ...] = (),
    overrides: int = 0,
) -> Debrief:
    return Debrief(
        week=week,
        date=START + dt.timedelta(weeks=week - 1),
        what_worked=mark_reviewed(worked, overrides=overrides),
        follow_ups=mark_reviewed(follow) if follow else "",
        themes=list(themes),
    )


def plan(week: int, cur: Curriculum, styles: tuple[str, ...], choose: bool = True) -> Plan:
    module = cur.weeks[week]
    items = [PlanItem(activity=module.by_style(s)[0].id, minutes=20) for s in styles]
    choices = []
    if choose:
        options = [module.by_style("discussion")[0].id, module.by_style("creative-movement")[0].id]
        choices = [GroupChoice(options=options, tally=[2, 5], chosen=options[1])]
    return Plan(
        week=week,
        date=START + dt.timedelta(weeks=week - 1, days=-1),
        session_minutes=120,
        items=items,
        choices=choices,
        notes=mark_reviewed(f"{SELF_CARE} never in plans either"),
    )


def self_care() -> SelfCare:
    return SelfCare(
        date=START,
        energy=2,
        stress=4,
        what_i_need=mark_reviewed(f"{SELF_CARE} rest"),
        boundaries=mark_reviewed(f"{SELF_CARE} boundaries"),
        my_plan=mark_reviewed(f"{SELF_CARE} a walk"),
    )


def small_site(cur: Curriculum) -> list[Record]:
    """Three sessions and a debrief: the hand-computed fixture (see test_aggregate)."""
    return [
        check_in(
            2,
            7,
            2,
            arriving=[0, 1, 3, 2, 1],
            leaving=[0, 0, 2, 3, 2],
            overall=[0, 1, 3, 3],
            themes=("shame", "boundaries"),
        ),
        check_in(
            2,
            5,
            0,
            online=5,
            arriving=[1, 1, 1, 1, 1],
            leaving=[0, 1, 1, 1, 2],
            themes=("shame",),
            day=2,
        ),
        check_in(
            7,
            9,
            4,
            online=3,
            in_person=6,
            arriving=[0, 2, 4, 2, 1],
            leaving=[0, 0, 3, 3, 3],
            overall=[0, 0, 4, 5],
            themes=("safety",),
        ),
        debrief(2, follow="Bring the feelings wheel.", themes=("shame", "anger")),
        debrief(7, worked=f"{CANARY} said the safety map helped.", overrides=1),
        plan(2, cur, ("reading", "discussion", "creative-movement")),
        plan(7, cur, ("discussion", "individual"), choose=False),
        self_care(),
    ]


def big_site(cur: Curriculum, offset: int = 0) -> list[Record]:
    """Weeks 1-8, every count at least 5 (so nothing is hidden at the default threshold)."""
    records: list[Record] = []
    for week in range(1, 9):
        for session in range(2):
            records.append(
                check_in(
                    week,
                    12 + (week + offset) % 4,
                    5 + session,
                    online=6 * session,
                    arriving=[1, 2, 3, 4, 1 + offset],
                    leaving=[0, 1, 3, 5, 2 + offset],
                    overall=[0, 2, 4, 6],
                    themes=("shame", "safety", "resilience"),
                    day=session,
                )
            )
            records.append(
                debrief(
                    week,
                    follow="Check the room booking." if session else "",
                    themes=("shame", "safety", "resilience"),
                )
            )
        records.append(plan(week, cur, ("reading", "discussion", "creative-movement")))
    records.append(self_care())
    return records


def save_all(records: list[Record], folder: Path | None = None) -> None:
    with Store.open(folder or paths.data_dir()) as store:
        for record in records:
            store.save(record)

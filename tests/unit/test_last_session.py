"""The member check's last session: its themes and the follow-ups of its debrief."""

from __future__ import annotations

import datetime as dt

from biy_tui.core.reports.last_session import follow_up_items, last_session
from biy_tui.core.store import CheckIn, Debrief

DAY = dt.date(2026, 3, 4)


def test_nothing_yet() -> None:
    assert last_session([], []) is None


def test_themes_of_the_session_and_follow_ups_of_its_debrief() -> None:
    check_in = CheckIn(week=3, date=DAY, themes=["shame", "boundaries"])
    debrief = Debrief(
        week=3,
        date=DAY + dt.timedelta(days=1),
        themes=["boundaries", "rest"],
        follow_ups="- bring the stones\n* try the breathing card\n\n3. ask about the time",
    )
    older = Debrief(week=2, date=DAY - dt.timedelta(days=7), themes=["old"], follow_ups="old")
    session = last_session([check_in], [debrief, older])
    assert session is not None
    assert (session.week, session.date) == (3, DAY + dt.timedelta(days=1))
    assert session.themes == ("boundaries", "rest", "shame")
    assert session.follow_ups == (
        "bring the stones",
        "try the breathing card",
        "ask about the time",
    )


def test_follow_ups_only_from_the_same_session() -> None:
    older = Debrief(week=2, date=DAY - dt.timedelta(days=7), follow_ups="call the venue")
    session = last_session([CheckIn(week=3, date=DAY, themes=["rest"])], [older])
    assert session is not None
    assert session.week == 3 and session.themes == ("rest",) and session.follow_ups == ()


def test_an_earlier_week_the_same_day_is_not_the_same_session() -> None:
    session = last_session(
        [CheckIn(week=4, date=DAY, themes=["a"]), CheckIn(week=3, date=DAY, themes=["b"])], []
    )
    assert session is not None and session.themes in {("a",), ("b",)}
    assert len(session.themes) == 1


def test_follow_up_items() -> None:
    assert follow_up_items("• one\n  2) two  \n\n") == ("one", "two")
    assert follow_up_items("One plain sentence.") == ("One plain sentence.",)
    assert follow_up_items("") == ()

"""Which week is current, and which weeks the overview marks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from biy_tui.core.overview import Overview, current_week
from biy_tui.core.planning import Agenda, plan_from_agenda
from biy_tui.core.store import CheckIn, Store
from tests.shipped import shipped

WEEKS = list(range(1, 21))


def test_current_week_rules() -> None:
    assert current_week(frozenset(), frozenset(), WEEKS) == 1
    assert current_week(frozenset({3}), frozenset(), WEEKS) == 3
    assert current_week(frozenset({3}), frozenset({3}), WEEKS) == 4
    assert current_week(frozenset({2, 5}), frozenset({4}), WEEKS) == 5
    assert current_week(frozenset(), frozenset({20}), WEEKS) == 20
    assert current_week(frozenset(), frozenset(), []) is None


def test_overview_reads_only_the_current_cycle(tmp_path: Path) -> None:
    curriculum = shipped()
    today = dt.date(2026, 11, 25)
    with Store.open(tmp_path / "data") as store:
        store.save_check_in(CheckIn(week=9, date=dt.date(2024, 3, 1)))  # an earlier cycle
        store.save_check_in(CheckIn(week=2, date=dt.date(2026, 10, 1)))
        week = curriculum.weeks[3]
        agenda = Agenda(week=3, session_minutes=120).add(week.activities[0])
        store.save_plan(plan_from_agenda(agenda, dt.date(2026, 10, 8)))
        overview = Overview.from_store(store, curriculum, today)
    assert overview.logged == frozenset({2})
    assert overview.planned == frozenset({3})
    assert overview.current_week == 3
    assert overview.mix.last_week[week.activities[0].style] == 3

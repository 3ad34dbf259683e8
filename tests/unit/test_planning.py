"""The agenda's arithmetic: timings, over-run, style balance, materials, group choices."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from biy_tui.core.curriculum import load_curriculum
from biy_tui.core.curriculum.models import Week
from biy_tui.core.planning import Agenda, Choice, clock, materials, style_balance, style_mix


@pytest.fixture(scope="module")
def week3() -> Week:
    root = Path(__file__).resolve().parents[2] / "curriculum"
    return load_curriculum(root).weeks[3]


def test_timeline_and_total(week3: Week) -> None:
    a, b, c = week3.activities[:3]
    agenda = Agenda(week=3, session_minutes=60).add(a).add(b).add(c)
    timeline = agenda.timeline()
    assert [t.start for t in timeline] == [0, a.minutes, a.minutes + b.minutes]
    assert timeline[-1].end == agenda.total == a.minutes + b.minutes + c.minutes
    assert agenda.over_by == max(0, agenda.total - 60)
    assert agenda.left == max(0, 60 - agenda.total)


def test_reorder_remove_and_minutes(week3: Week) -> None:
    a, b, c = week3.activities[:3]
    agenda = Agenda(week=3, session_minutes=120).add(a).add(b).add(c)
    moved = agenda.move(2, -2)
    assert [i.activity for i in moved.items] == [c.id, a.id, b.id]
    assert moved.move(0, -1) == moved  # out of range: unchanged
    assert [i.activity for i in moved.remove(1).items] == [c.id, b.id]
    assert moved.set_minutes(0, 0).items[0].minutes == 1
    assert moved.set_minutes(0, 33).total == 33 + a.minutes + b.minutes
    d = week3.activities[3]
    assert agenda.add(d, at=0).items[0].activity == d.id
    assert agenda.add(c) == agenda  # never the same activity twice by accident


def test_style_balance_and_materials(week3: Week) -> None:
    creative = week3.by_style("creative-movement")[0]
    talk = week3.by_style("discussion")[0]
    agenda = Agenda(week=3, session_minutes=120).add(creative).add(talk)
    agenda = agenda.set_minutes(0, 2 * creative.minutes)
    balance = style_balance(agenda, week3)
    assert balance["creative-movement"] == 2 * creative.minutes
    assert balance["discussion"] == talk.minutes
    assert balance["reading"] == 0
    things = materials(agenda, week3)
    assert len(things) == len({m.lower() for m in creative.materials + talk.materials})


def test_choice_leader() -> None:
    assert Choice(("a", "b", "c"), (2, 5, 3)).leader() == "b"
    tie = Choice(("a", "b", "c"), (2, 5, 5))
    assert tie.leader() is None and tie.is_tie  # a tie is never given to option 1
    assert tie.leaders() == ("b", "c")
    assert Choice(("a", "b"), (0, 0)).leader() is None
    assert not Choice(("a", "b"), (0, 0)).is_tie


def test_agenda_draft_round_trip(week3: Week) -> None:
    from biy_tui.core.planning import agenda_from_draft, agenda_to_draft

    a, b = week3.activities[:2]
    agenda = Agenda(week=3, session_minutes=95, label="Tuesday", notes="tea", online=True)
    agenda = agenda.add(a).add(b).record_choice(Choice((a.id, b.id), (3, 3), a.id, "facilitator"))
    assert agenda_from_draft(3, agenda_to_draft(agenda), 120) == agenda
    broken = agenda_from_draft(3, {"_agenda": "{not json", "label": "x"}, 120)
    assert broken.items == () and broken.session_minutes == 120 and broken.label == "x"


def test_style_mix_marks_styles_not_had_lately(week3: Week) -> None:
    reading = week3.by_style("reading")[0]
    agendas = [Agenda(week=3, session_minutes=120).add(reading)]
    mix = style_mix(agendas, {3: week3})
    assert mix.minutes["reading"] == reading.minutes
    assert mix.last_week["reading"] == 3
    assert "reading" not in mix.not_lately(4)
    assert set(mix.not_lately(4)) == {"individual", "discussion", "creative-movement"}
    assert "reading" in mix.not_lately(6)


def test_clock() -> None:
    assert clock(0) == "0:00"
    assert clock(75) == "1:15"
    assert clock(45, 18, 30) == "19:15"


@given(
    st.lists(st.tuples(st.integers(0, 9), st.integers(-3, 3)), max_size=20),
    st.integers(10, 600),
)
def test_operations_keep_the_sums(week3: Week, ops, length: int) -> None:  # type: ignore[no-untyped-def]
    agenda = Agenda(week=3, session_minutes=length)
    for index, offset in ops:
        agenda = agenda.add(week3.activities[index]) if offset == 0 else agenda.move(index, offset)
    timeline = agenda.timeline()
    assert sum(t.end - t.start for t in timeline) == agenda.total
    assert agenda.total - agenda.over_by + agenda.left == agenda.session_minutes or (
        agenda.over_by > 0 and agenda.left == 0
    )

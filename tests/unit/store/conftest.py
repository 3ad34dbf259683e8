"""Fixtures for the store tests: a data folder, fast key derivation, record makers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from biy_tui.core.privacy.reviewed import mark_reviewed
from biy_tui.core.store import Attendance, CheckIn, Debrief, Plan, PlanItem, SelfCare, Store, crypto

DAY = dt.date(2026, 11, 25)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Derive keys with a small scrypt cost: the parameters are stored per file anyway."""
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder that does not exist yet."""
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    """An open, empty store."""
    with Store.open(data_dir) as opened:
        yield opened


def debrief(n: int = 0, *, day: dt.date = DAY, text: str = "the circle felt warm") -> Debrief:
    """A debrief whose text passed the review."""
    return Debrief(
        week=1 + n % 20,
        date=day,
        what_worked=mark_reviewed(f"{text} {n}"),
        follow_ups=mark_reviewed("bring the art supplies", overrides=1),
        themes=["self-esteem"],
    )


def check_in(n: int = 0, *, day: dt.date = DAY) -> CheckIn:
    """A check-in with counts and tallies only."""
    return CheckIn(
        week=1 + n % 20,
        date=day,
        attendance=Attendance(present=7, first_time=2, online=1, in_person=6),
        opening={"mood": [0, 1, 3, 3]},
        closing={"mood": [0, 0, 2, 5]},
        feedback={"felt-safe": [0, 1, 6]},
        themes=["shame", "self-esteem"],
    )


def plan(week: int = 3, *, label: str = "") -> Plan:
    """A week's plan."""
    return Plan(
        week=week,
        date=DAY,
        session_minutes=120,
        items=[PlanItem(activity="opening-circle", minutes=15)],
        label=mark_reviewed(label) if label else "",
        notes=mark_reviewed("print the handouts"),
    )


def self_care(n: int = 0) -> SelfCare:
    """A self-care entry."""
    return SelfCare(date=DAY, energy=3, stress=2, my_plan=mark_reviewed(f"walk by the water {n}"))

"""The name, place and title pools of one split, drawn from every source.

A name or place goes to exactly one split (``people.split_of``), so the
held-out ``test`` corpus meets names and places the ``dev`` corpus never shows.
Program and activity titles are read from the shipped curriculum and split the
same way; the guard is given all of them as program words, as the app does.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tests.unit.privacy.realistic import people, places
from tests.unit.privacy.realistic.faker_pools import POOLS

CURRICULUM = Path(__file__).resolve().parents[4] / "curriculum"


@dataclass(frozen=True)
class Pools:
    """Everything one split draws its values from (each list non-empty)."""

    women: tuple[str, ...]
    nicknames: tuple[str, ...]
    working: tuple[str, ...]
    surnames: tuple[str, ...]
    men: tuple[str, ...]
    street_names: tuple[str, ...]
    city_men: tuple[str, ...]
    facilities: tuple[str, ...]
    neighbourhoods: tuple[str, ...]
    streets: tuple[str, ...]
    corners: tuple[tuple[str, str], ...]
    activities: tuple[str, ...]
    themes: tuple[str, ...]


def faker_names(kind: str) -> list[str]:
    """Every name Faker gave for ``kind`` ("female", "male" or "last"), all locales."""
    return [name for locale in POOLS.values() for name in locale[kind]]


@cache
def curriculum_titles() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(week and activity titles, theme and part labels) from the shipped curriculum."""
    titles: list[str] = []
    for path in sorted(CURRICULUM.glob("week-*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        titles.append(str(data.get("title", "")))
        titles += [str(a.get("title", "")) for a in data.get("activities", [])]
    program = tomllib.loads((CURRICULUM / "program.toml").read_text(encoding="utf-8"))
    themes = [str(t.get("label", "")) for t in program.get("themes", [])]
    themes += [str(p.get("title", "")) for p in program.get("parts", [])]
    return tuple(t for t in titles if t), tuple(t for t in themes if t)


def _mine(split: str, values: list[str]) -> tuple[str, ...]:
    out: dict[str, str] = {}
    for value in values:
        if people.split_of(value) == split:
            out.setdefault(value.lower(), value)
    return tuple(out.values())


@cache
def pools(split: str) -> Pools:
    """The pools of ``split`` ("dev" or "test")."""
    titles, themes = curriculum_titles()
    return Pools(
        women=_mine(split, people.WOMEN_FIRST + faker_names("female")),
        nicknames=_mine(split, people.NICKNAMES),
        working=_mine(split, people.WORKING_NAMES),
        surnames=_mine(split, people.SURNAMES + faker_names("last")),
        men=_mine(split, people.MEN_FIRST + faker_names("male")),
        street_names=_mine(split, people.STREET_NAMES),
        city_men=_mine(split, people.CITY_MEN),
        facilities=_mine(split, places.FACILITIES),
        neighbourhoods=_mine(split, places.NEIGHBOURHOODS),
        streets=_mine(split, places.STREETS),
        corners=tuple(c for c in places.CORNERS if people.split_of(c[0] + c[1]) == split),
        activities=_mine(split, list(titles)),
        themes=_mine(split, list(themes)),
    )

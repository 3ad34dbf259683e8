"""The guard's word lists: first names, surnames, English and French words, safe nouns.

The lists are plain UTF-8 files in ``data/`` (sources and licences in
``data/NOTICE.md``), read once on first use into frozensets, so importing biy
costs nothing and the first check costs about 15 ms.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache

_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The lists, lower-case.

    ``safe`` holds capitalised words that are not identifying on their own
    (cities, countries, nations, languages, holidays, services), from
    ``data/safe_proper.txt``. ``working`` holds names that are also words
    (working names, short forms: "Honey", "Sparkle", "Em"), from
    ``data/working_names.txt``. ``french`` holds ordinary French words, every form
    ("parlé", "fatiguée", "nouvelles"), from ``data/french_words.txt``;
    ``french_function`` the French articles, pronouns, prepositions and
    conjunctions among them ("le", "les", "un", "tu", "son"), never names in lower
    case although some are on the name lists.
    """

    first_names: frozenset[str]
    surnames: frozenset[str]
    words: frozenset[str]
    safe: frozenset[str]
    working: frozenset[str]
    french: frozenset[str] = frozenset()
    french_function: frozenset[str] = frozenset()


def _read(name: str) -> frozenset[str]:
    path = os.path.join(_DATA, name)
    with open(path, encoding="utf-8") as handle:
        return frozenset(handle.read().split("\n"))


def _read_curated(name: str) -> frozenset[str]:
    path = os.path.join(_DATA, name)
    with open(path, encoding="utf-8") as handle:
        lines = [line for line in handle.read().split("\n") if not line.startswith("#")]
    return frozenset(" ".join(lines).split())


@cache
def lexicon() -> Lexicon:
    """Return the word lists, loading them on the first call."""
    return Lexicon(
        first_names=_read("first_names.txt"),
        surnames=_read("surnames.txt"),
        words=_read("words.txt"),
        safe=_read_curated("safe_proper.txt"),
        working=_read_curated("working_names.txt"),
        french=_read("french_words.txt"),
        french_function=_read("french_function.txt"),
    )

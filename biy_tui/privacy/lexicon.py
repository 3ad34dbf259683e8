"""The guard's word lists: first names, surnames and ordinary English words.

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
    """The three lists, lower-case."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    words: frozenset[str]


def _read(name: str) -> frozenset[str]:
    path = os.path.join(_DATA, name)
    with open(path, encoding="utf-8") as handle:
        return frozenset(handle.read().split("\n"))


@cache
def lexicon() -> Lexicon:
    """Return the word lists, loading them on the first call."""
    return Lexicon(
        first_names=_read("first_names.txt"),
        surnames=_read("surnames.txt"),
        words=_read("words.txt"),
    )

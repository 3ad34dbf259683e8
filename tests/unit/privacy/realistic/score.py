"""Score the guard on labelled notes: recall per kind, precision, clean notes flagged.

How a labelled identifier counts:

- It is *caught* when every word of it is touched by some span the guard found,
  of any kind (redacted is redacted). A found span that overlaps it is a hit;
  a surname, a street suffix or half a place left unredacted is a miss.
  Joining words inside a span ("and", "&", "the", "of", "from", "on") need not
  be touched: "17th Ave [place] 52 St SE" would otherwise count a miss for "and".
- A found span is *correct* when it overlaps a labelled identifier; precision
  is correct found spans over all found spans.
- A clean note (no label) is *flagged* when the guard finds anything in it.

The guard is called as the app calls it: with the shipped curriculum's program
words (week and activity titles, themes) and no site words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol

from tests.unit.privacy.realistic.pools import CURRICULUM

NAMES = ("name",)
PLACES = ("place",)
AGES = ("age",)
CASES = ("case_number",)
STRUCTURED = ("phn", "url", "handle", "phone", "email", "address", "postal", "date")
ALL = NAMES + PLACES + AGES + CASES + STRUCTURED
GROUPS = {
    "names": NAMES,
    "places": PLACES,
    "ages": AGES,
    "case numbers": CASES,
    "structured": STRUCTURED,
    "overall": ALL,
}
TARGETS = {
    "overall": 0.95,
    "names": 0.95,
    "places": 0.90,
    "ages": 0.90,
    "case numbers": 0.95,
    "structured": 0.99,
}
"""Recall targets of issue 12; precision >= 0.90 and clean notes flagged <= 10 % too."""
PRECISION_TARGET = 0.90
CLEAN_TARGET = 0.10

_WORD = re.compile(r"[^\W_]+")
_JOINERS = frozenset({"and", "the", "of", "from", "on"})


class Spanlike(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class Labelled(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def spans(self) -> Sequence[Spanlike]: ...


Finder = Callable[[str], Iterable[Spanlike]]


@cache
def program_terms() -> tuple[str, ...]:
    """The shipped curriculum's program words, as the app gives them to the guard."""
    from biy_tui.core.curriculum.loader import load_curriculum

    return load_curriculum(CURRICULUM).program_terms()


def guard(text: str) -> list[Spanlike]:
    """Today's guard, called as the app calls it."""
    from biy_tui.core.privacy import find

    return list(find(text, program_terms=program_terms()))


@dataclass
class Score:
    """Counts per kind, and the figures derived from them."""

    notes: int = 0
    labelled: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)
    clean_notes: int = 0
    clean_flagged: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)
    false_alarms: list[tuple[str, str]] = field(default_factory=list)

    def recall(self, kinds: Sequence[str] = ALL) -> float:
        total = sum(self.labelled[k] for k in kinds)
        return sum(self.caught[k] for k in kinds) / total if total else 1.0

    def precision(self) -> float:
        total = sum(self.found.values())
        return sum(self.correct.values()) / total if total else 1.0

    @property
    def clean_rate(self) -> float:
        return self.clean_flagged / self.clean_notes if self.clean_notes else 0.0

    def per_kind(self) -> dict[str, float]:
        """Recall of each labelled kind."""
        return {k: self.caught[k] / n for k, n in sorted(self.labelled.items()) if n}

    def failures(self) -> list[str]:
        """Every target of issue 12 this score misses, as one line each (empty: all met)."""
        out = [
            f"{group} recall {self.recall(GROUPS[group]):.3f} < {target}"
            for group, target in TARGETS.items()
            if self.recall(GROUPS[group]) < target
        ]
        if self.precision() < PRECISION_TARGET:
            out.append(f"precision {self.precision():.3f} < {PRECISION_TARGET}")
        if self.clean_rate > CLEAN_TARGET:
            out.append(f"clean notes flagged {self.clean_rate:.3f} > {CLEAN_TARGET}")
        return out


def caught(text: str, start: int, end: int, found: Sequence[tuple[int, int]]) -> bool:
    """True when every word of ``text[start:end]`` (joining words aside) is touched."""
    for m in _WORD.finditer(text, start, end):
        if m.group().lower() in _JOINERS:
            continue
        a, b = m.start(), m.end()
        if not any(s < b and a < e for s, e in found):
            return False
    return True


def score(notes: Iterable[Labelled], finder: Finder = guard) -> Score:
    """Run ``finder`` (the guard, by default) over ``notes`` and count."""
    result = Score()
    for note in notes:
        result.notes += 1
        text = note.text
        found = list(finder(text))
        ranges = [(s.start, s.end) for s in found]
        for label in note.spans:
            result.labelled[label.kind] += 1
            if caught(text, label.start, label.end, ranges):
                result.caught[label.kind] += 1
            else:
                around = text[max(0, label.start - 30) : label.end + 30].replace("\n", " ")
                result.misses.append(
                    (label.kind, f"{text[label.start : label.end]!r} in …{around}…")
                )
        for span in found:
            result.found[span.kind] += 1
            if any(span.start < lab.end and lab.start < span.end for lab in note.spans):
                result.correct[span.kind] += 1
            else:
                around = text[max(0, span.start - 25) : span.end + 25].replace("\n", " ")
                result.false_alarms.append(
                    (span.kind, f"{text[span.start : span.end]!r} in …{around}…")
                )
        if not note.spans:
            result.clean_notes += 1
            result.clean_flagged += bool(found)
    return result

"""Score the guard on a labelled corpus: recall, precision, clean notes flagged.

A labelled span counts as *caught* when every character of it is covered by
spans the guard found (of any kind: redacted is redacted). A found span counts
as *correct* when it overlaps a labelled span. Used by the budget test and by
``benchmarks/bench_guard.py``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from biy_tui.core.privacy import KINDS, find
from tests.unit.privacy.corpus import PROGRAM_TERMS, SITE_TERMS, STRUCTURED, Note


@dataclass
class Score:
    """Counts per kind, and the figures derived from them."""

    labelled: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)
    clean_notes: int = 0
    clean_flagged: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)
    false_alarms: list[tuple[str, str]] = field(default_factory=list)

    def recall(self, kinds: tuple[str, ...]) -> float:
        total = sum(self.labelled[k] for k in kinds)
        return sum(self.caught[k] for k in kinds) / total if total else 1.0

    def precision(self, kinds: tuple[str, ...] = KINDS) -> float:
        total = sum(self.found[k] for k in kinds)
        return sum(self.correct[k] for k in kinds) / total if total else 1.0

    @property
    def clean_rate(self) -> float:
        return self.clean_flagged / self.clean_notes if self.clean_notes else 0.0


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    pos = start
    for s, e in spans:
        if s <= pos < e:
            pos = e
            if pos >= end:
                return True
    return pos >= end


def score(notes: list[Note]) -> Score:
    """Run the guard over ``notes`` and count."""
    result = Score()
    for note in notes:
        found = find(note.text, site_terms=SITE_TERMS, program_terms=PROGRAM_TERMS)
        ranges = [(s.start, s.end) for s in found]
        for start, end, kind in note.spans:
            result.labelled[kind] += 1
            if _covered(start, end, ranges):
                result.caught[kind] += 1
            else:
                context = note.text[max(0, start - 30) : end + 30]
                result.misses.append((kind, f"{note.text[start:end]!r} in …{context}…"))
        for span in found:
            result.found[span.kind] += 1
            if any(span.start < e and s < span.end for s, e, _ in note.spans):
                result.correct[span.kind] += 1
            else:
                context = note.text[max(0, span.start - 25) : span.end + 25]
                result.false_alarms.append(
                    (span.kind, f"{span.text_in(note.text)!r} in …{context}…")
                )
        if note.clean:
            result.clean_notes += 1
            result.clean_flagged += bool(found)
    return result


NAMES = ("name",)
STRUCTURED_KINDS = STRUCTURED

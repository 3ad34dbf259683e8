"""Spans: where in a note something identifying was found, and of what kind.

A :class:`Span` holds offsets and a kind only, never the words themselves, so
that printing or logging a span can never leak what a facilitator wrote.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from biy_tui.core.text import Labels

KINDS: Final[tuple[str, ...]] = (
    "name",
    "phone",
    "email",
    "url",
    "handle",
    "address",
    "postal",
    "date",
    "age",
    "id_number",
    "site_term",
    "place",
    "case_number",
    "learned",
)
"""Every kind of span the guard reports, also the words used in ``[kind]``."""

KIND_LABELS: Final[Mapping[str, str]] = Labels("PRIVACY_KIND_LABELS")
"""Plain words for each kind, for people."""

# When candidate spans overlap they are joined into one span, which takes the
# kind that is most specific (earliest here).
_PRIORITY: Final[dict[str, int]] = {
    kind: rank
    for rank, kind in enumerate(
        (
            "email",
            "url",
            "site_term",
            "id_number",
            "phone",
            "case_number",
            "postal",
            "date",
            "address",
            "place",
            "handle",
            "age",
            "name",
            "learned",
        )
    )
}


def wordset(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of ``text`` as a frozenset."""
    return frozenset(text.split())


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """One identifying piece of a text: ``text[start:end]``, of one kind.

    Offsets count characters (Python string indices), not bytes.
    """

    start: int
    end: int
    kind: str

    def text_in(self, text: str) -> str:
        """Return the words this span covers in ``text``."""
        return text[self.start : self.end]

    def as_dict(self) -> dict[str, int | str]:
        """Return ``{"start", "end", "kind"}``, as ``biy scrub --jsonl`` writes it."""
        return {"start": self.start, "end": self.end, "kind": self.kind}


def merge(candidates: Iterable[Span]) -> list[Span]:
    """Join overlapping candidates into sorted, non-overlapping spans.

    Overlapping spans become one span covering both (so nothing found is ever
    dropped), with the most specific kind among them. Spans that only touch
    stay separate.

    Args:
        candidates: spans from every detector, in any order.

    Returns:
        Sorted, non-overlapping, non-empty spans.
    """
    ordered = sorted(c for c in candidates if c.end > c.start)
    merged: list[Span] = []
    for span in ordered:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            kind = min(last.kind, span.kind, key=lambda k: _PRIORITY.get(k, 99))
            merged[-1] = Span(last.start, max(last.end, span.end), kind)
        else:
            merged.append(span)
    return merged

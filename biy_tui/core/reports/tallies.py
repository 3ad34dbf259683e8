"""Reading show-of-hands tallies (no Textual).

A tally is a list of counts, one per level of a scale, lowest level first
(``[0, 2, 5, 3]`` means nobody chose the first level, two people the second …).
These helpers turn tallies into the few figures biy shows: how many answered,
the average level, and the shift from opening to closing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def answered(tally: Sequence[int]) -> int:
    """How many hands were counted in all."""
    return sum(max(0, n) for n in tally)


def mean_level(tally: Sequence[int]) -> float | None:
    """The average level, from 1 (lowest) to ``len(tally)``; None when nobody answered."""
    total = answered(tally)
    if total == 0:
        return None
    return sum((i + 1) * max(0, n) for i, n in enumerate(tally)) / total


def share_top(tally: Sequence[int], top: int = 2) -> float | None:
    """The share of hands in the highest ``top`` levels (0–1); None when nobody answered."""
    total = answered(tally)
    if total == 0:
        return None
    return sum(max(0, n) for n in tally[-top:]) / total


def shift(opening: Sequence[int], closing: Sequence[int]) -> float | None:
    """Closing average minus opening average (positive: the group left lighter)."""
    before, after = mean_level(opening), mean_level(closing)
    if before is None or after is None:
        return None
    return after - before


def combine(tallies: Sequence[Sequence[int]]) -> list[int]:
    """Add tallies level by level (shorter ones count as zeros beyond their end)."""
    width = max((len(t) for t in tallies), default=0)
    return [sum(t[i] for t in tallies if i < len(t)) for i in range(width)]


def mood_shift(
    opening: Mapping[str, Sequence[int]],
    closing: Mapping[str, Sequence[int]],
    opening_scale: str,
    closing_scale: str,
) -> float | None:
    """The shift between an opening scale's tally and a closing scale's tally.

    Args:
        opening: tallies taken at the start, per scale id.
        closing: tallies taken at the end, per scale id.
        opening_scale: the id of the opening mood scale.
        closing_scale: the id of the closing mood scale.
    """
    if opening_scale not in opening or closing_scale not in closing:
        return None
    return shift(opening[opening_scale], closing[closing_scale])

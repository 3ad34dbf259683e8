"""Ages: flagged only when they narrow someone down.

"Most of the group was in their thirties" or "ages ranged from 19 to 52" say
nothing about one person, and "she was 14 when it started" is, sadly, a story
many share. An age becomes identifying when it sits beside other details. The
rule, kept simple so that a facilitator can predict it:

    An age about one person ("the 19-year-old", "19 years old", "aged 19",
    "age: 19", "19 yo", "she's 52", "she was 52", "turned 52") is flagged when
    the same sentence holds another detail: a place ("from", "lives", "in
    Sudbury"), family ("twins", "kids", "pregnant", "her son"), work or school,
    or anything else the guard found in that sentence.

The span is the number with its "-year-old"/"years old" words, so the redacted
text reads "the [age] from…" or "she's [age] and has twins".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Final

from biy_tui.privacy.spans import Span, wordset

DETAIL_WORDS: Final = wordset(
    """
    from lives living lived live moved moving grew born raised works working worked job
    employed unemployed student school college university nurse cashier server waitress
    dancer kids kid children child twins triplets son sons daughter daughters baby babies
    pregnant expecting grandkids grandchildren grandson granddaughter husband wife partner
    boyfriend girlfriend fiance fiancé married divorced widowed custody foster adopted
    diagnosed disability wheelchair deaf blind hospital neighbourhood neighborhood
    apartment building shelter street town city reserve reservation community
    immigrant refugee arrived newcomer"""
)
_UNITS = (
    r"minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?(?!\s*-?\s*old)|yrs?(?!\s*-?\s*old)|"
    r"times?|sessions?|%|percent|dollars?|bucks|k\b|km|kg|lbs?|pounds|am|pm|o'clock|"
    r"out\s+of|in\s+line|of\s+us|of\s+them|people|women|steps|cents"
)


@cache
def _age_pattern() -> re.Pattern[str]:
    return re.compile(
        r"(?i)(?<![\w\-])(?:"
        r"(?P<a>\d{1,3}(?:\s*-\s*|\s+)(?:years?|yrs?|yr)(?:\s*-\s*|\s+)old)"
        r"|(?P<b>\d{1,3})\s*(?:yo|y/o|y\.o\.)\b"
        r"|\baged?\s*:?\s*(?P<c>\d{1,3})\b(?!\s*(?:to|-|–|and|or)\s*\d)"
        r"|\b(?:she|he|they)(?:'s|’s|\s+is|\s+was|\s+were|\s+are|s)\s+"
        r"(?:only\s+|just\s+|about\s+|almost\s+|nearly\s+|barely\s+)?(?P<d>\d{1,3})"
        rf"(?!\s*(?:{_UNITS})|[\w.,:/\-]\d|\d)"
        r"|\bturn(?:ed|s|ing)?\s+(?P<e>\d{1,3})(?!\s*(?:" + _UNITS + r")|\d)"
        r")"
    )


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the sentence around ``text[start:end]``."""
    left = start
    while left > 0 and not (
        text[left - 1] in "!?\n"
        or (text[left - 1] == "." and not text[left - 2 : left - 1].isdigit())
    ):
        left -= 1
    right = end
    while right < len(text) and text[right] not in ".!?\n":
        right += 1
    return left, right


_WORD = re.compile(r"[^\W\d_]+")


def find_ages(text: str, others: Sequence[Span]) -> list[Span]:
    """Return spans for ages stated with a narrowing detail (the rule above).

    Args:
        text: the note.
        others: spans already found by the other detectors.
    """
    spans: list[Span] = []
    for m in _age_pattern().finditer(text):
        group = next(g for g in "abcde" if m.group(g) is not None)
        start, end = m.start(group), m.end(group)
        digits = "".join(ch for ch in m.group(group) if ch.isdigit())
        if not 1 <= int(digits) <= 110:
            continue
        left, right = _sentence(text, start, end)
        if any(left <= s.start < right for s in others):
            spans.append(Span(start, end, "age"))
            continue
        words = (w.lower() for w in _WORD.findall(text[left:right]))
        if any(w in DETAIL_WORDS for w in words):
            spans.append(Span(start, end, "age"))
    return spans

"""The guard: find what could identify someone, redact it, approve reviewed text.

Everything here is offline and fast (well under 5 ms for a 2 KB note), so the
app can run it as she types. The only way for free text to reach the store is
:func:`approve` or :func:`redact_all`, which return
:class:`~biy_tui.core.privacy.reviewed.ReviewedText`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from biy_tui.core.privacy.ages import find_ages
from biy_tui.core.privacy.names import PLACEHOLDER, find_names, protected_ranges
from biy_tui.core.privacy.patterns import structured
from biy_tui.core.privacy.places import find_places
from biy_tui.core.privacy.reviewed import ReviewedText, mark_reviewed
from biy_tui.core.privacy.spans import Span, merge

if TYPE_CHECKING:
    from biy_tui.core.privacy.learned import LearnedWords

Terms = Iterable[str]


class UnreviewedSpans(ValueError):
    """Text still holds flagged spans that nobody chose to keep.

    Attributes:
        spans: the spans still unreviewed (offsets and kinds only, no words).
    """

    def __init__(self, spans: Sequence[Span]) -> None:
        from biy_tui.core.text import messages

        self.spans = tuple(spans)
        super().__init__(messages.PRIVACY_UNREVIEWED(n=len(self.spans)))


@cache
def _site_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    words = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    if not words:
        return None
    body = "|".join(
        r"[\s\-]+".join(re.escape(part) for part in re.split(r"[\s\-]+", w) if part) for w in words
    )
    return re.compile(rf"(?i)(?<!\w)(?:{body})(?!\w)")


def find(
    text: str,
    *,
    site_terms: Terms = (),
    program_terms: Terms = (),
    learned: LearnedWords | None = None,
) -> list[Span]:
    """Find everything in ``text`` that could identify someone.

    Args:
        text: the note.
        site_terms: words the site marked as identifying (``site.toml``).
        program_terms: the program's own words (week and activity titles, theme
            labels) and the site's ``not_identifying`` words; never flagged as
            names.

    Returns:
        Spans sorted by position, never overlapping, offsets in characters.
    """
    if not text:
        return []
    done = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)] if "[" in text else []
    if done:
        # "[name]" is already redacted: look at it as a word of underscores, so that
        # it neither matches nor opens a boundary that the original words did not.
        text = PLACEHOLDER.sub(lambda m: "_" * len(m.group()), text)
    protected = protected_ranges(text, tuple(program_terms))
    found = structured(text)
    pattern = _site_pattern(tuple(site_terms))
    if pattern is not None:
        found.extend(Span(m.start(), m.end(), "site_term") for m in pattern.finditer(text))
    found.extend(find_places(text))
    found.extend(find_names(text, protected))
    found.extend(find_ages(text, found))
    if learned is not None:
        found.extend(learned.find(text))
    if protected:  # a program word ("5 Senses Walk") is never identifying
        found = [s for s in found if not any(a <= s.start and s.end <= b for a, b in protected)]
    if done:
        found = [s for s in found if not any(a < s.end and s.start < b for a, b in done)]
    return _join_addresses(text, merge(found))


_ADDRESS_GAP = re.compile(r"[\s,]{0,3}")


def _join_addresses(text: str, spans: list[Span]) -> list[Span]:
    """Make "12 Elm St, Apt 4, K1A 0B1" one span: parts of one address, side by side."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.kind in ("address", "postal")
            and span.kind in ("address", "postal")
            and _ADDRESS_GAP.fullmatch(text, last.end, span.start)
        ):
            joined[-1] = Span(last.start, span.end, "address")
        else:
            joined.append(span)
    return joined


def warm_up() -> None:
    """Load the word lists and compile the patterns now (about 25 ms, once).

    The guard does this by itself on first use; an app can call it in a
    background worker at start so the first check as she types is instant.
    """
    from biy_tui.core.privacy.lexicon import lexicon
    from biy_tui.core.privacy.patterns import rx

    lexicon()
    rx()
    find("Warm up with Maria at 613-555-0199.")


def redact(
    text: str,
    spans: Sequence[Span] | None = None,
    *,
    site_terms: Terms = (),
    program_terms: Terms = (),
    learned: LearnedWords | None = None,
) -> str:
    """Replace each span with ``[kind]`` and keep every other character as it was.

    Args:
        text: the note.
        spans: the spans to replace (sorted, non-overlapping). When None, the
            guard finds them, and runs again on the result until nothing is left,
            so ``find(redact(text))`` is always empty.
        site_terms: as for :func:`find`.
        program_terms: as for :func:`find`.
        learned: as for :func:`find`.

    Returns:
        The redacted text, e.g. ``"call [phone] after group"``.
    """
    if spans is None:
        # Redact until nothing is left: rarely, a redaction brings two pieces together.
        site, program = tuple(site_terms), tuple(program_terms)
        for _ in range(5):
            found = find(text, site_terms=site, program_terms=program, learned=learned)
            if not found:
                break
            text = _replace(text, found)
        return text
    return _replace(text, spans)


def _replace(text: str, spans: Sequence[Span]) -> str:
    parts: list[str] = []
    pos = 0
    for span in spans:
        parts.append(text[pos : span.start])
        parts.append(f"[{span.kind}]")
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts)


def _key(item: Span | tuple[int, int]) -> tuple[int, int]:
    if isinstance(item, Span):
        return (item.start, item.end)
    return (int(item[0]), int(item[1]))


def approve(
    text: str,
    kept: Iterable[Span | tuple[int, int]] = (),
    *,
    site_terms: Terms = (),
    program_terms: Terms = (),
    learned: LearnedWords | None = None,
) -> ReviewedText:
    """Approve text for saving after the facilitator's review.

    The guard runs again on ``text``: every span it finds must be one she chose
    to keep as "not identifying". Only the *count* of kept spans is recorded.

    Args:
        text: the text exactly as it will be saved.
        kept: the spans (or ``(start, end)`` pairs) she marked "not identifying".
        site_terms: as for :func:`find`.
        program_terms: as for :func:`find`.
        learned: as for :func:`find`.

    Returns:
        The text as :class:`ReviewedText`, with ``overrides`` = spans kept.

    Raises:
        UnreviewedSpans: something flagged was neither redacted nor kept.
    """
    keep = {_key(k) for k in kept}
    found = find(text, site_terms=site_terms, program_terms=program_terms, learned=learned)
    open_spans = [s for s in found if (s.start, s.end) not in keep]
    if open_spans:
        raise UnreviewedSpans(open_spans)
    return mark_reviewed(text, overrides=len(found))


def redact_all(
    text: str,
    *,
    site_terms: Terms = (),
    program_terms: Terms = (),
    learned: LearnedWords | None = None,
) -> ReviewedText:
    """Redact everything found and approve the result.

    The guard runs again on the redacted text until nothing is left (a
    redaction can, rarely, bring two pieces together), so the result is always
    clean.

    Args:
        text: the note.
        site_terms: as for :func:`find`.
        program_terms: as for :func:`find`.
        learned: as for :func:`find`.
    """
    site, program = tuple(site_terms), tuple(program_terms)
    text = redact(text, site_terms=site, program_terms=program, learned=learned)
    return approve(text, site_terms=site, program_terms=program, learned=learned)

"""Fitting a line of words into a number of terminal cells, cut only between words.

French runs about a fifth longer than English, and week titles come from the
curriculum: a header made of both must still read whole at 80 columns.
"""

from __future__ import annotations

import unicodedata

ELLIPSIS = "…"
SEPARATOR = " · "
"""Between the pieces of a sub-title; a piece is kept whole or left out."""


def cells(line: str) -> int:
    """How many terminal cells ``line`` takes (wide characters two, combining marks none)."""
    total = 0
    for char in line:
        if unicodedata.combining(char):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def elide(line: str, width: int) -> str:
    """``line`` as it is when it fits, else its first whole words and "…".

    A single word longer than ``width`` is the one case cut inside a word.
    """
    if cells(line) <= width:
        return line
    if width <= 1:
        return ELLIPSIS[:width]
    kept = ""
    for word in line.split():
        candidate = f"{kept} {word}" if kept else word
        if cells(candidate) + cells(ELLIPSIS) > width:
            break
        kept = candidate
    if not kept:  # one long word: cut it, there is nothing better
        out = ""
        for char in line:
            if cells(out + char) + cells(ELLIPSIS) > width:
                break
            out += char
        return out + ELLIPSIS
    return kept.rstrip(",;:—–-·") + ELLIPSIS


def fit_title(
    title: str, sub_title: str, width: int, *, keep_first: bool = False
) -> tuple[str, str]:
    """The header's title and sub-title, shortened to fit ``width`` cells together.

    When both do not fit with the " — " between them, the sub-title (biy's tagline, or
    a plan's state) keeps only its first whole pieces, or goes; a title that is too long
    by itself keeps its first whole words. With ``keep_first`` the sub-title's first piece
    (an agenda's "not saved") always stays, and the title gives way between two words.
    """
    if width <= 0:
        return title, sub_title
    first = sub_title.split(SEPARATOR)[0]
    if keep_first and first and cells(f"{title} — {first}") > width:
        room = width - cells(f" — {first}")
        return (elide(title, room), first) if room > cells(ELLIPSIS) else ("", first)
    if not sub_title or cells(f"{title} — {sub_title}") <= width:
        return (title, sub_title) if cells(title) <= width else (elide(title, width), "")
    if cells(title) > width:
        return elide(title, width), ""
    # Keep the sub-title's first whole pieces ("not saved · 75 of 120 min" → "not saved").
    kept = ""
    for piece in sub_title.split(SEPARATOR):
        candidate = f"{kept}{SEPARATOR}{piece}" if kept else piece
        if cells(f"{title} — {candidate}") > width:
            break
        kept = candidate
    return title, kept

"""Joining counted phrases into one sentence ("2 plans, 1 check-in and 3 debriefs").

The counted phrases themselves are ``Plural`` sentences of :mod:`biy_tui.core.text.messages`.
"""

from __future__ import annotations

from biy_tui.core.text import format_list


def and_list(parts: list[str]) -> str:
    """Join phrases as the current language does: "a, b and c" (Babel's list patterns)."""
    return format_list(parts)

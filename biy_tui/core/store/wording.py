"""Choosing the singular or plural form of a counted message (never "(s)").

Messages with a count are dicts keyed ``"one"`` and ``"other"`` in
:mod:`biy_tui.core.text.messages`, the shape gettext's ``ngettext`` takes later.
"""

from __future__ import annotations

from collections.abc import Mapping


def counted(forms: Mapping[str, str], count: int, **values: object) -> str:
    """Return the form of ``forms`` that fits ``count``, filled in."""
    form = forms["one"] if count == 1 else forms["other"]
    return form.format(count=count, **values)


def and_list(parts: list[str]) -> str:
    """Join phrases as "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]

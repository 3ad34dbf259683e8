"""The privacy guard: finds and redacts what could identify someone (no Textual).

Use :func:`find` to see what could identify someone, :func:`redact` to replace
it with ``[kind]``, and :func:`approve` or :func:`redact_all` to turn reviewed
text into :class:`ReviewedText`, the only text the store accepts. Site words
come from a site folder's ``site.toml`` (:func:`load_site_terms`); words she
redacted before are remembered as keyed hashes only (:class:`LearnedWords`).


Each name is imported when first used (PEP 562): the store needs only
:class:`ReviewedText` to open, and must not load the guard's word lists before
the overview is drawn.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from biy_tui.core.privacy.guard import (
        UnreviewedSpans,
        approve,
        find,
        redact,
        redact_all,
        warm_up,
    )
    from biy_tui.core.privacy.learned import LearnedStore, LearnedWords, learned_from, remember
    from biy_tui.core.privacy.reviewed import ReviewedText, is_reviewed
    from biy_tui.core.privacy.site import GuardKwargs, SiteTerms, SiteTermsError, load_site_terms
    from biy_tui.core.privacy.spans import KIND_LABELS, KINDS, Span

_WHERE: dict[str, str] = {
    "GuardKwargs": "site",
    "KINDS": "spans",
    "KIND_LABELS": "spans",
    "LearnedStore": "learned",
    "LearnedWords": "learned",
    "ReviewedText": "reviewed",
    "SiteTerms": "site",
    "SiteTermsError": "site",
    "Span": "spans",
    "UnreviewedSpans": "guard",
    "approve": "guard",
    "find": "guard",
    "is_reviewed": "reviewed",
    "learned_from": "learned",
    "load_site_terms": "site",
    "redact": "guard",
    "redact_all": "guard",
    "remember": "learned",
    "warm_up": "guard",
}

__all__ = [
    "KINDS",
    "KIND_LABELS",
    "GuardKwargs",
    "LearnedStore",
    "LearnedWords",
    "ReviewedText",
    "SiteTerms",
    "SiteTermsError",
    "Span",
    "UnreviewedSpans",
    "approve",
    "find",
    "is_reviewed",
    "learned_from",
    "load_site_terms",
    "redact",
    "redact_all",
    "remember",
    "warm_up",
]


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"biy_tui.core.privacy.{module}"), name)
    globals()[name] = value
    return value

"""The privacy guard: finds and redacts what could identify someone (no Textual).

Use :func:`find` to see what could identify someone, :func:`redact` to replace
it with ``[kind]``, and :func:`approve` or :func:`redact_all` to turn reviewed
text into :class:`ReviewedText`, the only text the store accepts. Site words
come from a site folder's ``site.toml`` (:func:`load_site_terms`); words she
redacted before are remembered as keyed hashes only (:class:`LearnedWords`).
"""

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

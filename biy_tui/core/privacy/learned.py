"""Learned words: the guard remembers what she redacted, without keeping the words.

When a facilitator redacts a word (one the guard found, or one it missed and
she marked), biy keeps a keyed hash of it: HMAC-SHA256 with a secret key that
belongs to her store (and is encrypted with it), over the word in a normal
form (case folded, accents removed, a possessive "'s" dropped). Later notes
flag any word whose hash matches, as ``learned``. The word itself is never
stored, and without the store's key the hashes cannot be tested against a list
of names.

Only words that can identify someone are learned: letters, two or more, and not
an everyday function word ("the", "and", "her"), so that redacting "[name]
and her kids" does not teach the guard to flag "and". Pure logic, no I/O: the
store keeps the key and the hashes (see :class:`LearnedStore`).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from biy_tui.core.privacy.names import fold
from biy_tui.core.privacy.names_words import DETERMINERS, FUNCTION, NEVER
from biy_tui.core.privacy.places import PLACE_WORDS
from biy_tui.core.privacy.spans import Span

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_NOT_LEARNED = FUNCTION | DETERMINERS | NEVER
LEARNED_KINDS = frozenset({"name", "place", "site_term", "learned"})
"""The kinds whose words are learned when she redacts them."""


class LearnedStore(Protocol):
    """What the store offers for learned words (a secret key, the hashes)."""

    def guard_key(self) -> bytes:
        """The store's secret key for learned words (created on first use)."""
        ...

    def learned_hashes(self) -> frozenset[bytes]:
        """Every learned hash."""
        ...

    def add_learned_hashes(self, hashes: Iterable[bytes]) -> None:
        """Keep more learned hashes (saved, encrypted with the store)."""
        ...


def normal_form(word: str) -> str:
    """Return ``word`` as it is hashed: folded case, no accents, no possessive."""
    low = fold(word.casefold().replace("’", "'"))
    return low[:-2] if low.endswith("'s") and len(low) > 3 else low


def _learnable(word: str) -> bool:
    low = normal_form(word)
    return len(low) >= 2 and low not in _NOT_LEARNED


class LearnedWords:
    """Test words against learned hashes, and make hashes of redacted words.

    Args:
        key: the store's secret key (at least 16 bytes).
        hashes: the hashes learned so far.
    """

    __slots__ = ("_hashes", "_key")

    def __init__(self, key: bytes, hashes: Iterable[bytes] = ()) -> None:
        if len(key) < 16:
            raise ValueError("the key for learned words must be at least 16 bytes")
        self._key = bytes(key)
        self._hashes = frozenset(hashes)

    def __repr__(self) -> str:  # never shows the key
        return f"LearnedWords({len(self._hashes)} hashes)"

    def __len__(self) -> int:
        return len(self._hashes)

    @property
    def hashes(self) -> frozenset[bytes]:
        """The learned hashes."""
        return self._hashes

    def digest(self, word: str) -> bytes:
        """Return the keyed hash of ``word`` in its normal form."""
        return hmac.new(self._key, normal_form(word).encode("utf-8"), hashlib.sha256).digest()

    def knows(self, word: str) -> bool:
        """True when ``word`` was learned."""
        return bool(self._hashes) and self.digest(word) in self._hashes

    def hashes_of(self, text: str, spans: Sequence[Span] | None = None) -> frozenset[bytes]:
        """Return the hashes of the learnable words of ``text`` (inside ``spans``, if given).

        Args:
            text: the note as it stood before redaction.
            spans: the pieces she redacted; None for every word of ``text``
                (for a word she marked herself).
        """
        found: set[bytes] = set()
        if spans is None:
            spans = [Span(0, len(text), "name")]
        for span in spans:
            if span.kind not in LEARNED_KINDS:
                continue  # a phone number or an e-mail is found by its shape anyway
            for m in _WORD.finditer(text, span.start, span.end):
                word = m.group()
                if not _learnable(word):
                    continue
                if span.kind != "name" and normal_form(word) in PLACE_WORDS:
                    continue  # "Alpha House": learn "alpha", never "house"
                found.add(self.digest(word))
        return frozenset(found)

    def with_hashes(self, hashes: Iterable[bytes]) -> LearnedWords:
        """Return a copy that also knows ``hashes``."""
        return LearnedWords(self._key, self._hashes | frozenset(hashes))

    def find(self, text: str) -> list[Span]:
        """Return a ``learned`` span for each run of learned words in ``text``."""
        if not self._hashes:
            return []
        spans: list[Span] = []
        for m in _WORD.finditer(text):
            word = m.group()
            if not _learnable(word) or self.digest(word) not in self._hashes:
                continue
            end = m.end()
            if word[-2:].lower() in ("'s", "’s") and len(word) > 3:
                end -= 2  # "[learned]'s sister"
            last = spans[-1] if spans else None
            if last is not None and text[last.end : m.start()].strip(" ") == "":
                spans[-1] = Span(last.start, end, "learned")
            else:
                spans.append(Span(m.start(), end, "learned"))
        return spans


def learned_from(store: object) -> LearnedWords | None:
    """Return the learned words of ``store``, or None when it keeps none (or cannot be read).

    Works with any object that has the :class:`LearnedStore` methods, so an
    older store without them simply means "nothing learned".
    """
    key_of = getattr(store, "guard_key", None)
    hashes_of = getattr(store, "learned_hashes", None)
    if key_of is None or hashes_of is None:
        return None
    try:
        return LearnedWords(key_of(), hashes_of())
    except (OSError, ValueError):
        return None


def remember(store: object, hashes: Iterable[bytes]) -> bool:
    """Give new learned hashes to ``store``; True when it kept them."""
    add = getattr(store, "add_learned_hashes", None)
    new = frozenset(hashes)
    if add is None or not new:
        return False
    try:
        add(new)
    except (OSError, ValueError):
        return False
    return True

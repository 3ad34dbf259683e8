"""Unknown words that the sentence shows to be things, not people.

The recall-first rule flags a word in no dictionary. Some sentences show that
such a word names a thing: opening a sentence, a plain noun right after it where
a person's verb would stand ("Sudoku books were handed out", "Chinook winds
kept us in"); a thing named after someone ("Clare's Law", "Maslow's hierarchy");
letters stretched for emphasis ("Sooo tired"). The rules stay narrow on purpose:
a name put anywhere else in a harmless sentence must still be caught (the
property tests), so no word before a name ("some", "and", "speaks") clears it.
A word on a name list is never cleared.
"""

from __future__ import annotations

from biy_tui.core.privacy.name_tokens import Token, adjacent
from biy_tui.core.privacy.names_words import (
    ABSTRACT_VERBS,
    ADVERBS,
    FR_FINITE,
    FUNCTION,
    KIN_BEFORE,
    OBJECT_VERBS,
    PERSON_NOUNS,
    PERSON_VERBS,
    PLACE_NOUNS,
    SPEECH_VERBS,
    WEAK_VERBS,
)
from biy_tui.core.privacy.spans import wordset

_NOT_A_NOUN = wordset(
    """
    late early home back sick here there gone out away okay ok no yes absent today tonight
    again too also safe fine good well better worse upset tired quiet new first last lives
    works sleeps drives uses likes loves hates hopes plans tries keeps owes pays sends sees
    calls texts messages stays wants needs says goes comes left went came got has had was is"""
)
_FACILITY = wordset(
    """
    motel hotel inn shelter house home centre center clinic hospital lodge place hall church
    mission society manor residence apartments building tower towers court mall park school"""
)
EPONYM_NOUNS = wordset(
    """
    law laws principle act rule rules syndrome disease hierarchy theory model pyramid triangle
    wheel test scale method technique"""
)
"""After a possessive, a thing named after someone: "Clare's Law", "Maslow's hierarchy"."""


def _opens_sentence(text: str, start: int) -> bool:
    """True at the start of the text or after a full stop, "!", "?" or a new line."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    return i < 0 or text[i] in ".!?\n"


def _verbish(low: str) -> bool:
    return (
        low in SPEECH_VERBS
        or low in PERSON_VERBS
        or low in WEAK_VERBS
        or low in ABSTRACT_VERBS
        or low in OBJECT_VERBS
        or low in ADVERBS
        or low in FUNCTION
        or low in _NOT_A_NOUN
        or low in FR_FINITE
        or low.endswith(("ed", "ing", "'s", "n't", "ait", "aient"))
    )


def _stretched(low: str) -> bool:
    """Return True for "sooo", "ughhh", "yesss": a word with a letter typed three times or more."""
    return any(low[k] == low[k + 1] == low[k + 2] for k in range(len(low) - 2))


def is_thing(text: str, toks: list[Token], i: int) -> bool:
    """True when the unknown word ``toks[i]`` is shown by its neighbours to be a thing."""
    tok = toks[i]
    if tok.first or tok.last or tok.possessive:
        return False
    if _stretched(tok.low):
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and adjacent(text, tok, nxt) and (nxt.cap or nxt.low in PERSON_NOUNS):
        return False  # "the Okafor kids", "Becca Yellowhorn": a family or a full name
    if nxt is not None and nxt.low in KIN_BEFORE:
        return False
    if not (tok.cap and _opens_sentence(text, tok.start)):
        return False
    if nxt is None or not adjacent(text, tok, nxt) or nxt.cap or not nxt.word:
        return False
    if nxt.low in PLACE_NOUNS or nxt.low in _FACILITY:
        return False  # "the Aventa motel": a named place, left to the place rules
    if not any(t.cap for t in toks if t is not tok):
        return False  # typed all in lower case: a capital says nothing about the word
    # "Sudoku books were…", "Chinook winds gave…": a noun where a person's verb would be.
    return not _verbish(nxt.low)

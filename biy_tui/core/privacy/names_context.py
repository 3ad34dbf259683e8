"""Context rules for names: the words around a token that say it is a person.

Split from :mod:`biy_tui.core.privacy.names` (which decides, token by token):
apposition ("Shadow, her pimp,"), "X and her baby", "X and I", a name after
words of care ("missed", "proud of", "f/u w/"), a name labelling a line
("Candy - court Monday"), and the verbs a person does after a name ("Honey has
court Friday", "Star led the closing") as against an idea ("Hope came up").
"""

from __future__ import annotations

from biy_tui.core.privacy.lexicon import lexicon
from biy_tui.core.privacy.name_tokens import Token, adjacent, gap
from biy_tui.core.privacy.names_words import (
    ABSTRACT_VERBS,
    ADVERBS,
    FINITE_AFTER_NOUN,
    KIN_BEFORE,
    PERSON_NOUNS,
    SPEECH_VERBS,
    WEAK_VERBS,
)
from biy_tui.core.privacy.spans import wordset


def apposition(text: str, toks: list[Token], i: int) -> bool:
    """True for "Shadow, her pimp,": a comma, then "her"/"his"/"my" and a person word."""
    if i + 2 >= len(toks) or gap(text, toks[i], toks[i + 1]).strip() != ",":
        return False
    owner, kin = toks[i + 1], toks[i + 2]
    return owner.low in ("her", "his", "my", "their", "our") and kin.low in KIN_BEFORE


def and_her_kin(text: str, toks: list[Token], i: int) -> bool:
    """True for "Blossom and her baby": "and" then "her"/"his" and a person word."""
    if i + 3 >= len(toks) or toks[i + 1].low != "and" or not adjacent(text, toks[i], toks[i + 1]):
        return False
    owner, kin = toks[i + 2], toks[i + 3]
    return owner.low in ("her", "his") and (kin.low in KIN_BEFORE or kin.low in PERSON_NOUNS)


def and_i(text: str, toks: list[Token], i: int) -> bool:
    """True for "Honey and I", "me and Honey"."""
    nxt2 = toks[i + 2] if i + 2 < len(toks) else None
    if nxt2 is not None and toks[i + 1].low == "and" and nxt2.low in ("i", "me"):
        return adjacent(text, toks[i], toks[i + 1]) and text[nxt2.start] in "Iim"
    return i > 1 and toks[i - 1].low == "and" and toks[i - 2].low == "me"


_CARE_BEFORE = {
    "missed": None,
    "miss": None,
    "w": None,  # "f/u w/ Honey"
    "back": frozenset({"welcome"}),
    "of": frozenset({"proud", "worried", "thinking", "mindful"}),
    "on": frozenset({"in"}),  # "checked in on Honey"
    "with": frozenset({"up", "in", "u", "sat", "talked", "met", "spoke", "chatted"}),
    "about": frozenset({"worried", "concerned"}),  # not "talked about grace": a topic
    "drove": None,
    "thanks": None,  # "Thanks Honey!" (see _VOCATIVE)
}
_VOCATIVE = frozenset({"thanks"})
"""Before a name said to her, which must then end the clause: "Thanks Honey!"."""


def object_of_care(text: str, toks: list[Token], i: int) -> bool:
    """A listed name after "missed", "proud of", "welcome back", "checked in on", "f/u w/"."""
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.low not in _CARE_BEFORE:
        return False
    between = text[prev.end : toks[i].start]
    if between.strip() not in ("", "/") or (prev.low == "w") != (between.strip() == "/"):
        return False
    if prev.low in _VOCATIVE:
        end = toks[i].end
        if end < len(text) and text[end] not in "!.,;":
            return False
    needed = _CARE_BEFORE[prev.low]
    return needed is None or (i > 1 and toks[i - 2].low in needed)


def labelled(text: str, toks: list[Token], i: int) -> bool:
    """A first name opening a line, then " - " or ":" and a note about her."""
    tok = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.cap or "-" in tok.low:
        return False
    if tok.word and tok.low not in lexicon().working:
        return False  # "Closing: ...", "Grace: ...": a heading word, unless a working name
    return text[tok.end : nxt.start].strip() in ("-", ":", "–", "—")


def verb_after(text: str, toks: list[Token], i: int) -> Token | None:
    """The word after ``toks[i]``, skipping "still", "first", "just"…; None at a break."""
    j = i + 1
    prev = toks[i]
    while j < len(toks) and adjacent(text, prev, toks[j]):
        if toks[j].cap and not toks[j].sentence_start:
            return None  # "Alberta Works": a capitalised word is part of a title, not a verb
        if toks[j].low not in ADVERBS:
            return None if plural_noun(text, toks, j) else toks[j]
        prev = toks[j]
        j += 1
    return None


def plural_noun(text: str, toks: list[Token], j: int) -> bool:
    """True when ``toks[j]``, a "verb" in -s, is a plural noun: a verb follows it
    ("Dawn walks came up", "Hope circles were good")."""
    verb = toks[j]
    if not verb.low.endswith("s") or j + 1 >= len(toks):
        return False
    after = toks[j + 1]
    return adjacent(text, verb, after) and after.low in FINITE_AFTER_NOUN


def person_verb(text: str, toks: list[Token], verb: Token, strict: bool = False) -> bool:
    """A verb a person does ("found", "still works"), or "opened up".

    ``strict``: only what a person does in a way a thing does not ("came late", "lost
    her phone"), not any verb of saying or doing ("Coffee brought everyone together").
    """
    if verb.low in SPEECH_VERBS and verb.low not in ABSTRACT_VERBS and not strict:
        return True
    if verb.low in ("are", "were"):
        k = toks.index(verb)
        after = toks[k + 1] if k + 1 < len(toks) else None
        return after is not None and adjacent(text, verb, after) and after.low in _PLURAL_KIN
    if verb.low in _DOING_VERBS or verb.low in _PERSON_AFTER_VERBS:
        k = toks.index(verb)
        after = toks[k + 1] if k + 1 < len(toks) else None
        if after is None or not adjacent(text, verb, after):
            return False
        if after.low in _PERSON_AFTER.get(verb.low[:3], frozenset()):
            return True
        if after.low in _PRONOUN_OBJECTS:
            # "Chance is her ex": "is"/"was" + "her" + a person word
            nxt = toks[k + 2] if k + 2 < len(toks) else None
            if verb.low in ("is", "was"):
                return (
                    nxt is not None
                    and adjacent(text, after, nxt)
                    and (nxt.low in KIN_BEFORE or nxt.low in _NAME_WORDS)
                )  # "Chance is her ex", "Sugar Pie is her name"
            return verb.low in _HER_VERBS  # "Cash picks her up", "Sugar lost her phone"
        if verb.low in _DOING_VERBS and after.low in _PERSON_STATES:
            return True
    return not strict and _acts(text, toks, verb)


def _acts(text: str, toks: list[Token], verb: Token) -> bool:
    """A verb that, after a listed name, says a person did it ("Honey has court Friday",
    "Star led the closing", "Cookie couldn't stay"), not an idea ("Hope came up")."""
    low = verb.low
    if low in ("is", "was", "are", "were"):
        return False  # decided by what follows (_STATES)
    if not (low in WEAK_VERBS or low in _SUBJECT_VERBS or (low.endswith("ed") and len(low) > 4)):
        return False
    k = toks.index(verb)
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is None or not adjacent(text, verb, after):
        return low not in _IDEA_VERBS
    idea = after.low in _IDEA_AFTER or (low in ("came", "comes") and _back_into(toks, k))
    if after.low == "be" and low in _MODALS:
        state = toks[k + 2] if k + 2 < len(toks) else None
        idea = state is None or state.low not in _PERSON_STATES  # "Money can be a tender subject"
    return not idea and low not in _IDEA_VERBS  # not "Hope came up", "Joy came back into"


def _back_into(toks: list[Token], k: int) -> bool:
    """ "came back into", "came back in": a feeling returns; a woman comes back to group."""
    return k + 2 < len(toks) and toks[k + 1].low == "back" and toks[k + 2].low in ("into", "in")


_SUBJECT_VERBS = wordset(
    """
    needs wants led leads started starts made makes stayed stays came comes couldn't can't
    won't didn't doesn't hasn't wasn't isn't will would can could did has had gets got
    brings joined joins thanked thanks hugged hugs cried cries laughed"""
)
_IDEA_AFTER = wordset("up through over around again")
_MODALS = wordset("can could will would might may should must")
_IDEA_VERBS = wordset(
    """
    filled fills grew grows mattered matters helped helps changed changes happened happens
    seemed seems sounded sounds kept keeps turned turns meant means"""
)


_NAME_WORDS = wordset("name handle nickname alias")
_PLURAL_KIN = wordset("sisters cousins twins roommates girlfriends partners besties")
"""After "are"/"were": "Blue and Sky are sisters"."""
_PERSON_AFTER_VERBS = wordset("opened opens open got gets get is was seems seemed")
_DOING_VERBS = wordset(
    """
    came comes went goes left leaves felt feels stayed stays moved moves lost loses read reads
    picks picked sat sits walked walks arrived arrives showed shows looked looks seemed sounded
    kept keeps took takes brought brings missed misses skipped skips"""
)
"""Verbs things do too ("Hope came up"), but not late, home or tired."""
_HER_VERBS = wordset("lost loses picks picked read reads missed misses skipped skips walked walks")
"""Verbs an idea does not do to "her" ("Hope kept her going" is an idea)."""
_PRONOUN_OBJECTS = wordset("her his herself himself them their")
_PERSON_STATES = wordset(
    """
    late early home tired sick upset safer calmer better worse sad happy angry scared lonely
    proud exhausted quiet quieter teary nervous anxious hungover high drunk thin skinny rough
    pale sober pregnant"""
)


_GOT_AFTER = wordset(
    "into back home arrested kicked picked hurt sick clean sober out a an her his their the"
)
_STATES = wordset(
    """
    back home sick pregnant upset scared safe homeless missing using sober clean late quiet
    tired crying angry worried housed evicted arrested hospitalized hospitalised staying off
    living working moving doing struggling expecting engaged married new here gone away
    outside around waiting"""
)
"""After "is"/"was", words about a person: "Sparkle is back", "Mo was upset"."""
_PERSON_AFTER = {
    "ope": frozenset({"up"}),
    "got": _GOT_AFTER,
    "get": _GOT_AFTER,
    "is": _STATES,
    "was": _STATES,
    "see": _STATES,
}

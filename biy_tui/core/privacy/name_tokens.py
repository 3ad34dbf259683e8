"""Tokens for the name rules: each word of a note with what the lists say of it.

A token knows its case, whether it opens a sentence, and whether it is a first
name, a surname, a dictionary word or a safe proper noun. What each written word
is gets remembered between calls (a bounded cache of words, never of notes), so
the guard stays fast as she types.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from biy_tui.core.privacy.lexicon import lexicon
from biy_tui.core.privacy.names_words import (
    CALENDAR,
    DETERMINERS,
    FUNCTION,
    NEVER,
    SHORTHAND,
    TITLES,
)
from biy_tui.core.privacy.spans import KINDS, wordset

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
PLACEHOLDER = re.compile(r"\[(?:" + "|".join(KINDS) + r")\]")
_SENTENCE_END = frozenset(".!?:;\n•*-–—>#")
_OPENERS = " \t\"'“‘([{"
_LOWER_RUN = re.compile(r"[a-z]{3}[a-z ]{12}")  # a stretch of lower case: a mixed-case note
_POSSESSIVE_ENDS = frozenset({"'s", "’s", "'S", "’S"})
_LETTER_WORDS = wordset("t-shirt t-shirts x-ray x-rays e-mail e-mails e-transfer u-turn")
_HYPHEN_PREFIXES = wordset(
    "co re pre self non ex anti multi semi sub over under post mid half well"
)
_NOT_BASES = wordset(
    "do does did is was were are has have had could would should must might need ca wo sha ai dare"
)
"""What "n't" follows: "don't", "can't" (ca), "won't" (wo), "ain't" (ai)."""
_CLITIC_BASES = wordset(
    """
    i you we they he she it that there here who what where when how why this those these
    everyone everybody someone somebody nobody something nothing everything let y'all"""
)
"""What "'m", "'re", "'ve", "'ll", "'d" follow besides a dictionary word: "I'm", "we'll"."""
_VOWELS = frozenset("aeiouy")
_CLITICS = ("'m", "'re", "'ve", "'ll", "'d")
_CONTRACTION_ENDS = (*_CLITICS, "n't")
_WORDS_WITH_APOSTROPHES = wordset("o'clock ma'am y'all c'mon rock'n'roll")
_ELIDED = re.compile(r"(?i)(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]")
"""A French elided article, pronoun or conjunction: "l'activité", "c'était", "qu'elle",
"d'Océane". The word after it is read on its own."""


def _contraction(low: str, words: frozenset[str]) -> bool:
    """True for "don't", "I'm", "we'll", "you'd", "should've": a word and its clitic."""
    if low in _WORDS_WITH_APOSTROPHES:
        return True
    if low.endswith("n't"):
        return low[:-3] in _NOT_BASES
    for clitic in _CLITICS:
        if low.endswith(clitic):
            base = low[: -len(clitic)]
            return base in _CLITIC_BASES or base in _NOT_BASES or base in words
    return False


@dataclass(slots=True, eq=False)
class Token:
    start: int
    end: int  # end of the name part (a possessive 's is left outside)
    low: str
    cap: bool
    upper: bool
    possessive: bool
    sentence_start: bool
    first: bool
    last: bool
    word: bool
    safe: bool
    blocked: bool  # never a name, whatever surrounds it (see _blocked)
    name: bool = False
    thing: bool = False  # shown by its sentence to name a thing, never a person

    @property
    def known(self) -> bool:
        """In a dictionary or on a safe list: not suspect on its own."""
        return self.word or self.safe


def _blocked(low: str, word: bool) -> bool:
    """Never a name, whatever surrounds it: a title, a determiner, a stop word, "don't"."""
    if low in TITLES or low in NEVER or low in DETERMINERS or low in FUNCTION:
        return True
    return word and "'" in low and low.endswith(_CONTRACTION_ENDS)  # "don't", "I'm"


@cache
def _protected_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    words = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    if not words:
        return None
    body = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?i)(?<!\w)(?:{body})(?!\w)")


_RUN = re.compile(r"\w+")


@cache
def _lowered(terms: tuple[str, ...]) -> tuple[tuple[str, str | None], ...]:
    """Each lower-cased term with its leading run of word characters (None if it has none)."""
    lowered = sorted({t.strip().lower() for t in terms if t.strip()}, key=len, reverse=True)
    return tuple((t, m.group() if (m := _RUN.match(t)) else None) for t in lowered)


def _wordish(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def protected_ranges(text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Return where program words (never flagged) occur in ``text``.

    A plain search for each term in the lower-cased text (much faster than one
    expression with a hundred alternatives); the expression is kept for text whose
    lower case changes its length.
    """
    if not terms:
        return []
    low = text.lower()
    if len(low) != len(text):
        pattern = _protected_pattern(terms)
        return [] if pattern is None else [(m.start(), m.end()) for m in pattern.finditer(text)]
    found: list[tuple[int, int]] = []
    # A term found at a word boundary begins with a whole word of the text: look only
    # for the terms whose first word the text holds (the same ranges, far fewer searches).
    runs = set(_RUN.findall(low))
    for term, lead in _lowered(terms):
        if lead is not None and lead not in runs:
            continue
        start = low.find(term)
        while start != -1:
            end = start + len(term)
            if (start == 0 or not _wordish(low[start - 1])) and (
                end == len(low) or not _wordish(low[end])
            ):
                found.append((start, end))
            start = low.find(term, start + 1)
    found.sort(key=lambda r: (r[0], -r[1]))
    ranges: list[tuple[int, int]] = []
    for start, end in found:
        if not ranges or start >= ranges[-1][1]:
            ranges.append((start, end))
    return ranges


_FOLD_EXTRA = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "æ": "ae", "œ": "oe", "ß": "ss"})


def fold(word: str) -> str:
    """Return ``word`` without accents: "maría" -> "maria", "đặng" -> "dang"."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD_EXTRA))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _is_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    if i < 0:
        return True
    if text[i] == "\n" or text[i] in _SENTENCE_END:
        return True
    return "\n" in text[i:start]


_Class = tuple[str, bool, bool, bool, bool, bool, bool, bool, int]
_SKIP: _Class = ("", False, False, False, False, False, False, False, 0)
_FRENCH_CAP = 1
_FRENCH_NAME = 2
_CLASSES: dict[str, _Class] = {}
"""What each written word is, remembered between calls (words, not notes: a bounded cache)."""


def _classify(raw: str) -> _Class:
    """Return ``(low, first, last, word, safe, upper, blocked, short_caps, french)`` for a
    token, or ``_SKIP``.

    ``french``: ``_FRENCH_CAP`` for a capitalised word known only as French ("Des",
    "Régie"), a word only when it opens a sentence (French capitalises little else than
    names); ``_FRENCH_NAME`` for a French word in lower case spelt like a given name
    ("claire", "marie"), a word only beside other French (see :func:`tokens`).

    ``short_caps``: a known word of three to five letters in capitals ("GIRL", "BIT",
    "AISH"), an acronym or emphasis on its own, a word beside another word in capitals
    (see :func:`tokens`).
    """
    lex = lexicon()
    words, safe, firsts, lasts = lex.words, lex.safe, lex.first_names, lex.surnames
    low = raw.casefold().replace("’", "'")
    if "-" in low:
        parts = [p for p in low.split("-") if p]
        first = low in firsts or all(p in firsts or p in lasts for p in parts)
        last = low in lasts
        word = low in words or all(p in words for p in parts)
        is_safe = low in safe or low in SHORTHAND or all(p in safe for p in parts)
        if len(parts[0]) == 1 and low not in _LETTER_WORDS:
            word = is_safe = False  # "K-Money", "T-Bone": a street name
        elif not raw[0].isupper() and parts[0] in _HYPHEN_PREFIXES:
            word = word or all(p in words for p in parts[1:])  # "co-lead", "re-do"
        if (
            not (word or first)
            and len(parts[0]) > 1
            and all(p in words or p in lex.french for p in parts)
        ):
            word = True  # "matin-là", "peut-être", "rendez-vous"
    else:
        first = low in firsts or low in lex.working
        last = low in lasts
        word = low in words or ("'" in low and _contraction(low, words))
        is_safe = low in safe or low in SHORTHAND or low in CALENDAR
        if not (first or last or word) and not low.isascii():
            folded = fold(low)  # "maría", "ngọc", "đặng" -> the lists' spellings
            first = folded in firsts
            last = folded in lasts
            word = folded in words
        elif not first and not low.isascii() and low in lex.french:
            first = fold(low) in firsts  # "Aimée", "Désirée": a French word and a name
    french_only = not word and low in lex.french
    french = 0
    if french_only:
        # A French word. One that is also a given name ("Claire", "Aimée", "Rose" is an
        # English word too) is a name when capitalised: French capitalises little else.
        capital = raw[0].isupper()
        word = not (first and capital and low not in lex.french_function)
        if capital:
            french = _FRENCH_CAP
        elif first and low not in lex.french_function:
            french = _FRENCH_NAME
    upper = raw.isupper() and len(raw) > 1
    letters = len(raw)
    short_caps = False
    if upper and not (first or last) and letters <= 5:
        if letters <= 2 or not _VOWELS & set(low):
            return _SKIP  # acronyms and codes: SW, ER, CFS
        short_caps = word or is_safe  # "AISH", "GIRL": decided by its neighbours
    blocked = _blocked(low, word) or (raw.islower() and low in lex.french_function)
    return (low, first, last, word, is_safe, upper, blocked, short_caps, french)


def _known_word(raw: str) -> bool:
    """True for a word of the English or French lists, in any case."""
    low = raw.casefold().replace("’", "'")
    lex = lexicon()
    return low in lex.words or low in lex.french


_WORD_BEFORE = re.compile(r"([^\W\d_]+) {1,2}\Z")
_WORD_AFTER = re.compile(r" {1,2}([^\W\d_]+)")


def _caps_word(word: str) -> bool:
    """A word in capitals that is no bare code: three letters or more, with a vowel."""
    return len(word) >= 3 and word.isupper() and bool(_VOWELS & set(word.casefold()))


def _caps_beside(text: str, start: int, end: int) -> bool:
    """True when a word in capitals sits beside ``text[start:end]`` ("BABY GIRL", "LIL BIT")."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is not None and _caps_word(before.group(1)):
        return True
    after = _WORD_AFTER.match(text, end, min(len(text), end + 24))
    return after is not None and _caps_word(after.group(1))


def _mixed(text: str) -> bool:
    """True for a note typed in upper and lower case: a stretch of lower case, or, in a
    short note ("We missed LIL BIT today."), more letters in lower case than in capitals."""
    if _LOWER_RUN.search(text) is not None:
        return True
    lower = sum(map(str.islower, text))
    return lower >= 3 and lower > sum(map(str.isupper, text))


def _code(text: str, end: int) -> bool:
    """True when digits follow the word after a hyphen or a slash: "LAA-333011", "CFS/2231"."""
    return end + 1 < len(text) and text[end] in "-/" and text[end + 1].isdigit()


def tokens(text: str, protected: list[tuple[int, int]]) -> list[Token]:
    skip = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)] if "[" in text else []
    skip = sorted(skip + protected)
    ends = [e for _, e in skip]
    reach = 0  # how far the ranges that start before this token reach (a running maximum)
    k = 0
    size = len(text)
    classes = _CLASSES
    out: list[Token] = []
    append = out.append
    # In a note typed in upper and lower case, a word in capitals is written that way on
    # purpose ("saw KAT at the drop-in"): read it as capitalised. All in capitals, it says nothing.
    mixed = _mixed(text)
    french_words: list[int] = []
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if skip:
            while k < len(skip) and skip[k][0] < end:
                reach = max(reach, ends[k])
                k += 1
            if reach > start:
                continue  # inside (or touching) a placeholder or a program word
        if (start and text[start - 1].isdigit()) or (end < size and text[end].isdigit()):
            continue  # part of a code such as "Ja1" or "4B": not a word
        raw = m.group()
        elided = _ELIDED.match(raw) if "'" in raw or "’" in raw else None
        if elided is not None and elided.end() < len(raw):
            rest = raw[elided.end() :]
            # "l'activité", "d'Océane": the word after the article. A capitalised prefix
            # before a word on no list ("D'Arcy", "D'Angelo") is part of a name.
            if raw[0].islower() or _known_word(rest):
                raw, start = rest, start + elided.end()
        possessive = len(raw) > 3 and raw[-2:] in _POSSESSIVE_ENDS
        if possessive:
            raw, end = raw[:-2], end - 2
        info = classes.get(raw)
        if info is None:
            info = _classify(raw)
            if len(classes) > 50_000:
                classes.clear()
            classes[raw] = info
        if info is _SKIP:
            continue
        low, first, last, word, is_safe, upper, blocked, short_caps, french = info
        if short_caps and not (mixed and _caps_beside(text, start, end)):
            # Alone in capitals, a short known word is an acronym or emphasis ("AISH", "she
            # was SO tired"); in a mixed-case note beside another word in capitals it is
            # part of a phrase in capitals ("BABY GIRL said", "we missed LIL BIT").
            continue
        # Opening a sentence: the text's start, or an end mark before (past openers).
        i = start - 1
        while i >= 0 and text[i] in _OPENERS:
            i -= 1
        opens = i < 0 or text[i] in _SENTENCE_END  # a new line is among the ends
        if french == _FRENCH_CAP and word:
            if not opens:
                word = False  # "for Des", "à la Régie": capitalised in mid-sentence, a name
            else:
                french_words.append(len(out))  # "Des femmes…", not "incl. Des w/ her baby"
        elif french == _FRENCH_NAME:
            french_words.append(len(out))  # "était claire et", not "claire late b/c"
        append(
            Token(
                start,
                end,
                low,
                raw[0].isupper() and (not upper or (mixed and not _code(text, end))),
                upper,
                possessive,
                opens,
                first,
                last,
                word,
                is_safe,
                blocked,
            )
        )
    if french_words:
        _french_in_context(out, french_words)
    return out


def _french_in_context(out: list[Token], marked: list[int]) -> None:
    """A French word opening a sentence is a word when French follows it ("Des femmes");
    one in lower case spelt like a name ("claire") when French is beside it."""
    lex = lexicon()
    for k in marked:
        tok = out[k]
        nxt = out[k + 1] if k + 1 < len(out) else None
        if tok.cap:
            tok.word = nxt is None or nxt.low in lex.french
            continue
        prev = out[k - 1] if k else None
        tok.word = any(
            o is not None and o.low in lex.french and o.low not in lex.words for o in (prev, nxt)
        )


def gap(text: str, a: Token, b: Token) -> str:
    """Return what separates two tokens (lower-case)."""
    return text[a.end : b.start].lower()


def adjacent(text: str, a: Token, b: Token) -> bool:
    """True when ``b`` follows ``a`` with only spaces between (a name run)."""
    gap = text[a.end : b.start]
    return not a.possessive and 0 < len(gap) <= 2 and gap.strip(" ") == ""


def near(text: str, a: Token, b: Token) -> bool:
    """True when only spaces, quotes or a colon separate ``a`` and ``b``."""
    gap = text[a.end : b.start]
    return not a.possessive and 0 < len(gap) <= 4 and gap.strip(" \"'“”‘’:") == ""


_SUFFIXES = (
    "isations",
    "izations",
    "isation",
    "ization",
    "ations",
    "ation",
    "ful",
    "less",
    "able",
    "ish",
    "y",
    "ing",
    "ings",
    "ed",
    "es",
    "s",
    "ly",
    "ness",
    "ies",
    "ied",
    "ment",
    "ments",
    "ize",
    "ise",
    "ized",
    "ised",
    "ization",
)
_PREFIXES = ("re", "un", "pre", "co", "non", "over", "under", "self", "mis", "out", "post", "anti")
_HEADS = wordset(
    """
    care time work room book line side town place where thing things body one day days night
    list lists note notes sheet sheets card cards box bag light phone mail board stop walk wear
    made wide like life style friend friends mate mates hood ship ships work worker workers
    home house school ground up down out off over back way ways man woman women people"""
)


def variant_of_word(low: str) -> bool:
    """True when a lower-case word is a form of a dictionary word: "messaging", "daycare".

    Only for words typed in lower case: capitalised compounds ("Yellowhorn",
    "Crowchild") are often surnames.
    """
    words = lexicon().words
    for suffix in _SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            base = low[: -len(suffix)]
            if suffix == "s" and base[-1] == "y" and base[-2] not in "aeiou":
                continue  # "crys" is no form of "cry" ("cries" is)
            if base in words or base + "e" in words or base + "y" in words:
                return True
            if len(base) > 3 and base[-1] == base[-2] and base[:-1] in words:
                return True  # "chatting" -> "chat"
    for prefix in _PREFIXES:
        if low.startswith(prefix) and len(low) - len(prefix) >= 4 and low[len(prefix) :] in words:
            return True
    for cut in range(3, len(low) - 2):
        head, tail = low[:cut], low[cut:]
        if tail in _HEADS and head in words:
            return True
    return _french_variant(low)


_FR_PREFIXES = ("re", "ré", "dé", "des", "dés", "in", "im", "ir", "mé", "pré", "sur", "sous")
_FR_ENDINGS = (
    "ées",
    "ement",
    "ements",
    "tion",
    "tions",
    "ité",
    "ités",
    "eurs",
    "euse",
    "euses",
    "ière",
    "ières",
    "aires",
    "iques",
    "ibles",
    "ables",
    "eraient",
    "erait",
    "aient",
    "issait",
)
"""Endings only French words have, typed in lower case ("bénéficiaires", "suscitaient");
not "-ée", "-é", "-ique", "-ance" ("josée", "andré", "monique", "constance")."""


def _french_variant(low: str) -> bool:
    """True for a form of a French word: "calmement", "reparler", "inquiétudes"."""
    french = lexicon().french
    if len(low) >= 6 and low.endswith(_FR_ENDINGS):
        return True
    if low.endswith("ment") and (low[:-4] in french or low[:-4] + "e" in french):
        return True  # "calmement", "vraiment"
    if low.endswith(("s", "x")) and low[:-1] in french:
        return True
    for prefix in _FR_PREFIXES:
        if low.startswith(prefix) and len(low) - len(prefix) >= 4 and low[len(prefix) :] in french:
            return True
    return False

"""Names: first names and surnames, decided by the lists and by context.

How a word becomes a name (see ``curriculum/README.md`` for the short version):

1. A word on a name list that is *not* an ordinary English word ("Tasha",
   "Okafor", "tasha") is a name, capitalised or not (lower-case only when it is
   a first name of three letters or more).
2. A word that is both a name and an ordinary word ("Hope", "Grace", "Joy",
   "Will", "April") is a name only with a person around it: a title before it
   ("Ms. Grace"), a verb of speech or action after it ("Grace said"), a
   person-word after its possessive ("Joy's kids"; but "Rose's poem" is not),
   "with"/"told"/"asked"… before it in mid-sentence ("talked with Joy"), or a
   name right beside it ("Grace Kim", "Maria and Joy"). A determiner before it
   ("the Grace of", "her Faith") or a place-word after it ("Victoria Day",
   "Hope Street") rules it out. In lower case it is left alone ("there is hope").
3. A capitalised word on no list and in no dictionary ("Zanele") is a name in
   the same person contexts, which catches names no list could hold.
Consecutive names ("Maria Lopez Garcia") become one span. Titles and a
possessive "'s" stay outside the span: "Ms. [name]", "[name]'s sister".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Final

from biy_tui.privacy.lexicon import lexicon
from biy_tui.privacy.spans import KINDS, Span, wordset

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
PLACEHOLDER = re.compile(r"\[(?:" + "|".join(KINDS) + r")\]")

TITLES: Final = wordset(
    "ms mrs mr miss mx dr mme mlle madame monsieur sr sister auntie aunty aunt uncle officer "
    "constable detective judge justice nurse"
)
_STRONG_TITLES: Final = wordset("ms mrs mr mx dr mme mlle madame monsieur")
SPEECH_VERBS: Final = wordset(
    """
    said says told tells shared shares asked asks talked talks mentioned mentions spoke speaks
    cried cries laughed laughs texted texts called calls emailed messaged disclosed discloses
    explained explains wrote writes came comes arrived arrives left leaves joined joins
    brought brings wanted wants felt feels seemed seems smiled smiles hugged hugs agreed agrees
    offered offers volunteered volunteers stayed stays needs needed thinks thought told
    admitted admits opened opens read reads led leads sang sings danced dances drew draws
    knows knew got gets lost loses moved moves went goes walked walks sat sits showed shows
    started starts finished finishes missed misses hopes hoped tried tries
    reported reports shared cooked cooks helped helps noticed notices answered answers
    replied replies whispered yelled shouted admitted"""
)
PERSON_VERBS: Final = wordset(
    """
    said says told tells asked asks texted texts mentioned mentions cried cries disclosed
    discloses admitted admits explained explains replied replies whispered smiled smiles
    hugged hugs spoke speaks agreed agrees volunteered volunteers sang sings thinks thought
    knows knew wants wanted"""
)
"""Verbs that only a person does: they make "Grace said" a name but not "Hope came up"."""
_NEVER: Final = wordset(
    """
    people women men folks ladies everyone everybody someone somebody anyone nobody others
    staff group family parents kids children i we you they she he"""
)
_WEAK_VERBS: Final = wordset(
    "is was has had will would can could did does isn't wasn't hasn't didn't doesn't might "
    "may should must won't can't couldn't"
)
PERSON_NOUNS: Final = wordset(
    """
    kids kid children child son sons daughter daughters baby babies twins mom mum mother
    dad father sister sisters brother brothers partner boyfriend girlfriend husband wife ex
    family friend friends worker caseworker counsellor counselor lawyer apartment place house
    home room case file phone number birthday car landlord grandma grandmother grandkids
    grandchildren niece nephew aunt uncle cousin cousins pimp trafficker abuser parents dog
    cat job boss school address sponsor story situation court sentence"""
)
_PERSON_PREV: Final = wordset(
    "with told asked called texted met hugged thanked named visited messaged emailed "
    "and beside behind daughter son sister brother mom mother aunt cousin niece nephew "
    "friend partner boyfriend girlfriend husband ex worker counsellor counselor"
)
_PERSON_PREV_UNKNOWN: Final = wordset(
    """
    remind reminded ask tell call text gave give thank see saw hug invite invited welcome
    welcomed support supported help helped drove drive pick picked meet visit encourage
    encouraged introduce introduced let miss missed for"""
)
"""Before a capitalised word in no dictionary, these also point to a person."""
_PERSON_PREV2: Final = wordset(
    "talked spoke said listened wrote reached went sat walked reached chatted"
)
_DETERMINERS: Final = wordset(
    """
    the a an this that these those our my your her his their its some any of every no
    such what which whose"""
)
_PLACE_NOUNS: Final = wordset(
    """
    day eve street st avenue ave road rd boulevard blvd drive lane court crescent park hall
    centre center house hospital school college university church mall square station library
    island lake river bay falls hill mountain valley beach place way village city county
    township region shelter clinic market plaza tower towers manor lodge inn hotel"""
)
_SENTENCE_END = frozenset(".!?:;\n•*-–—>#")
_OPENERS = " \t\"'“‘([{"


@dataclass(slots=True)
class _Token:
    start: int
    end: int  # end of the name part (a possessive 's is left outside)
    low: str
    cap: bool
    possessive: bool
    sentence_start: bool
    first: bool
    last: bool
    word: bool
    name: bool = False


@cache
def _protected_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    words = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    if not words:
        return None
    body = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?i)(?<!\w)(?:{body})(?!\w)")


def protected_ranges(text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Return where program words (never flagged) occur in ``text``."""
    pattern = _protected_pattern(terms)
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


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


def _tokens(text: str, protected: list[tuple[int, int]]) -> list[_Token]:
    lex = lexicon()
    skip = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)] + protected
    tokens: list[_Token] = []
    for m in _TOKEN.finditer(text):
        start, end = m.start(), m.end()
        if skip and any(s < end and start < e for s, e in skip):
            continue
        if (start and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit()):
            continue  # part of a code such as "Ja1" or "4B": not a word
        raw = m.group()
        possessive = raw[-2:] in ("'s", "’s", "'S", "’S") and len(raw) > 3
        if possessive:
            raw, end = raw[:-2], end - 2
        low = raw.casefold()
        if "-" in low:
            parts = low.split("-")
            first = low in lex.first_names or all(
                p in lex.first_names or p in lex.surnames for p in parts
            )
            last = low in lex.surnames
            word = low in lex.words or any(p in lex.words for p in parts)
        else:
            first = low in lex.first_names
            last = low in lex.surnames
            word = low in lex.words
            if not (first or last) and not low.isascii():
                folded = fold(low)  # "maría", "ngọc", "đặng" -> the lists' spellings
                first = folded in lex.first_names
                last = folded in lex.surnames
        cap = raw[0].isupper()
        if raw.isupper() and len(raw) <= 3:
            continue  # acronyms and codes: CAS, ER, ON, IL
        tokens.append(
            _Token(
                start, end, low, cap, possessive, _is_sentence_start(text, start), first, last, word
            )
        )
    return tokens


def _gap(text: str, a: _Token, b: _Token) -> str:
    """Return what separates two tokens (lower-case)."""
    return text[a.end : b.start].lower()


def _adjacent(text: str, a: _Token, b: _Token) -> bool:
    """True when ``b`` follows ``a`` with only spaces between (a name run)."""
    gap = text[a.end : b.start]
    return not a.possessive and 0 < len(gap) <= 2 and gap.strip(" ") == ""


def _listed(text: str, a: _Token, b: _Token) -> bool:
    """True when ``a`` and ``b`` are neighbours in a list: "A, B", "A and B", "A & B"."""
    gap = _gap(text, a, b).strip()
    return gap in (",", "and", "&", "or", ", and", "et", "y") and not a.possessive


def _strong(tok: _Token) -> bool:
    """A listed name that is not an ordinary word (case decides how far it goes)."""
    if not (tok.first or tok.last) or tok.word:
        return False
    if tok.cap:
        return True
    return tok.first and len(tok.low) >= 3


def _person_context(text: str, toks: list[_Token], i: int) -> bool:
    """True when the words around ``toks[i]`` (capitalised) say it is a person."""
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prev_adj = prev is not None and _adjacent(text, prev, tok)
    next_adj = nxt is not None and _adjacent(text, tok, nxt)
    if prev_adj and prev is not None and prev.low in _DETERMINERS:
        return False
    if next_adj and nxt is not None and nxt.cap and nxt.low in _PLACE_NOUNS:
        return False
    if prev is not None and prev.low in TITLES and _gap(text, prev, tok).strip() in ("", "."):
        return prev.low in _STRONG_TITLES or not tok.word
    if tok.possessive:
        return nxt is not None and nxt.low in PERSON_NOUNS
    if tok.low in _PLACE_NOUNS:
        return False  # "Victoria Day", "Mother's Day", "Hope Street"
    follows_cap = prev is not None and prev.cap and _gap(text, prev, tok).strip() == ""
    if follows_cap and tok.word and not tok.sentence_start:
        return False  # part of a capitalised phrase: "Food Bank", "Legal Aid"
    if nxt is not None and next_adj:
        if nxt.low in (PERSON_VERBS if tok.word else SPEECH_VERBS):
            return True
        if nxt.low in _WEAK_VERBS and (not tok.sentence_start or not tok.word):
            return True
    if tok.sentence_start or prev is None or not prev_adj:
        return False
    if prev.low in _PERSON_PREV and prev.low != "and":
        return True
    if not tok.word and prev.low in _PERSON_PREV_UNKNOWN:
        return True
    before = toks[i - 2] if i > 1 else None
    return prev.low == "to" and before is not None and before.low in _PERSON_PREV2


def _decide(text: str, toks: list[_Token]) -> None:
    # Pass 1: names that need no context.
    for tok in toks:
        if tok.low in TITLES or tok.low in _NEVER:
            continue
        tok.name = _strong(tok)
    # Pass 2: ambiguous words and unknown capitalised words, in context.
    for i, tok in enumerate(toks):
        if tok.name or not tok.cap or tok.low in TITLES or tok.low in _NEVER:
            continue
        candidate = tok.first or tok.last or not tok.word
        if candidate and _person_context(text, toks, i):
            tok.name = True
    # Pass 3: neighbours of names (runs and lists), until nothing changes.
    changed = True
    while changed:
        changed = False
        for i, tok in enumerate(toks):
            if tok.name or tok.low in TITLES or tok.low in _NEVER:
                continue
            if _joins(text, toks, i):
                tok.name = changed = True


_CONJUNCTIONS: Final = wordset("and or et y")


def _list_neighbour(text: str, toks: list[_Token], i: int, step: int) -> _Token | None:
    """Return the token listed beside ``toks[i]``: "A, B", "A and B", "A & B"."""
    j = i + step
    if not 0 <= j < len(toks):
        return None
    a, b = (toks[i], toks[j]) if step > 0 else (toks[j], toks[i])
    if a.possessive:
        return None
    if toks[j].low in _CONJUNCTIONS:
        k = j + step
        if not 0 <= k < len(toks):
            return None
        first, second = (toks[i], toks[j]) if step > 0 else (toks[j], toks[i])
        third, fourth = (toks[j], toks[k]) if step > 0 else (toks[k], toks[j])
        if _gap(text, first, second).strip(" ,") == "" and _gap(text, third, fourth).strip() == "":
            return toks[k]
        return None
    return toks[j] if _gap(text, a, b).strip() in (",", "&", "/") else None


def _joins(text: str, toks: list[_Token], i: int) -> bool:
    """True when ``toks[i]`` belongs with a neighbouring name."""
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev is not None and prev.low in _DETERMINERS and _adjacent(text, prev, tok):
        return False
    if not tok.cap:
        # "tasha smith": a listed surname, not a word, after a lower-case name.
        return (
            prev is not None
            and prev.name
            and tok.last
            and not tok.word
            and _adjacent(text, prev, tok)
        )
    if nxt is not None and nxt.cap and nxt.low in _PLACE_NOUNS and _adjacent(text, tok, nxt):
        return False
    # "Maria Brown", "Maria Okonkwo": a surname or an unknown word after a name.
    if prev is not None and prev.name and prev.cap and _adjacent(text, prev, tok):
        return tok.last or tok.first or not tok.word
    # "Grace Kim", "Zanele Dlamini": a first or unknown word before a surname.
    if nxt is not None and nxt.name and nxt.cap and _adjacent(text, tok, nxt):
        return (nxt.last or not nxt.word) and (tok.first or not tok.word)
    # "Maria and Joy", "Dumisile and Diane", "Joy, Maria": listed beside a name.
    if not (tok.first or tok.last or not tok.word):
        return False
    if tok.word and tok.sentence_start:
        return False  # "Hope and Maria…" at the start of a sentence stays ambiguous
    for step in (-1, 1):
        other = _list_neighbour(text, toks, i, step)
        if other is not None and other.name and other.cap:
            return True
    return False


def find_names(text: str, protected: list[tuple[int, int]] | None = None) -> list[Span]:
    """Return a span for each run of names in ``text``.

    Args:
        text: the note.
        protected: character ranges never to flag (program words).
    """
    toks = _tokens(text, protected or [])
    _decide(text, toks)
    spans: list[Span] = []
    run: _Token | None = None
    for tok in toks:
        if not tok.name:
            continue
        if run is not None and spans and _adjacent(text, run, tok):
            spans[-1] = Span(spans[-1].start, tok.end, "name")
        else:
            spans.append(Span(tok.start, tok.end, "name"))
        run = tok
    return spans

"""Ages: the age of a person or a child, in figures or in words.

In a small group an age narrows someone down, a child's age most of all
("her daughter is 7", "her twins are 3"), so an age about one person is
flagged wherever it is written:

- with its own words: "19 years old", "the 19-year-old", "6 months old", "17 yo",
  "aged 45", "age: 45";
- after a person and "is/was/are/turned": "she is only 17", "she's 52", "her son
  was seven", "Maria is 30", "they are 5 and 9"; "turned 45" on its own.

An age of a group, a range or a bound ("most were in their thirties", "ages
ranged from 19 to 52", "14 or younger") says nothing about one person and is
left alone, as are numbers with a unit ("she was 20 minutes late", "is 3 km
away"). The span is the number with its "-year-old"/"years old" words, so the
redacted text reads "the [age] from…" or "her daughter is [age]".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Final

from biy_tui.core.privacy.lexicon import lexicon
from biy_tui.core.privacy.names_words import CALENDAR, DETERMINERS, NEVER
from biy_tui.core.privacy.spans import Span, wordset

_NUMBER_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_NUM = rf"(?:\d{{1,3}}|{_NUMBER_WORDS})"
_UNITS = (
    r"minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?(?!\s*-?\s*old)|"
    r"years?(?!\s*-?\s*old)|yrs?(?!\s*-?\s*old)|"
    r"times?|sessions?|%|percent|dollars?|bucks|k\b|km|kg|lbs?|pounds|am|pm|a\.m|p\.m|o'clock|"
    r"out\s+of|in\s+line|of\s+(?:us|them|the|her|his|my|our)|people|women|steps|cents|"
    r"or\s+(?:younger|older|under|over|so|less|more|fewer)|and\s+(?:up|under|over|older|younger)|"
    r"to\s+\d|-\s*\d|–\s*\d|blocks?|floors?|th\b|st\b|nd\b|rd\b|kids|children|weeks|grams?|g\b|"
    r"points?|pages?|stars?|inches|feet|ft|cm|m\b|miles?|metres?|meters?|degrees?|calls?|texts?|"
    r"drinks?|beers?|pills?|tabs?|things|ways|times|bags?|cups?|cigarettes|smokes|more|less"
)
PERSON_SUBJECTS: Final = wordset(
    """
    she he they i you we her him daughter son kid kids baby babies twins boy girl child children
    toddler boyfriend girlfriend ex partner husband wife mom mum mother dad father sister brother
    nephew niece grandson granddaughter grandkid grandkids oldest youngest eldest middle sons
    daughters stepson stepdaughter cousin friend bf gf pimp trafficker abuser guy man woman
    newborn infant teen teenager girls boys who """
)
"""Words before "is/was/are … N" that make the number someone's age."""
_NOT_SUBJECTS: Final = wordset(
    "it this that there here which what room bus fare rent bill cost price time session "
    "group number score count total one"
)


@cache
def _age_pattern() -> re.Pattern[str]:
    return re.compile(
        r"(?i)(?=[\d'’tfsenoaiwdkbgch])(?:"  # the first letters of the branches (speed)
        rf"\b(?P<a>{_NUM}(?:\s*-\s*|\s+)(?:years?|yrs?|yr|months?|mos?|weeks?|wks?)"
        r"(?:\s*-\s*|\s+)old)"
        r"|\b(?P<b>\d{1,3})\s*(?:yo|y/o|y\.o\.)(?!\w)"
        rf"|\baged?\s*:?\s*(?P<c>{_NUM})\b(?!\s*(?:to|-|–|and|or)\s*\d)"
        rf"|\bturn(?:ed|s|ing)?\s+(?P<e>{_NUM})\b(?!\s*(?:{_UNITS})|[\d.:,/]\d)"
        rf"|\b(?:'s|’s|is|was|were|are|will\s+be|would\s+be)"
        r"\s+(?:only\s+|just\s+|about\s+|almost\s+|nearly\s+|barely\s+|now\s+|still\s+)?"
        rf"(?P<d>{_NUM}(?:\s*,\s*{_NUM})*(?:\s+and\s+(?:a\s+half|{_NUM}))?)\b"
        rf"(?!\s*(?:{_UNITS})|[\d.:,/\-]\d|\s*(?:-|–|to)\s*\d)"
        rf"|\b(?:daughter|son|kid|boy|girl|baby|twins|kids|children|grandson|granddaughter)"
        rf"\s*[,(]\s*(?:age\s+|aged\s+)?(?P<f>\d{{1,2}})\s*[,).;]"
        rf"|\b(?:kids|girls|boys|children|sons|daughters|twins|grandkids)\b[^.!?\n]{{0,20}}?"
        rf"\bages?\s+(?P<h>\d{{1,2}}(?:\s*,\s*\d{{1,2}})*(?:\s*(?:and|&)\s*\d{{1,2}})?)\b"
        rf"|\b(?:her|his)\s+(?P<i>(?:early\s+|mid\s*-?\s*|late\s+)?(?:teens|twenties|thirties|"
        rf"forties|fifties|sixties|seventies|eighties|[2-8]0s))\b"
        # "Journey and Legacy, both 4, came": the age of two people, set off by commas
        r"|(?:(?<=,)|(?<=,\s))both\s+(?:aged?\s+)?(?P<j>\d{1,2})(?=\s*[,).;!?]|\s*$)"
        rf"|\b(?:at|by)\s+(?:age\s+|the\s+age\s+of\s+)?(?P<g>1[3-9]|[2-9]\d)\b"
        rf"(?!\s*(?:{_UNITS})|[:.,/]\d|\s*(?:h\b|hrs|o'clock|sharp|tonight|today))"
        r")"
    )


_SUBJECT = re.compile(r"([\w\]’']+)\s*$")


def _subject_ok(text: str, match: re.Match[str], others: Sequence[Span]) -> bool:
    """For "X is 17": is X a person (a pronoun, a person word, a name)?"""
    head = _SUBJECT.search(text, max(0, match.start() - 40), match.start())
    if head is None:
        return False
    subject = head.group(1)
    end = head.end(1)
    if any(s.end == end and s.kind == "name" for s in others):
        return True  # "alejandra is 4": a name the guard found
    low = subject.lower().replace("’", "'")
    if low in _NOT_SUBJECTS:
        return False
    if low in PERSON_SUBJECTS or low.endswith("]"):
        return True  # "[name] is 30"
    if low in lexicon().first_names or low in lexicon().working:
        return True  # "sapphire is 17", typed in lower case
    return subject[0].isupper() and low not in ("i",) and len(low) > 1


def _capitalised_subject(text: str, match: re.Match[str], others: Sequence[Span]) -> Span | None:
    """The capitalised word before "is 17" that no other rule took for a name, as a name."""
    head = _SUBJECT.search(text, max(0, match.start() - 40), match.start())
    if head is None:
        return None
    word = head.group(1)
    low = word.lower().replace("’", "'")
    lex = lexicon()
    listed = low in lex.first_names or low in lex.working
    if not (word[:1].isupper() or listed) or word.isupper() or len(word) < 2 or not word.isalpha():
        return None
    if low in PERSON_SUBJECTS or low in _NOT_SUBJECTS or low in NEVER or low in DETERMINERS:
        return None
    if low in CALENDAR or low in lex.safe:
        return None
    start, end = head.start(1), head.end(1)
    if any(s.start < end and start < s.end for s in others):
        return None
    return Span(start, end, "name")


def find_ages(text: str, others: Sequence[Span]) -> list[Span]:
    """Return spans for the ages of one person (the rule above).

    Args:
        text: the note.
        others: spans already found by the other detectors (a name found before
            "is 4" makes the number an age).
    """
    spans: list[Span] = []
    for m in _age_pattern().finditer(text):
        group = next(g for g in "abcdefghij" if m.group(g) is not None)
        if group == "d" and not _subject_ok(text, m, others):
            continue
        if group == "d":
            who = _capitalised_subject(text, m, others)
            if who is not None:
                spans.append(who)  # "Sapphire is 17": whoever has an age is a person
        start, end = m.start(group), m.end(group)
        if group in "ab" and start and text[start - 1] in "-$#.,":
            continue  # "$19", "#45", "3.5", "2-3": not an age
        first = re.search(r"\d+", m.group(group))
        if first is not None and int(first.group()) > 110:
            continue
        spans.append(Span(start, end, "age"))
    for name in others:
        if name.kind != "name":
            continue
        after = _AFTER_NAME.match(text, name.end)
        if after is not None:
            g = after.lastindex or 1
            spans.append(Span(after.start(g), after.end(g), "age"))  # "Liam (7)", "Maria, 45,"
    spans.extend(find_french_ages(text))
    return spans


_FR_NUMBER_WORDS = (
    r"(?:(?:vingt|trente|quarante|cinquante|soixante)(?:[\s\-]et[\s\-]un|[\s\-](?:deux|trois|"
    r"quatre|cinq|six|sept|huit|neuf))?|dix[\s\-](?:sept|huit|neuf)|un|deux|trois|quatre|cinq|"
    r"six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)"
)
_FR_AGE = (
    rf"(?:\d{{1,3}}|{_FR_NUMBER_WORDS})\s+ans\b"
    r"(?!\s+(?:de\b|d['’]|plus\s+tard|plus\s+tôt|plus\s+tot|après|apres))"
)
"""An age in French, not a length of something: "19 ans", not "2 ans de sobriété"."""
_FR_HAS = (
    r"a|ai|as|avait|avais|aura|aurait|auront|ont|avaient|aurais|eu|avoir|ayant|fête|fêté|fêtera|"
    r"fêter|célèbre|célébré|souligne|souligné|souligner|ses|leurs|mes"
)
_FR_PERSON = (
    r"fille|fils|garçon|garcon|gars|enfant|enfants|bébé|bebe|ado|adolescente?|femme|homme|"
    r"sœur|soeur|frère|frere|jumeaux|jumelles|petite?|cousine?|nièce|niece|neveu|fillette"
)


@cache
def _fr_age_pattern() -> re.Pattern[str]:
    adverbs = r"(?:(?:seulement|juste|presque|environ|bientôt|bientot|déjà|deja|maintenant|"
    adverbs += r"à\s+peine|a\s+peine|rendue\s+à|rendu\s+à)\s+)?"
    return re.compile(
        r"(?i)(?:"
        rf"\b[âa]g[ée]e?s?\s+de\s+(?:{adverbs})(?P<a>{_FR_AGE})"
        rf"|\b(?:{_FR_HAS})\s+{adverbs}(?P<b>{_FR_AGE})"
        rf"|\b(?:{_FR_PERSON})\s+de\s+(?P<c>{_FR_AGE})"
        rf"|(?:\bà|\ba)\s+(?:l['’]\s*[âa]ge\s+de\s+)?(?P<d>{_FR_AGE})"
        rf"|,\s*(?P<e>{_FR_AGE})(?=\s*[,.)])"
        rf"|\((?P<f>{_FR_AGE})\)"
        r")"
    )


_FR_MORE = re.compile(rf"(?i)\s*(?:,|et)\s*({_FR_AGE})")
_FR_DURATION_BEFORE = re.compile(r"(?i)(?:\by|\bfait|\bfaisait|\bdepuis|\bpendant)\s*$")


def find_french_ages(text: str) -> list[Span]:
    """Return the ages of one person written in French: "elle a 19 ans", "âgée de 34 ans",
    "sa fille de 6 ans", "à 16 ans", "ses 50 ans". "il y a 5 ans" and "depuis 3 ans" are
    lengths of time, not ages. The span is the number and "ans"."""
    if "ans" not in text and "ANS" not in text:
        return []
    spans: list[Span] = []
    for m in _fr_age_pattern().finditer(text):
        group = next(g for g in "abcdef" if m.group(g) is not None)
        if group == "b" and _FR_DURATION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "il y a 5 ans": how long ago
        start, end = m.start(group), m.end(group)
        spans.append(Span(start, end, "age"))
        more = _FR_MORE.match(text, end)
        while more is not None:  # "ont 3 ans et 5 ans", "ont 3 et 5 ans"
            spans.append(Span(more.start(1), more.end(1), "age"))
            more = _FR_MORE.match(text, more.end())
    return spans


_AFTER_NAME = re.compile(r"(?:'s|’s)?\s*(?:\(\s*(\d{1,2})\s*\)|,\s*(?=\d{1,2}\s*,)(\d{1,2}))")

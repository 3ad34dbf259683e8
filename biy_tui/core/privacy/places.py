"""Places: facilities, neighbourhoods, street locations and intersections.

For the women in this program, where someone sleeps or works is as
identifying as her name, so a place is flagged by what it looks like and by
the words around it, in upper and lower case:

- a street location: "9th Ave SE", "17 ave sw", "Barlow Trail", "on macleod trail",
  "Highway 2";
- an intersection: "corner of Centre and 16th", "at 17th and 4th", "Macleod & 42nd";
- a named facility or service: capitalised words with a facility word ("Alpha
  House", "Inn from the Cold", "Sunrise Motel", "Peter Lougheed Hospital");
- a neighbourhood: capitalised words with a place ending ("Huntington Hills",
  "Forest Lawn", "Mount Pleasant");
- capitalised words after "at", "outside", "near", "in", "moved to", "back in",
  "staying at"… ("at the Mustard Seed", "back in Bowness"), unless every word is
  known safe (cities, provinces, countries, holidays, brands: "in Calgary",
  "at Walmart") or is a person's name ("near Maria" is left to the name rules).

The whole place is one span, so no half of it is left behind. Civic addresses
("12 Elm St") stay with :mod:`biy_tui.core.privacy.patterns` as ``address``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

from biy_tui.core.privacy.lexicon import lexicon
from biy_tui.core.privacy.names_words import CALENDAR, DETERMINERS, FUNCTION, NEVER, SHORTHAND
from biy_tui.core.privacy.spans import Span, wordset
from biy_tui.core.privacy.windows import run_starts, scan_runs

_TYPES_ANY_CASE = (
    r"street|st|avenue|ave|av|road|rd|trail|trl|boulevard|blvd|drive|crescent|cres|highway|hwy|"
    r"parkway|pkwy|lane|ln|gate|close|court|crt|ct|terrace|circle|way|place|pl|row|mews|bay|"
    r"green|grove|heights|hts|point|rise|landing|square|sq|plaza|line|sideroad|concession"
)
_TYPES_ORDINAL = r"street|st|avenue|ave|av|road|rd|trail|trl|boulevard|blvd|drive|dr|highway|hwy"
_DIRECTION = r"(?:ne|nw|se|sw|n\.?e\.?|n\.?w\.?|s\.?e\.?|s\.?w\.?|north|south|east|west|n|s|e|w)"
_FACILITIES = (
    r"House|Houses|Shelter|Shelters|Lodge|Inn|Motel|Hotel|Manor|Haven|Centre|Center|Clinic|"
    r"Hospital|Mission|Residence|Residences|Home|Homes|Apartments|Apts|Towers?|Hall|Church|"
    r"Mall|Station|Commons|Kitchen|Cafe|Café|Hostel|Suites|Arms|Recovery|Outreach|Drop-?[Ii]n|"
    r"Society|Housing|Cottage|Motor\s+Inn|Healing\s+Lodge|Place|Village|Court|Gardens|Estates|"
    r"Detox|Hub|Villa|Retreat|Sanctuary|Refuge|Safehouse|Ministries|Ministry|Suites|Lofts|"
    r"Shelters|Hostels|Haven|Residences"
)
_AREAS = (
    r"Hills?|Heights|Park|Ridge|Lawn|Glen|Valley|Creek|Downs|Meadows?|Springs|Crossing|"
    r"Landing|Acres|Woods?|View|Vista|Pointe?|Bay|Green|Gardens|Estates|Village|Square|Terrace|"
    r"Flats|Bend|Ranch|Lake|Shores?|Wood|Grove|Dale|Gate|Mews|Hollow|Lands|Commons|Pines|Rise|"
    r"Trails|Heath|Brook|Gardens|Vale|Farm|Fields?|Island|Islands|Bridge|River|Falls"
)
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*"
_WEAK_PREP: Final = wordset("to from up by for")
"""Before one capitalised word that is also a word or a surname, these say too little."""
_CONTEXT = (
    r"\b(?i:at|outside|near|behind|beside|inside|in|into|around|past|from|to|on|off|along|down|"
    r"up|by|onto|for|over|through|across|via|between|towards|toward|within)\s+"
    r"(?:(?i:the)\s+)?(?=[A-Z0-9])"
)
_LINE_SERVICES: Final = wordset(
    "info help crisis support phone chat text tip hot talk warm distress one safety"
)
"""Before "Line", these make a phone line, not a road ("the Family Violence Info Line")."""
_PLAIN_HEADS: Final = wordset("home place")
"""In lower case, these need a word that is no plain word before them ("alpha house" does)."""
_PROGRAM_WORDS: Final = wordset(
    "group week session module class part room circle check-in checkin closing opening "
    "activity break lunch dinner tea zoom person care"
)
_ORG_ENDS: Final = wordset(
    """
    association associations services service network council coalition program programs
    programme federation union alliance agency authority commission department board
    committee aid works benefit benefits support supports act court courts police
    government office ministry army foundation trust bank line hotline helpline"""
)
"""A phrase ending in one of these names an organisation or a program, not a place."""
_TIME_HEADS: Final = wordset("day days eve year years week month weekend night holiday holidays")
"""A phrase ending in one of these is a holiday or a time: "Family Day", "Lunar New Year"."""
_GENERIC: Final = wordset(
    """
    new old women's womens woman's youth family legal dental medical walk-in downtown local
    emergency safe transition transitional halfway group treatment detox recovery health
    community free same other big small main public mental sexual city general children's
    kids' men's mens seniors senior drop-in 24-hour overnight day night crisis second-stage
    methadone addiction addictions opioid dental eye vision foot skin wellness counselling
    counseling food tax immigration employment job career sexual-health walk-in
    first-stage long-term short-term harm reduction supportive sober supervised shared own
    friend's mom's sister's aunt's cousin's boyfriend's ex's parents' grandma's dad's this
    that her his my our your their its a an the some any every next last whole entire
    subsidized subsidised affordable social non-market rental assault friendship distress
    resource pregnancy victim victims crisis support"""
)
"""Words before a facility word that name no facility: "the legal clinic", "a new shelter"."""
_BLOCK: Final = NEVER | DETERMINERS | CALENDAR | _PROGRAM_WORDS
PLACE_WORDS: Final = frozenset(
    w.casefold()
    for w in re.split(r"[|?\s]+", f"{_TYPES_ANY_CASE}|{_FACILITIES}|{_AREAS}")
    if w.isalpha()
) | wordset("ne nw se sw north south east west mount mt drop-in dropin corner")
"""Street types, facility and area words: parts of a place, never learned on their own."""


@cache
def _rx() -> dict[str, re.Pattern[str]]:
    c = re.compile
    ordinal = r"\d{1,3}(?:st|nd|rd|th)"
    return {
        "ordinal": c(
            rf"(?i)(?=\d)(?<![\w\-$#])(?:{ordinal}|\d{{1,3}})\s+(?:{_TYPES_ORDINAL})\b\.?"
            rf"(?:\s+{_DIRECTION}\b\.?)?"
        ),
        "highway": c(r"(?i)(?=h)\b(?:highway|hwy\.?)\s*#?\s*\d{1,3}[a-z]?\b"),
        "named": c(
            rf"(?=[A-ZÀ-ÖØ-ÞĀ-Ž0-9])(?<![\w\-])(?:{_CAP}\s+){{0,2}}(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th))\s+"
            rf"(?:Street|St|Avenue|Ave|Av|Road|Rd|Trail|Trl|Tr|Boulevard|Blvd|Drive|Dr|Way|"
            rf"Crescent|Cres|Lane|Ln|Close|Gate|Court|Crt|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|"
            rf"Terrace|Circle|Row|Line|Mews|Rise|Landing|Plaza)\b\.?"
            rf"(?:\s+(?i:{_DIRECTION})\b\.?)?"
        ),
        "lower_street": c(
            r"(?=[oandutfb])\b(?:on|off|at|near|along|down|up|to|from|onto|by|across)\s+"
            r"((?:[a-z][\w'’\-]*\s+){0,1}[a-z][\w'’\-]*\s+"
            r"(?:street|st|avenue|ave|road|rd|trail|boulevard|blvd|drive|crescent|highway)\b\.?"
            rf"(?:\s+{_DIRECTION}\b\.?)?)"
        ),
        "corner": c(
            rf"(?=[CcIiAaNnBbOo])(?i:\b(?:corner\s+of|intersection\s+of|at|near|by|on|off|around)\s+(?:the\s+)?)"
            rf"((?:{ordinal}|{_CAP}(?:\s+{_CAP})?|(?i:[a-z]+))"
            rf"(?:\s+(?i:{_TYPES_ANY_CASE}))?\.?(?:\s+(?i:{_DIRECTION}))?"
            rf"(?:\s*[&/]\s*|\s+(?:and|at)\s+)"
            rf"(?:{ordinal}|{_CAP}(?:\s+{_CAP})?|\d{{2,3}}(?!\s*(?:am|pm|minutes|mins))|"
            rf"(?i:[a-z]+))"
            rf"(?:\s+(?i:{_TYPES_ANY_CASE}))?\.?(?:\s+(?i:{_DIRECTION})\b)?)"
        ),
        "facility": c(
            rf"(?=[A-ZÀ-ÖØ-ÞĀ-Ž])(?<![\w\-])((?:{_CAP}\s+(?:(?:of|the|for|de|du|and|&)\s+)?){{1,4}}"
            rf"(?:{_FACILITIES})|(?:Inn|House|Centre|Center|Haven|Place|Home)\s+(?:of|for|from|on)"
            rf"\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})?)(?![\w\-])"
        ),
        "area": c(
            rf"(?=[A-ZÀ-ÖØ-ÞĀ-Ž])(?<![\w\-])(?:(?:{_CAP}\s+){{1,2}}(?:{_AREAS})|Mount\s+{_CAP}|Mt\.?\s+{_CAP})"
            r"(?![\w\-])"
        ),
        "context": c(
            rf"(?=[AaOoNnBbIiPpFfTtDdUuVvWw]){_CONTEXT}((?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th))"
            rf"(?:\s+(?:(?:of|the|de|la|du)\s+)?(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th)))"
            rf"{{0,3}})(?![\w\-])"
        ),
        "facility_lower": c(
            r"(?=[aionftbl])\b(?:at|into|in|outside|near|from|to|for|behind|beside|inside|leaving|left)\s+"
            r"(?:the\s+)?((?:[a-z][\w'’\-]*\s+){1,3}"
            r"(?:house|shelter|lodge|inn|motel|hotel|manor|haven|centre|center|clinic|hospital|"
            r"mission|residence|home|apartments|towers|hostel|suites|drop-in|place|village|"
            r"recovery|kitchen|outreach|society|housing|"
            r"hills?|heights|park|ridge|lawn|glen|valley|creek|downs|meadows?|springs|crossing|"
            r"landing|acres|woods?|bend|estates|gardens|point|street|avenue|road|trail|drive|"
            r"boulevard|crescent))\b"
        ),
        "store_on": c(
            rf"(?=[A-ZÀ-ÖØ-ÞĀ-Ž])(?<![\w\-])((?:{_CAP}\s+){{0,2}}{_CAP})\s+on\s+"
            rf"({ordinal}|{_CAP})(?:\s+(?i:{_TYPES_ANY_CASE})\b\.?)?(?:\s+{_DIRECTION}\b\.?)?"
            r"(?![\w\-])"
        ),
        "context_lower": c(
            r"(?=[MmBbLlSs])(?i:\b(?:moved\s+to|back\s+in|lives\s+in|living\s+in|staying\s+at|"
            r"sleeping\s+at|stays\s+at)\s+(?:the\s+)?)([a-z][\w'’\-]+)"
        ),
    }


def _words(phrase: str) -> list[str]:
    return [w.strip(".,").casefold().replace("’", "'").removesuffix("'s") for w in phrase.split()]


_SAFE_PLACES: Final = frozenset(
    """medicine hat|red deer|grande prairie|sherwood park|spruce grove|thunder bay|sylvan lake|
    high river|stony plain|fort mcmurray|fort saskatchewan|cold lake|slave lake|peace river|
    swift current|prince george|prince albert|moose jaw|corner brook|niagara falls|
    sault ste marie|banff national park|jasper national park|waterton lakes|lake louise|
    grand prairie|long island|prince edward island|vancouver island|new york|los angeles|
    st albert|st. albert|fort st john""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
"""Cities whose names hold a place word ("Red Deer", "Sherwood Park"): safe, like any city."""


def _all_safe(phrase: str) -> bool:
    """True when every word is known safe (a city, a brand) or says nothing (the, of).

    A place word makes a safe name specific ("Victoria Park", "Paris Motel"), unless
    the whole phrase is a city ("Red Deer", "Medicine Hat").
    """
    lex = lexicon()
    words = _words(phrase)
    if any(w in PLACE_WORDS for w in words):
        return " ".join(w for w in words if w != "the") in _SAFE_PLACES
    for word in words:
        if word in ("of", "the", "de", "la", "du", "and", "&", "for"):
            continue
        if word in lex.safe or word in _BLOCK or word in SHORTHAND:
            continue
        return False
    return True


def _person_only(phrase: str) -> bool:
    """A single word on the first-name list ("near Maria"): left to the name rules."""
    words = _words(phrase)
    return len(words) == 1 and words[0] in lexicon().first_names


def _preposition(text: str, start: int) -> str:
    """The word just before ``start``, skipping "the"."""
    before = text[max(0, start - 24) : start].split()
    if before and before[-1].lower() == "the":
        before = before[:-1]
    return before[-1].lower() if before else ""


def _first_is_sentence_word(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:;"


def find_places(text: str) -> Iterator[Span]:
    """Yield a ``place`` span for each facility, neighbourhood or street location."""
    for span in _candidates(text):
        end = span.end
        while end > span.start and text[end - 1] in ".,":
            end -= 1
        if end > span.start:
            yield Span(span.start, end, "place")


def _candidates(text: str) -> Iterator[Span]:
    r = _rx()
    # "12th Ave": each match begins a run of digits, so try it only where one begins.
    for m in scan_runs(r["ordinal"], text, [(0, len(text))], run_starts(text)):
        yield Span(m.start(), m.end(), "place")
    for m in r["named"].finditer(text):
        start = m.start()
        first = m.group().split()[0]
        if first.lower() in DETERMINERS or first.lower() in NEVER:
            start = m.start() + len(first) + 1
            if start >= m.end() - 2 or (not text[start].isupper() and not text[start].isdigit()):
                continue
            if len(text[start : m.end()].split()) < 2:
                continue
        parts = m.group().split()
        if all(w in _GENERIC for w in _words(" ".join(parts[:-1]))):
            continue  # "the Family Court judge": no street
        if (
            parts[-1].rstrip(".") == "Line"
            and len(parts) > 1
            and parts[-2].lower() in _LINE_SERVICES
        ):
            continue  # "the Family Violence Info Line", "the Crisis Line": a phone line
        yield Span(start, m.end(), "place")
    for m in r["lower_street"].finditer(text):
        names = [w.lower() for w in m.group(1).split()[:-1]]
        if not any(w in DETERMINERS or w in NEVER or w in FUNCTION for w in names):
            yield Span(m.start(1), m.end(1), "place")  # not "down by the road"
    for m in r["corner"].finditer(text):
        body = m.group(1)
        if (
            any(ch.isdigit() for ch in body)
            or re.search(rf"(?i)\b(?:{_TYPES_ANY_CASE})\b", body)
            or (
                text[max(0, m.start() - 1) : m.start(1)]
                .lower()
                .lstrip()
                .startswith(("corner", "intersection"))
            )
        ):
            yield Span(m.start(1), m.end(1), "place")
    yield from _named_places(text, r)


def _named_places(text: str, r: dict[str, re.Pattern[str]]) -> Iterator[Span]:
    for key in ("facility", "area"):
        for m in r[key].finditer(text):
            start, end = m.start(), m.end()
            words = m.group().split()
            # Drop a sentence's opening word that is not part of the name ("Then Alpha House").
            while words and words[0].casefold() in DETERMINERS | NEVER | CALENDAR:
                start += len(words[0]) + 1
                words = words[1:]
                while start < end and text[start] == " ":
                    start += 1
            if len(words) < 2:
                continue
            name_words = " ".join(words[:-1]) if key == "facility" else " ".join(words)
            if _all_safe(name_words):
                continue
            if key == "facility" and all(w in _GENERIC for w in _words(name_words)):
                continue  # "the Family Court judge", "a Women's Shelter": no one place
            yield Span(start, end, "place")
    for m in r["context"].finditer(text):
        parts = m.group(1).split()
        while parts and parts[-1].lower() in ("of", "the", "de", "la", "du"):
            parts.pop()
        if not parts or (len(parts) == 1 and parts[0].lower() == "the"):
            continue
        phrase = m.group(1)[: m.group(1).rindex(parts[-1]) + len(parts[-1])]
        start, end = m.start(1), m.start(1) + len(phrase)
        if _all_safe(phrase) or _person_only(phrase):
            continue
        if phrase.split()[-1].casefold() in _TIME_HEADS | _ORG_ENDS:
            continue  # "around Family Day", "for Lunar New Year", "from the … Association"
        prep = _preposition(text, start)
        words = _words(phrase)
        if (
            len(words) == 1
            and words[0] in lexicon().words
            and _first_is_sentence_word(text, m.start())
        ):
            continue  # "In Money in, show…", "On Ladders, list…": a heading, not a place
        if len(words) == 1 and words[0] in PLACE_WORDS:
            continue  # "on Highway 2", "at House": a place word without its name
        if prep in _WEAK_PREP and len(words) == 1 and not any(ch.isdigit() for ch in phrase):
            lex = lexicon()
            word = words[0]
            if word in lex.words or word in lex.surnames:
                continue  # "went to Group", "talked to Brown": not enough to say a place
        if words[-1] in PLACE_WORDS and all(w in _GENERIC for w in words[:-1]):
            continue  # "from the Sexual Assault Centre": a kind of service, not one place
        if len(words) == 1 and phrase.isupper() and len(phrase) <= 5:
            continue  # "on the CHC list", "at AADAC": an agency's letters, not where she is
        if phrase.endswith(("'s", "’s")):
            continue  # "at Maria's": a person's place, left to the name rules
        yield Span(start, end, "place")
    lex = lexicon()
    for m in r["facility_lower"].finditer(text):
        words = m.group(1).split()
        names = words[:-1]
        # Keep the words back from the facility word up to the first that names nothing.
        keep: list[str] = []
        for word in reversed(names):
            low = word.casefold().replace("’", "'")
            if low in DETERMINERS or low in NEVER or low in _BLOCK or low in _TIME_HEADS:
                break
            keep.insert(0, low)
        if not keep or all(w in _GENERIC or w in lex.safe for w in keep):
            continue
        if words[-1].lower() in _PLAIN_HEADS and all(w in lex.words for w in keep):
            continue  # "to take home", "from place to place": plain words before "home"
        start = m.end(1) - len(" ".join(words[len(names) - len(keep) :]))
        yield Span(start, m.end(1), "place")
    for m in r["context_lower"].finditer(text):
        word = m.group(1).casefold()
        if word not in lex.words and word not in lex.safe and word not in SHORTHAND:
            yield Span(m.start(1), m.end(1), "place")
    for m in r["store_on"].finditer(text):
        # "the Safeway on 17th", "Tim Hortons on Centre St": a known store is a place once
        # its street is said (not "Walmart on Tuesday", "Zoom on Monday").
        head, street = _words(m.group(1)), m.group(2)
        while head and head[0] in DETERMINERS | NEVER | CALENDAR:
            head = head[1:]
        if not head or not all(w in lex.safe and w not in CALENDAR for w in head):
            continue
        low = street.casefold()
        if not street[0].isdigit() and (low in CALENDAR or low in lex.safe or low in _BLOCK):
            continue
        start = m.end(1) - len(" ".join(m.group(1).split()[-len(head) :]))
        yield Span(start, m.end(), "place")

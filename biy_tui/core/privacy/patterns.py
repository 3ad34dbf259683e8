"""Structured identifiers: phone, e-mail, web, handle, address, postal, date, ID.

Each detector is a compiled regular expression, sometimes with a small check in
Python (a checksum, a nearby word). The expressions are compiled on first use,
so importing the guard stays cheap. Ages live in :mod:`biy_tui.core.privacy.ages`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from biy_tui.core.privacy.spans import Span, wordset
from biy_tui.core.privacy.windows import (
    Windows,
    chunk_windows,
    digit_windows,
    run_starts,
    scan,
    scan_runs,
)

# --- building blocks -------------------------------------------------------

_MONTHS_EN = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|"
    r"aug(?:ust|\.)?|sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
)
_MONTHS_FR = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|"
    r"d[ée]cembre"
)
_MONTH = rf"(?:{_MONTHS_EN}|{_MONTHS_FR})"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er)?"
_YEAR = r"(?:19|20)\d{2}"

# Street types written in any case ("45 elm street"), then the longer list of
# Canada Post and USPS street types, which must be capitalised ("12 Maple Gardens").
_STREET_TYPES = (
    r"street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|crescent|cres|"
    r"place|pl|way|terrace|terr|trail|trl|parkway|pkwy|circle|cir|highway|hwy|square|sq|"
    r"heights|hts|concession|sideroad|crt"
)
_STREET_TYPES_CAPITALISED = (
    r"Alley|Annex|Arcade|Bayou|Beach|Bend|Bluffs?|Bottom|Branch|Bridge|Brooks?|Burgs?|Bypass|"
    r"Camp|Canyon|Cape|Causeway|Cent(?:er|re)s?|Circles?|Cliffs?|Close|Club|Commons?|Corners?|"
    r"Course|Courts?|Coves?|Creek|Crest|Crossing|Crossroads?|Curve|Dale|Dam|Divide|Drives?|"
    r"Estates?|Expressway|Extensions?|Falls?|Ferry|Fields?|Flats?|Fords?|Forest|Forges?|Forks?|"
    r"Fort|Freeway|Gardens?|Gate|Gateway|Glens?|Greens?|Groves?|Harbou?rs?|Haven|Highway|Hills?|"
    r"Hollow|Inlet|Islands?|Isle|Junctions?|Keys?|Knolls?|Lakes?|Land|Landing|Lights?|Line|Loaf|"
    r"Locks?|Lodge|Loop|Mall|Manors?|Meadows?|Mews|Mills?|Mission|Motorway|Mount|Mountains?|Neck|"
    r"Orchard|Oval|Overpass|Parks?|Parkways?|Pass|Passage|Path|Pike|Pines?|Plains?|Plaza|Points?|"
    r"Ports?|Prairie|Private|Radial|Ramp|Ranch|Rapids?|Rest|Ridges?|River|Roads?|Route|Row|Run|"
    r"Shoals?|Shores?|Skyway|Springs?|Spurs?|Squares?|Station|Stravenue|Stream|Streets?|Summit|"
    r"Terrace|Throughway|Trace|Track|Trafficway|Trailer|Tunnel|Turnpike|Underpass|Unions?|"
    r"Valleys?|Via|Viaduct|Views?|Villages?|Ville|Vista|Walks?|Wall|Ways?|Wells?"
)
_SHORT_TYPES = wordset("st av ave rd dr ln ct cres pl terr trl pkwy cir hwy sq hts crt")
_STREET_STOP = wordset(
    """
    a an the to of in on at by for from with and or but down up over into onto out off about
    around near past through across along toward towards than then so if as is was are were be
    been her his their our my your its she he they we i you it this that these those some any
    all few many more most other people women kids times minutes mins hours hrs days weeks months
    years blocks steps km miles metres meters dollars bucks ways things ones"""
)
_DIRECTION = r"(?:north|south|east|west|n|s|e|w|ne|nw|se|sw)\.?"

_US_STATES = sorted(
    wordset(
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
        "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
    )
)

_ACRONYMS = wordset(
    """
    PTSD ODSP CMHA OHIP COVID YWCA YMCA CPTSD EMDR AODA WSIB CERB CCB GST HST RRSP TFSA CAS
    CPP OAS EI SIN ICU ER DBT CBT STI HIV AIDS ASAP FAQ PDF TV AM PM"""
)

_NOT_EMAIL_USERS = wordset(
    "is was are were be been me her him them us it up over out stay stays stayed she he they we "
    "i you works worked working lives live living now still sleeps sleeping and or but"
)
_NOT_HANDLES = wordset("the home work noon night my a an everyone all group here")

_HEALTH_CONTEXT = re.compile(r"(?i)(?:health|ohip|card|hc|ramq|carte|msp|ahcip)\W{0,3}\S{0,12}\s*$")


_LINK_MARK = re.compile(r"\.[A-Za-z]|://")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n")
_WORD_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]")


def luhn_ok(digits: str) -> bool:
    """Return True when a string of digits passes the Luhn (mod 10) check.

    SIN and Ontario health-card numbers carry a Luhn check digit.
    """
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = ord(ch) - 48
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


# --- compiled expressions ----------------------------------------------------


class _Rx:
    r"""All expressions, compiled together on first use.

    Most begin with a look-ahead for their first character (``(?=\d)``, ``(?=[cf...])``)
    before the look-behind: the engine then skips ahead to candidate characters
    instead of trying the look-behind at every position (about a third faster).
    """

    def __init__(self) -> None:
        c = re.compile
        self.email = c(
            r"(?=[\w.+\-])(?<![\w.+\-])[\w.+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(?![\w\-])"
        )
        self.email_spelled = c(
            r"(?i)(?<![\w.])[\w.+\-]+\s*(?:\(at\)|\[at\]|\sat\s)\s*[\w\-]+\s*"
            r"(?:\(dot\)|\[dot\]|\sdot\s|\.)\s*(?:com|ca|org|net)\b"
        )
        self.url = c(r"(?i)(?=[hHwW])(?<![\w@])(?:https?://|www\.)[^\s<>\"'\[\]{}|\\^`]+")
        self.domain = c(
            r"(?i)(?=[A-Za-z0-9])(?<![\w@.\-/])(?:[a-z0-9](?:[a-z0-9_\-]*[a-z0-9])?\.)+"
            r"(?:com|ca|org|net|info|io|me|co|ly|app|gov|edu|biz|us|tv|xyz|link|site|online|page|gg|"
            r"cc|ee|fans|xxx|club|live|cam|chat|to|ws|eu|uk|de|fr|au|sex|vip|pro|bio|social|"
            r"world|space|store|shop|life|top|cloud|fm|tk|ml|ga|cf|gq|porn|dating|escort|"
            r"agency|website|blog|ch|nl|ru|ph|vn|in|so|er|et|ke|ng)"
            r"(?:/[^\s<>\"'\[\]{}|\\^`]*)?(?![\w\-@])"
        )
        self.domain_path = c(
            r"(?i)(?=[A-Za-z0-9])(?<![\w@.\-/])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+[a-z]{2,10}"
            r"/[^\s<>\"'\[\]{}|\\^`]+"
        )
        # Cheap checks that let a costly expression be skipped on most notes.
        self.spelled_gate = c(r"(?i)(?=[.d])(?:\.|dot\W?)\s*(?:com|ca|org|net)\b")
        self.five_digits = c(r"\d{5}")
        self.year = c(r"(?:19|20)\d\d")
        self.handle = c(
            r"(?=@)(?<![\w@.+\-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])"
        )
        self.handle_ctx = c(
            r"(?i)(?=[istfdk])\b(?:ig|insta(?:gram)?|snap(?:chat)?|tiktok|twitter|fb|facebook|discord|"
            r"telegram|kik)\s*(?:handle|name|username|user)?\s*[:=]\s*@?([A-Za-z0-9_][A-Za-z0-9_.]{2,29})"
        )
        self.phone = c(
            r"(?=[\d+(])(?<![\w+@/#\-.])(?:\+?1[\s.\-]?)?(?:\(\s*\d{3}\s*\)|\d{3})\s?[\s.\-]?\s?\d{3}[\s.\-]?\d{4}"
            r"(?:\s*(?:ext\.?|x|extension|poste|#)\s*\d{1,6})?(?![\w\-]|\.\d)"
        )
        self.phone_local = c(r"(?=\d)(?<![\w\-.$#/])\d{3}[\-.]\d{4}(?![\w\-/]|\.\d)")
        self.phone_intl = c(
            r"(?=\+)(?<![\w+])\+(?:[2-9]\d{0,2})(?:[\s.\-]?\(?\d{1,4}\)?){2,5}(?![\w])"
        )
        self.health = c(
            r"(?=\d)(?<![\w\-])(?:\d{4}([\s\-])\d{3}\1\d{3}(?:[\s\-]?[A-Za-z]{2})?|\d{10}[\s\-]?[A-Z]{2}|"
            r"\d{10}[a-z]{2})(?![\w\-])"
        )
        self.sin = c(r"(?=\d)(?<![\w\-])\d{3}([\s\-])\d{3}\1\d{3}(?![\w\-]|\s\d)")
        self.long_digits = c(r"(?=\d)(?<![\w])\d{9,}(?![\w])")
        self.driver = c(r"(?=[A-Za-z])(?<![\w\-])[A-Za-z]\d{4}[\s\-]?\d{5}[\s\-]?\d{5}(?![\w\-])")
        self.plate = c(r"(?=[A-Z])(?<![\w\-])([A-Z]{3,4})[\s\-](\d{3,4})(?![\w\-])")
        self.plate_ctx = c(
            r"(?i)(?=[plctvsdi])\b(?:plates?|licen[cs]e|car|truck|van|suv|vehicle|drives?|driving|drove|parked|"
            r"immatriculation)\b"
        )
        self.plate_any = c(r"(?<![\w\-])[A-Za-z0-9]{2,4}[\s\-]?[A-Za-z0-9]{2,4}(?![\w\-])")
        self.case_no = c(
            r"(?i)(?=[cfdrmapiotwesbn])\b(?:case|file|client|claim|docket|court|chart|record|ref|reference|mrn|member|"
            r"account|acct|policy|incident|occurrence|occ|report|ticket|warrant|dossier|matter|"
            r"information|epo|order|summons|booking|inmate|offender|police|cfs|cps|rcmp|"
            r"eps|file\s+number|reference\s+number|number|no\.)"
            r"((?:\s*(?:no\.?|nos?\.|num(?:ber)?\.?|id|#|is|was|of|:|,)(?![a-z])){0,3}\s*[:#]?\s*|\s+)"
            r"(#?[A-Za-z]{0,4}[\-\s]?\d[\d\-/]{2,}(?:\s\d{3,}[\d\-/]*)?[A-Za-z0-9]*)(?![\w\-])"
        )
        self.case_shape = c(
            r"(?=[#A-Za-z\d])(?<![\w\-/.#])#?(?:[A-Za-z]{1,4}-)?(?:\d{2}|\d{4})-\d{4,7}(?:-\d{1,5})?(?![\w\-/])"
        )
        self.case_letters = c(
            r"(?=[A-Z\d])(?<![\w\-/.#])(?:[A-Z]{1,4}-?\d{5,}[A-Z]?\d{0,3}|\d{6,}[A-Z]{1,3}\d{0,3}|"
            r"[A-Z]{1,4}\d{2}-\d{4,7}|\d{7,8})(?![\w\-/]|[.,]\d)"
        )
        self.case_spaced = c(r"(?=\d)(?<![\w\-])\d{4}\s\d{5}(?![\w\-]|\s\d)")
        self.phn_ab = c(r"(?=\d)(?<![\w\-])\d{5}\s\d{4}(?![\w\-]|\s\d)")
        self.hash_no = c(r"(?=#)(?<![\w#&])#\d{2,}[\-/]\d{2,}(?![\w\-])")
        self.postal_ca = c(
            r"(?i)(?=[A-Za-z])(?<![\w\-])[abceghj-nprstvxy]\d[abceghj-nprstv-z][ \-]?"
            r"\d[abceghj-nprstv-z]\d"
            r"(?![\w\-])"
        )
        self.zip4 = c(r"(?=\d)(?<![\w\-])\d{5}-\d{4}(?![\w\-])")
        self.zip_ctx = c(
            rf"(?=[{''.join(sorted({st[0] for st in _US_STATES}))}ZzPpCc])"  # a first letter
            rf"(?:\b(?:{'|'.join(_US_STATES)})\.?,?\s+|(?i:\b(?:zip|zip\s*code|postal\s*code|"
            rf"code\s*postal)\s*[:#]?\s*))(\d{{5}})(?![\w\-])"
        )
        self.street = c(
            rf"(?=\d)(?<![\w#\-/.])(\d{{1,6}}[A-Za-z]?(?:\s?-\s?\d{{1,6}})?),?\s+"
            rf"((?:(?i:{_DIRECTION})\s+)?(?:[\w'’.\-]+\s+){{0,3}}?[\w'’.\-]+?)\s+"
            rf"((?i:{_STREET_TYPES})|{_STREET_TYPES_CAPITALISED})\b\.?"
            rf"(?:\s+(?i:{_DIRECTION})(?!\w))?"
        )
        # Typed in lower case with a rarer street type: a civic number of 3+ digits.
        self.street_lower = c(
            rf"(?=\d)(?<![\w#\-/.])\d{{3,6}},?\s+((?:[a-z][\w'’.\-]*\s+)?[a-z][\w'’.\-]*)\s+"
            rf"(?:{_STREET_TYPES_CAPITALISED.lower()})\b"
        )
        self.street_no_number = c(
            r"(?=[onat])\b(?:on|off|near|at|to)\s+((?:[A-Z][\w'’\-]*\s+){1,3}"
            r"(?i:street|avenue|road|boulevard|drive|lane|crescent|court|parkway|highway))\b"
        )
        self.rue = c(
            r"(?=\d)(?<![\w#\-/.])\d{1,6}[a-z]?,?\s+(?:"
            r"(?i:rue|boulevard|boul\.|chemin|ch\.|mont[ée]e|impasse|all[ée]e?)\s+"
            r"(?:(?i:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|l['’])\s*)?[\w'’\-]+"
            r"|(?i:avenue|av\.|route|rang|place|c[ôo]te|promenade|croissant|terrasse)\s+"
            r"(?:(?i:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|l['’])\s*)?[A-ZÀ-Ý0-9][\w'’\-]*)"
            r"(?:[\s\-]+[A-ZÀ-Ý][\w'’\-]*){0,3}"
        )
        self.rue_lower = c(
            r"(?=\d)(?<![\w#\-/.])\d{3,6},?\s+(?i:avenue|av\.|route|rang|place|c[ôo]te|promenade|"
            r"croissant|terrasse)\s+[a-zà-ÿ][\w'’\-]*"
        )
        self.unit = c(
            r"(?i)(?=[ausl])\b(?:apt|apartment|appt|unit|suite|ste|logement)\.?\s*(?:#|no\.?|number)?\s*"
            r"\d{1,5}[a-z]?\b"
        )
        self.unit_hash = c(r"(?=#)(?<![\w#&])#\s?\d{2,5}[A-Za-z]?\b(?![\-/]\d)")
        self.po_box = c(
            r"(?i)(?=[pPrRcC])\b(?:p\.?\s?o\.?\s?box|post\s+office\s+box|case\s+postale|r\.?r\.?|rural\s+route)"
            r"\s*#?\s*\d{1,6}\b|\bC\.P\.\s*\d{1,6}\b"
        )
        self.corner = c(
            r"(?=[cC])(?i:\bcorner\s+of\s+|\bcoin\s+)([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?\s+(?:and|&|et)\s+"
            r"[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)"
        )
        self.date_mdy = c(rf"(?i)(?=[jfmasond])\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")
        self.date_dmy = c(rf"(?i)(?=\d)\b{_DAY}\s+(?:of\s+|de\s+)?{_MONTH},?\s+{_YEAR}\b")
        self.date_iso = c(
            r"(?=[12])(?<![\w/.\-])(?:19|20)\d{2}([\-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\w/\-]|\.\d)"
        )
        self.date_num = c(
            r"(?=\d)(?<![\w/.\-])(\d{1,2})([\-/.])(\d{1,2})\2((?:19|20)\d{2}|\d{2})(?![\w/\-]|\.\d)"
        )
        self.birth = c(
            rf"(?i)(?=[dbn])\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s?date|born(?:\s+(?:on|in))?|"
            rf"birthday(?:\s+(?:is|was|on))?|n[ée]e?\s+le)\s*[:\-]?\s*"
            rf"((?:{_MONTH})\.?\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+(?:of\s+)?(?:{_MONTH})(?:,?\s+{_YEAR})?"
            rf"|(?:{_MONTH})\.?,?\s+{_YEAR}|{_YEAR}|\d{{1,2}}[/\-.]\d{{1,2}}(?:[/\-.]\d{{2,4}})?)\b"
        )
        self.at_digits = frozenset(
            {
                self.phone_local,
                self.health,
                self.sin,
                self.long_digits,
                self.case_spaced,
                self.phn_ab,
                self.zip4,
                self.street_lower,
                self.rue,
                self.rue_lower,
                self.date_dmy,
                self.date_iso,
                self.date_num,
            }
        )
        """Expressions that open with a digit no word character precedes: each match
        begins a run of digits (see :func:`~biy_tui.core.privacy.windows.scan_runs`)."""


def _scan(pattern: re.Pattern[str], text: str, windows: Windows) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``windows``, tried only where digits begin when it can be."""
    if pattern in rx().at_digits:
        return scan_runs(pattern, text, windows, _starts(text))
    return scan(pattern, text, windows)


_last: list[tuple[str, list[int]]] = []


def _starts(text: str) -> list[int]:
    """Where the runs of digits of ``text`` begin (the last note's, remembered)."""
    if _last and _last[0][0] is text:
        return _last[0][1]
    starts = run_starts(text)
    _last[:] = [(text, starts)]
    return starts


@cache
def rx() -> _Rx:
    """Return the compiled expressions (compiled once, on first use)."""
    return _Rx()


# --- detectors ----------------------------------------------------------------


def _holding(needle: re.Pattern[str], text: str, windows: Windows) -> Windows:
    """Return the windows in which ``needle`` occurs.

    An expression whose every match holds ``needle`` ("\\d{5}", a year) finds the
    same matches in these windows alone: a window is where a match must lie.
    """
    return [(a, b) for a, b in windows if needle.search(text, a, b)]


def _phones(text: str, windows: Windows | None = None) -> Iterator[Span]:
    r = rx()
    w = [(0, len(text))] if windows is None else windows
    for m in _scan(r.phone, text, w):
        digits = "".join(ch for ch in m.group() if ch.isdigit())
        kind = "phone"
        if m.group().isdigit() and len(digits) == 10:
            # A bare 10-digit number: a phone number unless it looks like a health card.
            before = text[max(0, m.start() - 24) : m.start()]
            nanp = digits[0] in "23456789" and digits[3] in "23456789"
            if _HEALTH_CONTEXT.search(before) or (not nanp and luhn_ok(digits)):
                kind = "id_number"
        yield Span(m.start(), m.end(), kind)
    for m in _scan(r.phone_local, text, w):
        yield Span(m.start(), m.end(), "phone")
    for m in _scan(r.phone_intl, text, w) if "+" in text else ():
        if sum(ch.isdigit() for ch in m.group()) >= 8:
            yield Span(m.start(), m.end(), "phone")


def _web(text: str, windows: Windows | None = None) -> Iterator[Span]:
    r = rx()
    for m in r.email.finditer(text) if "@" in text else ():
        yield Span(m.start(), m.end(), "email")
    spelled = r.email_spelled.finditer(text) if r.spelled_gate.search(text) else ()
    for m in spelled:
        user = re.split(r"\s|\(|\[", m.group(), maxsplit=1)[0].lower()
        if user in _NOT_EMAIL_USERS or text[m.end() : m.end() + 1] == "/":
            continue  # "she is at onlyfans.com/…": a link, not a spelled-out e-mail
        yield Span(m.start(), m.end(), "email")
    links = chunk_windows(text, _LINK_MARK) if "." in text or "/" in text else []
    for pattern in (r.url, r.domain, r.domain_path) if links else ():
        for m in _scan(pattern, text, links):
            end = m.end()
            while end > m.start() and text[end - 1] in ".,;:!?)'\"":
                end -= 1
            if end - m.start() > 4:
                yield Span(m.start(), end, "url")
    for m in r.handle.finditer(text) if "@" in text else ():
        body = m.group()[1:]
        low = body.lower()
        if (
            any(ch.isalpha() for ch in body)
            and low not in _NOT_HANDLES
            and not re.fullmatch(r"\d{1,2}(?:am|pm|h)?", low)
        ):
            yield Span(m.start(), m.end(), "handle")
    for m in r.handle_ctx.finditer(text) if ":" in text or "=" in text else ():
        yield Span(m.start(1), m.end(1), "handle")


def _ids(text: str, windows: Windows | None = None) -> Iterator[Span]:
    r = rx()
    w = [(0, len(text))] if windows is None else windows
    if not w:
        return
    for m in _scan(r.hash_no, text, w) if "#" in text else ():
        yield Span(m.start(), m.end(), "case_number")
    five = _holding(r.five_digits, text, w)  # where a run of five digits is
    for pattern in (r.health, r.sin, r.long_digits, r.driver):
        for m in _scan(pattern, text, five if pattern in (r.long_digits, r.driver) else w):
            size = len(m.group())
            if pattern is r.long_digits and (size == 10 or (size == 11 and m.group()[0] == "1")):
                continue  # left to the phone detector, which decides
            yield Span(m.start(), m.end(), "id_number")
    for m in _scan(r.plate, text, w):
        if m.group(1) not in _ACRONYMS:
            from biy_tui.core.privacy.lexicon import lexicon

            if m.group(1).lower() not in lexicon().words:
                yield Span(m.start(), m.end(), "id_number")
    for m in r.plate_ctx.finditer(text):
        # A vehicle word: look at the rest of the sentence for something shaped like a plate.
        stop = _SENTENCE_STOP.search(text, m.end())
        window_end = stop.start() if stop is not None else len(text)
        pos = m.end()
        for word in _WORD_START.finditer(text, m.end(), window_end):
            if word.start() < pos:
                continue
            cand = r.plate_any.match(text, word.start(), window_end)
            if cand is not None and _plate_like(cand.group()):
                yield Span(cand.start(), cand.end(), "id_number")
                pos = cand.end()
    for m in _scan(r.case_no, text, w):
        number = m.group(2)
        digits = sum(ch.isdigit() for ch in number)
        marked = bool(m.group(1).strip()) or "-" in number or "#" in number
        if digits >= 4 or (digits >= 3 and marked):
            yield Span(m.start(2), m.end(2), "case_number")
    for m in _scan(r.case_shape, text, w):
        parts = m.group().lstrip("#").split("-")
        years = [p for p in parts if len(p) == 4 and p[:2] in ("19", "20")]
        if len(parts) == 2 and len(years) == 2:
            continue  # "2019-2024": a span of years
        yield Span(m.start(), m.end(), "case_number")
    for pattern in (r.case_letters, r.case_spaced):
        for m in _scan(pattern, text, five if pattern is r.case_spaced else w):
            yield Span(m.start(), m.end(), "case_number")
    for m in _scan(r.phn_ab, text, five):
        yield Span(m.start(), m.end(), "id_number")


def _plate_like(plate: str) -> bool:
    """True for ABCD 123, ABC-1234, A12 BCD, AB1 23C: letters and digits, shaped like a plate."""
    alnum = [ch for ch in plate if ch.isalnum()]
    letters = [ch for ch in alnum if ch.isalpha()]
    if len(alnum) < 5 or not letters or len(letters) == len(alnum) or _ordinal(plate):
        return False
    if all(ch.isupper() for ch in letters):
        return True
    # Typed in lower case: only when written as one piece ("abcd123").
    return plate.isalnum() and len(letters) >= 2 and len(alnum) - len(letters) >= 2


def _ordinal(word: str) -> bool:
    """True for "21st", "3rd", "1990s", "4x4": numbers with a suffix, not plates."""
    return re.fullmatch(r"(?i)\d+(?:st|nd|rd|th|s|am|pm|h|min|km|kg|lb|lbs|x\d+)", word) is not None


def _places(text: str, windows: Windows | None = None) -> Iterator[Span]:
    r = rx()
    w = [(0, len(text))] if windows is None else windows
    for m in _scan(r.postal_ca, text, w):
        yield Span(m.start(), m.end(), "postal")
    five = _holding(r.five_digits, text, w)  # a ZIP code holds five digits
    for m in _scan(r.zip4, text, five):
        yield Span(m.start(), m.end(), "postal")
    for m in _scan(r.zip_ctx, text, five):
        yield Span(m.start(1), m.end(1), "postal")
    for a, b in w:
        pos = a
        while (street := r.street.search(text, pos, b)) is not None:
            if _street_ok(street.group(2), street.group(3)):
                yield Span(street.start(), street.end(), "address")
                pos = street.end()
            else:
                pos = street.start(2)
    for m in _scan(r.street_lower, text, w):
        if not any(w in _STREET_STOP for w in m.group(1).split()):
            yield Span(m.start(), m.end(), "address")
    for m in r.street_no_number.finditer(text):
        yield Span(m.start(1), m.end(1), "address")
    for pattern in (r.rue, r.rue_lower, r.unit, r.unit_hash, r.po_box):
        if pattern is r.unit_hash and "#" not in text:
            continue
        for m in _scan(pattern, text, w):
            yield Span(m.start(), m.end(), "address")
    for m in r.corner.finditer(text):
        yield Span(m.start(1), m.end(1), "address")


def _street_ok(name: str, street_type: str) -> bool:
    """Check the words between a civic number and a street type look like a street name."""
    words = name.split()
    if not words:
        return False
    lowered = [w.strip(".").lower() for w in words]
    if any(w in _STREET_STOP for w in lowered):
        return False
    capitalised = all(w[0].isupper() or w[0].isdigit() for w in words)
    if street_type[0].isupper() and not street_type.isupper() and not capitalised:
        return False  # "3 blocks Park": a capitalised type needs a capitalised name
    if capitalised or street_type.lower() not in _SHORT_TYPES:
        return True
    # "45 elm st" typed all in lower case: accept short names only.
    return street_type.islower() and len(words) <= 2


def _dates(text: str, windows: Windows | None = None) -> Iterator[Span]:
    r = rx()
    w = [(0, len(text))] if windows is None else windows
    years = _holding(r.year, text, w)  # these dates hold a year
    for pattern in (r.date_mdy, r.date_dmy, r.date_iso) if years else ():
        for m in _scan(pattern, text, years):
            yield Span(m.start(), m.end(), "date")
    for m in _scan(r.date_num, text, w):
        a, b = int(m.group(1)), int(m.group(3))
        if m.group(2) != "/" and len(m.group(4)) == 2:
            continue  # 3-4-24 or 3.4.24: too often not a date
        if 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12):
            yield Span(m.start(), m.end(), "date")
    for m in _scan(r.birth, text, w):
        yield Span(m.start(1), m.end(1), "date")


DETECTORS: tuple[Callable[[str, Windows | None], Iterator[Span]], ...] = (
    _web,
    _phones,
    _ids,
    _places,
    _dates,
)
"""Every structured detector, each ``(text, windows near digits) -> candidate spans``."""


def structured(text: str) -> list[Span]:
    """Return candidate spans for every structured kind (may overlap)."""
    windows = digit_windows(text)
    found: list[Span] = []
    for detect in DETECTORS:
        found.extend(detect(text, windows))
    _last.clear()  # keep no note in memory after the call
    return found

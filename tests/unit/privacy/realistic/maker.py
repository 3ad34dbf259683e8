"""Fill a template's ``{slots}`` with values of one split, and label them.

Slots that carry an identifier (the kind is the label):

- ``name``: ``first`` (a woman's first name), ``nick`` (nickname or short name),
  ``work`` (a working name that is an ordinary word), ``full`` (first name and
  surname, often a word or place: "Ana Yellowhorn", "Thi Lan Many Grey Horses"),
  ``sur`` (a surname alone, after a title), ``man`` / ``mfull`` (a man's name),
  ``sname`` (a street name: "Little Dre"), ``cityman`` (a man's name that is also
  a city), ``kid`` (a child's name).
- ``place``: ``facility``, ``hood`` (neighbourhood), ``road`` (a street location),
  ``corner`` (an intersection, one span: "17th Ave and 52 St SE").
- ``age``: ``age`` (an adult), ``teen``, ``kidage`` (a child): the number only,
  in digits or words ("7", "seven"), never "years old".
- ``case_number``: ``case``; ``phn``: ``phn``; and ``url``, ``handle``, ``phone``,
  ``email``, ``address``, ``postal``, ``date`` (``dob``).

Span convention: a full name is one span; a title ("Ms.") and a possessive
"'s" stay outside; a leading "the" stays outside a place.

Other slots (``count``, ``activity``, ``holiday`` …) are filled with harmless
values and carry no label.
"""

from __future__ import annotations

import random
import re
import unicodedata
from typing import NamedTuple

from tests.unit.privacy.realistic import plain
from tests.unit.privacy.realistic.numbers import Numbers
from tests.unit.privacy.realistic.pools import Pools

SLOT = re.compile(r"\{(\w+)\}")
NUMBER_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
)
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty"}


class Label(NamedTuple):
    """One labelled identifier: ``text[start:end]`` is of ``kind``."""

    kind: str
    start: int
    end: int


def _plain_ascii(value: str) -> str:
    """ "Josée" as typed in a hurry: "Josee"."""
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))


def number_words(n: int) -> str:
    """Write ``n`` (0–69) in words: 7 → "seven", 45 → "forty-five"."""
    if n < len(NUMBER_WORDS):
        return NUMBER_WORDS[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (f"-{NUMBER_WORDS[ones]}" if ones else "")


class Maker:
    """Values for slots, drawn from one split's pools with one random generator."""

    def __init__(self, rng: random.Random, pools: Pools) -> None:
        self.rng = rng
        self.p = pools
        self.num = Numbers(rng)

    # -- casing -------------------------------------------------------------------
    def _cased(self, value: str, lower: float) -> str:
        roll = self.rng.random()
        if roll < lower:
            value = value.lower()
        elif roll < lower + 0.03:
            value = value.upper()
        if self.rng.random() < 0.25:
            value = _plain_ascii(value)
        return value

    # -- names --------------------------------------------------------------------
    def _surname(self) -> str:
        surname = self.rng.choice(self.p.surnames)
        if self.rng.random() < 0.06:
            surname += "-" + self.rng.choice(self.p.surnames).split()[0]
        return surname

    def first(self) -> str:
        return self._cased(self.rng.choice(self.p.women), 0.12)

    def nick(self) -> str:
        return self._cased(self.rng.choice(self.p.nicknames), 0.18)

    def work(self) -> str:
        return self._cased(self.rng.choice(self.p.working), 0.4)

    def full(self) -> str:
        given = self.rng.choice(self.p.nicknames if self.rng.random() < 0.2 else self.p.women)
        return self._cased(f"{given} {self._surname()}", 0.08)

    def sur(self) -> str:
        return self._cased(self._surname(), 0.05)

    def man(self) -> str:
        return self._cased(self.rng.choice(self.p.men), 0.12)

    def mfull(self) -> str:
        return self._cased(f"{self.rng.choice(self.p.men)} {self._surname()}", 0.08)

    def sname(self) -> str:
        return self._cased(self.rng.choice(self.p.street_names), 0.25)

    def cityman(self) -> str:
        return self._cased(self.rng.choice(self.p.city_men), 0.1)

    def kid(self) -> str:
        return self._cased(self.rng.choice(self.p.women + self.p.men), 0.1)

    # -- places -------------------------------------------------------------------
    def facility(self) -> str:
        return self._cased(self.rng.choice(self.p.facilities), 0.15)

    def hood(self) -> str:
        return self._cased(self.rng.choice(self.p.neighbourhoods), 0.15)

    def road(self) -> str:
        return self._cased(self.rng.choice(self.p.streets), 0.15)

    def corner(self) -> str:
        a, b = self.rng.choice(self.p.corners)
        joint = self.rng.choice((" and ", " & ", "/", " and "))
        return self._cased(f"{a}{joint}{b}", 0.15)

    # -- ages ---------------------------------------------------------------------
    def _age(self, low: int, high: int, words: float) -> str:
        n = self.rng.randint(low, high)
        return number_words(n) if self.rng.random() < words else str(n)

    def age(self) -> str:
        return self._age(18, 64, 0.1)

    def teen(self) -> str:
        return self._age(13, 17, 0.2)

    def kidage(self) -> str:
        return self._age(1, 12, 0.3)

    # -- structured ---------------------------------------------------------------
    def _who(self) -> str:
        return self.rng.choice(self.p.women + self.p.nicknames + self.p.working)

    def case(self) -> str:
        return self.num.case_number()

    def phn(self) -> str:
        return self.num.phn()

    def url(self) -> str:
        return self.num.url(self._who())

    def handle(self) -> str:
        return self.num.handle(self._who())

    def phone(self) -> str:
        return self.num.phone()

    def email(self) -> str:
        return self.num.email(self._who())

    def address(self) -> str:
        return self.num.address(self.rng.choice(self.p.surnames).split()[0])

    def postal(self) -> str:
        return self.num.postal()

    def dob(self) -> str:
        return self.num.birth_date()

    # -- harmless -----------------------------------------------------------------
    def harmless(self, slot: str) -> str:
        rng = self.rng
        values: dict[str, object] = {
            "count": lambda: str(rng.randint(3, 14)),
            "new": lambda: rng.choice(("two", "three", "2", "one")),
            "time": lambda: rng.choice(("6:30", "7", "6 pm", "1:15", "10:00")),
            "week": lambda: str(rng.randint(1, 20)),
            "weeks": lambda: "20",
            "minutes": lambda: str(rng.choice((5, 10, 15, 20, 25, 30, 40, 45))),
            "room": lambda: str(rng.randint(1, 12)),
            "page": lambda: str(rng.randint(2, 40)),
            "day": lambda: str(rng.randint(1, 28)),
            "weekday": lambda: rng.choice(plain.WEEKDAYS),
            "month": lambda: rng.choice(plain.MONTHS),
            "holiday": lambda: rng.choice(plain.HOLIDAYS),
            "nation": lambda: rng.choice(plain.NATIONS),
            "city": lambda: rng.choice(plain.CITIES),
            "province": lambda: rng.choice(plain.PROVINCES),
            "activity": lambda: rng.choice(self.p.activities),
            "theme": lambda: rng.choice(self.p.themes),
        }
        make = values[slot]
        return str(make())  # type: ignore[operator]


KINDS_OF_SLOTS: dict[str, str] = {
    **dict.fromkeys(
        ("first", "nick", "work", "full", "sur", "man", "mfull", "sname", "cityman", "kid"), "name"
    ),
    **dict.fromkeys(("facility", "hood", "road", "corner"), "place"),
    **dict.fromkeys(("age", "teen", "kidage"), "age"),
    "case": "case_number",
    "phn": "phn",
    "url": "url",
    "handle": "handle",
    "phone": "phone",
    "email": "email",
    "address": "address",
    "postal": "postal",
    "dob": "date",
}
"""The label each identifying slot gives its value."""


def fill(maker: Maker, template: str, offset: int) -> tuple[str, list[Label]]:
    """Fill ``template``; return its text and labels, offsets shifted by ``offset``."""
    out: list[str] = []
    labels: list[Label] = []
    pos = 0
    length = offset
    for m in SLOT.finditer(template):
        out.append(template[pos : m.start()])
        length += m.start() - pos
        slot = m.group(1)
        kind = KINDS_OF_SLOTS.get(slot)
        value = getattr(maker, slot)() if kind else maker.harmless(slot)
        if kind:
            labels.append(Label(kind, length, length + len(value)))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), labels

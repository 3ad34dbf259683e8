"""Put notes together: 3–8 sentences in a facilitator's voice, a few with identifiers.

A note follows the parts a facilitator writes after a session (how it opened,
what worked, what to change, safety concerns, follow-ups, self-care), in that
order, sometimes under headings, sometimes as one paragraph, sometimes typed all
in lower case. An identifying note holds one to three identifying sentences;
the rest are harmless, and many of those are hard negatives. At least a third
of the notes are clean (no identifier at all).

The two splits differ in everything the guard could be tuned on: templates
(even/odd), names and places (by hash), and the seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import cache

from tests.unit.privacy.realistic import plain, templates
from tests.unit.privacy.realistic.maker import KINDS_OF_SLOTS, SLOT, Label, Maker, fill
from tests.unit.privacy.realistic.pools import pools

ORDER = ("open", "worked", "change", "safety", "follow", "self")
SEEDS = {"dev": 120_2026, "test": 9_771_203}
NOTES = 500
CLEAN_SHARE = 0.35
FOCUS = (
    "name", "name", "name", "name", "place", "place", "place", "age", "age", "case_number",
    "case_number", "phn", "url", "phone", "email", "address", "handle", "postal", "date",
)  # fmt: skip
"""The kind each identifying note is built around, in turn, so every kind is well covered."""


@dataclass
class Note:
    """One note: its text and its labelled identifiers (kind, start, end)."""

    text: str
    spans: list[Label] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.spans


def _kinds(template: str) -> set[str]:
    return {KINDS_OF_SLOTS[s] for s in SLOT.findall(template) if s in KINDS_OF_SLOTS}


def _note(
    rng: random.Random,
    maker: Maker,
    chosen: list[tuple[str, str]],
    plain_parts: dict[str, list[str]],
) -> Note:
    total = max(rng.randint(3, 8), len(chosen) + 1)
    parts = list(chosen)
    if not any(section == "open" for section, _ in parts):
        parts.append(("open", rng.choice(plain_parts["open"])))
    while len(parts) < total:
        section = rng.choice(ORDER)
        sentence = rng.choice(plain_parts[section])
        if all(sentence != t for _, t in parts):  # never the same sentence twice in a note
            parts.append((section, sentence))
    rng.shuffle(parts)
    parts.sort(key=lambda p: ORDER.index(p[0]))
    style = rng.random()
    text, labels = "", []
    previous = None
    for section, template in parts:
        if style < 0.25:  # headings, one line per part
            if section != previous:
                text += ("\n" if text else "") + rng.choice(plain.HEADERS[section]) + " "
            else:
                text += " "
        elif text:
            text += rng.choice((" ", " ", " ", "\n", "  "))
        previous = section
        sentence, found = fill(maker, template, len(text))
        text += sentence
        labels += found
    if rng.random() < 0.1 and len(text.lower()) == len(text):
        text = text.lower()  # typed fast, all lower case
    return Note(text, labels)


def notes(split: str, count: int = NOTES) -> list[Note]:
    """Return ``count`` notes of ``split`` ("dev" or "test"), always the same ones."""
    rng = random.Random(SEEDS[split])
    maker = Maker(rng, pools(split))
    idents = templates.for_split(split)
    plain_parts = plain.for_split(split)
    flat = [(section, t) for section, items in idents.items() for t in items]
    by_kind = {kind: [p for p in flat if kind in _kinds(p[1])] for kind in FOCUS}
    out: list[Note] = []
    clean = round(count * CLEAN_SHARE)
    for i in range(count - clean):
        focus = by_kind[FOCUS[i % len(FOCUS)]] or flat
        chosen = [rng.choice(focus)]
        others = [t for t in flat if t != chosen[0]]
        chosen += rng.sample(others, k=rng.choice((0, 0, 1, 1, 2)))
        out.append(_note(rng, maker, chosen, plain_parts))
    for _ in range(clean):
        out.append(_note(rng, maker, [], plain_parts))
    rng.shuffle(out)
    return out


@cache
def _cached(split: str) -> tuple[Note, ...]:
    return tuple(notes(split))


def dev_notes() -> list[Note]:
    """The ``dev`` split: tune the guard on these."""
    return list(_cached("dev"))


def test_notes() -> list[Note]:
    """The held-out ``test`` split: measure on these, never tune on them."""
    return list(_cached("test"))


def harmless_sentences(split: str) -> list[str]:
    """Every harmless sentence of ``split``, slots filled, for property tests to insert into."""
    rng = random.Random(SEEDS[split] + 1)
    maker = Maker(rng, pools(split))
    return [
        fill(maker, template, 0)[0]
        for items in plain.for_split(split).values()
        for template in items
    ]


def names(split: str) -> list[str]:
    """Every name of ``split``'s pools (women, nicknames, working names, surnames, men)."""
    p = pools(split)
    return [
        *p.women, *p.nicknames, *p.working, *p.surnames, *p.men, *p.street_names, *p.city_men
    ]  # fmt: skip

"""French notes for the guard: a dev split for tuning and a held-out test split.

Names come from Faker's fr_CA and fr_FR lists (``pools.py``), a source the guard does
not read; the templates (``templates.py``) are written for biy. Figures:
``uv run python benchmarks/bench_guard_fr.py``.
"""

from __future__ import annotations

import random
import re
import unicodedata

from tests.unit.privacy.corpus import Note
from tests.unit.privacy.realistic_fr.pools import POOLS
from tests.unit.privacy.realistic_fr.templates import DEV, DEV_CLEAN, TEST, TEST_CLEAN, WORKING

__all__ = ["notes"]

_MARK = re.compile(r"\{(F|M|L|FL|W|A\d+|TEL|COURRIEL|POSTAL)\}")
_SIZE = 100
_CLEAN = 35
_DOMAINS = ("videotron.ca", "gmail.com", "hotmail.com", "outlook.com", "sympatico.ca")
_AREAS = ("514", "438", "450", "418", "819", "613", "581")
_LETTERS = "ABCEGHJKLMNPRSTVXY"


def _split(values: list[str], split: str) -> list[str]:
    return values[0::2] if split == "dev" else values[1::2]


def _ascii(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _fill(template: str, split: str, rng: random.Random) -> Note:
    women, men = _split(POOLS["female"], split), _split(POOLS["male"], split)
    last = _split(POOLS["last"], split)
    note = Note()
    pos = 0
    for m in _MARK.finditer(template):
        note.add(template[pos : m.start()])
        mark = m.group(1)
        if mark == "F":
            note.add(rng.choice(women), "name")
        elif mark == "M":
            note.add(rng.choice(men), "name")
        elif mark == "L":
            note.add(rng.choice(last), "name")
        elif mark == "FL":
            note.add(f"{rng.choice(women)} {rng.choice(last)}", "name")
        elif mark == "W":
            note.add(rng.choice(WORKING[split]), "name")
        elif mark.startswith("A"):
            note.add(f"{mark[1:]} ans", "age")
        elif mark == "TEL":
            note.add(f"{rng.choice(_AREAS)} 555-{rng.randrange(10000):04d}", "phone")
        elif mark == "COURRIEL":
            who = f"{_ascii(rng.choice(women))}.{_ascii(rng.choice(last))}"
            note.add(f"{who}@{rng.choice(_DOMAINS)}", "email")
        else:
            a, b = rng.choice(_LETTERS), rng.choice(_LETTERS)
            note.add(f"H{rng.randrange(10)}{a} {rng.randrange(10)}{b}{rng.randrange(10)}", "postal")
        pos = m.end()
    note.add(template[pos:])
    return note


def notes(split: str) -> list[Note]:
    """Return the ``dev`` or ``test`` notes (deterministic)."""
    named, clean = (DEV, DEV_CLEAN) if split == "dev" else (TEST, TEST_CLEAN)
    size = len(named) + len(clean) if split == "dev" else _SIZE
    n_clean = len(clean) if split == "dev" else _CLEAN
    rng = random.Random(f"biy-fr-{split}")
    out = [_fill(named[i % len(named)], split, rng) for i in range(size - n_clean)]
    out += [_fill(clean[i % len(clean)], split, rng) for i in range(n_clean)]
    return out

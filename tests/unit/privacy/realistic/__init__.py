"""A realistic labelled corpus for the privacy guard, and its scorer (issue 12).

Notes written the way a volunteer facilitator writes after a session: 3–8
sentences (how it opened, what worked, what to change, safety concerns,
follow-ups, self-care), most of them harmless, identifiers tucked in where they
come up, in upper and lower case, possessive, sentence-initial and mid-sentence.
Hard negatives throughout: word-like names used as words, holidays, nations and
languages, program and activity titles, legal and service roles, cities and
provinces, weekdays and months, and numbers that are not identifiers. At least
a third of the notes are clean.

Two disjoint splits: :func:`dev_notes` (tune on it) and :func:`test_notes`
(held out: other templates, other names and places, another seed). Each note
has ``.text`` and ``.spans`` (``kind``, ``start``, ``end``); :func:`score`
counts recall per kind, precision and clean notes flagged. Span conventions are
in ``maker.py`` and scoring rules in ``score.py``. Names come from hand-written
pools (``people.py``) and Faker's non-US locales (``faker_pools.py``), never
from the guard's own lists (``overlap.py`` counts how many the lists hold anyway).
:func:`harmless_sentences` and :func:`names` feed property tests ("a name put
into any harmless sentence is caught").
"""

from tests.unit.privacy.realistic.generate import (
    Note,
    dev_notes,
    harmless_sentences,
    names,
    notes,
    test_notes,
)
from tests.unit.privacy.realistic.maker import Label
from tests.unit.privacy.realistic.score import GROUPS, TARGETS, Score, score

__all__ = [
    "GROUPS",
    "TARGETS",
    "Label",
    "Note",
    "Score",
    "dev_notes",
    "harmless_sentences",
    "names",
    "notes",
    "score",
    "test_notes",
]

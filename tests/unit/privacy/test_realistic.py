"""The guard on realistic facilitator notes (issue 12), and the corpus's own shape.

The corpus is in ``tests/unit/privacy/realistic/``. The targets are measured on
the held-out ``test`` split; ``dev`` is for tuning. Figures and the misses:
``uv run python benchmarks/bench_guard_realistic.py``.
"""

from __future__ import annotations

import pytest

from tests.unit.privacy import realistic
from tests.unit.privacy.realistic import GROUPS, TARGETS, Score, score
from tests.unit.privacy.realistic.generate import Note, notes
from tests.unit.privacy.realistic.handwritten import handwritten_notes
from tests.unit.privacy.realistic.pools import pools
from tests.unit.privacy.realistic.score import CLEAN_TARGET, PRECISION_TARGET, caught
from tests.unit.privacy.realistic.templates import for_split


@pytest.fixture(scope="module")
def held_out() -> Score:
    return score(realistic.test_notes())


# --- the corpus ---------------------------------------------------------------------


@pytest.mark.parametrize("split", ["dev", "test"])
def test_each_split_is_big_varied_and_a_third_clean(split: str) -> None:
    corpus: list[Note] = notes(split)
    assert len(corpus) >= 300
    assert sum(n.clean for n in corpus) >= 0.3 * len(corpus)
    kinds = [label.kind for n in corpus for label in n.spans]
    for group in GROUPS.values():
        for kind in group:
            assert kinds.count(kind) >= 15, kind
    assert all(n.text.count(".") >= 2 for n in corpus)


def test_labels_cover_their_words_exactly() -> None:
    for note in realistic.dev_notes() + realistic.test_notes():
        for label in note.spans:
            piece = note.text[label.start : label.end]
            assert piece and piece == piece.strip(), (label, piece)
            assert not piece.lower().startswith("the "), piece
            assert not piece.endswith("'s"), piece
        for a, b in zip(note.spans, note.spans[1:], strict=False):
            assert note.text[a.end : b.start].strip(), "a full name is one span"


def test_generation_is_deterministic() -> None:
    first, again = notes("test", 50), notes("test", 50)
    assert [(n.text, n.spans) for n in first] == [(n.text, n.spans) for n in again]


def test_splits_share_no_template_name_or_place() -> None:
    dev, test = pools("dev"), pools("test")
    for field in ("women", "nicknames", "working", "surnames", "men", "street_names"):
        shared = {v.lower() for v in getattr(dev, field)} & {
            v.lower() for v in getattr(test, field)
        }
        assert not shared, field
    for field in ("facilities", "neighbourhoods", "streets", "corners"):
        assert not set(getattr(dev, field)) & set(getattr(test, field)), field
    dev_t = {t for ts in for_split("dev").values() for t in ts}
    test_t = {t for ts in for_split("test").values() for t in ts}
    assert not dev_t & test_t


def test_a_surname_left_behind_is_a_miss() -> None:
    text = "Ana Yellowhorn came late."
    assert not caught(text, 0, 14, [(0, 3)])
    assert caught(text, 0, 14, [(0, 14)])
    corner = "at 17th Ave and 52 St SE."
    assert caught(corner, 3, 24, [(3, 11), (16, 24)])
    assert not caught(corner, 3, 24, [(3, 11), (16, 21)])


# --- the guard (held-out split) ----------------------------------------------------


@pytest.mark.parametrize("group", list(TARGETS))
def test_recall_meets_its_target(held_out: Score, group: str) -> None:
    misses = [m for m in held_out.misses if m[0] in GROUPS[group]]
    assert held_out.recall(GROUPS[group]) >= TARGETS[group], misses[:20]


def test_precision_meets_its_target(held_out: Score) -> None:
    assert held_out.precision() >= PRECISION_TARGET, held_out.false_alarms[:20]


def test_few_clean_notes_are_flagged(held_out: Score) -> None:
    assert held_out.clean_rate <= CLEAN_TARGET, held_out.false_alarms[:20]


def test_harmless_sentences_and_names_are_ready_for_property_tests() -> None:
    for split in ("dev", "test"):
        sentences = realistic.harmless_sentences(split)
        assert len(sentences) >= 80
        assert not any("{" in s or "}" in s for s in sentences)
        assert len(realistic.names(split)) >= 500
    assert not set(realistic.names("dev")) & set(realistic.names("test"))


def test_the_handwritten_check_is_labelled_exactly() -> None:
    """The second held-out check (``realistic/handwritten.py``): 60 notes, a third clean.

    Its figures are printed by the benchmark, not asserted here: it is measured, not tuned on.
    """
    hand = handwritten_notes()
    assert len(hand) == 60
    assert sum(n.clean for n in hand) >= 20
    for note in hand:
        assert "[[" not in note.text and "]]" not in note.text
        for label in note.spans:
            piece = note.text[label.start : label.end]
            assert piece and piece == piece.strip(), (label, piece)

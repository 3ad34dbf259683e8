"""The targets in budgets.md, on the generated corpus (fake data only)."""

from __future__ import annotations

import pytest

from tests.unit.privacy.corpus import STRUCTURED, generate
from tests.unit.privacy.scoring import Score, score


@pytest.fixture(scope="module")
def result() -> Score:
    return score(generate())


def test_corpus_is_big_and_has_every_kind(result: Score) -> None:
    from biy_tui.core.privacy import KINDS

    assert sum(result.labelled.values()) > 600
    assert result.clean_notes >= 150
    # place, case_number and learned are measured on the realistic corpus (test_realistic.py)
    for kind in KINDS:
        if kind not in ("place", "case_number", "learned"):
            assert result.labelled[kind] >= 20, kind


def test_structured_recall(result: Score) -> None:
    assert result.recall(STRUCTURED) >= 0.99, result.misses


def test_name_recall(result: Score) -> None:
    assert result.recall(("name",)) >= 0.95, result.misses


def test_precision(result: Score) -> None:
    assert result.precision() >= 0.90, result.false_alarms


def test_clean_notes_flagged(result: Score) -> None:
    assert result.clean_rate <= 0.05, result.false_alarms

"""History's list keeps its columns in French: "Tour de table" is longer than the ten
cells the kind column had, so check-in rows read "Tour de table 9 présentes", their
summary one column off from the others (walked at 80×24 with BIY_LANG=fr)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import msgspec
import pytest

from biy_tui.core import text
from biy_tui.core.curriculum.cache import load_curriculum_cached
from biy_tui.ui.render.record_view import _summary, record_line
from tests.ui.history_data import check_in, debrief, plan


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    text.use_language(request.param)
    yield request.param
    text.use_language("en")


@pytest.mark.parametrize("language", ["en", "fr"], indirect=True)
def test_every_kind_of_record_starts_its_summary_in_the_same_column(
    language: str, shipped_curriculum: Path
) -> None:
    curriculum = load_curriculum_cached(shipped_curriculum)
    records = [check_in(3, curriculum), debrief(3), plan(3, curriculum)]
    same_day = [msgspec.structs.replace(r, date=records[0].date) for r in records]
    starts = {
        len(record_line(r, curriculum).plain) - len(_summary(r, curriculum).plain) for r in same_day
    }
    assert len(starts) == 1, [record_line(r, curriculum).plain for r in same_day]

"""The release model's pieces, checked exhaustively: one row, one average, the grid."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from biy_tui.core.reports.grid import LAST_WEEK, RangeRefused, grid, snap
from biy_tui.core.reports.model import Hidden, high, low
from biy_tui.core.reports.release import _spread_sums, nearly_unanimous, protect_row
from biy_tui.core.reports.scope import Scope
from tests.unit.reports.fixtures import curriculum

CUR = curriculum()


def _consistent(shown, floor: int, limit: int = 40):  # type: ignore[no-untyped-def]
    """Every (first, returning) a reader holding the published row could believe."""
    cells, total = shown
    for f, r in itertools.product(range(limit), repeat=2):
        values = [f, r, f + r]
        if f + r < floor:
            continue
        if all(
            low(c) <= v and (high(c) is None or v <= (high(c) or 0))
            for c, v in zip([*cells, total], values, strict=True)
        ):
            yield f, r


_F, _R = np.meshgrid(np.arange(40), np.arange(40), indexing="ij")
_WORLD = (_F, _R, _F + _R)


def _mask(shown, floor: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    """:func:`_consistent` for every world at once: which ``(f, r)`` a reader could believe."""
    cells, total = shown
    mask = _WORLD[2] >= floor
    for c, v in zip([*cells, total], _WORLD, strict=True):
        mask &= v >= low(c)
        if high(c) is not None:
            mask &= v <= high(c)
    return mask


def test_the_mask_is_the_worlds() -> None:
    """The fast check below sees exactly the worlds the plain loop does."""
    cases = itertools.product((0, 1, 2, 4, 7, 12, 23), range(0, 24, 5), range(3), (3, 8))
    for f, r, floor, k in cases:
        if f + r < floor:
            continue
        shown = protect_row([f, r], f + r, k, floor)
        mask = _mask(shown, min(floor, f + r))
        assert set(zip(_F[mask].tolist(), _R[mask].tolist(), strict=True)) == set(
            _consistent(shown, min(floor, f + r))
        ), (f, r, floor, k)


@pytest.mark.parametrize("k", [3, 5, 8])
def test_no_small_count_of_a_row_can_be_worked_out(k: int) -> None:
    for f, r, floor in itertools.product(range(3 * k), range(3 * k), range(3)):
        if f + r < floor:
            continue
        shown = protect_row([f, r], f + r, k, floor)
        worlds = _mask(shown, min(floor, f + r))
        assert worlds[f, r]  # what is shown is true
        for index, value in enumerate((f, r, f + r)):
            if value < k:
                assert len(np.unique(_WORLD[index][worlds])) > 1, (f, r, floor, k, shown)
        for index, cell in enumerate([*shown[0], shown[1]]):
            # a hidden count is shown as exactly the range a reader can work out
            if isinstance(cell, Hidden) and cell.hi is not None:
                seen = _WORLD[index][worlds]
                assert (cell.lo, cell.hi) == (seen.min(), seen.max()), (f, r, floor, shown)


def test_a_large_row_is_published_exactly() -> None:
    assert protect_row([6, 12], 18, 5) == ([6, 12], 18)
    cells, total = protect_row([2, 25], 27, 5)
    assert total == 27 and cells == [Hidden("small", 0, 4), Hidden("complement", 23, 27)]


@given(st.integers(4, 14), st.integers(2, 6), st.data())
def test_the_quick_rule_for_averages_agrees_with_counting_every_spread(
    n: int, levels: int, data: st.DataObject
) -> None:
    total = data.draw(st.integers(n, n * levels))
    assert nearly_unanimous(n, total, levels) == (total not in _spread_sums(n, levels))


def test_an_average_of_everyone_at_one_end_is_never_published() -> None:
    assert nearly_unanimous(3, 3, 5)  # three women, all "running on empty"
    assert nearly_unanimous(12, 12, 5) and nearly_unanimous(12, 13, 5)  # all, or all but one
    assert nearly_unanimous(12, 60, 5) and nearly_unanimous(12, 59, 5)
    assert not nearly_unanimous(12, 14, 5)  # two could have answered differently
    assert nearly_unanimous(3, 4, 5)  # 3 hands summing to 4: two of them answered "1"
    assert not nearly_unanimous(3, 7, 5)  # could be 1, 2 and 4: nobody agreed


def test_the_grid_holds_every_week_once() -> None:
    units = grid(CUR)
    assert [(u.id, u.first, u.last) for u in units] == [
        ("other-0-0", 0, 0),
        ("finding-our-voices", 1, 6),
        ("growth-circle", 7, 20),
        (f"other-21-{LAST_WEEK}", 21, LAST_WEEK),
    ]


@pytest.mark.parametrize(
    ("asked", "given", "widened"),
    [
        (Scope(), "all weeks", False),
        (Scope(1, 6), "weeks 1–6", False),
        (Scope(7, 20), "weeks 7–20", False),
        (Scope(1, 7), "weeks 1–20", True),
        (Scope(3, 3), "weeks 1–6", True),
        (Scope(18, 25), "weeks 7–end", True),
        (Scope(first_week=7), "weeks 7–end", False),
        (Scope(0, 9999), "all weeks", False),
    ],
)
def test_ranges_are_widened_to_whole_parts(asked: Scope, given: str, widened: bool) -> None:
    snapped = snap(asked, CUR)
    assert snapped.scope.describe() == given and snapped.widened == widened
    notice = snapped.notice(asked)
    assert (notice is not None) == widened
    if notice:
        assert f"became {given}" in notice and notice.count(". ") == 0


def test_dates_and_backwards_ranges_are_refused() -> None:
    with pytest.raises(RangeRefused):
        snap(Scope(start=__import__("datetime").date(2026, 1, 1)), CUR)
    with pytest.raises(RangeRefused):
        snap(Scope(25, 3), CUR)

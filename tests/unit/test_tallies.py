"""Tally arithmetic: averages, shares and the opening-to-closing shift."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from biy_tui.core.reports.tallies import answered, combine, mean_level, mood_shift, share_top, shift


def test_mean_and_share() -> None:
    assert answered([0, 2, 5, 3]) == 10
    assert mean_level([0, 2, 5, 3]) == (2 * 2 + 3 * 5 + 4 * 3) / 10
    assert mean_level([0, 0, 0]) is None
    assert share_top([0, 2, 5, 3]) == 0.8
    assert share_top([]) is None


def test_shift_and_mood_shift() -> None:
    assert shift([0, 4, 0], [0, 0, 4]) == 1
    assert shift([], [1]) is None
    assert mood_shift({"arriving": [2, 0]}, {"leaving": [0, 2]}, "arriving", "leaving") == 1
    assert mood_shift({}, {"leaving": [0, 2]}, "arriving", "leaving") is None


def test_combine() -> None:
    assert combine([[1, 2], [3, 4, 5]]) == [4, 6, 5]
    assert combine([]) == []


@given(st.lists(st.integers(0, 50), min_size=1, max_size=10))
def test_mean_is_within_the_scale(tally: list[int]) -> None:
    mean = mean_level(tally)
    if answered(tally) == 0:
        assert mean is None
    else:
        assert mean is not None and 1 <= mean <= len(tally)

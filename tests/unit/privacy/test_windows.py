"""Trying an expression only where a run of digits begins finds what a full scan finds.

The guard's speed rests on it (``windows.scan_runs``): each expression in
``rx().at_digits`` opens with a digit that no word character may precede, so it
can only match where digits begin. If someone adds an expression there that can
match elsewhere, these tests fail.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from biy_tui.core.privacy.patterns import rx
from biy_tui.core.privacy.places import _rx as place_rx
from biy_tui.core.privacy.windows import digit_windows, run_starts, scan, scan_runs


def _patterns() -> list[re.Pattern[str]]:
    return [*rx().at_digits, place_rx()["ordinal"]]


def _same(text: str) -> None:
    starts = run_starts(text)
    for windows in (digit_windows(text), [(0, len(text))]):
        for pattern in _patterns():
            full = [m.span() for m in scan(pattern, text, windows)]
            runs = [m.span() for m in scan_runs(pattern, text, windows, starts)]
            assert runs == full, (pattern.pattern[:60], text)


_PIECES = st.sampled_from(
    [
        "1",
        "12",
        "123",
        "2024",
        "613",
        "555-0199",
        "12th",
        "3rd",
        "4B",
        "K1A",
        "0B1",
        " ",
        "  ",
        "\n",
        "-",
        "/",
        ".",
        ",",
        "#",
        "$",
        "Ave",
        "St",
        "street",
        "rue",
        "Main",
        "jan",
        "March",
        "of",
        "a",
        "x",
        "é",
        "٣",
        "_",
        "2019-05-04",
        "03/04/2024",
        "4 March 2023",
        "123 456 789",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_runs_find_what_a_full_scan_finds(text: str) -> None:
    _same(text)


def test_runs_find_what_a_full_scan_finds_in_notes() -> None:
    _same(
        "Call 613-555-0199 or 555-0199 after 4. Lives at 1234 elm street, 45 rue Laval, "
        "12th Ave SW. Born 4 March 2023, seen 2024-03-05 and 03/04/2024. SIN 123 456 789, "
        "card 1234 567 890 AB, file 12345 6789, zip 90210-1234, case 2019-123456."
    )

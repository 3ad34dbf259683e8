"""Property tests: the guard never fails, never changes what it leaves, and settles."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biy_tui.core.privacy import find, redact, redact_all

PIECES = [
    *[
        "Maria",
        "tasha",
        "Grace",
        "said",
        "with",
        "Joy's",
        "kids",
        "Ms.",
        "Okafor",
        "hope",
        "613",
        "555",
        "0199",
        "(613)",
        "+1",
    ],
    *[
        "gmail.com",
        "www.",
        "http://",
        "K1A",
        "0B1",
        "12",
        "Main",
        "Street",
        "Apt",
        "4",
        "March",
        "3,",
        "1990",
        "19-year-old",
    ],
    *[
        "from",
        "she's",
        "52",
        "plate",
        "ABCD",
        "123",
        "case",
        "[name]",
        "[phone]",
        "é",
        "Đặng",
        "'s",
        "’",
        "rue",
        "de",
        "la",
    ],
    *["-", ".", ",", " ", "  ", "\n", "@", "#", "/"],
]

texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=20).map(" ".join),
)
# More examples for a deeper search: BIY_HYPOTHESIS_EXAMPLES=5000 uv run pytest …
FAST = settings(
    max_examples=int(os.environ.get("BIY_HYPOTHESIS_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@FAST
@given(texts)
def test_find_returns_sorted_disjoint_in_bounds_spans(text: str) -> None:
    spans = find(text)
    last_end = 0
    for span in spans:
        assert 0 <= last_end <= span.start < span.end <= len(text)
        last_end = span.end


@FAST
@given(texts)
def test_redact_keeps_text_outside_spans(text: str) -> None:
    spans = find(text)
    out = redact(text, spans)
    pos = 0
    rest = out
    for span in spans:
        before = text[pos : span.start]
        assert rest.startswith(before)
        rest = rest[len(before) :]
        assert rest.startswith(f"[{span.kind}]")
        rest = rest[len(span.kind) + 2 :]
        pos = span.end
    assert rest == text[pos:]


@FAST
@given(texts)
def test_redact_is_idempotent(text: str) -> None:
    once = redact(text)
    assert find(once) == [], (once, find(once))
    assert redact(once) == once


@FAST
@given(texts)
def test_redact_all_always_approves(text: str) -> None:
    reviewed = redact_all(text)
    assert find(str(reviewed)) == []

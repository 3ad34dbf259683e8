"""The inert-text rule: nothing that acts on a terminal survives clean()."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from biy_tui.core.inert import clean, clean_line, is_clean

_DANGEROUS = (
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n"]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + ["\u202e", "\u2066", "\u2069", "\u200f", "\u2028"]
)


def test_escape_sequences_leave_no_debris() -> None:
    assert clean("a\x1b[31mred\x1b[0m b") == "ared b"
    assert clean("x\x1b]2;owned\x07y") == "xy"
    assert clean("x\x1b]8;;http://e.invalid\x1b\\link\x1b]8;;\x1b\\y") == "xlinky"
    assert clean("x\x1bPq#0;2;0;0;0\x1b\\y") == "xy"
    assert clean("\x1b[2Jcleared") == "cleared"


def test_newlines_and_tabs_are_kept_and_cr_normalised() -> None:
    assert clean("one\r\ntwo\rthree\u2028four\tfive") == "one\ntwo\nthree\nfour\tfive"
    assert clean_line("one\ntwo\t three") == "one two three"


def test_clean_text_is_returned_unchanged() -> None:
    text = "Plain words, accents é, emoji 🌱 and [bold]brackets[/]."
    assert clean(text) is text


@given(st.text(alphabet=st.sampled_from([*_DANGEROUS, "a", " ", "\n", "[", "é"]) | st.characters()))
def test_nothing_dangerous_survives(text: str) -> None:
    out = clean(text)
    assert is_clean(out)
    assert not any(ch in out for ch in _DANGEROUS)
    assert clean(out) == out


@given(st.text())
def test_clean_line_has_one_line(text: str) -> None:
    out = clean_line(text)
    assert "\n" not in out and "\t" not in out and is_clean(out)

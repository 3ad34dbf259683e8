"""Property tests (issue 12): names and places inserted into harmless sentences.

- A name in no dictionary, inserted at any position of any harmless sentence,
  in any case, is caught; so is a name that is also a word ("Honey", "Lucky")
  when a person is around it ("… said", "goes by …", "her worker …").
- Redaction never leaves a surname or half a place behind: every word of an
  inserted full name or place is gone from the redacted text.

The harmless sentences and names come from the realistic corpus's ``dev`` split
(tests/unit/privacy/realistic), which the guard's lists do not use.
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from biy_tui.core.privacy import find, redact
from biy_tui.core.privacy.lexicon import lexicon
from biy_tui.core.privacy.names import fold
from tests.unit.privacy.realistic.generate import harmless_sentences, names

SENTENCES = [s for s in harmless_sentences("dev") if not find(s)]
_ALL = names("dev")
_LEX = lexicon()


def _unknown(word: str) -> bool:
    low = fold(word.casefold())
    return (
        word.isalpha()
        and len(word) >= 3
        and low not in _LEX.words
        and low not in _LEX.safe
        and low not in _LEX.working
    )


UNKNOWN = sorted({n for n in _ALL if " " not in n and _unknown(n)})
WORDLIKE = sorted({n for n in _ALL if " " not in n and n.isalpha() and n.casefold() in _LEX.words})
SURNAMES = sorted({n for n in _ALL if " " not in n and n[:1].isupper() and n.isalpha()})
FAST = settings(
    max_examples=int(os.environ.get("BIY_HYPOTHESIS_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
ARTICLES = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "our",
        "my",
        "your",
        "her",
        "his",
        "their",
        "its",
        "some",
        "any",
        "every",
        "no",
    ]
)
CASES = st.sampled_from(["as is", "lower", "upper", "title"])


def _case(word: str, how: str) -> str:
    return {"lower": word.lower(), "upper": word.upper(), "title": word.title()}.get(how, word)


def _insert(sentence: str, piece: str, position: int) -> tuple[str, int]:
    """Put ``piece`` between two words of ``sentence``; return the text and its offset."""
    gaps = [0] + [m.end() for m in re.finditer(r" ", sentence)]
    at = gaps[position % len(gaps)]
    text = sentence[:at] + piece + " " + sentence[at:]
    return text, at


def _covered(text: str, start: int, end: int) -> bool:
    inside: set[int] = set()
    for span in find(text):
        inside.update(range(span.start, span.end))
    return all(i in inside for i in range(start, end) if not text[i].isspace())


@FAST
@given(st.sampled_from(SENTENCES), st.sampled_from(UNKNOWN), st.integers(0, 40), CASES)
def test_an_unknown_name_anywhere_in_any_case_is_caught(
    sentence: str, name: str, position: int, how: str
) -> None:
    piece = _case(name, how)
    assume(len(piece) >= 3)
    text, at = _insert(sentence, piece, position)
    assert _covered(text, at, at + len(piece)), (text, find(text))


@FAST
@given(
    st.sampled_from(SENTENCES),
    st.sampled_from(WORDLIKE),
    st.sampled_from(["{} said", "goes by {}", "her worker {}", "{} told me", "known as {}"]),
    st.integers(0, 40),
    st.sampled_from(["as is", "lower", "title"]),
)
def test_a_name_that_is_a_word_is_caught_beside_a_person_word(
    sentence: str, name: str, frame: str, position: int, how: str
) -> None:
    """Inserted as a clause ("…, honey said, …"): a person word decides, in any case."""
    piece = _case(name, how)
    clause = frame.format(piece)
    # A clause goes where a clause can start: the start, or after a comma or "and".
    starts = [0] + [m.end() for m in re.finditer(r"(?:, |\band )", sentence)]
    at = starts[position % len(starts)]
    text = sentence[:at] + clause + ", " + sentence[at:]
    start = at + clause.index(piece)
    assert _covered(text, start, start + len(piece)), (text, find(text))


@FAST
@given(
    st.sampled_from(SENTENCES),
    st.sampled_from(UNKNOWN),
    st.lists(st.sampled_from(SURNAMES), min_size=1, max_size=3),
    st.integers(0, 40),
)
def test_redaction_never_leaves_a_surname_behind(
    sentence: str, first: str, surnames: list[str], position: int
) -> None:
    full = " ".join([first.title(), *(s.title() for s in surnames)])
    text, at = _insert(sentence, full, position)
    out = redact(text)
    rest = out[at:]
    for part in full.split():
        assert not re.search(rf"(?<!\w){re.escape(part)}(?!\w)", rest[: len(full) + 12]), (
            text,
            out,
        )


PLACE_FORMS = [
    "{} House",
    "{} Lodge",
    "{} Motel",
    "{} Hills",
    "{} Park",
    "{} Trail",
    "{} Drive SE",
    "the {} Shelter",
]


@FAST
@given(
    st.sampled_from(SENTENCES),
    st.sampled_from(SURNAMES),
    st.sampled_from(PLACE_FORMS),
    st.sampled_from(["at", "near", "outside", "in", "to"]),
    st.integers(0, 40),
)
def test_redaction_never_leaves_half_a_place_behind(
    sentence: str, word: str, form: str, prep: str, position: int
) -> None:
    place = form.format(word.title())
    text, at = _insert(sentence, f"{prep} {place}", position)
    out = redact(text)
    named = place.removeprefix("the ").split()
    rest = out[at : at + len(prep) + len(place) + 14]
    for part in named:
        assert not re.search(rf"(?<!\w){re.escape(part)}(?!\w)", rest), (text, out)


@FAST
@given(st.integers(1, 99), st.sampled_from(["Ave", "St", "avenue", "street", "Trail"]))
def test_numbered_streets_are_whole(number: int, kind: str) -> None:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(
        number % 10 if number % 100 not in (11, 12, 13) else 0, "th"
    )
    text = f"She was picked up on {number}{suffix} {kind} SW last night."
    out = redact(text)
    assert f"{number}{suffix}" not in out and " SW" not in out, out

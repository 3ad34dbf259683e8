"""The guard on hand-written examples: what it must find, and what it must leave."""

from __future__ import annotations

import pytest

from biy_tui.core.privacy import (
    ReviewedText,
    Span,
    UnreviewedSpans,
    approve,
    find,
    redact,
    redact_all,
)


def kinds(text: str, **kwargs: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(s.kind, s.text_in(text)) for s in find(text, **kwargs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("talked with tasha after group", [("name", "tasha")]),
        ("Maria's sister drove her", [("name", "Maria")]),
        ("Ms. Okafor came to speak", [("name", "Okafor")]),
        (
            "Priya Sharma and Jean-Guy Tremblay came",
            [("name", "Priya Sharma"), ("name", "Jean-Guy Tremblay")],
        ),
        ("Grace said she was tired.", [("name", "Grace")]),
        ("We talked with Joy about it.", [("name", "Joy")]),
        ("Joy's kids were sick.", [("name", "Joy")]),
        ("Zanele said it helped.", [("name", "Zanele")]),
        ("Urishilla Đặng asked about rent.", [("name", "Urishilla Đặng")]),
    ],
)
def test_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "There is hope in this room.",
        "By the grace of the group we stayed with it.",
        "We did it with joy.",
        "In April we start the next part.",
        "Victoria Day is coming, so we are closed.",
        "Mother's Day is hard for many.",
        "We read Rose's poem together.",
        "Hope is what kept us going.",
        "Will we keep the same room? Mark the date.",
        "The hydro bill came up, and art supplies are low.",
        "We did 45 minutes of drawing in week 3, in March.",
        "12 women came, 3 were new. Ages ranged from 19 to 52.",
        "The session ran from 6:30 to 8:30 and the fare is $3.50.",
        "Crystal meth came up in general terms.",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("(613) 555-0199", "phone"),
        ("613-555-0199", "phone"),
        ("613.555.0199", "phone"),
        ("613 555 0199", "phone"),
        ("6135550199", "phone"),
        ("+1 613 555 0199", "phone"),
        ("1-613-555-0199", "phone"),
        ("613-555-0199 ext. 22", "phone"),
        ("maria.l@gmail.com", "email"),
        ("https://x.com/abc", "url"),
        ("www.example.ca", "url"),
        ("facebook.com/someone", "url"),
        ("@tasha_b", "handle"),
        ("123 Main Street", "address"),
        ("45 rue de la Montagne", "address"),
        ("PO Box 55", "address"),
        ("K1A 0B1", "postal"),
        ("k1a0b1", "postal"),
        ("90210-1234", "postal"),
        ("March 3, 1990", "date"),
        ("1990-03-03", "date"),
        ("03/03/1990", "date"),
        ("1234-567-890 AB", "id_number"),
        ("046 454 286", "id_number"),
    ],
)
def test_structured(text: str, kind: str) -> None:
    note = f"Note: {text} was written down."
    found = find(note)
    assert [(s.kind, s.text_in(note)) for s in found] == [(kind, text)]


def test_context_dependent_numbers() -> None:
    assert kinds("his truck, plate ABCD 123, again") == [("id_number", "ABCD 123")]
    assert kinds("she asked about case #2024-1234") == [("case_number", "#2024-1234")]
    assert kinds("file no. 55821 is hers") == [("case_number", "55821")]
    assert kinds("Springfield, IL 62704")[-1] == ("postal", "62704")
    assert kinds("the 19-year-old from the north end") == [("age", "19-year-old")]
    assert kinds("she's 52 and has twins") == [("age", "52")]
    assert kinds("she's 52.") == [("age", "52")]  # issue 12: the age of one person
    assert kinds("DOB 1990-03-03") == [("date", "1990-03-03")]
    assert kinds("born in 1990") == [("date", "1990")]


def test_address_parts_join() -> None:
    text = "moved to 12 Elm St, Apt 4, K1A 0B1 last week"
    assert kinds(text) == [("address", "12 Elm St, Apt 4, K1A 0B1")]


def test_site_and_program_terms() -> None:
    text = "We met at Rosewood House. The Joy, fun and rest check-in went well."
    assert kinds(text, site_terms=("Rosewood House",)) == [("site_term", "Rosewood House")]
    assert kinds("Sage said hi", program_terms=("Sage",)) == []
    assert kinds("Sage said hi") == [("name", "Sage")]


def test_redact_keeps_everything_else() -> None:
    text = "Call Maria at 613-555-0199, ok?"
    assert redact(text) == "Call [name] at [phone], ok?"
    assert redact(text, []) == text
    assert redact(text, [Span(0, 4, "name")]) == "[name] Maria at 613-555-0199, ok?"


def test_approve_and_redact_all() -> None:
    text = "Call Maria at 613-555-0199."
    spans = find(text)
    with pytest.raises(UnreviewedSpans) as caught:
        approve(text)
    assert "Maria" not in str(caught.value) and "2 things" in str(caught.value)
    with pytest.raises(UnreviewedSpans):
        approve(text, kept=[spans[0]])
    reviewed = approve(text, kept=spans)
    assert isinstance(reviewed, ReviewedText) and reviewed.overrides == 2
    assert approve("All calm.").overrides == 0
    clean = redact_all(text)
    assert str(clean) == "Call [name] at [phone]." and clean.overrides == 0
    assert approve(str(clean)) == clean


def test_span_repr_holds_no_words() -> None:
    text = "Talked with Tasha"
    assert "Tasha" not in repr(find(text))

"""Issue 12: what the guard must find in notes as facilitators write them.

Each example is written for biy (not taken from the realistic corpus): names as
they come up (short names, working names that are words, men's names, full
names whose surname is a word), places, ages, case numbers, Alberta health
numbers and links without a scheme, and the hard negatives it must leave alone.
"""

from __future__ import annotations

import pytest

from biy_tui.core.privacy import KIND_LABELS, KINDS, find, redact


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text_in(text)) for s in find(text)]


def covered(text: str, piece: str) -> bool:
    """True when every character of ``piece`` (first occurrence) is inside a span."""
    start = text.index(piece)
    inside = set()
    for span in find(text):
        inside.update(range(span.start, span.end))
    return all(i in inside for i in range(start, start + len(piece)) if not text[i].isspace())


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Quiet night. Becca came late and sat by the door.", "Becca"),
        ("we did the collage and loz helped clean up after.", "loz"),
        ("She goes by Peaches out there, and it feels safer.", "Peaches"),
        ("ginger said she is not ready to talk about court.", "ginger"),
        ("Treasure and Harjit made the collage together.", "Treasure"),
        ("Check-in went well. Mandy Yellowhorn came late.", "Mandy Yellowhorn"),
        ("Her pimp Little Dre was waiting outside again.", "Little Dre"),
        ("Officer Brown took her statement on Friday.", "Brown"),
        ("Her ex Tyler keeps texting her, she blocked him.", "Tyler"),
        ("Sarah Many Grey Horses said the smudge helped.", "Sarah Many Grey Horses"),
        ("We welcomed Ana de la Cruz, she is new.", "Ana de la Cruz"),
        ("Send honey the link to the group page.", "honey"),
        ("Do not put Sparkle on the spot again.", "Sparkle"),
        ("She said she was 15 when K-Money first put her on the stroll.", "K-Money"),
        ("MIA SAID SHE WAS OK WITH IT.", "MIA"),
        ("zelphira quonsett asked about the food bank.", "zelphira quonsett"),
        ("Her worker Kat said the housing list is long.", "Kat"),
        ("Hadiza, Crys and butterfly stayed past the break.", "butterfly"),
    ],
)
def test_names_as_they_come_up(text: str, piece: str) -> None:
    assert covered(text, piece), kinds(text)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("She was working the stroll on 9th Ave SE again.", "9th Ave SE"),
        ("the stroll on 17 ave sw is quiet now", "17 ave sw"),
        ("Someone picked her up on Barlow Trail last night.", "Barlow Trail"),
        ("They moved her to Huntington Hills and she hates it.", "Huntington Hills"),
        ("She is back in Mount Pleasant with her mom.", "Mount Pleasant"),
        ("She has been staying at Alpha House since Tuesday.", "Alpha House"),
        ("She sleeps at the Mustard Seed most nights.", "Mustard Seed"),
        ("Inn from the Cold had a bed for her.", "Inn from the Cold"),
        ("She was at the corner of Centre and 16th when they came.", "Centre and 16th"),
        ("They met near 17th and 4th SW, so she avoids it.", "17th and 4th SW"),
        ("she is booked at the highlander motel for now.", "highlander motel"),
        ("she moved to bowness in june", "bowness"),
        ("He waits outside the Sunrise Motel on Macleod.", "Macleod"),
    ],
)
def test_places(text: str, piece: str) -> None:
    assert covered(text, piece), kinds(text)
    assert all(k != "name" or p not in piece for k, p in kinds(text))


def test_ave_in_a_street_is_part_of_a_place_not_a_name() -> None:
    assert kinds("She was on 7th Ave again.") == [("place", "7th Ave")]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Her daughter is 7 and loves drawing.", "7"),
        ("She just turned 45 last week.", "45"),
        ("She is only 17, which worries me.", "17"),
        ("Her twins are 3 and go to daycare.", "3"),
        ("her son was seven when they took him.", "seven"),
        ("She has a 6-month-old at home.", "6-month-old"),
        ("Michael, who is 5, coloured at the side.", "5"),
    ],
)
def test_ages(text: str, piece: str) -> None:
    assert covered(text, piece), kinds(text)


@pytest.mark.parametrize(
    ("text", "piece", "kind"),
    [
        ("Her file no. 24-0113 is with the Crown.", "24-0113", "case_number"),
        ("The occurrence 2026-118842 was closed.", "2026-118842", "case_number"),
        ("Her CFS file is 24-0113 and the worker is new.", "24-0113", "case_number"),
        ("The docket is 2401 00123, ask legal aid.", "2401 00123", "case_number"),
        ("The officer wrote E610116 on a card.", "E610116", "case_number"),
        ("Her health number is 12345 6789.", "12345 6789", "id_number"),
        (
            "Her ad is up on leolist.cc/calgary/escorts/4421 again.",
            "leolist.cc/calgary/escorts/4421",
            "url",
        ),
        ("Her page is linktr.ee/peachy22 now.", "linktr.ee/peachy22", "url"),
    ],
)
def test_numbers_and_links(text: str, piece: str, kind: str) -> None:
    assert (kind, piece) in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "There is hope in this room, and people said so.",
        "Hope came up again in the closing round.",
        "We moved the group to Calgary's east side office last year.",
        "We talked about Ramadan and Eid with a few women.",
        "Some women speak Cree, Tagalog or Somali at home.",
        "We plan nothing big around Family Day or Victoria Day.",
        "Legal Aid and victim services came up in general terms.",
        "She moved to Edmonton, then to Red Deer.",
        "12 women came, 3 were new. Ages ranged from 19 to 52.",
        "Several said they were 14 or younger when it started.",
        "She was 20 minutes late because of the bus.",
        "We worked from 2019-2024 on the same curriculum.",
        "Ask about rides on Highway 2 for the court date.",
        "Honey and lemon tea was a hit tonight.",
        "The messaging about daycare was confusing.",
    ],
)
def test_hard_negatives_are_left_alone(text: str) -> None:
    assert kinds(text) == []


def test_new_kinds_have_plain_labels() -> None:
    for kind in ("place", "age", "case_number", "learned"):
        assert kind in KINDS
        label = KIND_LABELS[kind]
        assert label and "_" not in label


def test_redaction_leaves_no_half_name_or_place() -> None:
    text = "Mandy Many Grey Horses moved to Huntington Hills near 9th Ave SE."
    out = redact(text)
    for word in ("Mandy", "Many", "Grey", "Horses", "Huntington", "Hills", "9th", "Ave", "SE"):
        assert word not in out, out

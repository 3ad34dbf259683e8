"""Issue 12, second pass: names around a person's verbs, and ordinary words left alone.

Written for biy (not taken from the realistic corpus). Names that are also words
or on the name lists, in the sentence positions where the first pass missed them
(opening a sentence before a verb only a person does in that way, in apposition,
after "goodbye to"); and the hard negatives that tripped it (a word after "called"
or "named", titles of two ordinary words, word forms in British spelling).
"""

from __future__ import annotations

import pytest

from biy_tui.core.privacy import find
from tests.unit.privacy.test_kinds import covered, kinds


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Dusty felt tired today.", "Dusty"),
        ("Storm felt safer this week.", "Storm"),
        ("Stormy lost her phone again.", "Stormy"),
        ("Destiny read her letter aloud.", "Destiny"),
        ("Cash picks her up after group.", "Cash"),
        ("Chance is her ex.", "Chance"),
        ("Said goodbye to Precious at the door.", "Precious"),
        ("Shadow, her pimp, was outside.", "Shadow"),
        ("Joy came late and sat by the door.", "Joy"),
        ("Ginger went home early.", "Ginger"),
        ("the Okafor kids are with their dad this week.", "Okafor"),
        ("She and Zelphira spoke with Tigrinya speakers.", "Zelphira"),
        ("Becca's worker called.", "Becca"),
        ("Good group. Honey has a court date Friday.", "Honey"),
        ("Good group. Star led the closing.", "Star"),
        ("Good group. Cookie couldn't stay long.", "Cookie"),
        ("Good group. Diamond came back after a month away.", "Diamond"),
        ("Good group. Dove looked thin and tired.", "Dove"),
        ("Good group. Bought coffee for Blossom and her baby.", "Blossom"),
        ("Good group. Missed Honey today.", "Honey"),
        ("Good group. honey and i talked after.", "honey"),
        ("Good group. f/u w/ Peaches re court.", "Peaches"),
        ("Good group. Proud of Sugar for speaking up.", "Sugar"),
        ("Good group. Checked in on bunny.", "bunny"),
        ("Good group. Welcome back Treasure!", "Treasure"),
        ("Good group.\nCandy - court Monday.", "Candy"),
        ("Good group. harpreet gill came late.", "harpreet gill"),
        ("Good group. Her ex Jordan Many Guns keeps calling.", "Jordan Many Guns"),
        ("Good group. Thanks Honey!", "Honey"),
        ("Good group. Peaches seemed off.", "Peaches"),
        ("Good group. Worried about bunny.", "bunny"),
        ("Good group. Drove lucky home.", "lucky"),
        ("Good group. honey and Mai stayed late.", "honey"),
        ("Good group. New woman: Peaches.", "Peaches"),
        ("Good group. Treasure, welcome!", "Treasure"),
    ],
)
def test_word_names_doing_what_a_person_does(text: str, piece: str) -> None:
    assert covered(text, piece), kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Victim Services called back about the court date.",
        "Closing: each woman named one strength.",
        "Gentle Yoga was cancelled; Chair Yoga went ahead.",
        "Zoom was glitchy.",
        "We did the Butterfly Hug and a short visualisation.",
        "Hope kept her going, she said.",
        "Faith came up a lot in the check-in.",
        "Joy felt real today.",
        "Hope, her favourite word, came up again.",
        "Good group. Sudoku books were handed out.",
        "Quiet night. Chinook winds kept two women home.",
        "Lots of donations. Lululemon leggings went fast.",
        "We reviewed Clare's Law and how to apply.",
        "Maslow's hierarchy came up.",
        "Quiet night. Joy came back into the room after the music.",
        "Quiet night. Hope came up again and again.",
        "Quiet night.\ncheck-in: saturday night, 7 women.",
        "Quiet night. We talked about grace, and giving it to ourselves.",
        "Quiet night.\nClosing: each woman named one strength.",
        "Sooo tired after.",
    ],
)
def test_ordinary_words_are_left_alone(text: str) -> None:
    assert find(text) == [], kinds(text)


def test_an_article_is_never_part_of_a_name() -> None:
    text = "The Gladue report came up for her court."
    assert all(not s.text_in(text).startswith("The") for s in find(text)), kinds(text)

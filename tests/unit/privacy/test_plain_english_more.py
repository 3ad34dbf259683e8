"""Issue 12, fourth pass: agencies, feelings that speak, names in capitals, ages said together.

Written from the reasons the previous pass left (not from corpus words): a
government agency is a jurisdiction and what it does ("Service Canada",
"Alberta Works", "Ontario Works", "Legal Aid Manitoba"), not a person; a feeling
that "says" or "tells" is a feeling ("Guilt says", "Shame tells her"), not a
person; a name typed in capitals in an otherwise mixed-case note is still a
name ("BABY GIRL said", "saw KAT"); ages given for several at once ("both 4",
"are 3 and 6") are ages. Beside each, what must be caught or left alone.
"""

from __future__ import annotations

import pytest

from biy_tui.core.privacy import find
from tests.unit.privacy.test_kinds import covered, kinds


@pytest.mark.parametrize(
    "text",
    [
        "She called Justice Canada about the forms.",
        "Service Canada sent her a new card.",
        "She phoned Alberta Works on Monday.",
        "Ontario Works cut her cheque again.",
        "Her worker at Manitoba Housing never called back.",
        "We gave out the number for Legal Aid Ontario.",
        "She is waiting to hear from Immigration Canada.",
        "Nova Scotia Health lost her referral.",
        "She got a letter from Canada Revenue about her taxes.",
    ],
)
def test_an_agency_is_not_a_name(text: str) -> None:
    assert [s for s in find(text) if s.kind == "name"] == [], kinds(text)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("She called Justice about the forms, she is her sister.", "Justice"),
        ("Alberta said she would come next week.", "Alberta"),
        ("She stayed with Georgia Smith after court.", "Georgia Smith"),
        ("Shannon Canada came to group late.", "Shannon"),
    ],
)
def test_names_beside_a_place_word_are_still_names(text: str, piece: str) -> None:
    assert covered(text, piece), kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Guilt says she should have known better.",
        "Shame tells her to stay home.",
        "Fear says she is not worth it, and we talked back to it.",
        "Anger told her to leave, grief told her to stay.",
        "Addiction says one more time.",
        "Loneliness whispers that nobody cares.",
    ],
)
def test_a_feeling_that_speaks_is_not_a_name(text: str) -> None:
    assert [s for s in find(text) if s.kind == "name"] == [], kinds(text)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Good group. Hope says she will be back next week.", "Hope"),
        ("Good group. Faith told her to stay home.", "Faith"),
        ("Good group. Badger lost her phone again.", "Badger"),
    ],
)
def test_a_name_that_speaks_is_still_caught(text: str, piece: str) -> None:
    assert covered(text, piece), kinds(text)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Good group today. Talked to BABY GIRL after, she was fine.", "BABY GIRL"),
        ("We saw KAT at the drop-in, she looked tired.", "KAT"),
        ("Quiet night. DESTINY came in late and sat by the door.", "DESTINY"),
        ("Check in with MARIA about the bus pass.", "MARIA"),
    ],
)
def test_a_name_in_capitals_is_caught_in_a_mixed_case_note(text: str, piece: str) -> None:
    assert covered(text, piece), kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Good group today. She was VERY upset about court.",
        "Remind everyone: NO phones during the circle.",
        "The room was FULL tonight and the coffee ran out.",
        "DO NOT share the address of the house.",
        "WEEK 5 NOTES: we did the body map.",
    ],
)
def test_emphasis_in_capitals_is_not_a_name(text: str) -> None:
    assert [s for s in find(text) if s.kind == "name"] == [], kinds(text)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("She brought Journey and Legacy, both 4, to the kids room.", "4"),
        ("Her two girls, both 6, stayed with her mom.", "6"),
        ("Her kids are 3 and 6 and in care.", "3 and 6"),
        ("She had the twins with her, 2 years old.", "2"),
        ("Her boys are 5, 7 and 9.", "5, 7 and 9"),
    ],
)
def test_ages_said_together_are_caught(text: str, piece: str) -> None:
    assert covered(text, piece), kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "We both left at 4 after cleanup.",
        "They were both 10 minutes late.",
        "Both 4 and 5 are good weeks for the walk.",
    ],
)
def test_both_with_a_number_that_is_no_age_is_left_alone(text: str) -> None:
    assert [s for s in find(text) if s.kind == "age"] == [], kinds(text)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("I am worried angel is using again.", "angel"),
        ("We think honey is staying at the shelter now.", "honey"),
        ("I hope ginger is sober now.", "ginger"),
        ("Glad bubbles is back on the stroll.", "bubbles"),
        ("Heard raven is using again.", "raven"),
    ],
)
def test_a_listed_name_after_a_verb_that_takes_a_clause_is_caught(text: str, piece: str) -> None:
    # "worried (that) angel is using": the "that" left out, the clause still opens there
    assert covered(text, piece), kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I think music is back next week.",
        "I hope the kestrel is back in spring.",
        "We worried the group is getting too big.",
        "I feel coffee is using up the budget.",
        "She said sugar is bad for her.",
        "I think honey helps with a cough.",
        "I feel grace is hard to find.",
    ],
)
def test_a_word_after_a_verb_that_takes_a_clause_is_left_alone(text: str) -> None:
    assert [s for s in find(text) if s.kind == "name"] == [], kinds(text)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Week 8, sad said, and the room felt settled.", "sad"),
        ("Week 3, honey said, and we all laughed.", "honey"),
        ("After 2, ginger said she had to go.", "ginger"),
    ],
)
def test_a_number_before_a_comma_is_no_count_of_the_name(text: str, piece: str) -> None:
    """ "for two weeks says" is a count; "Week 8, sad said" is a week, then a name."""
    assert covered(text, piece), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Week 8, kat said she was tired.", "kat"),
        ("harpreet told us about her new place.", "harpreet"),
        ("Then kat left early.", "kat"),
    ],
)
def test_a_verb_after_a_lower_case_name_is_no_surname(text: str, name: str) -> None:
    found = [text[s.start : s.end] for s in find(text) if s.kind == "name"]
    assert found == [name], kinds(text)

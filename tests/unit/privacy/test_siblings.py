"""Names the guard missed in real-looking notes, and their siblings.

Three faults, each a rule and not a word:

1. In a mixed-case note a short dictionary word in capitals was read as an
   acronym and skipped even inside a run of capitalised words ("BABY GIRL",
   "LIL BIT", "BIG MAMA"): beside another word in capitals it is a word written
   in capitals, like the longer ones. Alone it stays an acronym or emphasis
   ("AISH", "CFS", "ER", "she was SO tired").
2. A two-word name at a sentence start before a verb only a person does
   ("Baby Girl shared", "Sugar Baby called") was not seen: the verb comes after
   the second word, and "Girl" is never a name alone. A run that opens with a
   nickname prefix or a listed first name and is followed by a person's verb is
   a name, the whole run.
3. A word blocked as a title or a stop word ("Justice", "Will", "Lady") is a
   person when the sentence ties it to kin: right after "her sister", "my
   friend" (capitalised, mid-sentence), or before "came with her sister",
   ", her cousin,", "and her baby".

Beside each, the clean notes that must stay clean, two of which were flagged
before: a word listed only as a surname after a plain capitalised opener is part
of a phrase ("Girl Power was the theme"), and a capitalised person word nobody
owns is part of a title ("Big Brothers Big Sisters called"), not "her brothers X".
"""

from __future__ import annotations

import pytest

from biy_tui.core.privacy import find
from tests.unit.privacy.test_kinds import covered, kinds


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("BABY GIRL said she was tired.", "BABY GIRL"),
        ("We missed LIL BIT today.", "LIL BIT"),
        ("BIG MAMA said she was tired.", "BIG MAMA"),
        ("We missed BIG MAMA at group today.", "BIG MAMA"),
        ("LADY RED was at the drop-in again.", "LADY RED"),
        ("SWEET PEA said she was tired.", "SWEET PEA"),
        ("Heard from LIL MAMA, she is okay for now.", "LIL MAMA"),
        ("Saw SUGAR BABY at the drop-in, she looked tired.", "SUGAR BABY"),
    ],
)
def test_a_short_word_in_capitals_inside_a_name_is_caught(text: str, piece: str) -> None:
    assert covered(text, piece), kinds(text)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Baby Girl shared about her week.", "Baby Girl"),
        ("Sugar Baby called the office.", "Sugar Baby"),
        ("Big Mama said she would come back next week.", "Big Mama"),
        ("Lil Bit texted me after group.", "Lil Bit"),
        ("Lady Red told us about her week.", "Lady Red"),
        ("Sweet Pea said she was tired.", "Sweet Pea"),
        ("Good group. Baby Girl cried during the check-in.", "Baby Girl"),
    ],
)
def test_a_two_word_name_before_a_persons_verb_is_caught(text: str, piece: str) -> None:
    assert covered(text, piece), kinds(text)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Her sister Justice came too.", "Justice"),
        ("Justice came with her sister.", "Justice"),
        ("Justice left with her kids after group.", "Justice"),
        ("Justice, her cousin, came too.", "Justice"),
        ("Justice and her baby came early.", "Justice"),
        ("Her cousin Faith came too.", "Faith"),
        ("Her daughter Trinity is starting school.", "Trinity"),
        ("My friend Liberty came with me.", "Liberty"),
        ("My friend Will came with me.", "Will"),
        ("Her friend Lady stayed for dinner.", "Lady"),
        ("She brought her son Justice to the kids room.", "Justice"),
    ],
)
def test_a_blocked_word_tied_to_kin_is_a_person(text: str, piece: str) -> None:
    assert covered(text, piece), kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "GIRL POWER was the theme.",
        "She wants her KIDS BACK more than anything.",
        "She got her AISH CHEQUE today.",
        "The CFS WORKER called back today.",
        "She said her ex WILL FIND HER and she was scared.",
        "BIG DAY tomorrow: court at nine.",
        "GIRL POWER was the theme of the whole evening.",
        "Girl Power was the theme.",
        "Team Power was great.",
        "Justice and fairness came up.",
        "Baby steps today.",
        "AISH cheque came late, CFS called, she went to ER.",
        "BIG NEWS: she got housing.",
        "GOOD NEWS today, she got her kids back.",
        "HUGE WIN: she got her kids back.",
        "She was VERY MAD at her ex.",
        "She said her ex WILL NOT stop calling.",
        "DO NOT CALL her worker before noon.",
        "LOVE YOU ALL, see you next week.",
        "Baby Shower was fun, she was happy.",
        "Big Brothers Big Sisters called about a mentor.",
        "Justice Canada sent the forms.",
        "We talked about justice and her kids.",
        "Her sister will come too.",
        "Her sister I think came too.",
        "Her worker ALSO called.",
        "Restorative Justice came up with her worker.",
        "The judge said justice came late for her sister.",
    ],
)
def test_clean_notes_stay_clean(text: str) -> None:
    assert [s for s in find(text) if s.kind == "name"] == [], kinds(text)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Baby Girl's worker is Ms. Akoto.", "Baby Girl"),
        ("BABY GIRL's worker called about the forms.", "BABY GIRL"),
        ("We heard that Baby Girl got a spot at the shelter.", "Baby Girl"),
        ("We heard that Big Mama got a spot at the shelter.", "Big Mama"),
    ],
)
def test_a_two_word_name_before_her_kin_or_after_that_is_caught(text: str, piece: str) -> None:
    assert covered(text, piece), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lil said she was tired.", "Lil"),
        ("Lil came late again.", "Lil"),
        ("Her sister Miss came too.", "Miss"),
        ("Miss came with her kids.", "Miss"),
    ],
)
def test_a_verb_after_a_nickname_prefix_stays_out_of_the_name(text: str, name: str) -> None:
    assert [s.text_in(text) for s in find(text) if s.kind == "name"] == [name], kinds(text)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("He goes by fly guy and drives a black truck.", "fly guy"),
        ("She goes by candy girl on the stroll.", "candy girl"),
        ("Her pimp goes by pretty boy.", "pretty boy"),
        ("He goes by ice man now.", "ice man"),
        ("Candy Girl texted me after group.", "Candy Girl"),
    ],
)
def test_a_street_name_ending_in_a_person_word_is_caught_whole(text: str, piece: str) -> None:
    assert covered(text, piece), kinds(text)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Her sister, Justice, came too.", "Justice"),
        ("My friend, Will, drove us home.", "Will"),
        ("Baby Girl, her cousin, came too.", "Baby Girl"),
    ],
)
def test_a_name_set_off_by_commas_beside_kin_is_caught(text: str, piece: str) -> None:
    assert covered(text, piece), kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her sister, I think, came too.",
        "My friend, also, was there.",
    ],
)
def test_words_set_off_by_commas_beside_kin_stay_clean(text: str) -> None:
    assert [s for s in find(text) if s.kind == "name"] == [], kinds(text)

"""Words that are true: where self-care entries live, private ways to respond, no promises of safety."""

from __future__ import annotations

import re

from biy_tui import messages
from biy_tui.screens.debrief import SelfCareScreen

SELF_CARE_TEXTS = {
    "SELFCARE_INTRO": messages.SELFCARE_INTRO,
    "HISTORY_PRIVATE_BANNER": messages.HISTORY_PRIVATE_BANNER,
    "SelfCareScreen.HELP": SelfCareScreen.HELP,
}


def test_self_care_never_claims_to_be_left_out_of_the_backup() -> None:
    """``biy export`` includes self-care entries (it is her backup): the words must say so."""
    for name, text in SELF_CARE_TEXTS.items():
        assert not re.search(r"never appears?[^.;]*export", text), name
        assert "stays on this machine" not in text and "stay on this machine" not in text, name
        assert "never appear" in text and "report" in text, name
        assert "biy export" in text, name
        assert "encrypted" in text, name


def test_check_in_names_responses_and_offers_private_ways() -> None:
    assert "response" in messages.CHECKIN_INTRO
    hint = messages.CHECKIN_PRIVATE_HINT
    for way in ("slips", "face down", "eyes closed"):
        assert way in hint
    assert "response" in messages.CHECKIN_TOO_MANY_HANDS.format(scale="x", hands=5, present=4)


def test_debrief_safety_box_reminds_steps_coordinator_and_no_details() -> None:
    text = messages.DEBRIEF_SAFETY_REMINDER
    assert "F1" in text and "coordinator" in text and "details" in text


def test_no_message_promises_safety() -> None:
    for name in dir(messages):
        value = getattr(messages, name)
        texts = value.values() if isinstance(value, dict) else [value]
        for text in texts:
            if isinstance(text, str):
                assert "you are safe" not in text.lower(), name


def test_startup_failure_points_to_the_card_that_still_works() -> None:
    assert "biy supports" in messages.STARTUP_CURRICULUM_FAILED
    assert "coordinator" in messages.STARTUP_CURRICULUM_FAILED

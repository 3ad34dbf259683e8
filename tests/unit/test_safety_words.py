"""Words that are true: where self-care entries live, private answers, next steps, no promises."""

from __future__ import annotations

import re

from biy_tui.core import text as catalogue
from biy_tui.core.text import Plural, messages

SELF_CARE_TEXTS = {
    "SELFCARE_INTRO": messages.SELFCARE_INTRO,
    "HISTORY_PRIVATE_BANNER": messages.HISTORY_PRIVATE_BANNER,
    "SelfCareScreen help": catalogue.help_text("SelfCareScreen") or "",
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


# Each error says what happened, where, and what to do next (the content review, §6):
# the words of the next step that each one now carries.
NEXT_STEPS = {
    "UNEXPECTED_ERROR": "open biy again",
    "CURRICULUM_PROBLEMS": "run 'biy curriculum check' again",
    "CURRICULUM_SITE_PROGRAM_BROKEN": "fix the problems above",
    "CURRICULUM_UNREADABLE": "ask your coordinator",
    "SETTINGS_INVALID": "uses the defaults until then",
    "STARTUP_CURRICULUM_FAILED": "ask your coordinator",
    "STORE_FOLDER_FAILED": "--data-dir",
    "STORE_DAMAGED_RESTORED": "tell your coordinator",
    "STORE_DAMAGED_NO_BACKUP": "keep that file private",
    "STORE_MISSING_RESTORED": "look in History",
    "PASSPHRASE_EMPTY": "run the command again",
    "IMPORT_NOT_JSON": "choose the file",
    "IMPORT_NOT_EXPORT": "choose the file",
    "IMPORT_BAD_RECORD": "make the export again",
    "AGENDA_SAVE_FAILED": "still here on screen",
    "AGENDA_EXPORT_FAILED": "try again",
    "RUN_EMPTY": "add an activity first",
    "PRIVACY_SITE_UNREADABLE": "ask your coordinator",
    "SCRUB_UNREADABLE": "run it again",
    "SCRUB_CHECK_NEEDS_FILES": "name it after the command",
    "CHECKIN_BAD_NUMBER": "correct it and save again",
    "FORM_READ_ONLY": "open biy again to save",
    "DRAFT_SAVE_FAILED": "still here on screen",
    "HISTORY_READ_FAILED": "close and reopen biy",
    "RECORD_GONE": "press Escape",
    "REPORT_READ_FAILED": "close and reopen biy",
    "REPORT_MIN_CELL_TOO_LOW": "use 3 or more",
    "REPORT_OTHER_SCHEMA": "make that report again",
    "REPORT_FILE_UNREADABLE": "try again",
}


def _words(value: object) -> str:
    """A sentence's text; both forms of a counted one."""
    if isinstance(value, Plural):
        return f"{value.singular} {value.plural}"
    return str(value)


def test_every_reviewed_error_says_what_to_do_next() -> None:
    missing = {
        name: phrase
        for name, phrase in NEXT_STEPS.items()
        if phrase.lower() not in _words(getattr(messages, name)).lower()
    }
    assert missing == {}


def test_reviewed_errors_use_no_jargon() -> None:
    for name in (
        "REPORT_MIN_CELL_TOO_LOW",
        "REPORT_OTHER_SCHEMA",
        "DAMAGE_HEADER",
        "DAMAGE_CHECKSUM",
    ):
        text = re.sub(r"\{\w+\}", "", getattr(messages, name)).lower()
        for word in ("schema", "small-cell", "checksum", "header"):
            assert word not in text, (name, word)
    assert "deleted" not in messages.RECORD_GONE

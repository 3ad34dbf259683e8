"""Every sentence biy says to a person, in one place.

Read this file top to bottom to review biy's tone: plain, warm, never blaming,
strength-based. Each message is one sentence that says what happened, where,
and what to do. Messages never contain the text of a note.
"""

from __future__ import annotations

# --- general ---------------------------------------------------------------

APP_TITLE = "biy"
APP_SUB_TITLE = "session companion"
UNEXPECTED_ERROR = (
    "biy hit an unexpected problem ({kind} in {where}); your saved records are untouched, "
    "and nothing you wrote was printed here."
)
INTERRUPTED = "Stopped. Your saved records are untouched."

# --- settings --------------------------------------------------------------

SETTINGS_UNREADABLE = (
    "The settings file {path} could not be read ({why}); fix or remove it and biy will use defaults."
)
SETTINGS_INVALID = "The settings in {path} are not valid ({why}); fix or remove that line."

# --- curriculum ------------------------------------------------------------

CURRICULUM_OK = "Curriculum is fine: {weeks} weeks, {activities} activities ({by_style})."
CURRICULUM_PROBLEMS = "{count} problem(s) found in the curriculum; the other weeks still load."
CURRICULUM_NO_FOLDER = "The curriculum folder {path} does not exist; check the path and try again."
CURRICULUM_NO_PROGRAM = (
    "No program.toml was found in {path}; a curriculum folder needs one "
    "(see curriculum/README.md)."
)
CURRICULUM_PROGRAM_BROKEN = (
    "The program file could not be used, so biy cannot load the curriculum; "
    "fix the problem above and start again."
)
CURRICULUM_SITE_PROGRAM_BROKEN = (
    "{file}: this site program file has a problem, so the shipped program file is used instead."
)
CURRICULUM_EMPTY_FILE = "{file}: the file is empty; add the week's fields or remove the file."
CURRICULUM_NOT_UTF8 = (
    "{file} (line {line}): the file is not plain UTF-8 text; save it as UTF-8 in your editor."
)
CURRICULUM_UNREADABLE = "{file}: the file could not be read ({why}); check that it exists and is yours."
CURRICULUM_SYNTAX = "{file}{line}: the file is not valid TOML ({why}); fix the line shown."
CURRICULUM_FIELD = "{file}{line}, {where}: {what}."
CURRICULUM_FILE_FIELD = "{file}{line}: {what}."
CURRICULUM_DUPLICATE_WEEK = (
    "{file}: week {week} is also defined in {other}; keep one of them or change the number."
)
CURRICULUM_DUPLICATE_ACTIVITY = (
    '{file}{line}, activity "{id}": the id is used twice in this week; give each activity its own id.'
)
CURRICULUM_UNKNOWN_THEME = (
    '{file}{line}, {where}: "{value}" is not a theme in the program file; '
    "use one of its theme ids or add it there."
)
CURRICULUM_UNKNOWN_SCALE = (
    '{file}{line}, {where}: "{value}" is not a check-in scale in the program file; '
    "use one of its scale ids or add it there."
)
CURRICULUM_UNKNOWN_PART = (
    '{file}{line}, part: "{value}" is not a part in the program file; use one of: {choices}.'
)
CURRICULUM_NOTE_NEEDED = (
    "{file}{line}, content_note: a {intensity} week needs a content note to read before "
    "the activities; add a few plain words about what the topic may bring up."
)
CURRICULUM_WEEK_UNAVAILABLE = "Week {week} is unavailable: {why}"

# --- app shell -------------------------------------------------------------

OVERVIEW_TITLE = "The program"
OVERVIEW_HINT = "Choose a week with the arrow keys and press Enter to open it."
WEEK_UNAVAILABLE_TITLE = "This week can't be shown right now"
WEEK_UNAVAILABLE_HELP = (
    "A coordinator can fix the file named above and run 'biy curriculum check'; "
    "every other week works as usual."
)
CURRICULUM_PROBLEMS_NOTICE = (
    "{count} curriculum file problem(s): the affected weeks are marked unavailable. "
    "Run 'biy curriculum check' for details."
)
CONTENT_NOTE_HEADING = "Before we start"
OPTING_OUT = "Passing is always fine, and grounding is on offer at any moment: press g."
GROUNDING_DISMISS = "Press Escape when the group is ready to carry on."
HELP_TITLE = "Help: {screen}"
HELP_FOOTER = "Press Escape to go back. Press Ctrl+P to search every action."
STARTUP_CURRICULUM_FAILED = (
    "biy could not load the curriculum, so it cannot open; run 'biy curriculum check' "
    "to see what needs fixing."
)
STARTUP_SETTINGS_FAILED = "{why} biy carries on with the default settings."
THEME_CHANGED = "Theme: {name}."

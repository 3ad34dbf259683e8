"""Every sentence biy says to a person, in one place.

Read this file top to bottom to review biy's tone: plain, warm, never blaming,
strength-based. Each message is one sentence that says what happened, where,
and what to do. Messages never contain the text of a note.
"""

from __future__ import annotations

from typing import Any

from biy_tui.core.text import Plural
from biy_tui.core.text import gettext as _translate

# --- general ---------------------------------------------------------------

APP_TITLE = "biy"
APP_SUB_TITLE = "session companion"
UNEXPECTED_ERROR = (
    "biy hit an unexpected problem ({kind} in {where}); your saved records are untouched "
    "and nothing you wrote was printed here, so open biy again (it offers any draft it kept), "
    "and if it happens again tell your coordinator the words in brackets."
)
INTERRUPTED = "Stopped. Your saved records are untouched."


# --- settings --------------------------------------------------------------

SETTINGS_UNREADABLE = "The settings file {path} could not be read ({why}); fix or remove it and biy will use defaults."
SETTINGS_INVALID = "The settings in {path} are not valid ({why}); fix or remove that line, and biy uses the defaults until then."
SETTINGS_UNWRITABLE = "The settings file {path} could not be written ({why}); the change works until biy closes, and you can check that the folder is yours."
SETTINGS_NOT_PRIVATE = "The settings file {path} was not read because {why}; remove it (or put your own file there) and biy uses the defaults until then."

# --- curriculum ------------------------------------------------------------

CURRICULUM_OK = "Curriculum is fine: {weeks} weeks, {activities} activities ({by_style})."
CURRICULUM_PROBLEMS = Plural(
    "{n} problem found in the curriculum; the other weeks still load, so fix the line above as it says and run 'biy curriculum check' again.",
    "{n} problems found in the curriculum; the other weeks still load, so fix each line above as it says and run 'biy curriculum check' again.",
)
CURRICULUM_NOT_FOLDER = (
    "{path} is a file, not a folder; give the folder that holds the curriculum files and try again."
)
CURRICULUM_NO_FOLDER = "The curriculum folder {path} does not exist; check the path and try again."
CURRICULUM_NO_PROGRAM = (
    "No program.toml was found in {path}; a curriculum folder needs one (see curriculum/README.md)."
)
CURRICULUM_PROGRAM_BROKEN = (
    "The program file could not be used, so biy cannot load the curriculum; "
    "fix the problem above and start again."
)
CURRICULUM_SITE_PROGRAM_BROKEN = (
    "{file}: this site program file has a problem, so the shipped program file is used instead; "
    "fix the problems above to use the site's own."
)
CURRICULUM_EMPTY_FILE = "{file}: the file is empty; add the week's fields or remove the file."
CURRICULUM_NOT_UTF8 = (
    "{file} (line {line}): the file is not plain UTF-8 text; save it as UTF-8 in your editor."
)
CURRICULUM_UNREADABLE = (
    "{file}: the file could not be read ({why}); make sure the file is there and your user "
    "account is allowed to open it, or ask your coordinator."
)
CURRICULUM_SYNTAX = "{file}{line}: the file is not valid TOML ({why}); fix the line shown."
CURRICULUM_FIELD = "{file}{line}, {where}: {what}."
CURRICULUM_FILE_FIELD = "{file}{line}: {what}."
CURRICULUM_DUPLICATE_WEEK = (
    "{file}: week {week} is also defined in {other}; keep one of them or change the number."
)
CURRICULUM_DUPLICATE_ACTIVITY = '{file}{line}, activity "{id}": the id is used twice in this week; give each activity its own id.'
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
CURRICULUM_SITE_FILE = "{file} (site folder)"
CURRICULUM_NOT_A_FILE = (
    "{file}: this is not a plain file, so biy did not read it; "
    "replace it with a week file or remove it."
)
CURRICULUM_TOO_LARGE = (
    "{file}: the file is too large ({size}; the limit is {limit}), so biy did not read it; "
    "split it into smaller week files or remove what does not belong."
)
CURRICULUM_TOO_DEEP = (
    "{file}: the file nests lists or tables too deeply to read; "
    "write each field as plain text or a simple list."
)

# The four learning styles, as people read them (curriculum.STYLE_LABELS).
STYLE_LABELS = {
    "reading": "Reading",
    "individual": "Individual",
    "discussion": "Discussion",
    "creative-movement": "Creative / movement",
}

# How a curriculum problem names what it expected and where (curriculum/problems.py).
CURRICULUM_TYPE_WORDS = {
    "int": "a whole number",
    "str": "text in quotes",
    "array": 'a list in square brackets, like ["a", "b"]',
    "object": "a table of fields",
    "bool": "true or false",
    "float": "a number",
}
CURRICULUM_A_LIST = "a list"
CURRICULUM_A_TABLE = "a table"
CURRICULUM_ITEM_NAMES = {
    "activities": "activity",
    "scales": "scale",
    "themes": "theme",
    "parts": "part",
}
CURRICULUM_WHERE_ID = '{item} "{id}"'
CURRICULUM_WHERE_NUMBER = "{item} {n}"
CURRICULUM_WHERE_ITEM = "{list}, item {n}"
CURRICULUM_WHERE_FILE = "the file"
CURRICULUM_AT_LINE = " (line {line})"
CURRICULUM_EXPECTED = "expected {what}"
CURRICULUM_EXPECTED_GOT = "expected {what}, got {value}"
CURRICULUM_ALLOWED_VALUES = "one of the allowed values"
CURRICULUM_ONE_OF = "expected one of: {choices}"
CURRICULUM_ONE_OF_GOT = "expected one of: {choices}, got {value}"
CURRICULUM_NOT_A_FIELD_CLOSE = '"{name}" is not a field here; did you mean "{close}"?'
CURRICULUM_NOT_A_FIELD = '"{name}" is not a field here; known fields are: {known}'
CURRICULUM_FIELD_REQUIRED = "this field is required; add it"
CURRICULUM_EXPECTED_ID = (
    'expected a short id of lower-case letters, digits and dashes, like "body-map"'
)
CURRICULUM_EXPECTED_ID_GOT = (
    'expected a short id of lower-case letters, digits and dashes, like "body-map", got {value}'
)
CURRICULUM_EXPECTED_TEXT = "expected some text here, not an empty string"
CURRICULUM_AT_LEAST_ITEMS = Plural("expected at least {n} item", "expected at least {n} items")
CURRICULUM_AT_MOST_ITEMS = Plural("expected at most {n} item", "expected at most {n} items")
CURRICULUM_NUMBER_AT_LEAST = "expected a whole number at least {n}"
CURRICULUM_NUMBER_AT_LEAST_GOT = "expected a whole number at least {n}, got {value}"
CURRICULUM_NUMBER_AT_MOST = "expected a whole number at most {n}"
CURRICULUM_NUMBER_AT_MOST_GOT = "expected a whole number at most {n}, got {value}"
CURRICULUM_OTHER_GOT = "{what}, got {value}"
CURRICULUM_WHERE_LIST_ID = '{list}, "{id}"'
CURRICULUM_WHERE_PART = 'part "{id}"'
CURRICULUM_ID_TWICE = "this id is used twice; give each its own id"
CURRICULUM_WEEKS_SWAPPED = "first_week comes after last_week; swap them"
CURRICULUM_NO_SCALE_KIND = 'no scale has kind = "{kind}"; add one for the check-in'


# --- app shell -------------------------------------------------------------

OVERVIEW_TITLE = "The program"
OVERVIEW_HINT = "Choose a week with the arrow keys and press Enter to open it."
WEEK_UNAVAILABLE_TITLE = "This week can't be shown right now"
WEEK_UNAVAILABLE_HELP = (
    "A coordinator can fix the file named above and run 'biy curriculum check'; "
    "every other week works as usual."
)
CONTENT_NOTE_HEADING = "Before we start"
OPTING_OUT = "Passing is always fine, and grounding is on offer at any moment: press g."
GROUNDING_DISMISS = "Press Escape when the group is ready to carry on."
HELP_TITLE = "Help: {screen}"
HELP_FOOTER = "Press Escape to go back. Press Ctrl+P to search every action."
STARTUP_CURRICULUM_FAILED = (
    "biy could not load the curriculum, so it cannot open (your records are untouched); ask "
    "your coordinator to run 'biy curriculum check', and until then 'biy supports' still "
    "prints the safety steps and the lines to call."
)
STARTUP_SETTINGS_FAILED = "{why} biy carries on with the default settings."
THEME_CHANGED = "Theme: {name}."
WORKER_FAILED = (
    "Something went wrong while biy was working on your records; nothing was lost, what you "
    "entered is still on screen, and you can try again."
)
THEME_REMEMBERED = "Theme: {name} (biy will remember it)."
THEME_NOT_REMEMBERED = "Theme: {name}, for now: biy could not remember it ({why})."
PALETTE_CHECK_IN = "Check-in (k)"
PALETTE_CHECK_IN_HELP = "Log the highlighted week's check-in: counts and tallies only"
PALETTE_DEBRIEF = "Debrief (d)"
PALETTE_DEBRIEF_HELP = "Write the highlighted week's debrief"
PALETTE_SELF_CARE = "Self-care (s on the overview)"
PALETTE_SELF_CARE_HELP = "Your own check-in with yourself; never in a report"
PALETTE_HISTORY = "History (h on the overview)"
PALETTE_HISTORY_HELP = "Every saved plan, check-in, debrief and self-care entry"
PALETTE_TRENDS = "Trends (t on the overview)"
PALETTE_TRENDS_HELP = "How the weeks went: attendance, mood shift, feedback, styles"
PALETTE_MEMBER_CHECK = "Member check (m on the overview)"
PALETTE_MEMBER_CHECK_HELP = "What to read back to the group from last session"
PALETTE_REPORT = "Report (r on the overview)"
PALETTE_REPORT_HELP = "A de-identified evaluation report to share"
PALETTE_GROUNDING = "Grounding card (g)"
PALETTE_GROUNDING_HELP = "A short grounding exercise to read aloud"
PALETTE_HELP = "Help (?)"
PALETTE_HELP_HELP = "Keys and tips for this screen"
PALETTE_THEME = "Switch theme (F9)"
PALETTE_THEME_HELP = "Between the calm and the high-contrast theme (remembered)"
PALETTE_HIDE = "Hide the screen (Ctrl+X)"
PALETTE_HIDE_HELP = "Cover biy at once (Ctrl+R returns)"
PALETTE_QUIT = "Quit (q)"
PALETTE_QUIT_HELP = "Close biy; unfinished writing is kept as a draft"
PALETTE_OPEN_WEEK = "Open week {week}: {title} (Enter)"
CURRICULUM_NOTICE_CHECK = "Run 'biy curriculum check' to see what to fix."
CURRICULUM_NOTICE_UNAVAILABLE = Plural(
    "Week {weeks} is unavailable because its file has a problem.",
    "Weeks {weeks} are unavailable because their files have problems.",
)
CURRICULUM_NOTICE_OTHER = Plural(
    "A curriculum file has a problem, but every week still opens: {first}",
    "{n} curriculum problems were found, but every week still opens; the first: {first}",
)
CURRICULUM_NOTICE_UNPLACED = Plural(
    "A curriculum file could not be used and no week number was found in it: {first}",
    "{n} curriculum files could not be used and no week number was found in them; the first: {first}",
)
CURRICULUM_LOADING = "Opening the program…"
CURRICULUM_LOADING_HINT = "Ctrl+X hides the screen and g opens the grounding card at any time."
CURRICULUM_LOAD_FAILED_TITLE = "biy could not load the curriculum"
CURRICULUM_LOAD_FAILED_HINT = "Fix the file named above, then start biy again. Press q to close."
GROUNDING_FALLBACK_TITLE = "Let's take a moment together"
GROUNDING_FALLBACK_STEPS = (
    "If it feels right, let your feet rest on the floor.",
    "Look around and quietly name three things you can see.",
    "Breathe in for a count of four, and out for a count of six.",
)
GROUNDING_FALLBACK_PAUSE = "We can pause here. Nobody has to say or do anything."

# Keys (footer and help screen), palette commands and labels of the screens.
KEY_HIDE = "Hide"
KEY_TIP_COVER_THE_SCREEN_AT_ONCE = "Cover the screen at once"
KEY_GROUNDING = "Grounding"
KEY_TIP_A_GROUNDING_CARD_TO_READ_ALOUD = "A grounding card to read aloud"
KEY_MORE_KEYS = "More keys"
KEY_THEME = "Colours"
KEY_QUIT = "Quit"
KEY_BACK = "Back"
KEY_CLOSE_BIY = "Close biy"
KEY_READ_ONLY = "Read-only"
KEY_CLOSE = "Close"
KEY_CANCEL = "Cancel"
LABEL_GROUP_CHOICES = "Group choices"
LABEL_TO_OPEN = "To open"
LABEL_STEPS = "Steps"
LABEL_TO_CLOSE = "To close"
LABEL_GENTLER_OPTION = "Gentler option"
LABEL_ONLINE = "Online"
LABEL_GOALS = "Goals"
LABEL_PREPARATION = "Preparation"
LABEL_GROUNDING_OPTION = "Grounding option"
LABEL_MATERIALS = "Materials: {materials}"
KEY_SAVE_AS_ANOTHER_PLAN = "Save as another plan"
KEY_LABEL_NOTES_ONLINE = "Label, notes, online"
KEY_HANDOUT = "Handout"
KEY_GROUP_CHOICE = "Group choice"
KEY_RUN = "Run"
KEY_REMOVE = "Remove"
KEY_UP = "Up"
KEY_DOWN = "Down"
KEY_PLUS_5_MIN = "5 more min"
KEY_MINUS_5_MIN = "5 min less"
KEY_LENGTH = "Length"
KEY_NEW_PLAN = "New plan"
KEY_NEXT_SAVED_PLAN = "Next saved plan"
KEY_BACK_KEEPS_A_DRAFT = "Back (keeps a draft)"
KEY_SHOW_THE_ROOM = "Show the room"
KEY_MOST_HANDS = "Most hands"
KEY_COUNT_AGAIN = "Count again"
KEY_BACK_TO_COUNTING = "Back to counting"
KEY_PROMPTS = "Prompts"
KEY_NOT_NOW = "Not now"
KEY_CONTINUE = "Continue"
KEY_DISCARD = "Discard"
KEY_LATER = "Later"
KEY_ANOTHER_SESSION = "Another session"
KEY_RETURN = "Return"
KEY_OPEN = "Open"
KEY_EDIT = "Edit"
KEY_SEARCH = "Search"
KEY_FILTER = "Filter"
KEY_OLDER = "Older"
KEY_NEWER = "Newer"
COMMAND_HISTORY_SEARCH = "History: search"
COMMAND_KEY_SLASH = "Key /"
COMMAND_HISTORY_OLDER_PAGE = "History: older page"
COMMAND_KEY_BRACKET_OR_PAGE_DOWN = "Key ] or Page Down"
COMMAND_HISTORY_NEWER_PAGE = "History: newer page"
COMMAND_KEY_BRACKET_OR_PAGE_UP = "Key [ or Page Up"
COMMAND_HISTORY_OPEN_RECORD = "History: open record"
COMMAND_KEY_ENTER = "Enter"
COMMAND_HISTORY_EDIT_RECORD = "History: edit record"
COMMAND_KEY_E = "Key e"
COMMAND_MEMBER_CHECK_GO_BACK = "Member check: go back"
COMMAND_KEY_ESCAPE = "Escape"
KEY_KEEP = "Keep"
LABEL_NOW_PLANNED_LOGGED = "▶ now  ✎ planned  ✓ logged"
KEY_CHECK_IN = "Check-in"
KEY_DEBRIEF = "Debrief"
KEY_HISTORY = "History"
KEY_TRENDS = "Trends"
KEY_MEMBER = "Member check"
KEY_REPORT = "Report"
LABEL_OTHER_WEEKS = "Other weeks"
COMMAND_EDIT_THIS_RECORD = "Edit this record"
KEY_WRITE_FILE = "Write file"
KEY_PREVIEW = "Preview"
KEY_PAUSE = "Pause"
KEY_WRITE_A_COPY_TO_PRINT = "Write a copy to print"
KEY_CYCLE_ALL = "Cycle / all"
COMMAND_TRENDS_LATEST_CYCLE_OR_ALL_HISTORY = "Trends: latest cycle or all history"
COMMAND_KEY_A = "Key a"
KEY_ABOUT = "About"
KEY_ACTIVITIES = "Activities"
KEY_READING = "Reading"
KEY_INDIVIDUAL = "Individual"
KEY_DISCUSSION = "Discussion"
KEY_CREATIVE = "Creative"
KEY_ALL_STYLES = "All styles"
KEY_ADD_TO_AGENDA = "Add to agenda"
LABEL_ABOUT_THIS_WEEK = "About this week"
KEY_LOWER = "Lower"
KEY_HIGHER = "Higher"
LABEL_STYLES = "Styles: "
LABEL_ALL_SHOWN = "(all shown)"
KEY_ADD_A_HAND = "Add a hand"
KEY_TAKE_ONE_AWAY = "Take one away"
LABEL_NOT_IN_CURRICULUM = "not in the curriculum"
LABEL_MINUTES = "{minutes} min"
LABEL_MINUTES_OF = "{total} of {session} min"
LABEL_CHOSE = "• chose {activity} ({counts})"
LABEL_WEEK_N = "Week {week}"
LABEL_WEEK_PART = "Week {week} · {part}"
LABEL_FEELS = "Feels: {mark}"
LABEL_THEMES = "Themes: {themes}"
LABEL_ACTIVITIES_COUNT = "Activities: {count} ({styles})"
TITLE_WEEK = "Week {week}: {title}"
TITLE_AGENDA = "Agenda · week {week}: {title}"
TITLE_WITH_WEEK = "{title} · week {week}"
KEY_OPTION_N = "Option {n}"
KEY_TAKE_ONE_FROM_N = "Take one from {n}"
KEY_CHOOSE_N = "Choose {n}"
COMMAND_HISTORY_SHOW = "History: show {kind}"
COMMAND_KEY_N = "Key {key}"
COMMAND_TRENDS_CHART = "Trends: go to chart {n}"
# How intense an activity or week feels, and who it is done with (week and agenda views).
INTENSITY_MARK = {"gentle": "○ gentle", "moderate": "◐ moderate", "heavy": "● heavy"}
GROUP_LABELS = {"whole-group": "whole group", "pairs": "pairs", "alone": "on your own"}
GROUP_SHORT = {"whole-group": "all", "pairs": "pairs", "alone": "alone"}
# The two colour themes, by their Textual names (F9 says which one is on).
THEME_NAMES = {"biy-calm": "calm", "biy-contrast": "high contrast"}

# Textual's own key descriptions (scrolling, lists, inputs), as the help screen says them.
TEXTUAL_KEYS = {
    "Copy selected text": "Copy selected text",
    "Cut selected text": "Cut selected text",
    "Delete all to the right": "Delete all to the right",
    "Delete character left": "Delete character left",
    "Delete character right": "Delete character right",
    "Down": "Down",
    "First": "First",
    "Focus Next": "Focus Next",
    "Focus Previous": "Focus Previous",
    "Go to end": "Go to end",
    "Go to start": "Go to start",
    "Last": "Last",
    "Move cursor left": "Move cursor left",
    "Move cursor left a word": "Move cursor left a word",
    "Move cursor right": "Move cursor right",
    "Move cursor right a word": "Move cursor right a word",
    "Next tab": "Next tab",
    "Open the command palette": "Open the command palette",
    "Page Down": "Page Down",
    "Page Left": "Page Left",
    "Page Right": "Page Right",
    "Page Up": "Page Up",
    "Paste text from the clipboard": "Paste text from the clipboard",
    "Previous tab": "Previous tab",
    "Quit the app and return to the command prompt.": "Quit the app and return to the command prompt.",
    "Scroll Down": "Scroll Down",
    "Scroll End": "Scroll End",
    "Scroll Home": "Scroll Home",
    "Scroll Left": "Scroll Left",
    "Scroll Right": "Scroll Right",
    "Scroll Up": "Scroll Up",
    "Select": "Select",
    "Select all": "Select all",
    "Select line end": "Select line end",
    "Select line start": "Select line start",
    "Show menu": "Show menu",
    "Submit": "Submit",
    "Toggle": "Toggle",
    "Toggle option": "Toggle option",
    "Up": "Up",
    "select word": "select word",
}
PALETTE_PLACEHOLDER = "Search for commands…"

# --- opening the data folder (app) -----------------------------------------

PASSPHRASE_TITLE = "Your records are locked with a passphrase"
PASSPHRASE_PROMPT = "Type your passphrase and press Enter. Press Escape to close biy."
PASSPHRASE_WRONG = (
    "That passphrase did not open your records; nothing was changed. Please try again."
)
LOCKED_TITLE = "biy is already open on these records"
LOCKED_BODY = (
    "Another biy window is using this data folder ({path}). You can look at your records here "
    "without changing them, or close this window and carry on in the other one."
)
LOCKED_READ_ONLY = "Look without changing (r)"
LOCKED_QUIT = "Close this window (q)"
READ_ONLY_NOTICE = "Read-only: this window shows your records but will not change them."

# --- store -----------------------------------------------------------------

STORE_LOCKED = (
    "Your records in {path} are already open in another biy window; close that one first, "
    "or open this one read-only to look without changing anything."
)
STORE_PASSPHRASE_REQUIRED = (
    "Your records in {path} are protected by a passphrase; enter it to open them."
)
STORE_WRONG_PASSPHRASE = (
    "That passphrase does not open the records in {path}; nothing was changed, so please try again."
)
STORE_TOO_NEW = (
    "{file} was saved by a newer version of biy; update biy to open your records "
    "(nothing was changed)."
)
STORE_READ_ONLY = (
    "These records are open read-only, so nothing was saved; close the other biy window "
    "and open biy again to make changes."
)
STORE_NOT_REVIEWED = (
    "The {field} text has not been through the privacy check, so it was not saved; "
    "review it and save again."
)
STORE_RECORD_INVALID = "This {kind} could not be saved ({why}); correct it and save again."
STORE_UNKNOWN_ID = "There is no record with the id {id}; check the id and try again."
STORE_WRITE_FAILED = (
    "biy could not save to {path} ({why}); nothing was changed and your text is still here, "
    "so free some space or check the folder and try again."
)
STORE_FOLDER_FAILED = (
    "biy could not use the folder {path} ({why}); nothing was saved there, so make sure your "
    "user account may write to it, or choose another folder with --data-dir."
)
STORE_PENDING_CONVERSION = (
    "The records in {path} are halfway through being encrypted or decrypted; open biy "
    "normally (not read-only) so it can finish."
)
STORE_DAMAGED_RESTORED = (
    "{file} was damaged ({why}), so biy set it aside as {quarantined} and restored the copy "
    "saved {when}; anything saved after that copy may be missing, so look in History, keep "
    "the set-aside file private, and tell your coordinator if something you need is gone."
)
STORE_DAMAGED_NO_BACKUP = (
    "{file} was damaged ({why}) and no good copy of it was found, so biy set it aside as "
    "{quarantined} and carries on with everything else it could read; keep that file private "
    "(it may hold the only copy), look in History for what is missing, and tell your coordinator."
)
STORE_MISSING_RESTORED = "{file} was missing, so biy restored the copy saved {when}; anything saved after that copy may be missing, so look in History."
STORE_DAMAGED_READ_ONLY = (
    "{file} is damaged ({why}); this read-only window shows {shown}, and biy will repair "
    "the file the next time it opens normally."
)
STORE_SHOWN_BACKUP = "the copy saved {when}"
STORE_SAVED_ON = "on {date} at {time}"
STORE_SAVED_EARLIER = "earlier"
STORE_SHOWN_NOTHING = "the other records only"
STORE_MANIFEST_REBUILT = (
    "{file} was damaged ({why}), so biy set it aside as {quarantined} and rebuilt it from "
    "your records."
)
STORE_CONVERSION_FINISHED = (
    "biy finished encrypting or decrypting your records, which had been interrupted."
)
STORE_MIGRATED = (
    "Your records were updated to the format of this version of biy (from version {old})."
)

# why a file was set aside (short phrases used inside the sentences above)
DAMAGE_EMPTY = "it is empty"
DAMAGE_HEADER = "it does not start the way a biy file does"
DAMAGE_FOREIGN = "it is not a biy data file"
DAMAGE_KIND = "it holds a different kind of record than its name says"
DAMAGE_LENGTH = "it is shorter or longer than when it was saved"
DAMAGE_CHECKSUM = "its contents changed after biy saved it"
DAMAGE_CONTENT = "its records could not be read"
DAMAGE_SEALED = "it cannot be decrypted with this passphrase"
DAMAGE_NOT_SEALED = "it is not encrypted, although your records are"
DAMAGE_UNEXPECTED_SEAL = "it is encrypted, although your records are not"
DAMAGE_UNREADABLE = "it could not be read: {why}"

ENCRYPT_ALREADY = "The records in {path} are already encrypted; nothing was changed."
DECRYPT_NOT_ENCRYPTED = "The records in {path} are not encrypted; nothing was changed."
ENCRYPT_OK = (
    "Your records in {path} are now encrypted; keep your passphrase safe, because nobody, "
    "not even you, can open them without it."
)
DECRYPT_OK = (
    "Your records in {path} are no longer encrypted; anyone who can use this account can read them."
)
ENCRYPT_VERIFY_FAILED = (
    "biy could not verify the converted copy of {file}, so nothing was changed; please try again."
)
PASSPHRASE_ASK = "Passphrase: "
PASSPHRASE_ASK_NEW = "New passphrase: "
PASSPHRASE_ASK_AGAIN = "The same passphrase again: "
PASSPHRASE_EMPTY = "An empty passphrase cannot protect your records; nothing was changed, so run the command again and type a passphrase."
PASSPHRASE_MISMATCH = "The two passphrases are different; nothing was changed, so please try again."
PASSPHRASE_NO_TERMINAL = (
    "biy needs a passphrase but cannot ask for one here; run it in a terminal or set "
    "BIY_PASSPHRASE for a script."
)

EXPORT_OK = Plural(
    "Exported {n} record to {path} (readable by you only).",
    "Exported {n} records to {path} (readable by you only).",
)
EXPORT_FAILED = "biy could not write {path} ({why}); check the folder and try again."
IMPORT_OK = "From {path}: {added}, {updated}, {skipped}."
IMPORT_UNREADABLE = "biy could not read {path} ({why}); check the file name and try again."
IMPORT_NOT_JSON = "{path} is not a biy export ({why}); nothing was imported, so choose the file that 'biy export' wrote."
IMPORT_NOT_EXPORT = "{path} is not a biy export file; nothing was imported, so choose the file that 'biy export' wrote."
IMPORT_TOO_NEW = "{path} was exported by a newer version of biy; update biy to import it."
IMPORT_BAD_RECORD = "Record {position} in {path} is not valid ({why}); nothing was imported, so make the export again with 'biy export' rather than editing it."

DOCTOR_OK = Plural(
    "The {files} file in {path} is fine: {counts}.",
    "All {files} files in {path} are fine: {counts}.",
)
DOCTOR_PROBLEM = "problem  {what}"
DOCTOR_REPAIRED = "repaired {what}"
DOCTOR_PERMISSIONS = "{file} could be read by others (mode {mode}); biy made it private again."
DOCTOR_LEFTOVER = "{file} was left over from an interrupted save; biy removed it."
DOCTOR_QUARANTINE = Plural(
    "{n} damaged file is kept aside in {path}; keep it, as it may hold the only copy of a record biy could not read.",
    "{n} damaged files are kept aside in {path}; keep them, as they may hold the only copy of records biy could not read.",
)
DOCTOR_LOCK_OK = "lock     no other biy is using {path}"
DOCTOR_BAD_BACKUP = "The backup {file} failed its checks ({why}), so it was set aside as {where}."
DOCTOR_PROBLEMS = Plural(
    "{n} problem could not be repaired; the message above says what to do.",
    "{n} problems could not be repaired; the messages above say what to do.",
)
DOCTOR_NO_STORE = "There are no records in {path} yet; nothing to check."

# Counted nouns: each is a Plural, said as COUNT_KIND[kind](n=count).
COUNT_ADDED = Plural("{n} record added", "{n} records added")
COUNT_UPDATED = Plural("{n} updated", "{n} updated")
COUNT_SKIPPED = Plural(
    "{n} skipped (you already had it, as new or newer)",
    "{n} skipped (you already had them, as new or newer)",
)
COUNT_KIND = {
    "plan": Plural("{n} plan", "{n} plans"),
    "checkin": Plural("{n} check-in", "{n} check-ins"),
    "debrief": Plural("{n} debrief", "{n} debriefs"),
    "selfcare": Plural("{n} self-care entry", "{n} self-care entries"),
    "drafts": Plural("{n} draft", "{n} drafts"),
}
COUNT_FINDINGS = Plural(
    "{n} thing that could identify someone in {what}",
    "{n} things that could identify someone in {what}",
)
IMPORT_FLAGGED = (
    "{path} holds {findings}, so nothing was imported; run biy import --redact {path} to "
    "replace them with placeholders like [name], or edit the file first."
)
IMPORT_REDACTED = Plural(
    "biy replaced {n} thing that could identify someone with a placeholder like [name].",
    "biy replaced {n} things that could identify someone with placeholders like [name].",
)
IMPORT_TOO_BIG = (
    "{path} is larger than {limit} MB, more than a biy export can be; nothing was imported, "
    "so check that it is the right file."
)
IMPORT_TEXT_TOO_LONG = "longer than {limit} characters"
DOCTOR_REPAIRED_SUMMARY = Plural(
    "biy repaired {n} thing in {path} (see above); your records now: {counts}.",
    "biy repaired {n} things in {path} (see above); your records now: {counts}.",
)

PASSPHRASE_CHANGED = (
    "Your records in {path} now open with the new passphrase; the old one no longer works, "
    "so keep the new one somewhere safe."
)
PASSPHRASE_CHANGE_NOT_ENCRYPTED = (
    "The records in {path} have no passphrase yet; use biy encrypt to give them one."
)

COUNT_RECORDS = Plural("{n} record", "{n} records")
STORE_SALVAGED = (
    "{file} was damaged ({why}); biy recovered all {kept} from it and its newest backup, "
    "and kept the damaged copy as {quarantined}."
)
STORE_SALVAGED_LOST = (
    "{file} was damaged ({why}); biy recovered {kept} from it and its newest backup, but "
    "{lost} could not be read, so the damaged copy is kept as {quarantined}."
)
STORE_SALVAGED_UNSURE = (
    "{file} was damaged ({why}); biy recovered {kept} from it and its newest backup but cannot "
    "tell whether more were lost, so the damaged copy is kept as {quarantined}."
)
STORE_DRAFTS_SALVAGED = (
    "{file} was damaged ({why}); biy kept {kept} it could read and removed the damaged copy, "
    "because drafts keep no copies."
)
STORE_SHOWN_SALVAGED = "the {kept} biy could recover"
STORE_FILE_REFUSED = "biy cannot use {file} ({why}); nothing was changed, so {fix}."
REFUSED_LINK = "it is a link to somewhere else"
REFUSED_OWNER = "it belongs to another user"
REFUSED_NOT_FILE = "a folder or other non-file is where a file should be"
REFUSED_NOT_FOLDER = "a file or other non-folder is where a folder should be"
FIX_OWNER = "give it back to your user (for example: sudo chown $USER {file}) and run biy again"
FIX_LINK = "put the real file in place of the link and run biy again"
FIX_NOT_FILE = "move it somewhere else and run biy again"
FIX_PERMISSION = "make it readable for you again (for example: chmod 600 {file}) and run biy again"
FIX_OTHER = "close any program that is using it, check the disk, and run biy again"
EXPORT_INCOMPLETE = Plural(
    "{n} record could not be read, so {path} holds only the others; run biy doctor, which says what to do.",
    "{n} records could not be read, so {path} holds only the others; run biy doctor, which says what to do.",
)

IMPORT_UNFINISHED = (
    "The import into {path} is safely saved but could not be put fully in place ({why}); "
    "biy finishes it the next time it opens, so free some space or check the folder and "
    "run any biy command."
)

STORE_IMPORT_FINISHED = (
    "An import into {path} was interrupted after it was saved, so biy put the rest of it in "
    "place; all of its records are there."
)

# --- planning --------------------------------------------------------------

WEEK_TO_ACTIVITIES = (
    "Press v (or click “Activities” above) to choose this week's activities with the group."
)
ACTIVITY_SEARCH_PLACEHOLDER = "Search activities (press / to type, Enter to finish)"
NO_ACTIVITIES_MATCH = (
    "No activity matches these styles and words. Press 0 to show every style, or change the search."
)
ADDED_TO_AGENDA = "Added “{title}” to the agenda: {total} of {length} minutes planned."
AGENDA_EMPTY = "Nothing on the agenda yet. Open the week (Escape), highlight an activity and press a to add it, or press c to let the group choose."
AGENDA_FITS = "{total} of {length} minutes planned; {left} minutes free."
AGENDA_FULL = "{total} of {length} minutes planned: a full session."
AGENDA_OVER = "{total} of {length} minutes planned: {over} minutes over. You could shorten or drop an activity, or make the session longer (l)."
AGENDA_OVER_ONE = "{total} of {length} minutes planned: 1 minute over. You could shorten or drop an activity, or make the session longer (l)."
AGENDA_FITS_ONE = "{total} of {length} minutes planned; 1 minute free."
AGENDA_MISSING_ACTIVITY = (
    "“{id}” is no longer in this week's curriculum file; it stays on the plan until you remove it."
)
AGENDA_SAVED = "Plan saved for week {week} ({name})."
AGENDA_SAVE_FAILED = "The plan could not be saved: {why} It is still here on screen."
AGENDA_LENGTH_PROMPT = "Session length in minutes (10 to 600):"
AGENDA_LENGTH_INVALID = "Please type a whole number of minutes between 10 and 600."
AGENDA_EXPORTED = "Handout written to {path}."
AGENDA_EXPORT_FAILED = "The handout could not be written to {path} ({why}); the plan is unchanged, so check that folder (or set BIY_EXPORT_DIR to another) and try again."
AGENDA_NEW_PLAN = "Started a new, empty plan for week {week}; the saved plans are kept."
AGENDA_LOADED_PLAN = "Opened the saved plan: {name}."
STYLE_BALANCE = "Styles this session"
MATERIALS = "Materials"
NOT_LATELY = "Not had lately: {styles}"
ALL_STYLES_LATELY = "Every learning style has been used lately."
CHOOSE_TITLE = "Let the group choose"
CHOOSE_PICK = "Pick 2 to 4 activities to offer the group (Space to tick, Enter when ready)."
CHOOSE_TOO_FEW = "Pick at least 2 activities to offer (at most 4)."
CHOOSE_TOO_MANY = "Four options is plenty for a show of hands; untick one first."
ROOM_HINT = "Number keys add a hand · Shift+number takes one away · Enter: go with the most hands · Escape: back"
ROOM_CHOSEN = "The group chose “{title}”; it is on the agenda."
ROOM_NO_HANDS = "No hands counted yet: press an option's number for each hand raised."
ROOM_TIE_TITLE = "It's a tie"
ROOM_TIE_BODY = Plural(
    "{options} have {n} hand each. The group can count again between them (v), or you "
    "can choose one together: press its number. Escape goes back to counting.",
    "{options} have {n} hands each. The group can count again between them (v), or you "
    "can choose one together: press its number. Escape goes back to counting.",
)
ROOM_TIE_HELP = (
    "When options have the same number of hands, the group can count again between them "
    "(v), or you can choose one together: press its number. Escape goes back to counting."
)
ROOM_TIE_OPTION = "“{title}” ({number})"
ROOM_TIE_AND = " and "
ROOM_REVOTE = "Counting again between the tied options: ask for hands once more."
ROOM_CHOSEN_ON_AGENDA = "The group chose “{title}”; it was already on the agenda."
ROOM_PICKED = "“{title}” was chosen after a tie; it is on the agenda."
ROOM_PICKED_ON_AGENDA = "“{title}” was chosen after a tie; it was already on the agenda."
RUN_TITLE = "Running the session"
RUN_NOW = "Now:"
RUN_NEXT = "Next: {title}"
RUN_LEFT = "about {minutes} min left"
RUN_OVER = "{minutes} min past the plan — no rush"
RUN_PAUSED = "paused"
RUN_DONE = "That's the whole agenda. Well done, everyone."
RUN_EMPTY = "There is nothing on the agenda to run yet; add an activity first (a, on the week's activities)."
AGENDA_HELP = (
    "The agenda for this week's session; it opens on the week's saved plan. Times run from "
    "the start of the session. Move an item with Ctrl+Up and Ctrl+Down (or K and J), change "
    "its minutes with + and -, remove it with x, and change the session's length with l. "
    "s saves this plan (it updates the plan you opened), S saves it as another plan, i sets "
    "the group's label, your notes and whether the session is online. e writes a printable "
    "handout, c lets the group choose an activity, r runs the session, n starts an empty plan "
    "for another group and o opens the next saved plan. Unsaved changes are kept as a draft."
)
AGENDA_MORE_KEYS = (
    "More: x remove · +/- minutes · K/J move · l length · i label, notes, online · "
    "c group choice · S save as another plan · n new plan · o next saved plan"
)
AGENDA_PLAN_OF = "plan {number} of {count}"
AGENDA_PLAN_SAVED_ON = "saved {date}"
AGENDA_UNSAVED_MARK = "not saved"
AGENDA_SAVED_AS_NEW = (
    "Saved as another plan for week {week} ({name}); the one you opened is unchanged."
)
AGENDA_DRAFT_KEPT = (
    "The agenda's changes are kept as a draft; they will be here when you come back."
)
AGENDA_DRAFT_BACK = "Here is the agenda you were working on for week {week}; press s to save it."
AGENDA_UNSAVED_SWITCH = (
    "This agenda has changes that are not saved; press s to save them (or S for another "
    "plan) first."
)
AGENDA_NO_SAVED_PLANS = "No plan is saved for week {week} yet; press s to save this one."
AGENDA_ALREADY_ON = "“{title}” is already on the agenda, so it was not added again."
PLAN_DETAILS_TITLE = "This plan"
PLAN_DETAILS_HELP = (
    "A label says which group this plan is for (for example Tuesday group). Notes are yours. "
    "Both go through the privacy check. Ctrl+S keeps them; press s on the agenda to save."
)
PLAN_DETAILS_LABEL = "Group label (optional), for example Tuesday group"
PLAN_DETAILS_NOTES = "Notes for this session (optional; never in a report)"
PLAN_DETAILS_ONLINE = "This session is held online"
ONLINE_HEADING = "Online session"

# --- privacy ---------------------------------------------------------------

PRIVACY_UNREVIEWED = Plural(
    "{n} thing that could identify someone still needs a look; redact it, edit the text, or mark it as not identifying.",
    "{n} things that could identify someone still need a look; redact them, edit the text, or mark each one as not identifying.",
)
PRIVACY_SITE_UNREADABLE = (
    "{file}: the site file could not be read ({why}); make sure your user account is allowed "
    "to open it, or ask your coordinator."
)
PRIVACY_SITE_INVALID = "{file}: the site file is not valid TOML ({why}); fix the line shown."
PRIVACY_SITE_FIELD = (
    "{file}, [privacy] {key}: expected a list of words in quotes, for example "
    'identifying = ["Rosewood House"].'
)
PRIVACY_REVIEW_TITLE = "A quick privacy check before saving"
PRIVACY_REVIEW_INTRO = (
    "These words could identify someone. Redact them all, go back and edit, "
    "or keep one you know is safe."
)
PRIVACY_REVIEW_NOTHING = "Nothing here could identify anyone; it is ready to save."
PRIVACY_REVIEW_ALL_LOOKED_AT = "Everything flagged has been looked at; press s to save."
PRIVACY_REVIEW_KEPT = "kept, as you chose"
PRIVACY_REVIEW_FLAGGED = "could identify someone"
PRIVACY_KEY_REDACT = "Redact all"
PRIVACY_KEY_EDIT = "Edit text"
PRIVACY_KEY_KEEP = "Not identifying"
PRIVACY_KEY_SAVE = "Save"
PRIVACY_KEY_NEXT = "Next"
PRIVACY_KEY_PREVIOUS = "Previous"
PRIVACY_LIVE_HINT = Plural(
    "{n} thing may identify someone; you can look at it when you save.",
    "{n} things may identify someone; you can look at them when you save.",
)
PRIVACY_REVIEW_STILL_OPEN = Plural(
    "{n} thing still needs a look: redact all (r), edit (e), or keep it (k).",
    "{n} things still need a look: redact all (r), edit (e), or keep one (k).",
)
NOT_A_PLAIN_FILE = "not a plain file"
"""Why a named pipe, device or folder given where a file is expected was not read."""
OUTPUT_INCOMPLETE = "biy could not finish writing its output ({why}), so what was written is incomplete; free some space or write somewhere else, then run the command again."
SCRUB_UNREADABLE = "{file}: could not be read ({why}); the other files were still checked, so check this file's name and run it again."
SCRUB_NOT_TEXT = "{file}: is not plain UTF-8 text; save it as UTF-8 and try again."
SCRUB_FOUND = "{file}:{line}:{col} {kind}"
SCRUB_CHECK_FOUND = Plural(
    "{n} thing that could identify someone found; run 'biy scrub FILE' to see the text with it redacted.",
    "{n} things that could identify someone found; run 'biy scrub FILE' to see the text with them redacted.",
)
SCRUB_CHECK_CLEAN = Plural(
    "Nothing that could identify someone was found in the {n} file.",
    "Nothing that could identify someone was found in the {n} files.",
)
SCRUB_CHECK_NEEDS_FILES = "biy scrub --check needs at least one file to check; name it after the command, like 'biy scrub --check notes.txt'."
SCRUB_JSON_BAD = "line {line} is not valid JSON, so it was skipped"
SCRUB_JSON_NO_TEXT = 'line {line} has no "text" field holding text, so it was skipped'
SCRUB_JSON_ERRORS = Plural(
    "{n} line could not be read; it has an error object in the output.",
    "{n} lines could not be read; each has an error object in the output.",
)
CLOSED_WITHOUT_OPENING = "biy closed without opening your records; nothing was changed."
CLOSED_ALREADY_OPEN = "biy is already open on these records in another window; carry on there."
PLAN_WEEK_UNKNOWN = "Week {week} is not in the curriculum (or its file has a problem); run 'biy curriculum check' to see the weeks."
PLAN_NONE_SAVED = "No plan is saved for week {week} yet; plan it in the app and press s to save."
PLAN_NUMBER_UNKNOWN = Plural(
    "Week {week} has {n} saved plan, so there is no plan {number}; 'biy plan list {week}' shows it.",
    "Week {week} has {n} saved plans, so there is no plan {number}; 'biy plan list {week}' shows them.",
)
PLAN_BAD_START = (
    "“{value}” is not a time of day biy can read; give the start like 18:30, 9:05 or 6pm."
)
PLAN_LIST_ACTIVITIES = Plural("{n} activity", "{n} activities")
PLAN_LIST_LINE = "week {week}  plan {number}  {date}  {activities}, {minutes} of {session} min"

# Plain words for each kind of identifying thing (privacy.KIND_LABELS).
PRIVACY_KIND_LABELS = {
    "name": "a name",
    "phone": "a phone number",
    "email": "an e-mail address",
    "url": "a web address",
    "handle": "a social media handle",
    "address": "a street address",
    "postal": "a postal or ZIP code",
    "date": "a full date",
    "age": "someone's age",
    "id_number": "an ID, health card or licence number",
    "site_term": "a word your site marked as identifying",
    "place": "a place: a shelter, a neighbourhood, a street or a corner",
    "case_number": "a case, file or police number",
    "learned": "a word you redacted before",
}

# --- check-in, debrief, self-care ------------------------------------------

CHECKIN_TITLE = "Check-in · week {week}"
CHECKIN_INTRO = "Counts only, never names. Tab or the arrow keys move; + or Space adds a response (a hand, a slip or a card), - takes one away. Ctrl+S saves."
CHECKIN_DATE = "Session date (YYYY-MM-DD)"
CHECKIN_COUNTS = "Who was here"
CHECKIN_PRESENT = "present"
CHECKIN_FIRST_TIME = "first time here"
CHECKIN_ONLINE = "online"
CHECKIN_IN_PERSON = "in person"
CHECKIN_OPENING = "As we opened"
CHECKIN_CLOSING = "As we closed"
CHECKIN_FEEDBACK = "How the session felt"
CHECKIN_THEMES = "Themes that came up (Space to tick)"
CHECKIN_HANDS = "Responses counted: {count}"
CHECKIN_HANDS_COUNTED = Plural("{n} response counted", "{n} responses counted")
CHECKIN_BAD_DATE = "The date should look like 2026-11-25; please check it."
CHECKIN_BAD_NUMBER = "“{field}” needs a whole number (0 or more); please correct it and save again."
CHECKIN_NOBODY = "Please enter how many were present before saving."
CHECKIN_TOO_MANY_HANDS = "“{scale}” counts {hands} responses but {present} were present; take some away or change the number present."
CHECKIN_FIRST_TOO_MANY = (
    "{first} first-timers is more than the {present} present; please check the two numbers."
)
CHECKIN_WHERE_TOO_MANY = "Online ({online}) and in person ({in_person}) add up to more than the {present} present; please check them."
CHECKIN_SAVED = "Check-in saved for week {week}."
FORM_SAVE_FAILED = "This could not be saved: {why} What you entered is still here."
FORM_STILL_SAVING = "Still saving; this form closes by itself once it is saved."
AGENDA_STILL_SAVING = "Still saving the agenda; press Escape again once it says it is saved."
FORM_READ_ONLY = "This window is read-only, so nothing can be saved here; what you typed is still on screen, so close the other biy window and open biy again to save."
FORM_NO_STORE = "Your records are not open yet; try again in a moment."
DEBRIEF_TITLE = "Debrief · week {week}"
DEBRIEF_INTRO = "About the group, never about one person. Ctrl+S saves (the privacy check comes first); F2 shows reflection prompts; Escape keeps a draft."
DEBRIEF_WHAT_WORKED = "What worked"
DEBRIEF_WHAT_TO_CHANGE = "What to change"
DEBRIEF_SAFETY = "Group-level safety concerns"
DEBRIEF_FOLLOW_UPS = "Follow-ups for next week"
DEBRIEF_THEMES = "Themes (Space to tick)"
DEBRIEF_PROMPTS = "Reflection prompts, if they help (F2 hides them):\n1. What happened?\n2. What did I notice — in the group, and in me?\n3. What do I take from it?\n4. What will I do next time?"
DEBRIEF_SAVED = "Debrief saved for week {week}."
DEBRIEF_EMPTY = "There is nothing to save yet; write a few words in any box first."
HEAVY_WEEK_OFFER = "That was a heavy week to hold. Would you like a few minutes for yourself? Press s for self-care, or Escape for not now."
SELFCARE_TITLE = "Self-care"
SELFCARE_INTRO = "This is yours alone: it never appears in a report; it is kept with your records (encrypted when they are) and in your own backup if you make one with biy export. Ctrl+S saves; Escape keeps a draft."
SELFCARE_ENERGY = "My energy right now (← →)"
SELFCARE_STRESS = "My stress right now (← →)"
SELFCARE_ENERGY_LEVELS = ["very low", "low", "okay", "good", "full"]
SELFCARE_STRESS_LEVELS = ["calm", "a little", "some", "a lot", "overwhelming"]
SELFCARE_NEED = "What I need"
SELFCARE_BOUNDARIES = "My boundaries"
SELFCARE_PLAN = "My plan for after"
SELFCARE_SAVED = "Saved. Thank you for looking after yourself too."
DRAFT_KEPT = "Kept as a draft; biy will offer it next time."
DRAFT_SAVE_FAILED = "The draft could not be kept, but your text is still here on screen: {why}"
DRAFTS_TITLE = "You have unfinished writing"
DRAFTS_INTRO = "These were kept so nothing is lost. Enter continues the highlighted one, x discards it, Escape leaves them for later."
DRAFTS_DISCARDED = "Draft discarded."
DRAFT_LABEL_DEBRIEF = "Debrief for week {week}"
DRAFT_LABEL_SELFCARE = "Self-care entry"
DRAFT_LABEL_EDIT = "Changes to a saved {kind}"
CHECKIN_PRIVATE_HINT = "Answers can stay private: women can drop folded slips in a box, lay cards face down, or raise hands with everyone's eyes closed; then count them here."
CHECKIN_MORE_THAN_PRESENT = "  (more than the {present} present)"
DEBRIEF_SAFETY_REMINDER = "If one person is in danger, follow the steps on the F1 card and tell your coordinator; don't write details here."
CHECKIN_DRAFT_KEPT = "The counts are kept as a draft; press k on this week to carry on."
DRAFT_LABEL_CHECKIN = "Check-in counts for week {week}"
DRAFT_LABEL_PLAN = "Agenda for week {week}"
FORM_READ_ONLY_UP_FRONT = (
    "This window is read-only, so forms do not open here; write in the window that opened "
    "biy first."
)
WEEK_HAS_RECORD_TITLE = "Week {week} already has a {kind}"
WEEK_HAS_RECORD_BODY = (
    "The {kind} from {when} is saved. Edit it (e or Enter), or start another session's "
    "{kind} for this week (n). Escape goes back."
)
WEEK_HAS_RECORD_EDIT = "Edit it"
WEEK_HAS_RECORD_ANOTHER = "Another session this week"
DRAFTS_STALE = Plural(
    "One draft has waited more than {days} days; if you no longer need it, discarding it with x keeps your notes tidy and private.",
    "{n} drafts have waited more than {days} days; if you no longer need them, discarding them with x keeps your notes tidy and private.",
)

# --- history and trends --------------------------------------------------------

HISTORY_TITLE = "Looking back · history"
HISTORY_KINDS = {
    "": "All",
    "checkin": "Check-ins",
    "debrief": "Debriefs",
    "plan": "Plans",
    "selfcare": "Self-care",
}
HISTORY_SHOW = "Show:"
HISTORY_FILTER_KEYS = "(0–4 or f)"
HISTORY_SEARCH_PLACEHOLDER = "Search all your notes: type a word, then Enter (Escape goes back)"
HISTORY_PAGE = Plural(
    "Page {page} of {pages} · {total} record", "Page {page} of {pages} · {total} records"
)
HISTORY_PAGE_KEYS = "[ ] turn the page"
HISTORY_OPEN_KEY = "Enter opens"
HISTORY_SEARCH_RESULTS = "“{text}”: {total} found"
HISTORY_OPENING = "Your records are still opening…"
HISTORY_LOADING = "Reading your records…"
HISTORY_EMPTY = "Nothing here yet. After your first check-in or debrief, your sessions will be listed here, newest first."
HISTORY_EMPTY_KIND = "No {kind} saved yet."
HISTORY_NOT_FOUND = (
    "Nothing matches “{text}”. Try a shorter word, or press Escape to see everything."
)
HISTORY_READ_FAILED = "Your records could not be read just now and nothing was changed; close and reopen biy, and if it keeps happening run 'biy doctor' or ask your coordinator: {why}"
HISTORY_CANNOT_EDIT = "Editing is not available from here yet; open the week to change its records."
HISTORY_NO_WEEK = "—"
HISTORY_WEEK = "week {week}"
HISTORY_PRIVATE = "private"
HISTORY_PRIVATE_BANNER = (
    "Only for you. Self-care entries never appear in a report; they are kept with your records "
    "(encrypted when they are) and in your own backup made with biy export."
)
HISTORY_PRESENT = "{present} present"
HISTORY_FIRST_TIME = "{count} first time"
HISTORY_MOOD = "mood {shift}"
HISTORY_ACTIVITIES = "{count} planned · {total} of {length} min"
HISTORY_ENERGY_STRESS = "energy {energy}, stress {stress}"
RECORD_TITLE = "{kind} · {when}"
RECORD_KIND_LABELS = {
    "plan": "Plan",
    "checkin": "Check-in",
    "debrief": "Debrief",
    "selfcare": "Self-care",
}
RECORD_READ_ONLY = "Read-only. Press e to edit (changed text goes through the privacy check again), Escape to go back."
RECORD_GONE = "This record is no longer in your records (it may have been changed or removed in another window); press Escape to go back to the list."
RECORD_ATTENDANCE = "Who was here"
RECORD_ATTENDANCE_LINE = (
    "{present} present · {first_time} first time · {online} online · {in_person} in person"
)
RECORD_OPENING = "As we opened"
RECORD_CLOSING = "As we closed"
RECORD_FEEDBACK = "How the session felt"
RECORD_THEMES = "Themes"
RECORD_NO_THEMES = "No themes ticked."
RECORD_NO_TALLY = "Not counted."
RECORD_AVERAGE = Plural(
    "{n} hand · on average close to “{word}”", "{n} hands · on average close to “{word}”"
)
RECORD_SHIFT_UP = (
    "From opening to closing the group moved lighter on average, by {amount} on the mood scale."
)
RECORD_SHIFT_DOWN = (
    "From opening to closing the group moved heavier on average, by {amount} on the mood scale."
)
RECORD_SHIFT_SAME = "The group left much as it arrived."
RECORD_LEVEL = "level {n}"
RECORD_EMPTY_TEXT = "(nothing written)"
RECORD_PLAN_LENGTH = "{total} of {length} minutes planned"
RECORD_PLAN_AGENDA = "Agenda"
RECORD_PLAN_STYLES = "Learning styles"
RECORD_PLAN_CHOICES = "Chosen with the group"
RECORD_PLAN_CHOICE = "{options} → {chosen}"
RECORD_PLAN_NO_CHOICE = "no choice recorded"
RECORD_PLAN_LABEL = "Group"
RECORD_PLAN_NOTES = "Notes"
RECORD_UNKNOWN_ACTIVITY = "{id} (no longer in this week)"
RECORD_ENERGY = "Energy"
RECORD_STRESS = "Stress"
TRENDS_TITLE = "Looking back · trends"
TRENDS_SCOPE_CYCLE = "Latest cycle: {first} – {last} · a shows all history"
TRENDS_SCOPE_ALL = "All history: {first} – {last} · a shows the latest cycle"
TRENDS_EMPTY = "Nothing to chart yet. Once a few check-ins are saved, you will see here how the weeks went — attendance, mood and what the group said about the sessions."
TRENDS_NO_CHECKINS = "No check-ins in this span yet."
TRENDS_NO_PLANS = "No saved plans in this span yet; the mix appears once plans are saved."
TRENDS_ATTENDANCE = "Attendance"
TRENDS_ATTENDANCE_NOTE = "People present per session (on average when a week had more than one)."
TRENDS_ATTENDANCE_SUMMARY = Plural(
    "{n} session; on average {mean} present.", "{n} sessions; on average {mean} present."
)
TRENDS_ATTENDANCE_DIP = "Attendance was lower in week {week} — you could ask the group whether the topic or the time suits them."
TRENDS_FIRST_TIME = "First-timers"
TRENDS_FIRST_TIME_NOTE = "People there for the first time, per session."
TRENDS_FIRST_TIME_SUMMARY = Plural("{n} first visit in all.", "{n} first visits in all.")
TRENDS_MOOD = "Mood shift, opening to closing"
TRENDS_MOOD_NOTE = "Above the line: the group left lighter than it arrived; below: heavier (levels on the mood scale)."
TRENDS_MOOD_SUMMARY = "On average the group left {direction}, by {amount} on the mood scale."
TRENDS_LIGHTER = "lighter"
TRENDS_HEAVIER = "heavier"
TRENDS_MOOD_DIP = "In week {week} the group left a little heavier than it arrived. Heavy topics can do that — you could ask how they are carrying it, and offer grounding early next time."
TRENDS_MOOD_DIP_LARGE = (
    "In week {week} the group left much heavier than it arrived (about {amount} levels lower "
    "on average) — you could ask gently how they are carrying it, and offer grounding early "
    "next time."
)
TRENDS_MOOD_DIP_SMALL = (
    "In week {week} the group left a little heavier than it arrived — you could ask how they "
    "are carrying it, and offer grounding early next time."
)
TRENDS_NO_MOOD = "No week has both an opening and a closing tally yet."
TRENDS_FEEDBACK = "What the group said about the sessions"
TRENDS_FEEDBACK_NOTE = "Share of hands in the top two answers, over the span; then week by week."
TRENDS_FEEDBACK_TOP = "{share} said {words}"
TRENDS_FEEDBACK_NONE = "not asked yet"
TRENDS_FEEDBACK_KEY = "Top two: {words}."
TRENDS_WEEKS_LABEL = "weeks"
TRENDS_FEEDBACK_KEY_OTHER = "{scale}: {words}."
TRENDS_FEEDBACK_DIP = "“{scale}” was lower in week {week} — you could ask the group what would make that part of the session work better for them."
TRENDS_STYLES = "Learning-style mix"
TRENDS_STYLES_NOTE = "Minutes of each style in the saved plans, week by week."
TRENDS_STYLES_QUIET = "{style} has had little time so far — you could offer it as one of the choices next week and see who takes it up."
TRENDS_PART_BEGINS = "{part} begins"
TRENDS_WEEK_AXIS = "week"
TRENDS_NO_DATA = "· no data"
MEMBER_CHECK_TITLE = "Member check · last session"
MEMBER_CHECK_HEADING = "From week {week} ({when})"
MEMBER_CHECK_THEMES = "Last time we talked about:"
MEMBER_CHECK_NO_THEMES = "Last time, no themes were ticked."
MEMBER_CHECK_FOLLOW_UPS = "We said we would:"
MEMBER_CHECK_NO_FOLLOW_UPS = "We did not write down anything to follow up."
MEMBER_CHECK_QUESTION = "Does that sound right to you? Is there anything you would add or change?"
MEMBER_CHECK_EMPTY = "Nothing to read back yet. After the first session's check-in or debrief, this screen helps you open the next one with what the group talked about."
MEMBER_CHECK_HINT = "Read it aloud slowly; the group can correct it. Escape goes back."

# --- reports ------------------------------------------------------------------

REPORT_SCREEN_TITLE = "Evaluation report"
REPORT_INTRO = "A de-identified summary to share: counts only, small counts hidden, never self-care, never drafts. Tab to the weeks and the format, then press Ctrl+S (or w) to write the file."
REPORT_WEEKS_FROM = "From week"
REPORT_WEEKS_TO = "To week"
REPORT_FORMAT = "Format"
REPORT_ALL_WEEKS = "All weeks"
REPORT_BUILDING = "Building the report…"
REPORT_NO_STORE = "Your records are not open yet; the preview will appear once they are."
REPORT_EMPTY = (
    "No check-ins, debriefs or plans fall in this range yet, so the report has no figures."
)
REPORT_WRITTEN = "Report written to {path} (readable by you only)."
REPORT_WRITE_FAILED = (
    "The report could not be written to {path} ({why}); choose another place and try again."
)
REPORT_READ_FAILED = "The records could not be read for the report, so nothing was written; close and reopen biy, and if it keeps happening run 'biy doctor' or ask your coordinator: {why}"
REPORT_BAD_WEEKS = (
    "Weeks should look like 1-6 (or a single week such as 3); please check '{value}'."
)
REPORT_BAD_DATE = "The date '{value}' should look like 2026-11-25; please check it."
REPORT_RANGE_BACKWARDS = "The range ends before it starts; please swap the two ends."
REPORT_WEEKS_AND_DATES = "Choose either --weeks or --from/--to, not both."
REPORT_MIN_CELL_TOO_LOW = "The smallest count a report shows must be 3 or more (--min-cell is {value}), so that a hidden count can never be worked out; use 3 or more."
REPORT_NOT_A_REPORT = "{file} is not a biy report (a JSON file written by 'biy report --format json'); check the file name."
REPORT_OTHER_SCHEMA = "{file} was made by a different version of biy (report format {found}; this biy merges format {schema}); make that report again with this version of biy, then merge."
REPORT_DAMAGED = "{file} looks like a biy report but does not read correctly ({why}); make it again rather than editing it."
REPORT_FILE_UNREADABLE = (
    "{file} could not be read ({why}); check the file name, and that your user account is "
    "allowed to open it, then try again."
)
REPORT_WROTE = "Report written to {path}."
REPORT_LEGEND = 'Counts of people below {t} are shown as "<{t}" (zero included), and a count that would let a small one be worked out is shown only as the range a reader could work out anyway (such as "23–27" or "≥{t}"); totals that include a hidden count are ranges too. An average is shown only where at least {t} hands stand behind it and the answers were not (nearly) all the same; "x" marks hands not shown, and an average marked "*" leaves out weeks whose own average is not shown. Sessions and activities count what the group did, not people, and are shown exactly.'
REPORT_LEGEND_MERGED = (
    " In a merged report a count hidden in any of the merged reports stays a range."
)
REPORT_LEGEND_EXACT = "Every count is shown exactly (no small-cell suppression was asked for)."
REPORT_SESSIONS = Plural(
    "Sessions held over {n} week: {sessions} ({in_person} in person, {online} online, {both} both, {not_recorded} not recorded). Debriefs written: {debriefs}, {follow_ups} with follow-ups for the next week.",
    "Sessions held over {n} weeks: {sessions} ({in_person} in person, {online} online, {both} both, {not_recorded} not recorded). Debriefs written: {debriefs}, {follow_ups} with follow-ups for the next week.",
)
REPORT_MOOD_SCALE = "Averages run from 1 (lowest) to {levels}; a positive shift means the group left lighter than it arrived."
REPORT_NO_MOOD = "The program file has no opening and closing scale, so there is no mood shift."
REPORT_FEEDBACK_INTRO = "Each cell is the average level and, in brackets, the hands counted."
REPORT_NO_FEEDBACK = "The program file has no feedback scales."
REPORT_CHOICES_INTRO = "How often each activity was offered in a show-of-hands choice, and how often the group chose it."
REPORT_NO_CHOICES = "No group choices were recorded."
REPORT_THEMES_INTRO = "Sessions in which each theme came up (from check-ins and debriefs)."
REPORT_NO_THEMES = "No themes were recorded."
REPORT_NOTES_INTRO = "Checked again by the privacy guard when this report was made; anything it found is replaced by [its kind]."
REPORT_CHART_ATTENDANCE = (
    "People present per week (dashed: a hidden count, drawn up to its highest value)."
)
REPORT_DATES_REFUSED = "Reports cover whole parts of the program, never a range of dates, because two reports a day apart would show the counts of the one session between them; use --weeks (or nothing, for every week)."
REPORT_RANGE_WIDENED = "Reports cover whole parts of the program, so {asked} became {given}: a report on only some weeks of a part could be subtracted from another to show one week's small counts."
REPORT_RANGE_BACKWARDS_APP = "The last week ({last}) comes before the first ({first}); change one of them, then write the file again."
REPORT_TOO_LARGE = "{file} is larger than {limit} MB, too large to be a biy report; check that it is the right file."
REPORT_TOO_DEEP = (
    "{file} is nested too deeply to be a biy report; make it again with 'biy report --format json'."
)
REPORT_BAD_FIELD = "{file} has a problem at {field}: {why}; make it again with 'biy report --format json' rather than editing it."
REPORT_NO_DIGEST = "{file} carries no digest (or one that does not match its figures), so it was edited or not made by biy; make it again with 'biy report --format json'."
REPORT_SAME_TWICE = "{file} and {other} hold the same report (or one is already merged into the other); give each report once."
REPORT_FIELD_PROBLEMS = {
    "negative": "a count below zero",
    "range_below_zero": "a range that starts below zero",
    "range_backwards": "a range whose low end is above its high end",
    "small_exact": "a count of people below the threshold shown exactly",
    "min_cell": "a threshold below 1",
    "sources": "fewer than one source",
    "levels": "a scale with no levels",
    "level_sum": "a sum of levels that these hands cannot give",
}
"""What can be wrong with one field of a report file (the {why} of REPORT_BAD_FIELD)."""
REPORT_ROW_WIDTH = Plural("{n} value for {width} columns", "{n} values for {width} columns")
REPORT_TOTALS_WIDTH = Plural("{n} total for {width} columns", "{n} totals for {width} columns")

# Headings and column names of the report (reports/render.py, reports/html.py).
REPORT_H_SESSIONS = "Sessions"
REPORT_H_ATTENDANCE = "Attendance"
REPORT_H_MOOD = "Mood: opening to closing"
REPORT_H_FEEDBACK = "Session feedback"
REPORT_H_ACTIVITIES = "Activities"
REPORT_H_BY_STYLE = "By learning style"
REPORT_H_BY_WEEK = "By week"
REPORT_H_CHOICES = "The group's choices"
REPORT_H_THEMES = "Themes raised"
REPORT_H_NOTES = "Debrief notes"
REPORT_OTHER_WEEKS = "Other weeks"
REPORT_COL_WEEK = "Week"
REPORT_COL_STYLE = "Learning style"
REPORT_COL_ACTIVITY = "Activity"
REPORT_COL_THEME = "Theme"
REPORT_ATTENDANCE_HEADERS = (
    "Week",
    "Sessions",
    "Present",
    "First time",
    "Returning",
    "Per session",
)
REPORT_FEEDBACK_COLUMN = "{label} (of {levels})"
# Table titles, columns and rows built by reports/aggregate.py and reports/render.py
# (the keys beside them in the code stay English: they are machine fields).
REPORT_TOTAL = "Total"
REPORT_T_SESSIONS = "Sessions"
REPORT_T_ATTENDANCE = "Attendance"
REPORT_T_STYLES = "Learning styles"
REPORT_T_STYLE_WEEKS = "Activities by week and learning style"
REPORT_T_CHOICES = "The group's choices"
REPORT_T_THEMES = "Themes raised"
REPORT_SESSION_COLUMNS = {
    "sessions": "Sessions",
    "online": "Online",
    "in_person": "In person",
    "both": "Both",
    "not_recorded": "Not recorded",
    "debriefs": "Debriefs",
    "follow_ups": "With follow-ups",
}
REPORT_C_FIRST_TIME = "First time"
REPORT_C_RETURNING = "Returning"
REPORT_C_ACTIVITIES = "Activities"
REPORT_C_MINUTES = "Minutes"
REPORT_C_OFFERED = "Offered"
REPORT_C_CHOSEN = "Chosen"
REPORT_C_CHECK_INS = "Check-ins"
REPORT_C_DEBRIEFS = "Debriefs"
REPORT_NOT_IN_CURRICULUM = "Not in the curriculum"
REPORT_DEBRIEF_FIELDS = {
    "what_worked": "What worked",
    "what_to_change": "What to change",
    "safety_concerns": "Group-level safety concerns",
    "follow_ups": "Follow-ups",
}
REPORT_C_HANDS = "{label} (hands)"
REPORT_C_AVERAGE = "Average"
REPORT_C_SHIFT = "Shift"
REPORT_CSV_HANDS = "{label}: hands"
REPORT_CSV_AVERAGE = "{label}: average"
REPORT_SCOPE_WEEK = "week {week}"
REPORT_SCOPE_WEEKS = "weeks {first}–{last}"
REPORT_SCOPE_END = "end"
REPORT_SCOPE_DATES = "{start} to {end}"
REPORT_SCOPE_START = "the start"
REPORT_SCOPE_TODAY = "today"
REPORT_SCOPE_ALL = "all weeks"
REPORT_TOP_LEVEL = "the top level"
# A label before what it names, in a report or a handout ("What worked:", in French "… :").
FIELD_LABEL = "{field}:"
REPORT_WEEK_N = "Week {week}"
REPORT_PART_WEEKS = "{title} (weeks {first}–{last})"
REPORT_TITLE = "Evaluation report: {program}"
REPORT_GENERATED = "{scope} · generated {date}"
REPORT_CHART_PRESENT = "People present per week"
REPORT_CHART_MOOD = "Mood shift per week"
REPORT_CHART_WEEK_AXIS = "week"
REPORT_MERGED = Plural("{n} report merged", "{n} reports merged")

# The printable handout of a plan (reports/handout.py).
HANDOUT_TITLE = "Week {week}: {title}"
HANDOUT_SESSION_LENGTH = "session of {minutes} minutes"
HANDOUT_PLANNED = "planned {minutes} minutes"
HANDOUT_OVER = "The plan runs {minutes} minutes over the session length."
HANDOUT_BEFORE = "Before we start"
HANDOUT_ONLINE = "Online session"
HANDOUT_AGENDA = "Agenda"
HANDOUT_COLUMNS = ("time", "activity", "style", "minutes")
HANDOUT_STYLES = "Learning styles: {styles}"
HANDOUT_STYLE_MINUTES = "{style} {minutes} min"
HANDOUT_MATERIALS = "Materials"
HANDOUT_GROUNDING = "Grounding"
HANDOUT_ACTIVITY_MINUTES = "({minutes} min)"

# --- supports and safety steps (the "Someone needs help now" card) -------------

SUPPORTS_TITLE = "Someone needs help now"
SUPPORTS_PALETTE = "Supports and safety steps"
SUPPORTS_PALETTE_HELP = "What to do when someone is in danger, and the lines to call"
SUPPORTS_KEY = "Help now"
SUPPORTS_KEY_TOOLTIP = "Steps for when someone needs help now, and the lines to call"
SUPPORTS_HINT = "Escape: back · ↑ ↓ PgUp PgDn: scroll · s: lines to call · w: a copy to print"
SUPPORTS_DANGER_NOW = "If a life is in danger right now, call 911."
SUPPORTS_LIST_HEADING = "Lines to call"
SUPPORTS_CHECK_MARK = "check with your coordinator"
SUPPORTS_SHIPPED_NOTE = "These lines come with biy. Numbers and hours change: check each one with your coordinator before you need it."
SUPPORTS_SITE_NOTE = "Your site's list, from {file}."
SUPPORTS_NONE = "No list of lines could be read. If a life is in danger, call 911; for thoughts of suicide, call or text 988."
SUPPORTS_PROBLEMS_NOTE = Plural(
    "The supports file has {n} problem, so a line may be missing here; tell your coordinator (biy curriculum check shows it).",
    "The supports files have {n} problems, so some lines may be missing here; tell your coordinator (biy curriculum check shows them).",
)
SUPPORTS_HOURS = "{hours}"
SUPPORTS_FOR = "For: {what}"
SUPPORTS_LANGUAGES = "Languages: {languages}"
SUPPORTS_WRITTEN = "A copy to print was written to {path} (it holds no records, only this card)."
SUPPORTS_WRITE_FAILED = "The copy to print could not be written to {path} ({why}); nothing else was changed, so check that folder or run 'biy supports --out FILE'."
SUPPORTS_CLI_WRITTEN = "The supports card was written to {path}."
SUPPORTS_CLI_FAILED = "biy could not write {path} ({why}); check the folder and try again, or leave out --out to print the card here."
SUPPORTS_OK = Plural(
    "Supports card is fine: {steps} and {n} support from {file}.",
    "Supports card is fine: {steps} and {n} supports from {file}.",
)
SUPPORTS_STEP_GROUPS = Plural("{n} list of steps", "{n} lists of steps")
SUPPORTS_PROBLEMS = Plural(
    "{n} problem found in the supports list; the card still opens, and the line above says what it shows until the problem is fixed.",
    "{n} problems found in the supports list; the card still opens, and the lines above say what it shows until they are fixed.",
)
# where a problem is (used inside the sentences below)
SUPPORTS_WHERE_NAMED = '{kind} "{name}"'
SUPPORTS_WHERE_NTH = "{kind} {n}"
SUPPORTS_FROM_NOTHING = "nowhere (it shows only 911 and 988)"
# problems in a supports file: file, line, field, and what to do
SUPPORTS_REQUIRED = (
    "{file}{line}, {where}: the {field} field is missing; add a line like {example}."
)
SUPPORTS_NOT_TEXT = (
    "{file}{line}, {where}, {field}: expected text in quotes, got {got}; write it like {example}."
)
SUPPORTS_NOT_TEXTS = "{file}{line}, {where}, {field}: expected text in quotes or a list of them; write it like {example}."
SUPPORTS_EMPTY_TEXT = "{file}{line}, {where}, {field}: there is nothing here; write it like {example}, or remove the line."
SUPPORTS_TOO_LONG = "{file}{line}, {where}, {field}: {length} characters is too long to read on the card; shorten it to {limit} or fewer."
SUPPORTS_BAD_NUMBER = '{file}{line}, {where}, number: "{value}" is not a phone number biy can show; write only the digits with spaces or dashes, like "1-866-403-8000", and put any words in the name.'
SUPPORTS_NOT_BOOL = '{file}{line}, {where}, check: expected true or false, got {got}; write check = true to show "check with your coordinator".'
SUPPORTS_UNKNOWN_FIELD = '{file}{line}, {where}: "{field}" is not a field here; use only {known}.'
SUPPORTS_UNKNOWN_FIELD_CLOSE = (
    '{file}{line}, {where}: "{field}" is not a field here; did you mean "{close}"?'
)
SUPPORTS_UNKNOWN_TOP = '{file}{line}: "{key}" is not part of a supports file; write only [[steps]] and [[supports]] tables (see curriculum/README.md).'
SUPPORTS_NOT_TABLE = (
    "{file}{line}, {where}: expected a table of fields; start each one on its own [[{table}]] line."
)
SUPPORTS_NOT_TABLES = "{file}{line}, {table}: expected a list of tables; write each one under its own [[{table}]] line, with two square brackets."
SUPPORTS_TOO_MANY = "{file}{line}, {table}: {count} entries are more than the card can show; keep the {limit} that matter most (biy shows the first {limit})."
SUPPORTS_DUPLICATE = "{file}{line}, {where}: this name is listed twice; remove one of them or give each its own name."
SUPPORTS_TWO_PLACES = "{file}: [[{table}]] is written here and in {other}, so biy uses the one in {other}; keep it in one file."
SUPPORTS_SITE_NONE = "{file}: the site's supports list has no usable entry, so the card shows the shipped list; fix the problems above or add a [[supports]] table."
SUPPORTS_SITE_NO_STEPS = "{file}: the site's [[steps]] have no usable entry, so the card shows the shipped steps; fix the problems above."
SUPPORTS_SHIPPED_NONE = "{file}: the shipped supports file has no [[supports]] tables; reinstall biy or restore the file."
SUPPORTS_NUMBER_DIFFERS = '{file}, support {n}: the number "{number}" is not the one in {other} ("{expected}"), so the card would give another number in this language; copy the number from {other}.'
SUPPORTS_COUNT_DIFFERS = "{file}: it lists {count} supports and {other} lists {expected}; keep the same lines, in the same order, in both files."
SUPPORTS_SITE_TRANSLATION = "{file}: biy does not read this file, so the card does not show it; put the site's lines and steps in {own}, and they are shown in every language."
SUPPORTS_FELL_BACK = "{file} could not be used, so the card shows the list from {used}; fix the problem above and check again."
SUPPORTS_UNREADABLE = "{file}: the file could not be read ({why}); make sure your user account can open it, or ask your coordinator."
SUPPORTS_SYNTAX = "{file}{line}: the file is not valid TOML ({why}); fix the line shown."
SUPPORTS_NOT_UTF8 = (
    "{file} (line {line}): the file is not plain UTF-8 text; save it as UTF-8 in your editor."
)
SUPPORTS_TOO_BIG = "{file}: the file is {size} KB, far more than a supports list needs; keep only the steps and lines the card should show."

# --- biy in a browser tab (biy serve) -----------------------------------------

CLI_SERVE_HELP = "open biy in a browser tab on this computer only (press Ctrl+C here to stop)"
CLI_SERVE_PORT = "the port to listen on at 127.0.0.1 (default: any free port)"
CLI_SERVE_NO_OPEN = "print the address but do not open the browser"
SERVE_READY = (
    "biy is open at the address above, for this computer only; keep it to yourself, "
    "and close the tab or press Ctrl+C here to stop."
)
SERVE_STOPPED = "biy has closed; your saved records and drafts are kept."
SERVE_NO_BROWSER = "No browser could be opened from here; copy the address above into one."
SERVE_BAD_PORT = (
    "Port {port} is not a port number; give a number from 1024 to 65535, or leave --port out."
)
SERVE_PORT_TAKEN = "biy could not listen on port {port} ({why}); choose another with --port, or leave it out to use any free port."
SERVE_NOT_INSTALLED = (
    "biy serve needs the textual-serve package, which is missing; reinstall biy to get it."
)
SERVE_FORBIDDEN = "This address needs the full link biy printed when it started; open that link in the browser on the same computer."
SERVE_ONE_TAB = (
    "biy is already open in another tab; use that tab, or close it and start biy serve again."
)
SERVE_PAGE_TITLE = "biy"
SERVE_PAGE_ENDED = "biy has closed. Your records and drafts are kept. To open it again, run biy serve in the terminal."
SERVE_SESSION_PROBLEM = "The browser tab sent something biy could not use ({kind}), so the session was closed; your records are kept."

# --- the command line (biy --help) -----------------------------------------

CLI_BIY_A_PRIVATE_SESSION_COMPANION_FOR_PEER = (
    "A private session companion for peer facilitators. Run with no command to open the app."
)
CLI_BIY_FOLDER_FOR_YOUR_RECORDS_DEFAULT_BIY = (
    "folder for your records (default: $BIY_DATA_DIR or your user data folder)"
)
CLI_BIY_A_SITE_CURRICULUM_FOLDER_LAID_OVER = "a site curriculum folder laid over the shipped weeks"
CLI_CURRICULUM_CHECK_THE_CURRICULUM_FILES = "check the curriculum files"
CLI_CURRICULUM_REPORT_EVERY_PROBLEM_IN_THE_CURRICULUM = (
    "report every problem in the curriculum (exit 1 if any)"
)
CLI_CURRICULUM_CHECK_THE_SHIPPED_CURRICULUM_OR_A = "Check the shipped curriculum, or a site folder laid over it. Prints every problem, or a one-line summary when all is well."
CLI_CURRICULUM_A_SITE_CURRICULUM_FOLDER = "a site curriculum folder"
CLI_PLAN_LIST_SAVED_PLANS_AND_EXPORT_A = "list saved plans and export a handout"
CLI_PLAN_LIST_THE_SAVED_PLANS_OF_ONE = "list the saved plans (of one week, or all)"
CLI_PLAN_PRINT_OR_WRITE_A_WEEK_S = "print or write a week's plan as a printable handout"
CLI_PLAN_WRITE_THE_HANDOUT_OF_A_SAVED = "Write the handout of a saved plan: the agenda with times, each activity's steps and words, and the materials. Plan 1 is the newest plan of the week."
CLI_PLAN_WHICH_PLAN_1_NEWEST = "which plan (1 = newest)"
CLI_PLAN_CLOCK_TIME_THE_SESSION_STARTS_18 = "clock time the session starts: 18:30, 9:05, 6pm or 6:30pm (times otherwise run from 0:00, the start of the session)"
CLI_PLAN_WRITE_HERE_OWNER_ONLY_INSTEAD_OF = "write here (owner-only) instead of printing"
CLI_REPORT_WRITE_A_DE_IDENTIFIED_EVALUATION_REPORT = (
    "write a de-identified evaluation report (or merge several)"
)
CLI_REPORT_SUMMARISE_SESSIONS_ATTENDANCE_MOOD_FEEDBACK_ACTIVITIES = "Summarise sessions, attendance, mood, feedback, activities and themes as counts, with small counts hidden. Never self-care entries, never drafts; debrief text only with --include-text, and then checked again by the privacy guard."
CLI_REPORT_A_RANGE_OF_WEEKS_E_G = (
    "a range of weeks, e.g. 1-6 (widened to whole parts of the program)"
)
CLI_REPORT_NOT_OFFERED_REPORTS_COVER_WHOLE_PARTS = "not offered: reports cover whole parts"
CLI_REPORT_ADD_DEBRIEF_TEXT_RE_CHECKED_AND = (
    "add debrief text, re-checked and redacted by the privacy guard"
)
CLI_REPORT_COMBINE_JSON_REPORTS_FROM_SEVERAL_SITES = (
    "combine JSON reports from several sites or groups"
)
CLI_REPORT_ADD_THE_COUNTS_OF_JSON_REPORTS = "Add the counts of JSON reports made by 'biy report --format json' and hide small counts again. Counts hidden in a report stay hidden (shown as a range)."
CLI_REPORT_JSON_REPORT_FILES = "JSON report files"
CLI_REPORT_FILE_FORMAT_DEFAULT_MD = "file format (default md)"
CLI_REPORT_HIDE_COUNTS_BELOW_N_DEFAULT_THE = (
    "hide counts below N (default: the min_cell setting, 5)"
)
CLI_SCRUB_REDACT_NAMES_NUMBERS_AND_ADDRESSES_FROM = "redact names, numbers and addresses from text"
CLI_SCRUB_PRINT_TEXT_WITH_ANYTHING_THAT_COULD = "Print text with anything that could identify someone replaced by [kind]. Reads the files given, or standard input."
CLI_SCRUB_TEXT_FILES_DEFAULT_STDIN = "text files (default: stdin)"
CLI_SCRUB_READ_JSON_LINES_WITH_A_TEXT = (
    'read JSON lines with a "text" field; write spans and redacted text per line'
)
CLI_SCRUB_LIST_WHAT_WAS_FOUND_AS_FILE = (
    "list what was found as FILE:LINE:COL KIND; exit 1 if anything was found"
)
CLI_STORE_WRITE_EVERY_RECORD_TO_ONE_FILE = (
    "write every record to one file (for a backup or a new laptop)"
)
CLI_STORE_WRITE_EVERY_RECORD_NOT_DRAFTS_AS = (
    "Write every record (not drafts) as JSON, readable by you only."
)
CLI_STORE_FILE_FORMAT = "file format"
CLI_STORE_THE_FILE_TO_WRITE_DEFAULT_PRINT = "the file to write (default: print it)"
CLI_STORE_ADD_THE_RECORDS_OF_AN_EXPORT = "add the records of an export file (all or nothing)"
CLI_STORE_CHECK_EVERY_RECORD_IN_FILE_ITS = "Check every record in FILE (its form, its size and the privacy check), then add them all, or none if one is wrong. A record you already have is replaced only by a copy saved later."
CLI_STORE_A_FILE_MADE_BY_BIY_EXPORT = "a file made by 'biy export'"
CLI_STORE_REPLACE_WHATEVER_COULD_IDENTIFY_SOMEONE_WITH = (
    "replace whatever could identify someone with placeholders like [name]"
)
CLI_STORE_CHECK_EVERY_DATA_FILE_AND_REPAIR = "check every data file and repair what can be repaired"
CLI_STORE_CHECK_EVERY_FILE_READABLE_CHECKSUM_SCHEMA = "Check every file (readable, checksum, schema, permissions, lock, leftovers), print the number of records of each kind. Exit status: 0 all fine, 1 a problem it could not repair, 2 it repaired something (see the lines starting 'repaired')."
CLI_STORE_PROTECT_YOUR_RECORDS_WITH_A_PASSPHRASE = "protect your records with a passphrase"
CLI_STORE_ENCRYPT_EVERY_DATA_FILE_BACKUP_AND = (
    "Encrypt every data file, backup and draft with a passphrase."
)
CLI_STORE_REMOVE_THE_PASSPHRASE_PROTECTION_FROM_YOUR = (
    "remove the passphrase protection from your records"
)
CLI_STORE_DECRYPT_EVERY_DATA_FILE_BACKUP_AND = "Decrypt every data file, backup and draft."
CLI_STORE_CHANGE_THE_PASSPHRASE_OF_YOUR_RECORDS = "change the passphrase of your records"
CLI_STORE_SEAL_EVERY_DATA_FILE_BACKUP_AND = "Seal every data file, backup and draft again with a new passphrase; nothing is written unencrypted on the way. Scripts may set BIY_PASSPHRASE and BIY_NEW_PASSPHRASE."
CLI_SUPPORTS_PRINT_THE_SAFETY_STEPS_AND_THE = (
    "print the safety steps and the lines to call (the F1 card)"
)
CLI_SUPPORTS_PRINT_THE_CARD_BIY_SHOWS_ON = "Print the card biy shows on F1: what to do when someone needs help now, and the lines to call (the site's list when --curriculum names a site folder). Write it to a file with --out to print it on paper."
CLI_SUPPORTS_MARKDOWN_DEFAULT_OR_HTML = "Markdown (default) or HTML"
CLI_SUPPORTS_WRITE_THE_CARD_TO_FILE_INSTEAD = "write the card to FILE instead of printing it"

CLI_USAGE_PREFIX = "usage: "
CLI_POSITIONALS = "positional arguments"
CLI_OPTIONS = "options"
CLI_HELP = "show this help message and exit"
CLI_VERSION = "show biy's version number and exit"
CLI_USAGE_ERROR = "biy: {message}. Try 'biy --help'."
# argparse's own words in an error (its English, as argparse writes it → biy's catalogue).
CLI_ARGPARSE_WORDS = {
    "unrecognized arguments: %s": "unrecognized arguments: %s",
    "the following arguments are required: %s": "the following arguments are required: %s",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "invalid choice: %(value)r (choose from %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "invalid %(type)s value: %(value)r",
    "expected one argument": "expected one argument",
    "expected at most one argument": "expected at most one argument",
    "expected at least one argument": "expected at least one argument",
    "one of the arguments %s is required": "one of the arguments %s is required",
    "not allowed with argument %s": "not allowed with argument %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "ambiguous option: %(option)s could match %(matches)s"
    ),
    "ignored explicit argument %r": "ignored explicit argument %r",
}

# --- the catalogue machinery (keep this block last) ------------------------
# The constants above are the English source. They are taken out of the module's
# namespace here, and every ``messages.NAME`` is translated when it is read (PEP 562),
# so a sentence is always in the language chosen at start-up, wherever it is used.
# ``Plural`` sentences translate themselves when they are said.

_SOURCE: dict[str, Any] = {
    _name: _value
    for _name, _value in list(globals().items())
    if _name.isupper() and isinstance(_value, str | list | tuple | dict)
}
for _name in _SOURCE:
    del globals()[_name]


def _said(value: Any) -> Any:
    if isinstance(value, str):
        return _translate(value) if value else value
    if isinstance(value, list | tuple):
        return type(value)(_said(item) for item in value)
    if isinstance(value, dict):
        return {key: _said(item) for key, item in value.items()}
    return value


def __getattr__(name: str) -> Any:
    try:
        return _said(_SOURCE[name])
    except KeyError:
        raise AttributeError(f"biy_tui.core.text.messages has no sentence {name!r}") from None


def source() -> dict[str, Any]:
    """Every sentence in English, by name: what the catalogue is extracted from."""
    return dict(_SOURCE)

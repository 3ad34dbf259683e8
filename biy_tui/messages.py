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

SETTINGS_UNREADABLE = "The settings file {path} could not be read ({why}); fix or remove it and biy will use defaults."
SETTINGS_INVALID = "The settings in {path} are not valid ({why}); fix or remove that line."

# --- curriculum ------------------------------------------------------------

CURRICULUM_OK = "Curriculum is fine: {weeks} weeks, {activities} activities ({by_style})."
CURRICULUM_PROBLEMS = "{count} problem(s) found in the curriculum; the other weeks still load."
CURRICULUM_NO_FOLDER = "The curriculum folder {path} does not exist; check the path and try again."
CURRICULUM_NO_PROGRAM = (
    "No program.toml was found in {path}; a curriculum folder needs one (see curriculum/README.md)."
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
CURRICULUM_UNREADABLE = (
    "{file}: the file could not be read ({why}); check that it exists and is yours."
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
    "biy could not use the folder {path} ({why}); check that it exists and belongs to you."
)
STORE_PENDING_CONVERSION = (
    "The records in {path} are halfway through being encrypted or decrypted; open biy "
    "normally (not read-only) so it can finish."
)
STORE_DAMAGED_RESTORED = (
    "{file} was damaged ({why}), so biy set it aside as {quarantined} and restored the copy "
    "saved {when}; anything saved after that copy may be missing."
)
STORE_DAMAGED_NO_BACKUP = (
    "{file} was damaged ({why}) and no good copy of it was found, so biy set it aside as "
    "{quarantined} and carries on with everything else it could read."
)
STORE_MISSING_RESTORED = "{file} was missing, so biy restored the copy saved {when}."
STORE_DAMAGED_READ_ONLY = (
    "{file} is damaged ({why}); this read-only window shows {shown}, and biy will repair "
    "the file the next time it opens normally."
)
STORE_SHOWN_BACKUP = "the copy saved {when}"
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
DAMAGE_HEADER = "its first line is not a biy header"
DAMAGE_FOREIGN = "it is not a biy data file"
DAMAGE_KIND = "it holds a different kind of record than its name says"
DAMAGE_LENGTH = "it is shorter or longer than when it was saved"
DAMAGE_CHECKSUM = "its checksum does not match"
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
PASSPHRASE_EMPTY = "An empty passphrase cannot protect your records; nothing was changed."
PASSPHRASE_MISMATCH = "The two passphrases are different; nothing was changed, so please try again."
PASSPHRASE_NO_TERMINAL = (
    "biy needs a passphrase but cannot ask for one here; run it in a terminal or set "
    "BIY_PASSPHRASE for a script."
)

EXPORT_OK = {
    "one": "Exported {count} record to {path} (readable by you only).",
    "other": "Exported {count} records to {path} (readable by you only).",
}
EXPORT_FAILED = "biy could not write {path} ({why}); check the folder and try again."
IMPORT_OK = "From {path}: {added}, {updated}, {skipped}."
IMPORT_UNREADABLE = "biy could not read {path} ({why}); check the file name and try again."
IMPORT_NOT_JSON = "{path} is not a biy export ({why}); nothing was imported."
IMPORT_NOT_EXPORT = "{path} is not a biy export file; nothing was imported."
IMPORT_TOO_NEW = "{path} was exported by a newer version of biy; update biy to import it."
IMPORT_BAD_RECORD = "Record {position} in {path} is not valid ({why}); nothing was imported."

DOCTOR_OK = {
    "one": "The {files} file in {path} is fine: {counts}.",
    "other": "All {files} files in {path} are fine: {counts}.",
}
DOCTOR_PROBLEM = "problem  {what}"
DOCTOR_REPAIRED = "repaired {what}"
DOCTOR_PERMISSIONS = "{file} could be read by others (mode {mode}); biy made it private again."
DOCTOR_LEFTOVER = "{file} was left over from an interrupted save; biy removed it."
DOCTOR_QUARANTINE = {
    "one": "{count} damaged file is kept aside in {path}; keep it, as it may hold the only copy of a record biy could not read.",
    "other": "{count} damaged files are kept aside in {path}; keep them, as they may hold the only copy of records biy could not read.",
}
DOCTOR_LOCK_OK = "lock     no other biy is using {path}"
DOCTOR_BAD_BACKUP = "The backup {file} failed its checks ({why}), so it was set aside as {where}."
DOCTOR_PROBLEMS = {
    "one": "{count} problem could not be repaired; the message above says what to do.",
    "other": "{count} problems could not be repaired; the messages above say what to do.",
}
DOCTOR_NO_STORE = "There are no records in {path} yet; nothing to check."

# Counted nouns: choose the form with biy_tui.store.wording.counted(FORMS, n).
COUNT_ADDED = {"one": "{count} record added", "other": "{count} records added"}
COUNT_UPDATED = {"one": "{count} updated", "other": "{count} updated"}
COUNT_SKIPPED = {
    "one": "{count} skipped (you already had it, as new or newer)",
    "other": "{count} skipped (you already had them, as new or newer)",
}
COUNT_KIND = {
    "plan": {"one": "{count} plan", "other": "{count} plans"},
    "checkin": {"one": "{count} check-in", "other": "{count} check-ins"},
    "debrief": {"one": "{count} debrief", "other": "{count} debriefs"},
    "selfcare": {"one": "{count} self-care entry", "other": "{count} self-care entries"},
    "drafts": {"one": "{count} draft", "other": "{count} drafts"},
}
COUNT_FINDINGS = {
    "one": "{count} thing that could identify someone in {what}",
    "other": "{count} things that could identify someone in {what}",
}
IMPORT_FLAGGED = (
    "{path} holds {findings}, so nothing was imported; run biy import --redact {path} to "
    "replace them with placeholders like [name], or edit the file first."
)
IMPORT_REDACTED = {
    "one": "biy replaced {count} thing that could identify someone with a placeholder like [name].",
    "other": "biy replaced {count} things that could identify someone with placeholders like [name].",
}
IMPORT_TOO_BIG = (
    "{path} is larger than {limit} MB, more than a biy export can be; nothing was imported, "
    "so check that it is the right file."
)
IMPORT_TEXT_TOO_LONG = "longer than {limit} characters"
DOCTOR_REPAIRED_SUMMARY = {
    "one": "biy repaired {count} thing in {path} (see above); your records now: {counts}.",
    "other": "biy repaired {count} things in {path} (see above); your records now: {counts}.",
}

PASSPHRASE_CHANGED = (
    "Your records in {path} now open with the new passphrase; the old one no longer works, "
    "so keep the new one somewhere safe."
)
PASSPHRASE_CHANGE_NOT_ENCRYPTED = (
    "The records in {path} have no passphrase yet; use biy encrypt to give them one."
)

COUNT_RECORDS = {"one": "{count} record", "other": "{count} records"}
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
FIX_OWNER = "give it back to your user (for example: sudo chown $USER {file}) and run biy again"
FIX_LINK = "put the real file in place of the link and run biy again"
FIX_NOT_FILE = "move it somewhere else and run biy again"
FIX_PERMISSION = "make it readable for you again (for example: chmod 600 {file}) and run biy again"
FIX_OTHER = "close any program that is using it, check the disk, and run biy again"
EXPORT_INCOMPLETE = {
    "one": "{count} record could not be read, so {path} holds only the others; run biy doctor, which says what to do.",
    "other": "{count} records could not be read, so {path} holds only the others; run biy doctor, which says what to do.",
}

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
AGENDA_MISSING_ACTIVITY = (
    "“{id}” is no longer in this week's curriculum file; it stays on the plan until you remove it."
)
AGENDA_SAVED = "Plan saved for week {week}."
AGENDA_SAVE_FAILED = "The plan could not be saved: {why} It is still here on screen."
AGENDA_LENGTH_PROMPT = "Session length in minutes (10 to 600):"
AGENDA_LENGTH_INVALID = "Please type a whole number of minutes between 10 and 600."
AGENDA_EXPORTED = "Handout written to {path}."
AGENDA_EXPORT_FAILED = "The handout could not be written to {path}: {why}"
AGENDA_NEW_PLAN = "Started a new, empty plan for week {week}; the saved plans are kept."
AGENDA_LOADED_PLAN = "Opened the saved plan from {date}."
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
RUN_TITLE = "Running the session"
RUN_NOW = "Now"
RUN_NEXT = "Next"
RUN_LEFT = "about {minutes} min left"
RUN_OVER = "{minutes} min past the plan — no rush"
RUN_PAUSED = "paused"
RUN_DONE = "That's the whole agenda. Well done, everyone."
RUN_EMPTY = "There is nothing on the agenda to run yet."

# --- privacy ---------------------------------------------------------------

PRIVACY_UNREVIEWED = (
    "{count} thing(s) that could identify someone still need a look; redact them, "
    "edit the text, or mark each one as not identifying."
)
PRIVACY_SITE_UNREADABLE = (
    "{file}: the site file could not be read ({why}); check that it exists and is yours."
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
PRIVACY_REVIEW_STILL_OPEN = (
    "{count} thing(s) still need a look: redact all (r), edit (e), or keep one (k)."
)
PRIVACY_REVIEW_KEPT = "kept: not identifying"
PRIVACY_REVIEW_FLAGGED = "could identify someone"
PRIVACY_KEY_REDACT = "Redact all"
PRIVACY_KEY_EDIT = "Edit text"
PRIVACY_KEY_KEEP = "Not identifying"
PRIVACY_KEY_SAVE = "Save"
PRIVACY_KEY_NEXT = "Next"
PRIVACY_KEY_PREVIOUS = "Previous"
PRIVACY_LIVE_HINT = "{count} thing(s) may identify someone; you can look at them when you save."
SCRUB_UNREADABLE = "{file}: could not be read ({why}); the other files were still checked."
SCRUB_NOT_TEXT = "{file}: is not plain UTF-8 text; save it as UTF-8 and try again."
SCRUB_FOUND = "{file}:{line}:{col} {kind}"
SCRUB_CHECK_FOUND = (
    "{count} thing(s) that could identify someone found; run 'biy scrub FILE' to see "
    "the text with them redacted."
)
SCRUB_CHECK_CLEAN = "Nothing that could identify someone was found in {files} file(s)."
SCRUB_CHECK_NEEDS_FILES = "biy scrub --check needs at least one file to check."
SCRUB_JSON_BAD = "line {line} is not valid JSON, so it was skipped"
SCRUB_JSON_NO_TEXT = 'line {line} has no "text" field holding text, so it was skipped'
SCRUB_JSON_ERRORS = "{count} line(s) could not be read; each has an error object in the output."
CLOSED_WITHOUT_OPENING = "biy closed without opening your records; nothing was changed."
CLOSED_ALREADY_OPEN = "biy is already open on these records in another window; carry on there."
PLAN_WEEK_UNKNOWN = "Week {week} is not in the curriculum (or its file has a problem); run 'biy curriculum check' to see the weeks."
PLAN_NONE_SAVED = "No plan is saved for week {week} yet; plan it in the app and press s to save."
PLAN_NUMBER_UNKNOWN = "Week {week} has {count} saved plan(s), so there is no plan {number}; 'biy plan list {week}' shows them."

# --- check-in, debrief, self-care ------------------------------------------

CHECKIN_TITLE = "Check-in · week {week}"
CHECKIN_INTRO = "Counts only, never names. Tab or the arrow keys move; + or Space adds a hand, - takes one away. Ctrl+S saves."
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
CHECKIN_HANDS = "{count} hand(s) counted"
CHECKIN_BAD_DATE = "The date should look like 2026-11-25; please check it."
CHECKIN_BAD_NUMBER = "“{field}” needs a whole number (0 or more)."
CHECKIN_NOBODY = "Please enter how many were present before saving."
CHECKIN_TOO_MANY_HANDS = "“{scale}” counts {hands} hands but {present} were present; take some away or change the number present."
CHECKIN_FIRST_TOO_MANY = (
    "{first} first-timers is more than the {present} present; please check the two numbers."
)
CHECKIN_WHERE_TOO_MANY = "Online ({online}) and in person ({in_person}) add up to more than the {present} present; please check them."
CHECKIN_SAVED = "Check-in saved for week {week}."
FORM_SAVE_FAILED = "This could not be saved: {why} What you entered is still here."
FORM_READ_ONLY = "This window is read-only, so nothing can be saved here."
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
SELFCARE_INTRO = "This is yours alone: it never appears in any report, and it stays on this machine. Ctrl+S saves; Escape keeps a draft."
SELFCARE_ENERGY = "My energy right now (← →)"
SELFCARE_STRESS = "My stress right now (← →)"
SELFCARE_ENERGY_LEVELS = ["very low", "low", "okay", "good", "full"]
SELFCARE_STRESS_LEVELS = ["calm", "a little", "some", "a lot", "overwhelming"]
SELFCARE_NEED = "What I need"
SELFCARE_BOUNDARIES = "My boundaries"
SELFCARE_PLAN = "My plan for after"
SELFCARE_SAVED = "Saved. Thank you for looking after yourself too."
DRAFT_KEPT = "Kept as a draft; biy will offer it next time."
DRAFT_SAVE_FAILED = "The draft could not be kept: {why}"
DRAFTS_TITLE = "You have unfinished writing"
DRAFTS_INTRO = "These were kept so nothing is lost. Enter continues the highlighted one, x discards it, Escape leaves them for later."
DRAFTS_DISCARDED = "Draft discarded."
DRAFT_LABEL_DEBRIEF = "Debrief for week {week}"
DRAFT_LABEL_SELFCARE = "Self-care entry"
DRAFT_LABEL_EDIT = "Changes to a saved {kind}"
DRAFTS_STALE = {
    "one": "One draft has waited more than {days} days; if you no longer need it, discarding it with x keeps your notes tidy and private.",
    "other": "{count} drafts have waited more than {days} days; if you no longer need them, discarding them with x keeps your notes tidy and private.",
}

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
HISTORY_PAGE = "Page {page} of {pages} · {total} record(s)"
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
HISTORY_READ_FAILED = "Your records could not be read just now: {why}"
HISTORY_CANNOT_EDIT = "Editing is not available from here yet; open the week to change its records."
HISTORY_NO_WEEK = "—"
HISTORY_WEEK = "week {week}"
HISTORY_PRIVATE = "private"
HISTORY_PRIVATE_BANNER = (
    "Only for you. Self-care entries stay on this machine and never appear in any report or export."
)
HISTORY_PRESENT = "{present} present"
HISTORY_FIRST_TIME = "{count} first time"
HISTORY_MOOD = "mood {shift}"
HISTORY_ACTIVITIES = "{count} planned · {total} of {length} min"
HISTORY_ENERGY_STRESS = "energy {energy}, stress {stress}"
HISTORY_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
HISTORY_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
RECORD_TITLE = "{kind} · {when}"
RECORD_READ_ONLY = "Read-only. Press e to edit (changed text goes through the privacy check again), Escape to go back."
RECORD_GONE = "This record is no longer there; it may have been deleted."
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
RECORD_AVERAGE = "{hands} hand(s) · on average close to “{word}”"
RECORD_SHIFT_UP = "From opening to closing the group moved {amount} level(s) lighter on average."
RECORD_SHIFT_DOWN = "From opening to closing the group moved {amount} level(s) heavier on average."
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
TRENDS_ATTENDANCE_SUMMARY = "{sessions} session(s); on average {mean} present."
TRENDS_ATTENDANCE_DIP = "Attendance was lower in week {week} — you could ask the group whether the topic or the time suits them."
TRENDS_FIRST_TIME = "First-timers"
TRENDS_FIRST_TIME_NOTE = "People there for the first time, per session."
TRENDS_FIRST_TIME_SUMMARY = "{total} first visit(s) in all."
TRENDS_MOOD = "Mood shift, opening to closing"
TRENDS_MOOD_NOTE = "Above the line: the group left lighter than it arrived; below: heavier (levels on the mood scale)."
TRENDS_MOOD_SUMMARY = "On average the group left {amount} level(s) {direction}."
TRENDS_LIGHTER = "lighter"
TRENDS_HEAVIER = "heavier"
TRENDS_MOOD_DIP = "In week {week} the group left a little heavier than it arrived. Heavy topics can do that — you could ask how they are carrying it, and offer grounding early next time."
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

REPORT_TITLE = "Evaluation report"
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
REPORT_READ_FAILED = "The records could not be read for the report: {why}"
REPORT_BAD_WEEKS = (
    "Weeks should look like 1-6 (or a single week such as 3); please check '{value}'."
)
REPORT_BAD_DATE = "The date '{value}' should look like 2026-11-25; please check it."
REPORT_RANGE_BACKWARDS = "The range ends before it starts; please swap the two ends."
REPORT_WEEKS_AND_DATES = "Choose either --weeks or --from/--to, not both."
REPORT_MIN_CELL_TOO_LOW = "The small-cell threshold must be 3 or more (it is {value}), so that a hidden count always stays uncertain."
REPORT_NOT_A_REPORT = "{file} is not a biy report (a JSON file written by 'biy report --format json'); check the file name."
REPORT_OTHER_SCHEMA = "{file} is a biy report of schema version {found}, but this biy merges version {schema}; make it again with the same biy version."
REPORT_DAMAGED = "{file} looks like a biy report but does not read correctly ({why}); make it again rather than editing it."
REPORT_FILE_UNREADABLE = (
    "{file} could not be read ({why}); check the name and that you may open it."
)
REPORT_WROTE = "Report written to {path}."
REPORT_LEGEND = 'Counts of people below {t} are shown as "<{t}" (zero included); "x" marks a count hidden so that a small one cannot be worked out from the totals. Averages are shown only where at least {t} hands were counted. Sessions and activities count what the group did, not people, and are shown exactly.'
REPORT_LEGEND_MERGED = ' A range such as "6–13" (or "≥12") is a merged count that was hidden in some of the merged reports.'
REPORT_LEGEND_EXACT = "Every count is shown exactly (no small-cell suppression was asked for)."
REPORT_SESSIONS = "{sessions} session(s) held over {weeks} week(s): {in_person} in person, {online} online, {both} both, {not_recorded} not recorded. {debriefs} debrief(s) written, {follow_ups} with follow-ups for the next week."
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
REPORT_CHART_MOOD = "Mood shift per week: closing average minus opening average."

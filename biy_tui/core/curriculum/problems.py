"""Turning validation failures into one plain sentence per problem.

msgspec reports errors like ``Expected `int`, got `str` - at `$.activities[3].minutes```.
A coordinator should instead read: ``week-07.toml (line 42), activity "body-map",
minutes: expected a whole number, got "twenty"``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from biy_tui.core.curriculum.models import GROUP_SIZES, INTENSITIES, STYLES
from biy_tui.core.text import Labels, messages


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one curriculum file, as a sentence a coordinator can act on."""

    file: str
    message: str
    week: int | None = None
    line: int | None = None

    def __str__(self) -> str:
        return self.message


@dataclass
class CurriculumError(Exception):
    """The curriculum (or one file of it) could not be used; ``problems`` say why."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


_CHOICES: dict[str, tuple[str, ...]] = {
    "style": STYLES,
    "intensity": INTENSITIES,
    "group_size": GROUP_SIZES,
    "kind": ("opening", "closing", "feedback"),
}

_TYPE_WORDS = Labels("CURRICULUM_TYPE_WORDS")

_MSG = re.compile(r"^(?P<what>.*?)(?: - at `(?P<path>[^`]*)`)?$", re.S)
_PATH_PART = re.compile(r"\.(\w+)|\[(\d+)\]")


def _path_parts(path: str) -> list[str | int]:
    parts: list[str | int] = []
    for name, index in _PATH_PART.findall(path.removeprefix("$")):
        parts.append(name if name else int(index))
    return parts


def _value_at(raw: Any, parts: list[str | int]) -> Any:
    node = raw
    for part in parts:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return _MISSING
    return node


_MISSING = object()


def one_line(text: str) -> str:
    """Show a line break as \\n, a tab as \\t …, so a message stays on one line."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _show(value: Any) -> str:
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return f'"{one_line(short)}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return messages.CURRICULUM_A_LIST
    if isinstance(value, dict):
        return messages.CURRICULUM_A_TABLE
    return str(value)


def describe_where(raw: Any, parts: list[str | int], collection: str = "activities") -> str:
    """Name a field path in a coordinator's words.

    Args:
        raw: the parsed TOML document, used to find an activity's id.
        parts: the path, e.g. ``["activities", 3, "minutes"]``.
        collection: the name of the list of tables whose items have ids.

    Returns:
        e.g. ``activity "body-map", minutes`` or ``goals, item 3``.
    """
    words: list[str] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if isinstance(part, str) and isinstance(nxt, int):
            item = _value_at(raw, parts[: i + 2])
            ident = item.get("id") if isinstance(item, dict) else None
            singular = messages.CURRICULUM_ITEM_NAMES.get(part)
            if singular and isinstance(ident, str) and ident:
                words.append(messages.CURRICULUM_WHERE_ID.format(item=singular, id=ident))
            elif singular:
                words.append(messages.CURRICULUM_WHERE_NUMBER.format(item=singular, n=nxt + 1))
            else:
                words.append(messages.CURRICULUM_WHERE_ITEM.format(list=part, n=nxt + 1))
            i += 2
            continue
        words.append(str(part))
        i += 1
    return ", ".join(words) if words else messages.CURRICULUM_WHERE_FILE


def explain(
    what: str, field_name: str | None, value: Any, known: tuple[str, ...]
) -> tuple[str, str | None]:
    """Translate one msgspec message into plain words.

    Returns:
        The explanation, and the name of a field the message is really about
        (for unknown or missing fields), if any.
    """
    shown = None if value is _MISSING else _show(value)

    def said(plain: str, with_value: str, **fields: object) -> str:
        # Two whole sentences: without the value, and with ", got <value>" in its place.
        return plain.format(**fields) if shown is None else with_value.format(value=shown, **fields)

    m = re.match(r"Expected `(\w+)`, got `(\w+)`", what)
    if m:
        kind = _TYPE_WORDS.get(m.group(1), m.group(1))
        return said(messages.CURRICULUM_EXPECTED, messages.CURRICULUM_EXPECTED_GOT, what=kind), None
    m = re.match(r"Invalid enum value", what)
    if m:
        choices = _CHOICES.get(field_name or "", ())
        listed = ", ".join(choices) if choices else messages.CURRICULUM_ALLOWED_VALUES
        return (
            said(messages.CURRICULUM_ONE_OF, messages.CURRICULUM_ONE_OF_GOT, choices=listed),
            None,
        )
    m = re.match(r"Object contains unknown field `([^`]*)`", what)
    if m:
        name = one_line(m.group(1))
        close = difflib.get_close_matches(name, known, n=1)
        if close:
            return messages.CURRICULUM_NOT_A_FIELD_CLOSE.format(name=name, close=close[0]), name
        return messages.CURRICULUM_NOT_A_FIELD.format(name=name, known=", ".join(known)), name
    m = re.match(r"Object missing required field `([^`]*)`", what)
    if m:
        return messages.CURRICULUM_FIELD_REQUIRED, m.group(1)
    m = re.match(r"Expected `str` matching regex", what)
    if m:
        return said(messages.CURRICULUM_EXPECTED_ID, messages.CURRICULUM_EXPECTED_ID_GOT), None
    m = re.match(r"Expected `(\w+)` of length >= (\d+)", what)
    if m:
        if m.group(1) == "str":
            return messages.CURRICULUM_EXPECTED_TEXT, None
        return messages.CURRICULUM_AT_LEAST_ITEMS(n=int(m.group(2))), None
    m = re.match(r"Expected `(\w+)` of length <= (\d+)", what)
    if m:
        return messages.CURRICULUM_AT_MOST_ITEMS(n=int(m.group(2))), None
    m = re.match(r"Expected `int` (>=|<=) (\d+)", what)
    if m:
        if m.group(1) == ">=":
            plain, with_value = (
                messages.CURRICULUM_NUMBER_AT_LEAST,
                messages.CURRICULUM_NUMBER_AT_LEAST_GOT,
            )
        else:
            plain, with_value = (
                messages.CURRICULUM_NUMBER_AT_MOST,
                messages.CURRICULUM_NUMBER_AT_MOST_GOT,
            )
        return said(plain, with_value, n=m.group(2)), None
    # A message msgspec added after this was written: its own words (English), and the value.
    other = what[:1].lower() + what[1:]
    return said("{what}", messages.CURRICULUM_OTHER_GOT, what=other), None


def split_msgspec(message: str) -> tuple[str, list[str | int]]:
    """Split a msgspec error message into its text and its field path."""
    m = _MSG.match(message)
    if not m:
        return message, []
    return m.group("what"), _path_parts(m.group("path") or "")


def find_line(text: str, parts: list[str | int], key: str | None = None) -> int | None:
    """Find the 1-based line a field is written on, when it can be found.

    Args:
        text: the file's text.
        parts: the field path (``["activities", 3, "minutes"]``).
        key: the field name to look for when the path ends at a table.

    Returns:
        The line number, or ``None`` when the field cannot be located.
    """
    lines = text.splitlines()
    start, end = 0, len(lines)
    names = [p for p in parts if isinstance(p, str)]
    header = re.compile(r"^\s*\[")
    if len(parts) >= 2 and isinstance(parts[0], str) and isinstance(parts[1], int):
        table = re.compile(r"^\s*\[\[\s*" + re.escape(parts[0]) + r"\s*\]\]")
        seen = -1
        for number, line in enumerate(lines):
            if table.match(line):
                seen += 1
                if seen == parts[1]:
                    start = number
                    end = next(
                        (j for j in range(number + 1, len(lines)) if header.match(lines[j])),
                        len(lines),
                    )
                    break
        else:
            return None
        names = [p for p in parts[2:] if isinstance(p, str)]
        if not names and key is None:
            return start + 1
    else:
        end = next((j for j in range(len(lines)) if header.match(lines[j])), len(lines))
    target = key or (names[0] if names else None)
    if target is None:
        return None
    pattern = re.compile(r"^\s*" + re.escape(target) + r"\s*=")
    for number in range(start, end):
        if pattern.match(lines[number]):
            return number + 1
    return None


def at_line(line: int | None) -> str:
    """Format a line number for a message (empty when unknown)."""
    return messages.CURRICULUM_AT_LINE.format(line=line) if line else ""


def field_problem(
    file: str,
    text: str,
    raw: Any,
    message: str,
    known_fields: dict[str, tuple[str, ...]],
    week: int | None = None,
) -> Problem:
    """Build the problem for one msgspec validation message.

    Args:
        file: the file name shown to the coordinator.
        text: the file's text (to find the line).
        raw: the parsed document.
        message: msgspec's message.
        known_fields: field names per table kind, to suggest a fix for typos.
        week: the week number, when known.
    """
    what, parts = split_msgspec(message)
    in_list = len(parts) >= 2 and isinstance(parts[0], str) and isinstance(parts[1], int)
    table = parts[0] if in_list else ""
    known = known_fields.get(str(table), known_fields.get("", ()))
    last_name = next((p for p in reversed(parts) if isinstance(p, str)), None)
    if in_list and len(parts) == 2:
        last_name = None
    value = _value_at(raw, parts)
    explanation, about = explain(what, last_name, value, known)
    unknown = what.startswith("Object contains unknown field")
    full = [*parts, about] if about and not unknown else parts
    line = (find_line(text, parts, key=about) if about else None) or find_line(text, parts)
    if not full:
        message = messages.CURRICULUM_FILE_FIELD.format(
            file=file, line=at_line(line), what=explanation
        )
    else:
        message = messages.CURRICULUM_FIELD.format(
            file=file, line=at_line(line), where=describe_where(raw, full), what=explanation
        )
    return Problem(file=file, message=one_line(message), week=week, line=line)

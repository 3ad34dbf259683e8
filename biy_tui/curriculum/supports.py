"""The supports list and safety steps behind the "Someone needs help now" card (no Textual).

A volunteer with a few days of training needs, at any moment, plain steps for when someone
is in danger and the right phone numbers. biy ships verified Canada-wide and Alberta
defaults in ``curriculum/supports.toml``, every entry marked "check with your coordinator".
A site replaces them with its own list, in a ``supports.toml`` of the site folder or as
``[[supports]]`` tables in its ``site.toml``; it may replace the steps the same way with
``[[steps]]``. The site's list wins over the shipped one; within a site folder,
``supports.toml`` wins over ``site.toml``.

The card must never be empty because a file has a typo: each entry is checked on its own,
a broken entry is left out and reported, and a site file that cannot be used at all means
the shipped list is shown (and the card says so). Every problem is one sentence naming the
file, the line where it can be found, the field and the fix, for ``biy curriculum check``.
All text goes through :func:`biy_tui.inert.clean_line`: it is data, shown on a terminal and
written into a handout.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from biy_tui import messages
from biy_tui.curriculum.problems import Problem, at_line, find_line, one_line
from biy_tui.inert import clean_line

SUPPORTS_FILE = "supports.toml"
SITE_FILE = "site.toml"

SUPPORT_FIELDS = ("name", "number", "hours", "for", "languages", "check")
STEP_FIELDS = ("title", "items")
TOP_FIELDS = ("steps", "supports")

LIMITS = {"name": 80, "number": 24, "hours": 120, "for": 200, "languages": 120, "title": 80}
ITEM_LIMIT = 400
MAX_SUPPORTS = 40
MAX_STEP_GROUPS = 8
MAX_ITEMS = 15
MAX_FILE_BYTES = 256 * 1024

EXAMPLES = {
    "name": 'name = "Alberta Family Violence Info Line"',
    "number": 'number = "310-1818"',
    "hours": 'hours = "24 hours, every day"',
    "for": 'for = "Abuse at home or in a relationship."',
    "languages": 'languages = ["English", "French"]',
    "title": 'title = "If she talks about suicide"',
    "items": 'items = ["Stay calm.", "Call 911 if a life is in danger."]',
}

# Digits with the usual separators; letters (403-266-HELP) belong in the name.
_NUMBER = re.compile(r"^\+?\d(?:[\d .()-]*\d)?$")


@dataclass(frozen=True, slots=True)
class Support:
    """One line a facilitator can offer: who, which number, when, what for."""

    name: str
    number: str
    hours: str = ""
    for_what: str = ""
    languages: tuple[str, ...] = ()
    check: bool = False
    """Shown with "check with your coordinator" (every shipped default is)."""


@dataclass(frozen=True, slots=True)
class Steps:
    """A titled list of steps, read top to bottom."""

    title: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class SupportsCard:
    """What the card shows, where it came from, and every problem found on the way."""

    steps: tuple[Steps, ...]
    supports: tuple[Support, ...]
    supports_from: str = ""
    """The file the supports came from, as named in messages ("" when none could be read)."""
    site: bool = False
    """True when the supports are the site's own list, not the shipped defaults."""
    problems: tuple[Problem, ...] = ()


@dataclass
class ParsedFile:
    """One file's steps and supports (None: the file does not define them), and problems."""

    steps: tuple[Steps, ...] | None = None
    supports: tuple[Support, ...] | None = None
    problems: list[Problem] = field(default_factory=list)
    usable: bool = True
    """False when the file could not be read or is not valid TOML."""


# --- one file -------------------------------------------------------------------


class _Checker:
    """Collects problems for one file; knows its text, to find lines."""

    def __init__(self, file: str, text: str) -> None:
        self.file = file
        self.text = text
        self.problems: list[Problem] = []

    def line(self, *parts: str | int) -> int | None:
        return find_line(self.text, list(parts))

    def add(self, template: str, line: int | None = None, **values: object) -> None:
        message = template.format(file=self.file, line=at_line(line), **values)
        self.problems.append(Problem(self.file, one_line(message), line=line))


def _got(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "something else"


def _where(kind: str, index: int, item: Any, key: str) -> str:
    """``support "211 Alberta"`` when the entry has a usable name, else ``support 3``."""
    named = item.get(key) if isinstance(item, dict) else None
    if isinstance(named, str) and clean_line(named).strip():
        short = clean_line(named).strip()
        short = short if len(short) <= 40 else short[:37] + "..."
        return messages.SUPPORTS_WHERE_NAMED.format(kind=kind, name=short)
    return messages.SUPPORTS_WHERE_NTH.format(kind=kind, n=index + 1)


def _unknown_fields(
    check: _Checker, item: dict[str, Any], known: tuple[str, ...], where: str, line: list[Any]
) -> None:
    for key in item:
        if key in known:
            continue
        name = one_line(clean_line(str(key)))[:40]
        close = difflib.get_close_matches(name, known, n=1)
        at = check.line(*line, key) or check.line(*line)
        if close:
            check.add(
                messages.SUPPORTS_UNKNOWN_FIELD_CLOSE, at, where=where, field=name, close=close[0]
            )
        else:
            check.add(
                messages.SUPPORTS_UNKNOWN_FIELD, at, where=where, field=name, known=", ".join(known)
            )


def _text(
    check: _Checker,
    item: dict[str, Any],
    key: str,
    where: str,
    path: list[Any],
    *,
    required: bool,
) -> str | None:
    """A field's clean text, or None (and a problem) when it is missing or unusable."""
    at = check.line(*path, key) or check.line(*path)
    if key not in item:
        if required:
            check.add(messages.SUPPORTS_REQUIRED, at, where=where, field=key, example=EXAMPLES[key])
        return None
    value = item[key]
    if key == "number" and isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        value = str(value)
    if not isinstance(value, str):
        check.add(
            messages.SUPPORTS_NOT_TEXT,
            at,
            where=where,
            field=key,
            got=_got(value),
            example=EXAMPLES[key],
        )
        return None
    text = " ".join(clean_line(value).split())
    if not text:
        check.add(messages.SUPPORTS_EMPTY_TEXT, at, where=where, field=key, example=EXAMPLES[key])
        return None
    limit = LIMITS[key]
    if len(text) > limit:
        check.add(
            messages.SUPPORTS_TOO_LONG, at, where=where, field=key, length=len(text), limit=limit
        )
        return None
    return text


def _texts(
    check: _Checker, value: object, key: str, where: str, at: int | None, limit: int
) -> tuple[str, ...] | None:
    """A text or a list of texts, cleaned; None (and a problem) when it is anything else."""
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        check.add(messages.SUPPORTS_NOT_TEXTS, at, where=where, field=key, example=EXAMPLES[key])
        return None
    out = tuple(t for t in (" ".join(clean_line(v).split()) for v in values) if t)
    for text in out:
        if len(text) > limit:
            check.add(
                messages.SUPPORTS_TOO_LONG,
                at,
                where=where,
                field=key,
                length=len(text),
                limit=limit,
            )
            return None
    return out


def _support(check: _Checker, index: int, item: object, shipped: bool) -> Support | None:
    path: list[Any] = ["supports", index]
    where = _where("support", index, item, "name")
    if not isinstance(item, dict):
        check.add(messages.SUPPORTS_NOT_TABLE, check.line(*path), where=where, table="supports")
        return None
    _unknown_fields(check, item, SUPPORT_FIELDS, where, path)
    name = _text(check, item, "name", where, path, required=True)
    number = _text(check, item, "number", where, path, required=True)
    if number is not None:
        digits = sum(c.isdigit() for c in number)
        if not _NUMBER.match(number) or not 3 <= digits <= 15:
            at = check.line(*path, "number") or check.line(*path)
            check.add(messages.SUPPORTS_BAD_NUMBER, at, where=where, value=number)
            number = None
    hours = _text(check, item, "hours", where, path, required=False) or ""
    for_what = _text(check, item, "for", where, path, required=True) or ""
    languages: tuple[str, ...] = ()
    if "languages" in item:
        at = check.line(*path, "languages") or check.line(*path)
        languages = (
            _texts(check, item["languages"], "languages", where, at, LIMITS["languages"]) or ()
        )
    marked = shipped
    if "check" in item:
        if isinstance(item["check"], bool):
            marked = marked or item["check"]
        else:
            at = check.line(*path, "check") or check.line(*path)
            check.add(messages.SUPPORTS_NOT_BOOL, at, where=where, got=_got(item["check"]))
            marked = True
    if name is None or number is None:
        return None
    return Support(name, number, hours, for_what, languages, marked)


def _steps(check: _Checker, index: int, item: object) -> Steps | None:
    path: list[Any] = ["steps", index]
    where = _where("steps", index, item, "title")
    if not isinstance(item, dict):
        check.add(messages.SUPPORTS_NOT_TABLE, check.line(*path), where=where, table="steps")
        return None
    _unknown_fields(check, item, STEP_FIELDS, where, path)
    title = _text(check, item, "title", where, path, required=True)
    at = check.line(*path, "items") or check.line(*path)
    if "items" not in item:
        check.add(
            messages.SUPPORTS_REQUIRED, at, where=where, field="items", example=EXAMPLES["items"]
        )
        return None
    items = _texts(check, item["items"], "items", where, at, ITEM_LIMIT)
    if items is not None and not items:
        check.add(
            messages.SUPPORTS_EMPTY_TEXT, at, where=where, field="items", example=EXAMPLES["items"]
        )
        items = None
    if items is not None and len(items) > MAX_ITEMS:
        check.add(messages.SUPPORTS_TOO_MANY, at, table=where, count=len(items), limit=MAX_ITEMS)
        items = items[:MAX_ITEMS]
    if title is None or items is None:
        return None
    return Steps(title, items)


def _collection(
    check: _Checker, raw: dict[str, Any], key: str, limit: int
) -> list[tuple[int, object]] | None:
    """The entries of ``[[key]]`` with their index; None when absent or not a list."""
    if key not in raw:
        return None
    value = raw[key]
    if not isinstance(value, list):
        check.add(messages.SUPPORTS_NOT_TABLES, check.line(key), table=key)
        return None
    if len(value) > limit:
        check.add(
            messages.SUPPORTS_TOO_MANY,
            check.line(key, limit),
            table=key,
            count=len(value),
            limit=limit,
        )
    return list(enumerate(value[:limit]))


def parse_supports_text(
    data: bytes, file: str, *, shipped: bool = False, whole_file: bool = True
) -> ParsedFile:
    """Parse one file's ``[[steps]]`` and ``[[supports]]``.

    Args:
        data: the file's bytes.
        file: the name used in messages, e.g. ``supports.toml (site folder)``.
        shipped: the shipped defaults: every support is marked "check with your coordinator".
        whole_file: the file is a supports file (other top-level keys are problems);
            False for ``site.toml``, whose other tables belong to other settings.

    Returns:
        What the file defines, and every problem found (never raises for bad content).
    """
    if len(data) > MAX_FILE_BYTES:
        problem = messages.SUPPORTS_TOO_BIG.format(file=file, size=len(data) // 1024)
        return ParsedFile(problems=[Problem(file, problem)], usable=False)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_line = data[: exc.start].count(b"\n") + 1
        message = messages.SUPPORTS_NOT_UTF8.format(file=file, line=bad_line)
        return ParsedFile(problems=[Problem(file, message, line=bad_line)], usable=False)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        why = str(exc)
        m = re.search(r"\(at line (\d+), column \d+\)", why)
        line = int(m.group(1)) if m else None
        why = re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", why)
        why = one_line(clean_line(why[:1].lower() + why[1:]))
        message = messages.SUPPORTS_SYNTAX.format(file=file, line=at_line(line), why=why)
        return ParsedFile(problems=[Problem(file, message, line=line)], usable=False)
    except (ValueError, RecursionError):
        message = messages.SUPPORTS_SYNTAX.format(file=file, line="", why="it cannot be read")
        return ParsedFile(problems=[Problem(file, message)], usable=False)
    check = _Checker(file, text)
    if whole_file:
        for key in raw:
            if key not in TOP_FIELDS:
                name = one_line(clean_line(str(key)))[:40]
                check.add(messages.SUPPORTS_UNKNOWN_TOP, check.line(key), key=name)
    parsed = ParsedFile()
    groups = _collection(check, raw, "steps", MAX_STEP_GROUPS)
    if groups is not None or "steps" in raw:
        found = [s for i, item in groups or () if (s := _steps(check, i, item)) is not None]
        parsed.steps = tuple(found)
    entries = _collection(check, raw, "supports", MAX_SUPPORTS)
    if entries is not None or "supports" in raw:
        supports: list[Support] = []
        seen: dict[str, str] = {}
        for i, item in entries or ():
            support = _support(check, i, item, shipped)
            if support is None:
                continue
            key = support.name.casefold()
            if key in seen:
                where = messages.SUPPORTS_WHERE_NAMED.format(kind="support", name=support.name)
                check.add(messages.SUPPORTS_DUPLICATE, check.line("supports", i), where=where)
                continue
            seen[key] = support.name
            supports.append(support)
        parsed.supports = tuple(supports)
    parsed.problems = check.problems
    return parsed


# --- the card: shipped defaults, site files -----------------------------------------


def _read(path: Path, file: str) -> ParsedFile | bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return ParsedFile()
    except OSError as exc:
        why = (exc.strerror or type(exc).__name__).lower()
        message = messages.SUPPORTS_UNREADABLE.format(file=file, why=why)
        return ParsedFile(problems=[Problem(file, message)], usable=False)


def _parse_path(path: Path, file: str, *, shipped: bool, whole_file: bool) -> ParsedFile:
    data = _read(path, file)
    if isinstance(data, ParsedFile):
        return data
    return parse_supports_text(data, file, shipped=shipped, whole_file=whole_file)


def load_supports(shipped_dir: Path, site: Path | None = None) -> SupportsCard:
    """Build the card: the site's steps and supports where it has them, else the shipped ones.

    Args:
        shipped_dir: the shipped curriculum folder (holds ``supports.toml``).
        site: the site folder, if any (``supports.toml`` there wins over ``site.toml``).

    Returns:
        The card, with every problem found in every file read. A site list with no
        usable entry falls back to the shipped list (with a problem saying so).
    """
    shipped_label = SUPPORTS_FILE
    shipped = _parse_path(shipped_dir / SUPPORTS_FILE, shipped_label, shipped=True, whole_file=True)
    if shipped.usable and shipped.supports is None:
        shipped.problems.append(
            Problem(shipped_label, messages.SUPPORTS_SHIPPED_NONE.format(file=shipped_label))
        )
    problems = list(shipped.problems)
    steps = shipped.steps or ()
    supports = shipped.supports or ()
    supports_from = shipped_label if shipped.supports else ""
    from_site = False
    if site is not None:
        own_label = f"{SUPPORTS_FILE} (site folder)"
        site_label = f"{SITE_FILE} (site folder)"
        own = _parse_path(site / SUPPORTS_FILE, own_label, shipped=False, whole_file=True)
        in_site = _parse_path(site / SITE_FILE, site_label, shipped=False, whole_file=False)
        problems += own.problems + in_site.problems
        for name in ("supports", "steps"):
            if getattr(own, name) is not None and getattr(in_site, name) is not None:
                message = messages.SUPPORTS_TWO_PLACES.format(
                    file=site_label, other=own_label, table=name
                )
                problems.append(Problem(site_label, message))
        chosen_steps = own.steps if own.steps is not None else in_site.steps
        if chosen_steps:
            steps = chosen_steps
        elif chosen_steps is not None:
            label = own_label if own.steps is not None else site_label
            problems.append(Problem(label, messages.SUPPORTS_SITE_NO_STEPS.format(file=label)))
        chosen, label = (
            (own.supports, own_label)
            if own.supports is not None
            else (in_site.supports, site_label)
        )
        if chosen:
            supports, supports_from, from_site = chosen, label, True
        elif chosen is not None:
            problems.append(Problem(label, messages.SUPPORTS_SITE_NONE.format(file=label)))
        used = supports_from or messages.SUPPORTS_FROM_NOTHING
        for parsed, label in ((own, own_label), (in_site, site_label)):
            if not parsed.usable:
                message = messages.SUPPORTS_FELL_BACK.format(file=label, used=used)
                problems.append(Problem(label, message))
    return SupportsCard(
        steps=tuple(steps),
        supports=tuple(supports),
        supports_from=supports_from,
        site=from_site,
        problems=tuple(problems),
    )


def count_words(forms: dict[str, str], count: int, **values: object) -> str:
    """Pick the singular or plural form of a message (``{"one": …, "other": …}``)."""
    return forms["one" if count == 1 else "other"].format(count=count, **values)

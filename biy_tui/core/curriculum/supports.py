"""The supports list and safety steps behind the "Someone needs help now" card (no Textual).

A volunteer with a few days of training needs, at any moment, plain steps for when someone
is in danger and the right phone numbers. biy ships verified Canada-wide and Alberta
defaults in ``curriculum/supports.toml``, every entry marked "check with your coordinator".
A site replaces them with its own list, in a ``supports.toml`` of the site folder or as
``[[supports]]`` tables in its ``site.toml``; it may replace the steps the same way with
``[[steps]]``. The site's list wins over the shipped one; within a site folder,
``supports.toml`` wins over ``site.toml``.

In another language than English, the shipped card is that language's twin of the file,
``supports.fr.toml``: the same numbers in the same order (``biy curriculum check`` says
when one differs), the steps and descriptions in French. It is used only where the site
gives nothing of its own; a missing or broken translation means the English card.

The card must never be empty because a file has a typo: each entry is checked on its own,
a broken entry is left out and reported, and a site file that cannot be used at all means
the shipped list is shown (and the card says so). Every problem is one sentence naming the
file, the line where it can be found, the field and the fix, for ``biy curriculum check``.
All text goes through :func:`biy_tui.core.inert.clean_line`: it is data, shown on a terminal and
written into a handout.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from biy_tui.core import text
from biy_tui.core.curriculum.problems import Problem, at_line, one_line
from biy_tui.core.inert import clean_line
from biy_tui.core.text import messages

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
NUMBER_PATTERN = re.compile(r"^\+?\d(?:[\d .()-]*\d)?$")


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
    from biy_tui.core.curriculum.supports_fields import Checker, collection, steps_of, support_of

    check = Checker(file, text)
    if whole_file:
        for key in raw:
            if key not in TOP_FIELDS:
                name = one_line(clean_line(str(key)))[:40]
                check.add(messages.SUPPORTS_UNKNOWN_TOP, check.line(key), key=name)
    parsed = ParsedFile()
    groups = collection(check, raw, "steps", MAX_STEP_GROUPS)
    if groups is not None or "steps" in raw:
        found = [s for i, item in groups or () if (s := steps_of(check, i, item)) is not None]
        parsed.steps = tuple(found)
    entries = collection(check, raw, "supports", MAX_SUPPORTS)
    if entries is not None or "supports" in raw:
        supports: list[Support] = []
        seen: dict[str, str] = {}
        for i, item in entries or ():
            support = support_of(check, i, item, shipped)
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


def shipped_file(lang: str) -> str:
    """The shipped supports file of a language: ``supports.toml``, ``supports.fr.toml``…"""
    return SUPPORTS_FILE if lang == "en" else f"supports.{lang}.toml"


def parse_shipped(shipped_dir: Path, lang: str = "en") -> ParsedFile | None:
    """One shipped supports file, or None when that language has none.

    A usable file without ``[[supports]]`` carries a problem saying so.
    """
    label = shipped_file(lang)
    path = shipped_dir / label
    if lang != "en" and not path.is_file():
        return None
    parsed = _parse_path(path, label, shipped=True, whole_file=True)
    if parsed.usable and parsed.supports is None:
        parsed.problems.append(Problem(label, messages.SUPPORTS_SHIPPED_NONE.format(file=label)))
    return parsed


def translation_problems(shipped_dir: Path, site: Path | None = None) -> list[Problem]:
    """Every problem of the shipped translations, for ``biy curriculum check`` in any language.

    A translation's own problems, and each number that is not the English file's number at
    the same place: a number must never differ between two languages of the card. A site
    folder's own ``supports.fr.toml`` is not read, so the check says so.
    """
    problems: list[Problem] = []
    for lang in text.LANGUAGES:
        if site is not None and lang != "en" and (site / shipped_file(lang)).is_file():
            label = f"{shipped_file(lang)} (site folder)"
            message = messages.SUPPORTS_SITE_TRANSLATION.format(file=label, own=SUPPORTS_FILE)
            problems.append(Problem(label, message))
    english = parse_shipped(shipped_dir)
    numbers = [s.number for s in (english.supports or ())] if english else []
    for lang in text.LANGUAGES:
        local = parse_shipped(shipped_dir, lang) if lang != "en" else None
        if local is None:
            continue
        label = shipped_file(lang)
        problems += local.problems
        if not local.usable or local.supports is None or not numbers:
            continue
        theirs = [s.number for s in local.supports]
        for n, (number, expected) in enumerate(zip(theirs, numbers, strict=False), 1):
            if number != expected:
                message = messages.SUPPORTS_NUMBER_DIFFERS.format(
                    file=label, n=n, number=number, other=SUPPORTS_FILE, expected=expected
                )
                problems.append(Problem(label, message))
        if len(theirs) != len(numbers):
            message = messages.SUPPORTS_COUNT_DIFFERS.format(
                file=label, count=len(theirs), other=SUPPORTS_FILE, expected=len(numbers)
            )
            problems.append(Problem(label, message))
    return problems


def _shipped_card(
    shipped_dir: Path, lang: str
) -> tuple[tuple[Steps, ...], tuple[Support, ...], str, list[Problem]]:
    """The shipped steps, supports, the supports' file and problems, in ``lang`` if it has them.

    What the translation cannot give (missing, broken, or without steps or supports) comes
    from the English file, so the card is never emptier in French than in English.
    """
    local = parse_shipped(shipped_dir, lang) if lang != "en" else None
    problems = list(local.problems) if local else []
    steps = (local.steps or ()) if local else ()
    supports = (local.supports or ()) if local else ()
    supports_from = shipped_file(lang) if supports else ""
    if not steps or not supports:
        english = parse_shipped(shipped_dir)
        assert english is not None  # English is always looked for
        problems += english.problems
        steps = steps or english.steps or ()
        if not supports:
            supports = english.supports or ()
            supports_from = SUPPORTS_FILE if supports else ""
        if local is not None and not local.usable:
            used = supports_from or messages.SUPPORTS_FROM_NOTHING
            label = shipped_file(lang)
            problems.append(
                Problem(label, messages.SUPPORTS_FELL_BACK.format(file=label, used=used))
            )
    return steps, supports, supports_from, problems


def load_supports(
    shipped_dir: Path, site: Path | None = None, *, lang: str | None = None
) -> SupportsCard:
    """Build the card: the site's steps and supports where it has them, else the shipped ones.

    Args:
        shipped_dir: the shipped curriculum folder (holds ``supports.toml``, and
            ``supports.fr.toml`` for French).
        site: the site folder, if any (``supports.toml`` there wins over ``site.toml``).
            The site's own steps and supports win in every language.
        lang: the language of the shipped card (the language in use by default).

    Returns:
        The card, with every problem found in every file read. A site list with no
        usable entry falls back to the shipped list (with a problem saying so).
    """
    lang = text.language() if lang is None else lang
    steps, supports, supports_from, problems = _shipped_card(shipped_dir, lang)
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

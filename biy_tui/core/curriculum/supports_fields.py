"""Checking the fields of one supports file: each entry on its own, each problem one sentence.

Split from :mod:`biy_tui.core.curriculum.supports` (the models and the card) so that each module
keeps to one job. Every check names the file, the line where it can be found, the entry
(by its name when it has a usable one, else by its position), the field and the fix.
"""

from __future__ import annotations

import difflib
from typing import Any

from biy_tui.core.curriculum.problems import Problem, at_line, find_line, one_line
from biy_tui.core.curriculum.supports import (
    EXAMPLES,
    ITEM_LIMIT,
    LIMITS,
    MAX_ITEMS,
    NUMBER_PATTERN,
    STEP_FIELDS,
    SUPPORT_FIELDS,
    Steps,
    Support,
)
from biy_tui.core.inert import clean_line
from biy_tui.core.text import messages


class Checker:
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
    check: Checker, item: dict[str, Any], known: tuple[str, ...], where: str, line: list[Any]
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
    check: Checker,
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
    check: Checker, value: object, key: str, where: str, at: int | None, limit: int
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


def support_of(check: Checker, index: int, item: object, shipped: bool) -> Support | None:
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
        if not NUMBER_PATTERN.match(number) or not 3 <= digits <= 15:
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


def steps_of(check: Checker, index: int, item: object) -> Steps | None:
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


def collection(
    check: Checker, raw: dict[str, Any], key: str, limit: int
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

"""Reading one curriculum file safely: size limit, plain files only, UTF-8, inert text.

Curriculum files come from coordinators and other machines, so nothing in them may act:
a file is read only when it is a plain file no larger than :data:`MAX_FILE_BYTES` (a FIFO
or a 100 MB file would freeze start-up), it must be UTF-8, and every string parsed from it
goes through :func:`biy_tui.core.inert.clean` before it is validated. Cleaning (rather than
refusing) is deliberate: a stray control character pasted from a word processor is
invisible to a coordinator, and refusing the week for it would take a session's plan away
for nothing; once cleaned, the text cannot act, and what is left is validated as usual (a
title that was nothing but an escape sequence is then empty, and refused as empty).

Every failure here is a :class:`CurriculumError` naming the file, with the week number
when it can be found (from the text, else from a ``week-NN`` file name), so the loader can
mark that week unavailable instead of silently keeping the shipped one.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

from biy_tui.core.curriculum.problems import CurriculumError, Problem, at_line
from biy_tui.core.inert import clean, clean_line
from biy_tui.core.text import messages

MAX_FILE_BYTES = 1_000_000
"""The largest curriculum file biy reads (1 MB; the shipped weeks are about 20 KB each)."""

_HINT_BYTES = 64 * 1024
_WEEK_NUMBER = re.compile(r"^\s*week\s*=\s*(\d{1,6})\s*$", re.M)
_WEEK_NAME = re.compile(r"^week[-_ ]?0*(\d{1,6})$", re.I)
# Fields shown on one line: newlines and tabs in them become single spaces.
_ONE_LINE = frozenset({"id", "title", "label", "name", "part", "pause_words", "kind"})


def week_number_hint(text: str) -> int | None:
    """The number on a ``week = N`` line, if there is one."""
    m = _WEEK_NUMBER.search(text)
    return int(m.group(1)) if m else None


def name_hint(path: Path) -> int | None:
    """The week number in a ``week-NN.toml`` file name, if it has one."""
    m = _WEEK_NAME.match(path.stem)
    return int(m.group(1)) if m else None


def file_label(path: Path, site: bool) -> str:
    """The name used for a file in messages (cleaned: a file name is data too)."""
    name = clean_line(path.name)
    return messages.CURRICULUM_SITE_FILE.format(file=name) if site else name


def _refuse(label: str, message: str, week: int | None) -> CurriculumError:
    return CurriculumError([Problem(label, message, week=week)])


def read_file(path: Path, label: str, week: int | None = None) -> bytes:
    """The bytes of a curriculum file, refused when it is not a plain file or too large.

    Args:
        path: the file.
        label: its name in messages.
        week: the week number its name suggests (carried by any problem).

    Raises:
        CurriculumError: the file cannot be used; the problem says why and what to do.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        why = (exc.strerror or type(exc).__name__).lower()
        raise _refuse(
            label, messages.CURRICULUM_UNREADABLE.format(file=label, why=why), week
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _refuse(label, messages.CURRICULUM_NOT_A_FILE.format(file=label), week)
        if info.st_size > MAX_FILE_BYTES:
            if week is None:
                head = os.read(fd, _HINT_BYTES).decode("utf-8", "replace")
                week = week_number_hint(head)
            raise _too_large(label, info.st_size, week)
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        why = (exc.strerror or type(exc).__name__).lower()
        raise _refuse(
            label, messages.CURRICULUM_UNREADABLE.format(file=label, why=why), week
        ) from None
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:  # it grew while being read
        raise _too_large(label, len(data), week)
    return data


def _too_large(label: str, size: int, week: int | None) -> CurriculumError:
    message = messages.CURRICULUM_TOO_LARGE.format(
        file=label, size=_megabytes(size), limit=_megabytes(MAX_FILE_BYTES)
    )
    return _refuse(label, message, week)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def decode(data: bytes, file: str) -> str:
    """The file's text (UTF-8, an optional BOM removed), refused when it is not UTF-8."""
    if not data.strip():
        raise CurriculumError([Problem(file, messages.CURRICULUM_EMPTY_FILE.format(file=file))])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        hint = week_number_hint(data.decode("utf-8", "replace"))
        raise CurriculumError(
            [
                Problem(
                    file,
                    messages.CURRICULUM_NOT_UTF8.format(file=file, line=line),
                    line=line,
                    week=hint,
                )
            ]
        ) from None


def parse_toml(text: str, file: str) -> dict[str, Any]:
    """Parse TOML text, every string in it made inert; refused with the line when invalid."""
    import tomllib  # imported here: a warm start reads the cache and never parses TOML

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        why = str(exc)
        m = re.search(r"\(at line (\d+), column \d+\)", why)
        line = int(m.group(1)) if m else None
        why = re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", why)
        why = clean_line(why[:1].lower() + why[1:])
        raise CurriculumError(
            [
                Problem(
                    file,
                    messages.CURRICULUM_SYNTAX.format(file=file, line=at_line(line), why=why),
                    line=line,
                )
            ]
        ) from None
    except (ValueError, RecursionError) as exc:  # tomllib can raise these on odd input
        why = clean_line(str(exc)) or type(exc).__name__
        raise CurriculumError(
            [Problem(file, messages.CURRICULUM_SYNTAX.format(file=file, line="", why=why))]
        ) from None
    try:
        return _inert(raw, one_line=False)  # type: ignore[no-any-return]
    except RecursionError:
        raise CurriculumError(
            [Problem(file, messages.CURRICULUM_TOO_DEEP.format(file=file))]
        ) from None


def _inert(node: Any, one_line: bool) -> Any:
    """``node`` with every string (keys too) made inert; one-line fields lose newlines."""
    if isinstance(node, str):
        return clean_line(node) if one_line else clean(node)
    if isinstance(node, dict):
        return {clean(k): _inert(v, k in _ONE_LINE) for k, v in node.items()}
    if isinstance(node, list):
        return [_inert(item, True) for item in node]
    return node

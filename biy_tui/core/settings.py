"""Typed settings for biy, read from ``settings.toml`` with ``BIY_*`` overrides.

Settings are few on purpose: a volunteer should never need to open this file.
A coordinator may set a site curriculum folder, the session length or the
small-cell threshold used in reports.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import msgspec

from biy_tui.core import paths
from biy_tui.core.text import messages

ThemeName = Literal["biy-calm", "biy-contrast"]


class SettingsError(Exception):
    """The settings file could not be read; ``str()`` is one plain sentence."""


class Settings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """What a facilitator or coordinator can set."""

    curriculum: str | None = None
    """A site curriculum folder whose weeks add to or replace the shipped ones."""

    theme: ThemeName = "biy-calm"
    """The colour theme: the calm default or the high-contrast one."""

    session_minutes: int | None = None
    """Session length in minutes; empty means the program file's default."""

    min_cell: int = 5
    """Counts below this are shown as "<N" in reports (small-cell suppression)."""

    autosave_seconds: float = 3.0
    """How long after she stops typing a draft is saved."""

    backups_kept: int = 5
    """How many rotating backups of each data file are kept."""

    language: str | None = None
    """The language biy speaks ("en" or "fr"); empty means the computer's language."""
    stale_draft_days: int = 14
    """After this many days untouched, biy offers to discard a draft (0: never ask).

    Drafts hold text before its privacy review, so they should not linger."""


_ENV: dict[str, str] = {
    "BIY_CURRICULUM": "curriculum",
    "BIY_THEME": "theme",
    "BIY_SESSION_MINUTES": "session_minutes",
    "BIY_MIN_CELL": "min_cell",
    "BIY_AUTOSAVE_SECONDS": "autosave_seconds",
    "BIY_BACKUPS_KEPT": "backups_kept",
    "BIY_STALE_DRAFT_DAYS": "stale_draft_days",
}
# BIY_LANG is read by biy_tui.core.text.choose_language, before the settings file.


def load_settings(path: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Read settings from ``path`` (default: the settings file) and the environment.

    Args:
        path: the TOML file to read; a missing file means defaults.
        environ: the environment to read ``BIY_*`` overrides from.

    Returns:
        The validated settings.

    Raises:
        SettingsError: the file or an override is not valid.
    """
    path = path or paths.settings_file()
    environ = dict(os.environ) if environ is None else environ
    raw: dict[str, object] = {}
    text = _read(path)
    if text is not None:
        import tomllib

        try:
            raw = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(messages.SETTINGS_UNREADABLE.format(path=path, why=exc)) from None
    for env, field in _ENV.items():
        if env in environ and environ[env] != "":
            raw[field] = environ[env]
    try:
        return msgspec.convert(raw, Settings, strict=False)
    except msgspec.ValidationError as exc:
        raise SettingsError(messages.SETTINGS_INVALID.format(path=path, why=exc)) from None


def _read(path: Path) -> str | None:
    """The settings file's text, or None when there is none.

    Never read through a link, nor from a file or folder of another user (they
    could point biy at someone else's curriculum or folders).

    Raises:
        SettingsError: it is a link, another user's, or cannot be read.
    """
    if not os.path.lexists(path):
        return None
    try:
        return paths.read_private(path).decode("utf-8")
    except paths.NotPrivate as exc:
        why = exc.strerror or type(exc).__name__
        raise SettingsError(messages.SETTINGS_NOT_PRIVATE.format(path=path, why=why)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(messages.SETTINGS_UNREADABLE.format(path=path, why=exc)) from None


def save_theme(theme: ThemeName, path: Path | None = None) -> None:
    """Remember the colour theme in the settings file (other lines are kept as they are).

    Raises:
        SettingsError: the file could not be read or written (one plain sentence).
    """
    import re

    path = path or paths.settings_file()
    line = f'theme = "{theme}"'
    text = _read(path) or ""
    # Only top-level keys come before the first table header; the theme lives there.
    head, sep, tail = text.partition("\n[")
    pattern = re.compile(r"^theme\s*=.*$", re.MULTILINE)
    if pattern.search(head):
        head = pattern.sub(line, head, count=1)
    else:
        head = f"{line}\n{head}" if head.strip() else f"{line}\n"
    try:
        paths.write_private(path, head + sep + tail)
    except OSError as exc:
        why = (exc.strerror or type(exc).__name__).lower()
        raise SettingsError(messages.SETTINGS_UNWRITABLE.format(path=path, why=why)) from None

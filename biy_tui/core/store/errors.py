"""What can go wrong with the store, as exception types with one plain sentence each.

Every ``StoreError`` has a ``str()`` that says what happened, where, and what to
do; it never contains the text of a note. Damage that biy repaired by itself is
not an error: it becomes a :class:`Notice` on the open store.
"""

from __future__ import annotations

import errno as _errno
import os
from dataclasses import dataclass
from pathlib import Path


class StoreError(Exception):
    """The store could not do what was asked; ``str()`` is one plain sentence."""


class StoreLocked(StoreError):
    """Another biy holds the data folder for writing."""


class PassphraseRequired(StoreError):
    """The records are encrypted and no passphrase was given."""


class WrongPassphrase(StoreError):
    """The passphrase does not open the records; nothing was changed."""


class StoreTooNew(StoreError):
    """A file was written by a newer biy; nothing was changed."""


class StoreReadOnly(StoreError):
    """The store was opened read-only, so it refuses to save."""


class TextNotReviewed(StoreError):
    """A free-text field holds text that did not pass the privacy review."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


class RecordInvalid(StoreError):
    """A record does not fit the data model (a wrong type, range or id)."""


class StoreWriteFailed(StoreError):
    """The disk refused a write; the store is unchanged."""


class ImportUnfinished(StoreError):
    """An import was committed but not all of its files are in place yet; the next
    open finishes it (close this store)."""


class FileRefused(StoreError):
    """A file in the data folder is not damaged but cannot be used safely
    (another owner, a link, no permission, a folder in the way); nothing was changed."""


class ImportInvalid(StoreError):
    """An import file, or one record in it, is not valid; nothing was written."""


@dataclass(frozen=True)
class Notice:
    """Something the store repaired or noticed at open, to tell the facilitator.

    Attributes:
        message: one plain sentence (what happened, where the damaged file is).
        file: the data file concerned, if any.
        quarantined: where the damaged file was set aside, if it was.
    """

    message: str
    file: Path | None = None
    quarantined: Path | None = None
    lost: int | None = 0
    """Records that could not be recovered (None: nobody can tell how many)."""

    def __str__(self) -> str:
        return self.message


def reason(exc: OSError) -> str:
    """Return a short, content-free reason for an OS error ("No space left on device")."""
    if exc.errno is not None:
        try:
            return os.strerror(exc.errno)
        except ValueError:  # pragma: no cover - unknown errno
            return _errno.errorcode.get(exc.errno, "system error")
    return type(exc).__name__


def refusal(path: Path, exc: OSError) -> FileRefused:
    """Return the one sentence for a file biy must not use as it is (not damage)."""
    from biy_tui.core.text import messages

    what = getattr(exc, "what", None)
    if what == "link":
        why, fix = messages.REFUSED_LINK, messages.FIX_LINK
    elif what == "owner":
        why, fix = messages.REFUSED_OWNER, messages.FIX_OWNER
    elif what == "not_folder" or isinstance(exc, NotADirectoryError):
        why, fix = messages.REFUSED_NOT_FOLDER, messages.FIX_NOT_FILE
    elif what == "type" or isinstance(exc, IsADirectoryError):
        why, fix = messages.REFUSED_NOT_FILE, messages.FIX_NOT_FILE
    elif isinstance(exc, PermissionError):
        why, fix = reason(exc), messages.FIX_PERMISSION
    else:
        why, fix = reason(exc), messages.FIX_OTHER
    text = messages.STORE_FILE_REFUSED.format(file=path, why=why, fix=fix.format(file=path))
    return FileRefused(text)

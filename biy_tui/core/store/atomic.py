"""Crash-safe, owner-only file writes.

A save never changes a file in place: the new bytes go to a temporary file in
the same folder (created 0600 with ``O_EXCL``), are written and ``fsync``-ed,
then ``os.replace`` swaps the name over and the folder itself is ``fsync``-ed.
Killed at any moment, the file is either the old version or the new one.

All calls go through the ``os`` module at call time (``os.open``, ``os.write``,
``os.fsync``, ``os.replace``) so tests can inject failures into each of them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import time
from pathlib import Path
from typing import Final

FILE_MODE: Final = 0o600
DIR_MODE: Final = 0o700
TEMP_PATTERN: Final = re.compile(r"^\..+\.[0-9a-f]{8}\.tmp$")
"""Temporary files biy writes (and removes at open if a crash left one)."""

_REPLACE_TRIES: Final = 10
_IS_WINDOWS: Final = os.name == "nt"


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) if needed and make it owner-only (0700)."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    make_private(path, DIR_MODE)


class Refused(OSError):
    """A path in the data folder is a link, belongs to another user, or is the wrong type."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(what)
        self.path = path
        self.what = what  # "link", "owner", "type" or "not_folder"


def check_entry(path: Path, info: os.stat_result, *, folder: bool = False) -> None:
    """Refuse a link, a foreign owner, or the wrong kind of entry (from ``lstat``)."""
    if stat.S_ISLNK(info.st_mode):
        raise Refused(path, "link")
    if not _IS_WINDOWS and info.st_uid != os.geteuid():
        raise Refused(path, "owner")
    if (stat.S_ISDIR(info.st_mode)) != folder or not (
        stat.S_ISDIR(info.st_mode) or stat.S_ISREG(info.st_mode)
    ):
        raise Refused(path, "not_folder" if folder else "type")


def open_safely(path: Path, flags: int = os.O_RDONLY, *, folder: bool = False) -> int:
    """Open an existing entry without following a link, and check its owner and type.

    Raises:
        Refused: a link, another owner, or a folder where a file should be (or the reverse).
        OSError: it cannot be opened (missing, no permission, …).
    """
    extra = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    if folder:
        extra |= getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(path, flags | extra | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Refused(path, "link") from None
        if exc.errno == errno.ENOTDIR:  # a file where a folder (or a parent) should be
            raise Refused(path, "not_folder") from None
        if exc.errno == errno.EISDIR:
            raise Refused(path, "type") from None
        raise
    try:
        check_entry(path, os.fstat(fd), folder=folder)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_file(path: Path) -> bytes:
    """Return a file's bytes, refusing links, other owners and non-files."""
    fd = open_safely(path)
    try:
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_prefix(path: Path, size: int) -> bytes:
    """Return at most the first ``size`` bytes of a file (refusing what :func:`read_file` does)."""
    fd = open_safely(path)
    try:
        return os.read(fd, size)
    finally:
        os.close(fd)


def make_private(path: Path, mode: int = FILE_MODE) -> bool:
    """Set ``mode`` on ``path`` when it differs; return True when it was changed.

    Never follows a link and never touches what another user owns (:class:`Refused`).
    """
    if _IS_WINDOWS:  # pragma: no cover - POSIX modes do not apply
        return False
    info = os.lstat(path)
    check_entry(path, info, folder=stat.S_ISDIR(info.st_mode))
    current = stat.S_IMODE(info.st_mode)
    if current != mode:
        fd = open_safely(path, folder=stat.S_ISDIR(info.st_mode))
        try:
            os.fchmod(fd, mode)
        finally:
            os.close(fd)
        return True
    return False


def temp_path(path: Path) -> Path:
    """Return a fresh temporary path next to ``path``."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


def replace(src: Path, dst: Path) -> None:
    """``os.replace`` with a short bounded retry for Windows sharing errors."""
    for attempt in range(_REPLACE_TRIES):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if not _IS_WINDOWS or attempt == _REPLACE_TRIES - 1:
                raise
            time.sleep(0.01 * (attempt + 1))  # pragma: no cover - Windows only


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (a no-op where folders cannot be opened)."""
    if _IS_WINDOWS:  # pragma: no cover
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_new(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to a file that must not exist yet, owner-only."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
    try:
        if not _IS_WINDOWS:
            os.fchmod(fd, FILE_MODE)  # the umask may have taken bits away; set exactly
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(
    path: Path, data: bytes, *, durable: bool = True, previous: Path | None = None
) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file.

    Args:
        path: the file to replace (it may not exist yet).
        data: the complete new content.
        durable: fsync the file and the folder (off only for throwaway copies).
        previous: a hard link to the old content, used to put it back if the
            folder cannot be synced after the swap (so a failed save changes nothing).

    Raises:
        OSError: the write failed; ``path`` still holds its old content.
    """
    tmp = temp_path(path)
    existed = previous is not None or path.exists()
    try:
        write_new(tmp, data, durable=durable)
        replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if not durable:
        return
    try:
        fsync_dir(path.parent)
    except OSError:
        _roll_back(path, previous, existed)
        raise


def _roll_back(path: Path, previous: Path | None, existed: bool) -> None:
    """Put the old content back after a swap whose durability failed (best effort)."""
    with contextlib.suppress(OSError):
        if previous is not None:
            back = temp_path(path)
            os.link(previous, back)
            try:
                os.replace(back, path)
            except OSError:
                os.unlink(back)
                raise
        elif not existed:
            os.unlink(path)


def remove_stale_temps(folder: Path) -> list[Path]:
    """Delete temporary files a crash left in ``folder``; return what was removed."""
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return removed
    for name in names:
        if TEMP_PATTERN.match(name):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(folder / name)
                removed.append(folder / name)
    return removed

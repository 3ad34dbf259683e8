"""The data folder: which files exist, and how each is read, written, backed up and set aside.

Layout (every folder 0700, every file 0600)::

    DATA_DIR/
      .lock                     one writer at a time
      store.json                manifest: schema, when the store was made
      drafts.json               text being typed (unreviewed, never exported)
      guard.json                the guard's key and learned hashes (never exported)
      plan-2026.json            one file per kind of record and year …
      debrief-2026.2.json       … split in chunks of CHUNK records, so a save stays small
      backups/NAME.SEQ.bak      the last few versions of each file (hard links)
      quarantine/NAME.WHEN.damaged   damaged files, set aside, never deleted
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import time
from pathlib import Path
from typing import Final

from biy_tui.core.store import atomic, fileformat
from biy_tui.core.store.crypto import Cipher
from biy_tui.core.store.fileformat import Header
from biy_tui.core.text import format_date, format_time, messages

MANIFEST: Final = "store.json"
DRAFTS: Final = "drafts.json"
BACKUPS: Final = "backups"
QUARANTINE: Final = "quarantine"
GUARD: Final = "guard.json"
"""The privacy guard's key and learned hashes (see :mod:`.guardfile`)."""
LOCK: Final = ".lock"
STAGING: Final = ".convert"
_OWN: Final = frozenset({".lock", ".scrub", "backups", "quarantine", ".convert", ".import"})
_OWN_DIRS: Final = frozenset({"backups", "quarantine", ".convert", ".import"})
CHUNK: Final = 256
"""Records per file before a new chunk starts: a save never rewrites more."""

PARTITION: Final = re.compile(
    r"^(?P<kind>plan|checkin|debrief|selfcare)-\d{4}(?:\.\d{1,5})?\.json$"
)
_BACKUP: Final = re.compile(r"^(?P<name>.+\.json)\.(?P<seq>\d{1,25})\.bak$")


def kind_for(name: str) -> str | None:
    """Return the kind a data file's name says it holds (None: not a data file)."""
    if name == MANIFEST:
        return "manifest"
    if name == DRAFTS:
        return "drafts"
    if name == GUARD:
        return "guard"
    match = PARTITION.match(name)
    return match.group("kind") if match else None


class DataFolder:
    """Reads and writes the files of one data folder with one key (or none)."""

    def __init__(self, root: Path, cipher: Cipher | None, backups_kept: int) -> None:
        self.root = root
        self.cipher = cipher
        self.backups_kept = max(0, backups_kept)
        self.backups_dir = root / BACKUPS
        self.quarantine_dir = root / QUARANTINE
        self._backups: dict[str, list[int]] | None = None

    # --- listing -----------------------------------------------------------

    def data_files(self) -> list[str]:
        """Return the names of the data files present, sorted."""
        try:
            names = os.listdir(self.root)
        except FileNotFoundError:
            return []
        return sorted(n for n in names if kind_for(n) is not None)

    def backup_index(self) -> dict[str, list[int]]:
        """Return the backup sequence numbers of each file, oldest first."""
        if self._backups is None:
            index: dict[str, list[int]] = {}
            with contextlib.suppress(FileNotFoundError):
                for entry in os.listdir(self.backups_dir):
                    match = _BACKUP.match(entry)
                    if match and kind_for(match.group("name")) is not None:
                        index.setdefault(match.group("name"), []).append(int(match.group("seq")))
            for seqs in index.values():
                seqs.sort()
            self._backups = index
        return self._backups

    def backups(self, name: str) -> list[Path]:
        """Return the backups of ``name``, newest first."""
        seqs = self.backup_index().get(name, [])
        return [self.backups_dir / f"{name}.{seq}.bak" for seq in reversed(seqs)]

    def quarantined(self) -> list[Path]:
        """Return the files set aside in the quarantine folder."""
        try:
            return sorted(self.quarantine_dir.iterdir())
        except FileNotFoundError:
            return []

    # --- reading -----------------------------------------------------------

    def read(self, path: Path) -> bytes:
        """Return the bytes of a file (``OSError`` when it cannot be read).

        Raises:
            atomic.Refused: a link, another user's file, or a folder in the way.
        """
        return atomic.read_file(path)

    def refused(self) -> list[tuple[Path, OSError]]:
        """Return every entry biy would open here that it must not use as it is.

        Links, other owners, folders in the way, and files it cannot read or
        write: none of them is damage, so nothing is changed; each is named with
        what to do. One ``scandir`` per folder, so it stays quick with long histories.
        """
        found: list[tuple[Path, OSError]] = []
        subs = ((self.root, True), (self.backups_dir, False), (self.quarantine_dir, False))
        for sub, is_root in subs:
            try:
                atomic.check_entry(sub, os.lstat(sub), folder=True)
                entries = list(os.scandir(sub))
            except FileNotFoundError:
                continue
            except OSError as exc:
                found.append((sub, exc))
                continue
            for entry in entries:
                name = entry.name
                if name in _OWN_DIRS or (is_root and kind_for(name) is None and name not in _OWN):
                    continue
                path = sub / name
                try:
                    info = entry.stat(follow_symlinks=False)
                    atomic.check_entry(path, info)
                    if os.name != "nt" and info.st_mode & 0o600 != 0o600 and os.geteuid() != 0:
                        raise PermissionError(13, os.strerror(13))
                except FileNotFoundError:
                    continue
                except OSError as exc:
                    found.append((path, exc))
        return found

    def decode(self, name: str, raw: bytes) -> tuple[Header, bytes]:
        """Check a data file's bytes (see :func:`.fileformat.decode`)."""
        kind = kind_for(name)
        assert kind is not None
        return fileformat.decode(raw, kind, self.cipher)

    def good_backup(self, name: str) -> tuple[Path, bytes, Header, bytes] | None:
        """Return the newest backup of ``name`` that passes every check, if any."""
        for path in self.backups(name):
            try:
                raw = self.read(path)
                header, payload = self.decode(name, raw)
            except (OSError, fileformat.Damaged, fileformat.TooNew):
                continue
            return path, raw, header, payload
        return None

    # --- writing -----------------------------------------------------------

    def encode(self, name: str, payload: bytes, count: int) -> bytes:
        """Return the file bytes for ``payload`` in this folder's form."""
        kind = kind_for(name)
        assert kind is not None
        return fileformat.encode(kind, payload, count, self.cipher)

    def write(self, name: str, payload: bytes, count: int) -> None:
        """Save ``payload`` as ``name`` atomically, keeping the old version as a backup.

        Raises:
            OSError: the disk refused; the file still holds its old content.
        """
        raw = self.encode(name, payload, count)
        path = self.root / name
        previous = self.keep_backup(name)
        atomic.write_atomic(path, raw, previous=previous)
        if previous is not None and (self.backups_kept == 0 or name == DRAFTS):
            self._forget_backup(name, previous)  # drafts keep no copy (see .lifecycle)

    def write_raw(self, name: str, raw: bytes) -> None:
        """Put already-encoded bytes in place as ``name`` (used to restore a backup)."""
        atomic.write_atomic(self.root / name, raw)

    def keep_backup(self, name: str) -> Path | None:
        """Hard-link the current version of ``name`` into the backups (best effort).

        Returns:
            The backup holding the current content, or None when there is no
            current file or it could not be kept.
        """
        path = self.root / name
        try:
            current = os.stat(path)
        except FileNotFoundError:
            return None
        except OSError:
            return None
        existing = self.backups(name)
        if existing:
            with contextlib.suppress(OSError):
                newest = os.stat(existing[0])
                if (newest.st_dev, newest.st_ino) == (current.st_dev, current.st_ino):
                    return existing[0]
        try:
            atomic.ensure_private_dir(self.backups_dir)
            seqs = self.backup_index().setdefault(name, [])
            seq = max(time.time_ns(), (seqs[-1] + 1) if seqs else 0)
            target = self.backups_dir / f"{name}.{seq}.bak"
            try:
                os.link(path, target)
            except OSError:  # no hard links here (FAT, some shares): copy instead
                atomic.write_new(target, self.read(path), durable=False)
            seqs.append(seq)
        except OSError:
            return None
        self._prune(name)
        return target

    def _prune(self, name: str) -> None:
        seqs = self.backup_index().get(name, [])
        keep = max(1, self.backups_kept)
        while len(seqs) > keep:
            seq = seqs.pop(0)
            with contextlib.suppress(OSError):
                os.unlink(self.backups_dir / f"{name}.{seq}.bak")

    def _forget_backup(self, name: str, path: Path) -> None:
        seqs = self.backup_index().get(name, [])
        match = _BACKUP.match(path.name)
        if match and int(match.group("seq")) in seqs:
            seqs.remove(int(match.group("seq")))
            with contextlib.suppress(OSError):
                os.unlink(path)

    def quarantine(self, name: str) -> Path:
        """Move a damaged ``name`` into the quarantine folder (never deleted); return where.

        Raises:
            OSError: the file could not be moved.
        """
        atomic.ensure_private_dir(self.quarantine_dir)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.quarantine_dir / f"{name}.{stamp}.damaged"
        n = 1
        while target.exists():
            n += 1
            target = self.quarantine_dir / f"{name}.{stamp}.{n}.damaged"
        atomic.replace(self.root / name, target)
        atomic.make_private(target)
        atomic.fsync_dir(self.quarantine_dir)
        atomic.fsync_dir(self.root)
        return target

    def all_files(self) -> list[Path]:
        """Return every file biy keeps in the folder (data, backups, quarantine, lock)."""
        files = [self.root / n for n in self.data_files()]
        for name in self.backup_index():
            files.extend(self.backups(name))
        files.extend(self.quarantined())
        lock = self.root / LOCK
        if lock.exists():
            files.append(lock)
        return files


def saved_when(path: Path) -> str:
    """Return when a file was last written, in words ("on Nov 25, 2026 at 14:02")."""
    try:
        moment = dt.datetime.fromtimestamp(os.stat(path).st_mtime)
    except OSError:
        return messages.STORE_SAVED_EARLIER
    return messages.STORE_SAVED_ON.format(
        date=format_date(moment.date(), "medium"), time=format_time(moment)
    )

"""Interrupted imports, encrypts and decrypts are finished (or undone) by any next command."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from biy_tui.core.store import atomic, journal, recovery
from biy_tui.core.store.errors import Notice
from biy_tui.core.store.folder import LOCK, STAGING, DataFolder
from biy_tui.core.text import messages


def finish(root: Path, read_only: bool, backups_kept: int, notices: list[Notice]) -> None:
    """Finish (or undo) an interrupted import, encrypt or decrypt: any command does it.

    A read-only open takes the lock for a moment to do so; when another biy
    holds it, that biy finished them at its own open.
    """
    folder = DataFolder(root, None, backups_kept)
    if not (root / STAGING).exists() and not journal.pending(folder):
        return
    lock: FileLock | None = None
    if read_only:
        lock = FileLock(
            root / LOCK,
            timeout=0,
            mode=atomic.FILE_MODE,
            thread_local=False,
            preserve_lock_file=True,
        )
        try:
            lock.acquire()
        except (Timeout, OSError):
            recovery.finish_conversion(root, read_only=True, notices=notices)
            return
    try:
        recovery.finish_conversion(root, read_only=False, notices=notices)
        if journal.apply(folder):
            notices.append(Notice(messages.STORE_IMPORT_FINISHED.format(path=root)))
    finally:
        if lock is not None:
            lock.release()

"""An import's files appear together or not at all, even under ``kill -9``.

Every new file is first written (sealed when the store is) and synced in the
staging folder ``.import/``. Then one atomic write of ``.import/READY`` (the
list of names) is the commit point. After it, each staged file is swapped in
(the old one kept as a backup); killed at any instant, the next open of any
kind runs :func:`apply` again, which finishes the swaps that are left. Killed
before ``READY``, the live files were never touched and the staging folder is
removed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from typing import Final

import msgspec

from biy_tui.core.store import atomic
from biy_tui.core.store.folder import DataFolder, kind_for

IMPORTING: Final = ".import"
READY: Final = "READY"


def commit(folder: DataFolder, items: list[tuple[str, bytes, int]]) -> None:
    """Stage ``items`` (name, payload, record count) and commit them (then call :func:`apply`).

    Raises:
        OSError: the disk refused before the commit point; nothing changed.
    """
    staging = folder.root / IMPORTING
    shutil.rmtree(staging, ignore_errors=True)
    try:
        atomic.ensure_private_dir(staging)
        for name, payload, count in items:
            atomic.write_new(staging / name, folder.encode(name, payload, count))
        atomic.fsync_dir(staging)
        names = msgspec.json.encode([name for name, _p, _c in items])
        atomic.write_atomic(staging / READY, names)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def pending(folder: DataFolder) -> bool:
    """True when an import was interrupted (committed or not)."""
    return (folder.root / IMPORTING).exists()


def apply(folder: DataFolder) -> bool:
    """Finish a committed import, or remove an uncommitted one; True when one was finished.

    Raises:
        OSError: a swap failed (nothing is lost; the next open tries again).
    """
    staging = folder.root / IMPORTING
    if not staging.exists():
        return False
    try:
        names = msgspec.json.decode(folder.read(staging / READY), type=list[str])
    except (FileNotFoundError, ValueError):  # never committed (another error: retry)
        shutil.rmtree(staging, ignore_errors=True)
        return False
    for name in names:
        if kind_for(name) is None or "/" in name or os.sep in name:
            continue
        src = staging / name
        if os.path.lexists(src):
            folder.keep_backup(name)
            atomic.replace(src, folder.root / name)
    atomic.fsync_dir(folder.root)
    if folder.backups_dir.is_dir():
        atomic.fsync_dir(folder.backups_dir)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(staging / READY)
    shutil.rmtree(staging, ignore_errors=True)
    return True

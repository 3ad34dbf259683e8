"""Backups that never outlive the text she removed.

A backup protects against a crash or a damaged file; it must not become an
archive of what she chose to take out. So:

* ``drafts.json`` keeps no backups at all (a draft is text before review; no
  copy of it may outlive it), and any backup of it found at open is removed;
* after a record is changed or deleted, every backup of its file is
  *rewritten* (not flagged) so that it holds each record only in its current
  version and no record that is gone. A backup that cannot be read (damaged,
  or sealed with another key) could hold removed text and is deleted.

A small marker, ``.scrub`` (file names only, never text), is written before the
change and removed after the backups are rewritten, so a crash in between is
finished by the next open.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

import msgspec

from biy_tui.core.store import atomic, fileformat, migrations
from biy_tui.core.store.folder import DataFolder, kind_for
from biy_tui.core.store.migrations import DRAFTS_TABLE, TABLE

PENDING: Final = ".scrub"


def _key(kind: str, doc: Any) -> str | None:
    if not isinstance(doc, dict):
        return None
    value = doc.get("key" if kind == "drafts" else "id")
    return value if isinstance(value, str) else None


def begin(folder: DataFolder, names: Iterable[str]) -> None:
    """Note durably that the backups of ``names`` must be rewritten (before changing them)."""
    wanted = sorted(set(pending(folder)) | set(names))
    atomic.write_atomic(folder.root / PENDING, msgspec.json.encode(wanted))


def pending(folder: DataFolder) -> list[str]:
    """Return the files whose backups still need rewriting (after a crash)."""
    try:
        raw = folder.read(folder.root / PENDING)
        names = msgspec.json.decode(raw, type=list[str])
    except (OSError, ValueError):
        return []
    return [n for n in names if kind_for(n) not in (None, "manifest")]


def end(folder: DataFolder) -> None:
    """Forget the marker once every backup it names was rewritten."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(folder.root / PENDING)
        atomic.fsync_dir(folder.root)


def scrub(folder: DataFolder, name: str, live: dict[str, Any]) -> None:
    """Rewrite every backup of ``name`` to hold only the current version of each record.

    Args:
        folder: the data folder.
        name: the data file.
        live: the current documents of the file, by record id (or draft key).

    Raises:
        OSError: a backup could not be rewritten (the marker stays; the next open retries).
    """
    kind = kind_for(name)
    assert kind is not None
    if kind == "drafts":
        drop_all(folder, name)
        return
    table_name = DRAFTS_TABLE if kind == "drafts" else TABLE
    for path in folder.backups(name):
        try:
            header, payload = folder.decode(name, folder.read(path))
            tables = migrations.migrate(kind, header.schema, msgspec.json.decode(payload))
            docs = tables.get(table_name, {})
            if not isinstance(docs, dict):
                raise fileformat.Damaged("content")
        except (OSError, ValueError, fileformat.Damaged, fileformat.TooNew, TypeError):
            _forget(folder, name, path)
            continue
        kept: dict[str, Any] = {}
        for doc_id, doc in docs.items():
            key = _key(kind, doc)
            if key is not None and key in live:
                kept[doc_id] = live[key]
        if kept == docs and header.schema == fileformat.SCHEMA:
            continue
        tables[table_name] = kept
        raw = folder.encode(name, msgspec.json.encode(tables), len(kept))
        atomic.write_atomic(path, raw)


def drop_all(folder: DataFolder, name: str) -> None:
    """Delete every backup of ``name`` (for drafts, which keep none)."""
    for path in folder.backups(name):
        _forget(folder, name, path)


def _forget(folder: DataFolder, name: str, path: Path) -> None:
    seqs = folder.backup_index().get(name, [])
    with contextlib.suppress(ValueError, IndexError):
        seqs.remove(int(path.name.rsplit(".", 2)[1]))
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def live_docs(kind: str, docs: dict[str, Any]) -> dict[str, Any]:
    """Return a file's documents by record id (or draft key)."""
    out: dict[str, Any] = {}
    for doc in docs.values():
        key = _key(kind, doc)
        if key is not None:
            out[key] = doc
    return out

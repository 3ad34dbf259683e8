"""Writing an import into the store: newest version wins, all files or none.

The records were checked by :func:`.exchange.validate` and the privacy guard.
Each record is matched by id: a record the store does not have is added, one
saved later than the stored copy replaces it, and one saved at the same time or
earlier is skipped (so a newer edit is never replaced by an older copy, and
importing the same file twice changes nothing). A record without an id (made by
another tool) is skipped when the store already holds one saying exactly the
same. The files are written through :mod:`.journal`, and backups of replaced
records are rewritten afterwards (:mod:`.lifecycle`), so her older text does not
linger in backups.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

import msgspec

from biy_tui.core.store import journal, lifecycle
from biy_tui.core.store.errors import (
    ImportUnfinished,
    StoreError,
    StoreReadOnly,
    StoreWriteFailed,
    reason,
)
from biy_tui.core.store.fileformat import SCHEMA
from biy_tui.core.store.migrations import TABLE
from biy_tui.core.store.partition import Partition
from biy_tui.core.store.records import ID_PATTERN, Record, kind_of
from biy_tui.core.text import messages

if TYPE_CHECKING:
    from biy_tui.core.store.facade import Store

_NEVER: Final = dt.datetime.min.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class ImportResult:
    """How many records an import added, updated and skipped."""

    added: int = 0
    updated: int = 0
    skipped: int = 0


def _saved(record: Record) -> dt.datetime:
    return record.saved_at or _NEVER


def _content(record: Record) -> bytes:
    """What a record says, without its id and saving time (to spot an id-less copy)."""
    doc = msgspec.to_builtins(record)
    doc.pop("id", None)
    doc.pop("saved_at", None)
    return msgspec.json.encode(doc, order="sorted")


def import_records(store: Store, records: list[Record]) -> ImportResult:
    """Write validated records into ``store``: all of them, or none.

    Raises:
        StoreReadOnly: the store was opened read-only.
        StoreWriteFailed: the disk refused before the commit point; nothing changed.
    """
    with store._locked():
        if store.read_only:
            raise StoreReadOnly(messages.STORE_READ_ONLY)
        added = updated = skipped = 0
        by_file: dict[str, list[Record]] = {}
        new_in: dict[str, int] = {}
        replaced: set[str] = set()
        known: dict[str, dict[str, Record]] = {}
        contents: dict[str, set[bytes]] = {}
        for record in records:
            if not record.id:  # an id-less copy of a record she has (or one above) is skipped
                kind = kind_of(record)
                if kind not in contents:
                    contents[kind] = {_content(r) for r in store._all(kind)}
                content = _content(record)
                if content in contents[kind]:
                    skipped += 1
                    continue
                contents[kind].add(content)
                name = store._new_name(kind, record.date.year, new_in)
                stem = name.removesuffix(".json")
                record = msgspec.structs.replace(record, id=f"{stem}-{secrets.token_hex(6)}")
                new_in[name] = new_in.get(name, 0) + 1
            match = ID_PATTERN.match(record.id)
            assert match is not None
            name = f"{match.group('stem')}.json"
            if name not in known:
                store._part_for(name)
                known[name] = {r.id: r for r in store._guarded(name, Partition.records)}
            stored = known[name].get(record.id)
            if stored is not None and _saved(stored) >= _saved(record):
                skipped += 1
                continue
            if stored is None:
                added += 1
            else:
                updated += 1
                replaced.add(name)
            by_file.setdefault(name, []).append(record)
        plans: list[tuple[Partition, bytes, int]] = []
        for name, recs in by_file.items():
            part = store._parts[name]
            table: dict[str, Any] = dict(part.docs())
            next_id = max((int(k) for k in table), default=0) + 1
            for rec in recs:
                doc_id = part.doc_id(rec.id)
                if doc_id is None:
                    doc_id, next_id = next_id, next_id + 1
                table[str(doc_id)] = msgspec.to_builtins(rec)
            plans.append((part, msgspec.json.encode({TABLE: table}), len(table)))
        if plans:
            folder = store._folder
            try:
                if replaced:
                    lifecycle.begin(folder, sorted(replaced))
                journal.commit(folder, [(p.name, payload, n) for p, payload, n in plans])
            except OSError as exc:
                raise StoreWriteFailed(
                    messages.STORE_WRITE_FAILED.format(path=store.path, why=reason(exc))
                ) from None
            try:
                journal.apply(folder)
            except OSError as exc:  # committed: the next open of any kind finishes it
                store.read_only = True  # its memory is behind the disk now: no more saves
                raise ImportUnfinished(
                    messages.IMPORT_UNFINISHED.format(path=store.path, why=reason(exc))
                ) from None
            for part, payload, count in plans:  # fresh TinyDB state for each file
                store._parts[part.name] = Partition(
                    part.folder, part.name, schema=SCHEMA, count=count, payload=payload
                )
            store._sorted.clear()
            if replaced:
                with contextlib.suppress(StoreError):  # imported; the next open retries
                    store.finish_scrub(sorted(replaced))
        return ImportResult(added, updated, skipped)

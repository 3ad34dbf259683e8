"""Moving records between machines: ``biy export`` and ``biy import``.

An export holds every record (never drafts, which are unreviewed text) in one
JSON file. An import checks every record first and writes nothing unless all of
them are valid; importing the same file twice changes nothing (records are
matched by id).
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import TYPE_CHECKING, Any, Final

import msgspec

from biy_tui import messages
from biy_tui.store.errors import ImportInvalid, StoreReadOnly, StoreWriteFailed, reason
from biy_tui.store.fileformat import SCHEMA
from biy_tui.store.migrations import TABLE
from biy_tui.store.partition import Partition
from biy_tui.store.records import ID_PATTERN, Record, check, kind_of

if TYPE_CHECKING:
    from biy_tui.store.facade import Store

EXPORT_FORMAT: Final = "biy-export"


def export_json(store: Store) -> tuple[bytes, int]:
    """Return every record as an export file, and how many records it holds."""
    records = list(reversed(store.records()))  # oldest first reads naturally
    body = {
        "format": EXPORT_FORMAT,
        "schema": SCHEMA,
        "exported": dt.datetime.now(dt.UTC),
        "records": records,
    }
    return msgspec.json.format(msgspec.json.encode(body), indent=1) + b"\n", len(records)


def validate(data: bytes, source: str) -> list[Record]:
    """Check an export file completely and return its records.

    Raises:
        ImportInvalid: the file or one record is not valid (the sentence gives
            the record's position); nothing has been written.
    """
    try:
        raw = msgspec.json.decode(data)
    except msgspec.DecodeError as exc:
        raise ImportInvalid(messages.IMPORT_NOT_JSON.format(path=source, why=exc)) from None
    if not isinstance(raw, dict) or raw.get("format") != EXPORT_FORMAT:
        raise ImportInvalid(messages.IMPORT_NOT_EXPORT.format(path=source))
    schema = raw.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise ImportInvalid(messages.IMPORT_NOT_EXPORT.format(path=source))
    if schema > SCHEMA:
        raise ImportInvalid(messages.IMPORT_TOO_NEW.format(path=source))
    items = raw.get("records")
    if not isinstance(items, list):
        raise ImportInvalid(messages.IMPORT_NOT_EXPORT.format(path=source))
    records: list[Record] = []
    seen: set[str] = set()
    for position, item in enumerate(items, 1):
        try:
            record: Record = msgspec.convert(item, Record)
        except msgspec.ValidationError as exc:
            raise ImportInvalid(
                messages.IMPORT_BAD_RECORD.format(position=position, path=source, why=exc)
            ) from None
        problem = check(record)
        if problem is None and record.id in seen:
            problem = "its id appears twice in the file"
        if problem:
            raise ImportInvalid(
                messages.IMPORT_BAD_RECORD.format(position=position, path=source, why=problem)
            )
        if record.id:
            seen.add(record.id)
        records.append(record)
    return records


def import_records(store: Store, records: list[Record]) -> int:
    """Write validated records into ``store`` (matched by id), nearly all-or-nothing.

    Raises:
        StoreWriteFailed: the disk refused while writing; nothing changed.
    """
    with store._locked():
        if store.read_only:
            raise StoreReadOnly(messages.STORE_READ_ONLY)
        by_file: dict[str, list[Record]] = {}
        added: dict[str, int] = {}
        for record in records:
            if not record.id:
                name = store._new_name(kind_of(record), record.date.year, added)
                stem = name.removesuffix(".json")
                record = msgspec.structs.replace(record, id=f"{stem}-{secrets.token_hex(6)}")
                added[name] = added.get(name, 0) + 1
            match = ID_PATTERN.match(record.id)
            assert match is not None
            by_file.setdefault(f"{match.group('stem')}.json", []).append(record)
        plans: list[tuple[Partition, dict[str, Any], bytes, int]] = []
        for name, recs in by_file.items():
            store._part_for(name)
            store._guarded(name, Partition.records)
            part = store._parts[name]
            tables = {TABLE: dict(part.docs())}
            table: dict[str, Any] = tables[TABLE]
            next_id = max((int(k) for k in table), default=0) + 1
            for rec in recs:
                doc_id = part.doc_id(rec.id)
                if doc_id is None:
                    doc_id, next_id = next_id, next_id + 1
                table[str(doc_id)] = msgspec.to_builtins(rec)
            plans.append((part, tables, msgspec.json.encode(tables), len(table)))
        try:
            store._folder.write_many([(p.name, payload, n) for p, _t, payload, n in plans])
        except OSError as exc:
            raise StoreWriteFailed(
                messages.STORE_WRITE_FAILED.format(path=store.path, why=reason(exc))
            ) from None
        for part, _tables, payload, count in plans:  # fresh TinyDB state for each file
            store._parts[part.name] = Partition(
                part.folder, part.name, schema=SCHEMA, count=count, payload=payload
            )
        store._sorted.clear()
        return len(records)

"""Moving records between machines: ``biy export`` and ``biy import``.

An export holds every record (never drafts, which are unreviewed text) in one
JSON file. An import checks every record first (model, size, the privacy guard) and
writes nothing unless all of them pass; the writing itself is in
:mod:`.importing`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

import msgspec

from biy_tui.core import inert
from biy_tui.core.store.errors import ImportInvalid
from biy_tui.core.store.fileformat import SCHEMA
from biy_tui.core.store.records import TEXT_FIELDS, Kind, Record, check, kind_of
from biy_tui.core.text import messages

if TYPE_CHECKING:
    from biy_tui.core.store.facade import Store

EXPORT_FORMAT: Final = "biy-export"
MAX_IMPORT_BYTES: Final = 200_000_000
"""An import file larger than this (200 MB, ten times a long history) is refused unread."""
MAX_TEXT_CHARS: Final = 100_000
"""One free-text field of an imported record may hold at most this many characters."""
_NEVER: Final = dt.datetime.min.replace(tzinfo=dt.UTC)


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
    """Check an export file completely and return its records, their text made inert.

    Every free text goes through :func:`biy_tui.core.inert.clean` (no control
    character or escape sequence enters the store). When two records in the
    file share an id, the one saved later is kept.

    Raises:
        ImportInvalid: the file or one record is not valid (the sentence gives
            the record's position); nothing has been written.
    """
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportInvalid(
            messages.IMPORT_TOO_BIG.format(path=source, limit=MAX_IMPORT_BYTES // 1_000_000)
        )
    try:
        raw = msgspec.json.decode(data)
    except (msgspec.DecodeError, UnicodeDecodeError) as exc:
        raise ImportInvalid(messages.IMPORT_NOT_JSON.format(path=source, why=exc)) from None
    except RecursionError:  # msgspec refuses nesting deeper than it can follow
        raise ImportInvalid(messages.IMPORT_NOT_EXPORT.format(path=source)) from None
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
    seen: dict[str, int] = {}
    for position, item in enumerate(items, 1):
        try:
            record: Record = msgspec.convert(item, Record)
        except msgspec.ValidationError as exc:
            raise ImportInvalid(
                messages.IMPORT_BAD_RECORD.format(position=position, path=source, why=exc)
            ) from None
        problem = check(record)
        kind = kind_of(record)
        changes: dict[str, str] = {}
        for name in TEXT_FIELDS[kind]:
            value: str = getattr(record, name)
            if len(value) > MAX_TEXT_CHARS:
                problem = f"{name} is " + messages.IMPORT_TEXT_TOO_LONG.format(limit=MAX_TEXT_CHARS)
            cleaned = inert.clean(value)
            if cleaned != value:
                changes[name] = cleaned
        if problem:
            raise ImportInvalid(
                messages.IMPORT_BAD_RECORD.format(position=position, path=source, why=problem)
            )
        if changes:
            record = msgspec.structs.replace(record, **changes)
        if record.id and record.id in seen:
            earlier = seen[record.id]
            if _saved(records[earlier]) < _saved(record):
                records[earlier] = record
            continue
        if record.id:
            seen[record.id] = len(records)
        records.append(record)
    return records


def _saved(record: Record) -> dt.datetime:
    return record.saved_at or _NEVER


def findings(
    records: list[Record], find: Callable[[str], list[Any]]
) -> dict[Kind, tuple[int, int]]:
    """Count, per kind, what the guard flags and in how many records (never the words)."""
    counts: dict[Kind, tuple[int, int]] = {}
    for record in records:
        kind = kind_of(record)
        found = sum(len(find(v)) for v in (getattr(record, n) for n in TEXT_FIELDS[kind]) if v)
        if found:
            spans, flagged = counts.get(kind, (0, 0))
            counts[kind] = (spans + found, flagged + 1)
    return counts


def redacted(
    records: list[Record], find: Callable[[str], list[Any]], redact: Callable[[str], str]
) -> tuple[list[Record], int]:
    """Return the records with everything flagged replaced by placeholders, and how many."""
    out: list[Record] = []
    total = 0
    for record in records:
        changes: dict[str, str] = {}
        for name in TEXT_FIELDS[kind_of(record)]:
            value = getattr(record, name)
            if value:
                found = len(find(value))
                if found:
                    total += found
                    changes[name] = inert.clean(redact(value))
        out.append(msgspec.structs.replace(record, **changes) if changes else record)
    return out, total


def import_records(store: Store, records: list[Record]) -> int:
    """Write validated records (see :func:`.importing.import_records`); return how many
    were added or updated. Kept for callers that only need the count."""
    from biy_tui.core.store import importing

    result = importing.import_records(store, records)
    return result.added + result.updated

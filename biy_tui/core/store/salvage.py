"""Salvaging a damaged data file record by record, instead of rolling it back whole.

A flipped bit or a cut-off write damages a few bytes, not 256 records. So the
damaged copy is read as far as it goes: every record that still parses and
fits the data model is kept. The newest backup that passes every check is read
too, and for each record the newest good version wins (by ``saved_at``; on a
tie the checksummed backup). What neither copy holds is counted, so biy can say
exactly how many records could not be recovered. An encrypted file whose seal
is broken cannot be read at all; its backup is then all there is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any, Final

import msgspec

from biy_tui.core.store import migrations
from biy_tui.core.store.crypto import Cipher, SealError, is_sealed
from biy_tui.core.store.fileformat import FORMAT, SCHEMA, Header
from biy_tui.core.store.migrations import DRAFTS_TABLE, TABLE
from biy_tui.core.store.records import ID_PATTERN, RECORD_TYPES, Draft, check

_DOC: Final = re.compile(r'"(\d{1,12})":\{')
_NEVER: Final = dt.datetime.min.replace(tzinfo=dt.UTC)


@dataclass
class Salvaged:
    """What could be put back together for one file."""

    payload: bytes
    count: int
    from_damaged: int
    lost: int | None
    """Records the damaged file said it held that neither copy could give back
    (None when its header was unreadable, so nobody can tell)."""


def _valid(kind: str, doc: Any, stem: str) -> tuple[str, dt.datetime] | None:
    """Return the key and time of a document that fits the data model, else None."""
    if not isinstance(doc, dict):
        return None
    try:
        if kind == "drafts":
            draft = msgspec.convert(doc, Draft)
            return draft.key, draft.updated
        record = msgspec.convert(doc, RECORD_TYPES[kind])  # type: ignore[index]
    except (msgspec.ValidationError, TypeError):
        return None
    match = ID_PATTERN.match(record.id)
    if check(record) is not None or match is None or match.group("stem") != stem:
        return None  # a flipped bit in its id: it would not belong to this file
    return record.id, record.saved_at or _NEVER


def _docs_of(kind: str, schema: int, payload: bytes) -> dict[str, Any]:
    """Every document that parses in ``payload``, even when the whole does not."""
    table = DRAFTS_TABLE if kind == "drafts" else TABLE
    with contextlib.suppress(msgspec.DecodeError, ValueError, TypeError, AttributeError, KeyError):
        tables = msgspec.json.decode(payload)
        if isinstance(tables, dict):
            docs = migrations.migrate(kind, schema, tables).get(table)
            if isinstance(docs, dict):
                return {str(k): v for k, v in docs.items()}
    found: dict[str, Any] = {}
    decoder = json.JSONDecoder()
    text = payload.decode("utf-8", errors="replace")
    for match in _DOC.finditer(text):
        try:
            doc, _end = decoder.raw_decode(text, match.end() - 1)
        except ValueError:
            continue
        found.setdefault(match.group(1), doc)
    if schema < SCHEMA:
        with contextlib.suppress(TypeError, AttributeError, KeyError):
            found = migrations.migrate(kind, schema, {"_default": found}).get(table, {})
    return found


def split_plain(raw: bytes, cipher: Cipher | None) -> tuple[Header | None, bytes] | None:
    """Return the header (if readable) and payload bytes of a damaged file, or None."""
    if is_sealed(raw):
        if cipher is None:
            return None
        try:
            raw = cipher.open(raw)
        except SealError:
            return None
    end = raw.find(b"\n", 0, 1024)
    if end < 0:
        return None
    try:
        header: Header | None = msgspec.json.decode(raw[:end], type=Header)
    except (msgspec.DecodeError, UnicodeDecodeError):
        header = None
    if header is not None and header.format != FORMAT:
        header = None
    return header, raw[end + 1 :]


def salvage(
    name: str,
    kind: str,
    damaged: bytes | None,
    cipher: Cipher | None,
    backup: tuple[Header, bytes] | None,
) -> Salvaged:
    """Put together the newest good version of every record of a damaged file."""
    stem = name.removesuffix(".json")
    best: dict[str, tuple[dt.datetime, int, Any]] = {}  # key -> (time, rank, doc)
    expected: int | None = None
    from_damaged = 0
    slots: dict[str, str] = {}  # TinyDB document id -> record id, in the damaged copy
    if damaged is not None:
        split = split_plain(damaged, cipher)
        if split is not None:
            header, payload = split
            expected = header.count if header is not None else None
            schema = header.schema if header is not None else SCHEMA
            for doc_id, doc in _docs_of(kind, schema, payload).items():
                got = _valid(kind, doc, stem)
                if got is not None:
                    from_damaged += 1
                    key, when = got
                    slots[doc_id] = key
                    if key not in best or best[key][:2] < (when, 0):
                        best[key] = (when, 0, doc)
    if backup is not None:
        bheader, bpayload = backup
        for doc_id, doc in _docs_of(kind, bheader.schema, bpayload).items():
            got = _valid(kind, doc, stem)
            if got is not None:
                key, when = got
                other = slots.get(doc_id)
                if other is not None and other != key and key not in best:
                    # the same slot under another id: a flipped bit in the id; the
                    # checksummed backup knows the true one
                    best.pop(other, None)
                    from_damaged -= 1
                if key not in best or best[key][:2] <= (when, 1):
                    best[key] = (when, 1, doc)
    table = DRAFTS_TABLE if kind == "drafts" else TABLE
    docs = {str(n): item[2] for n, item in enumerate(best.values(), 1)}
    payload = msgspec.json.encode({table: docs})
    lost = None if expected is None else max(0, expected - len(docs))
    return Salvaged(payload, len(docs), from_damaged, lost)

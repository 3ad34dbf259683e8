"""One data file as a TinyDB database, written through the atomic storage.

TinyDB reads and rewrites a whole database on every change; here a database is
one small file (one kind of record, one year, at most ``CHUNK`` records), so a
save costs the same however long the history is. The storage keeps the last
verified content in memory (write-through, never write-behind: unlike
CachingMiddleware, nothing is acknowledged before it is on disk), so reading
back after a save costs no disk access. Records are parsed only when first
needed.
"""

from __future__ import annotations

import functools
from typing import Any

import msgspec
from tinydb import TinyDB
from tinydb.storages import Storage

from biy_tui.core.store import migrations
from biy_tui.core.store.fileformat import SCHEMA, Damaged
from biy_tui.core.store.folder import DataFolder, kind_for
from biy_tui.core.store.migrations import DRAFTS_TABLE, TABLE, Tables
from biy_tui.core.store.records import RECORD_TYPES, Draft, Kind, Record, search_text
from biy_tui.core.text import messages


@functools.cache
def _decoder(kind: Kind) -> msgspec.json.Decoder[dict[str, dict[str, Record]]]:
    """A reusable decoder straight from file bytes to records of one kind (fast path)."""
    cls = RECORD_TYPES[kind]
    return msgspec.json.Decoder(dict[str, dict[str, cls]])  # type: ignore[valid-type]


class _PartitionStorage(Storage):
    """TinyDB storage backed by a :class:`Partition` (atomic, checksummed, owner-only)."""

    def __init__(self, partition: Partition) -> None:
        self._partition = partition

    def read(self) -> dict[str, dict[str, Any]] | None:
        return self._partition.tables()

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._partition.persist(data)

    def close(self) -> None:
        pass


class Partition:
    """A data file of records (or drafts) and its TinyDB table."""

    def __init__(
        self, folder: DataFolder, name: str, *, schema: int, count: int, payload: bytes | None
    ) -> None:
        kind = kind_for(name)
        assert kind is not None and kind != "manifest"
        self.folder = folder
        self.name = name
        self.kind = kind
        self.schema = schema
        self.count = count
        self.payload = payload
        self._tables: Tables | None = None
        self._records: list[Record] | None = None
        self._drafts: list[Draft] | None = None
        self._blobs: list[tuple[str, Record]] | None = None
        self._ids: dict[str, int] | None = None
        self.table_name = DRAFTS_TABLE if kind == "drafts" else TABLE
        self.db = TinyDB(self, storage=_PartitionStorage)
        self.table = self.db.table(self.table_name, cache_size=0)

    @property
    def stem(self) -> str:
        """The file name without ``.json`` (the first part of each record id)."""
        return self.name.removesuffix(".json")

    def tables(self) -> Tables:
        """Return the TinyDB tables, parsing the payload on first use.

        Raises:
            Damaged: the payload passed its checksum but is not valid records.
        """
        if self._tables is None:
            if self.payload is None:
                self._tables = {}
            else:
                try:
                    tables = msgspec.json.decode(self.payload)
                except (msgspec.DecodeError, UnicodeDecodeError):
                    raise Damaged(messages.DAMAGE_CONTENT) from None
                if not isinstance(tables, dict) or not all(
                    isinstance(t, dict) and all(isinstance(d, dict) for d in t.values())
                    for t in tables.values()
                ):
                    raise Damaged(messages.DAMAGE_CONTENT)
                self._tables = migrations.migrate(self.kind, self.schema, tables)
        return self._tables

    def persist(self, tables: Tables) -> None:
        """Write ``tables`` durably; on failure forget them (disk is the truth).

        Raises:
            OSError: the write failed; the file and this object are unchanged.
        """
        payload = msgspec.json.encode(tables)
        count = len(tables.get(self.table_name, {}))
        try:
            self.folder.write(self.name, payload, count)
        except BaseException:
            self._tables = None  # TinyDB changed them in memory; re-read the old payload
            raise
        self.adopt(tables, payload, count)

    def adopt(self, tables: Tables, payload: bytes, count: int) -> None:
        """Take ``tables`` as the content now on disk (after a successful write)."""
        self.payload = payload
        self.schema = SCHEMA
        self.count = count
        self._tables = tables
        self._records = self._drafts = self._blobs = None
        self._ids = None

    def docs(self) -> dict[str, Any]:
        """Return the raw documents by TinyDB id."""
        table: dict[str, Any] = self.tables().get(self.table_name, {})
        return table

    def records(self) -> list[Record]:
        """Return the records in this file (parsed once, then cached).

        Raises:
            Damaged: a record does not fit the data model.
        """
        if self._records is None:
            cls = RECORD_TYPES[self.kind]  # type: ignore[index]
            try:
                if self._tables is None and self.payload is not None and self.schema == SCHEMA:
                    typed = _decoder(self.record_kind()).decode(self.payload)
                    docs: dict[str, Record] = typed.get(self.table_name, {})
                else:
                    docs = {k: msgspec.convert(v, cls) for k, v in self.docs().items()}
            except (msgspec.DecodeError, UnicodeDecodeError):  # ValidationError is one too
                raise Damaged(messages.DAMAGE_CONTENT) from None
            self._ids = {rec.id: int(doc_id) for doc_id, rec in docs.items()}
            self._records = list(docs.values())
        return self._records

    def drafts(self) -> list[Draft]:
        """Return the drafts (for the drafts file)."""
        if self._drafts is None:
            try:
                docs = {k: msgspec.convert(v, Draft) for k, v in self.docs().items()}
            except msgspec.ValidationError:
                raise Damaged(messages.DAMAGE_CONTENT) from None
            self._ids = {d.key: int(doc_id) for doc_id, d in docs.items()}
            self._drafts = list(docs.values())
        return self._drafts

    def doc_id(self, key: str) -> int | None:
        """Return TinyDB's id for a record id (or a draft key)."""
        if self._ids is None:
            if self.kind == "drafts":
                self.drafts()
            else:
                self.records()
        assert self._ids is not None
        return self._ids.get(key)

    def blobs(self) -> list[tuple[str, Record]]:
        """Return each record with the lower-cased text a search looks in."""
        if self._blobs is None:
            kind = self.record_kind()
            self._blobs = [(search_text(rec, kind), rec) for rec in self.records()]
        return self._blobs

    def record_kind(self) -> Kind:
        """The kind of record this file holds."""
        assert self.kind != "drafts"
        return self.kind  # type: ignore[return-value]

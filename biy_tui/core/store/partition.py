"""One data file as a TinyDB database over :class:`~.storage.BiyStorage`.

Every read and write of a file's documents goes through TinyDB: the table asks
the storage for the tables (the payload verified at open) and hands changes
back to it (atomic, checksummed, sealed when encrypted). Records are
``msgspec`` structs converted from TinyDB's documents when first needed, and
lookups (by id, date, week, text) are TinyDB queries (``tinydb.Query``).
"""

from __future__ import annotations

from typing import Any

import msgspec
from tinydb import Query, TinyDB
from tinydb.queries import QueryInstance
from tinydb.table import Document

from biy_tui.core.store.fileformat import Damaged
from biy_tui.core.store.folder import DataFolder, kind_for
from biy_tui.core.store.migrations import DRAFTS_TABLE, TABLE, Tables
from biy_tui.core.store.records import RECORD_TYPES, TEXT_FIELDS, Draft, Kind, Record
from biy_tui.core.store.storage import BiyStorage
from biy_tui.core.text import messages


class Partition:
    """A data file of records (or drafts): its TinyDB database and table."""

    def __init__(
        self,
        folder: DataFolder,
        name: str,
        *,
        schema: int,
        count: int,
        payload: bytes | None,
        on_disk: bool = False,
    ) -> None:
        kind = kind_for(name)
        assert kind is not None and kind != "manifest"
        self.folder = folder
        self.name = name
        self.kind = kind
        self.table_name = DRAFTS_TABLE if kind == "drafts" else TABLE
        self.db = TinyDB(
            folder,
            name,
            kind=kind,
            table=self.table_name,
            schema=schema,
            count=count,
            payload=payload,
            on_disk=on_disk,
            storage=BiyStorage,
        )
        self.storage: BiyStorage = self.db.storage  # type: ignore[assignment]
        self.table = self.db.table(self.table_name, cache_size=0)
        self._seen = -1
        self._records: dict[int, Record] | None = None
        self._drafts: list[Draft] | None = None
        self._ids: dict[str, int] | None = None
        self._blobs: dict[str, str] = {}

    # --- the file's state (kept by the storage) -------------------------------

    @property
    def schema(self) -> int:
        """The schema of the file on disk."""
        return self.storage.schema

    @property
    def count(self) -> int:
        """How many documents the file holds (known without parsing)."""
        return self.storage.count

    @count.setter
    def count(self, value: int) -> None:
        self.storage.count = value

    @property
    def payload(self) -> bytes | None:
        """The verified payload on disk (read back first if it was not yet)."""
        if self.storage.on_disk:
            self.storage.read()
        return self.storage.payload

    @property
    def stem(self) -> str:
        """The file name without ``.json`` (the first part of each record id)."""
        return self.name.removesuffix(".json")

    def tables(self) -> Tables:
        """Return the TinyDB tables (what the storage reads).

        Raises:
            Damaged: the payload passed its checksum but is not valid records.
        """
        return self.storage.read()

    def persist(self, tables: Tables) -> None:
        """Write ``tables`` durably through the storage (see :meth:`BiyStorage.write`)."""
        self.storage.write(tables)

    def adopt(self, tables: Tables, payload: bytes, count: int) -> None:
        """Take ``tables`` as the content now on disk (after a successful write)."""
        self.storage.adopt(tables, payload, count)

    def docs(self) -> dict[str, Any]:
        """Return the raw documents by TinyDB id."""
        table: dict[str, Any] = self.tables().get(self.table_name, {})
        return table

    # --- records, through TinyDB ------------------------------------------------

    def _fresh(self) -> None:
        """Forget what was built from the documents when the storage's content changed."""
        if self._seen != self.storage.generation:
            self._seen = self.storage.generation
            self._records = None
            self._drafts = None
            self._ids = None
            self._blobs = {}

    def _record(self, doc: Document) -> Record:
        try:
            return msgspec.convert(doc, RECORD_TYPES[self.record_kind()])
        except msgspec.ValidationError:
            raise Damaged(messages.DAMAGE_CONTENT) from None

    def _by_doc_id(self) -> dict[int, Record]:
        self._fresh()
        if self._records is None:
            cls = RECORD_TYPES[self.record_kind()]
            try:  # all of TinyDB's documents in one conversion (validated as a whole)
                docs: dict[str, Record] = msgspec.convert(self.docs(), dict[str, cls])  # type: ignore[valid-type]
            except msgspec.ValidationError:
                raise Damaged(messages.DAMAGE_CONTENT) from None
            self._records = {int(doc_id): rec for doc_id, rec in docs.items()}
            self._ids = {rec.id: doc_id for doc_id, rec in self._records.items()}
        return self._records

    def records(self) -> list[Record]:
        """Return the records in this file (every TinyDB document, converted once).

        Raises:
            Damaged: a record does not fit the data model.
        """
        return list(self._by_doc_id().values())

    def find(self, cond: QueryInstance) -> list[Record]:
        """Return the records whose documents match a TinyDB query.

        Raises:
            Damaged: a record does not fit the data model.
        """
        self._fresh()
        found = self.table.search(cond)
        known = self._records
        if known is not None:
            return [known[doc.doc_id] for doc in found]
        return [self._record(doc) for doc in found]

    def search(self, needle: str) -> list[Record]:
        """Return the records whose free text or themes contain ``needle`` (casefolded).

        A TinyDB query over the documents' ids, testing the casefolded text of
        each document (built once per content of the file, by record id).

        Raises:
            Damaged: a matching record does not fit the data model.
        """
        self._fresh()
        blobs = self._blobs
        if not blobs:
            fields = TEXT_FIELDS[self.record_kind()]
            for doc in self.docs().values():
                try:  # the usual document: every text field and the themes are strings
                    text = "\n".join([*[doc[name] for name in fields], *doc.get("themes", ())])
                except (KeyError, TypeError):  # odd shapes still search (and fail to convert)
                    themes = doc.get("themes", ())
                    text = "\n".join(
                        [str(doc.get(name, "")) for name in fields]
                        + [str(t) for t in (themes if isinstance(themes, list) else ())]
                    )
                blobs[str(doc.get("id", ""))] = text.casefold()

        def contains(record_id: Any) -> bool:
            return needle in blobs.get(record_id, "")

        return self.find(Query().id.test(contains))

    def drafts(self) -> list[Draft]:
        """Return the drafts (for the drafts file)."""
        self._fresh()
        if self._drafts is None:
            try:
                docs = {doc.doc_id: msgspec.convert(doc, Draft) for doc in self.table}
            except msgspec.ValidationError:
                raise Damaged(messages.DAMAGE_CONTENT) from None
            self._ids = {d.key: doc_id for doc_id, d in docs.items()}
            self._drafts = list(docs.values())
        return self._drafts

    def doc_id(self, key: str) -> int | None:
        """Return TinyDB's id for a record id (or a draft key)."""
        self._fresh()
        if self._ids is None:
            if self.kind == "drafts":
                self.drafts()
            else:
                self._by_doc_id()
        assert self._ids is not None
        return self._ids.get(key)

    def record_kind(self) -> Kind:
        """The kind of record this file holds."""
        assert self.kind != "drafts"
        return self.kind  # type: ignore[return-value]

"""One data file as a TinyDB database over :class:`~.storage.BiyStorage`.

Every read and write of a file's documents goes through TinyDB: the table asks
the storage for the tables (the payload verified at open) and hands changes
back to it (atomic, checksummed, sealed when encrypted). Records are
``msgspec`` structs converted from TinyDB's documents when first needed (a
search converts only the documents that matched), and lookups are TinyDB
queries: ``tinydb.Query`` by id, date or week, :class:`TextQuery` for text.
TinyDB's query cache keeps a few answers per file until its content changes.
"""

from __future__ import annotations

import operator
from collections.abc import Iterator, Mapping
from typing import Any

import msgspec
from tinydb import Query, TinyDB
from tinydb.queries import QueryInstance
from tinydb.table import Table

from biy_tui.core.store.fileformat import SCHEMA, Damaged
from biy_tui.core.store.folder import DataFolder, kind_for
from biy_tui.core.store.migrations import DRAFTS_TABLE, TABLE, Tables
from biy_tui.core.store.records import RECORD_TYPES, TEXT_FIELDS, Draft, Kind, Record
from biy_tui.core.store.storage import BiyStorage
from biy_tui.core.text import messages

QUERY_CACHE = 4
"""How many query answers each file's TinyDB table keeps (cleared when the file changes):
enough for the same search read again (a screen reloading, a filter switched back)."""


class StoredDocument(Mapping[str, Any]):
    """A TinyDB document that refers to the stored document instead of copying it.

    TinyDB's own ``Document`` is a ``dict`` copy of each matching document: a
    broad search copied thousands, and its query cache kept those copies. This
    one is a read-only view (no item assignment) with the ``doc_id`` TinyDB
    gives it; changes still go through the table (``insert``/``update``/``remove``),
    which writes through the storage.
    """

    __slots__ = ("doc_id", "value")

    def __init__(self, value: Mapping[str, Any], doc_id: int) -> None:
        self.value = value
        """The stored document itself (read it, never change it: changes go through the table)."""
        self.doc_id = doc_id

    def __getitem__(self, key: str) -> Any:
        return self.value[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.value)

    def __len__(self) -> int:
        return len(self.value)

    def __repr__(self) -> str:
        return f"StoredDocument(doc_id={self.doc_id})"  # never the text


class BiyTable(Table):
    """TinyDB's table with :class:`StoredDocument` documents."""

    document_class = StoredDocument  # type: ignore[assignment]


class TextQuery(QueryInstance):
    """A TinyDB query: does a document's casefolded text contain ``needle``?

    The text of each document is looked up by its record id in ``texts`` (built
    once per content of the file). Its hash is ``("text", needle)``, so TinyDB's
    query cache keeps the answer for a repeated search until the file changes
    (the partition clears that cache whenever the storage's content changes).
    """

    def __init__(self, needle: str, texts: dict[str, str]) -> None:
        super().__init__(self.__call__, ("text", needle))
        self._needle = needle
        self._texts = texts

    def __call__(self, value: Mapping[str, Any]) -> bool:
        """Return True when the document's text contains the needle."""
        try:
            return self._needle in self._texts[value["id"]]
        except (KeyError, TypeError):  # no id, or an odd one: not a record that can match
            return False


class _Mark(msgspec.Struct):
    """What the overview's marks need of a document: its week and date, nothing else."""

    week: int | None = None
    date: str = ""


_MARKS = msgspec.json.Decoder(dict[str, dict[str, _Mark]])
"""Decodes a payload into marks only: the text fields are skipped, never made into strings."""


def _odd_text(doc: Mapping[str, Any], fields: tuple[str, ...]) -> str:
    """The search text of a document of an odd shape (it will fail to convert)."""
    themes = doc.get("themes", ())
    parts = [str(doc.get(name, "")) for name in fields]
    parts += [str(t) for t in (themes if isinstance(themes, list) else ())]
    return "\n".join(parts).casefold()


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
        self.db.table_class = BiyTable
        self.table = self.db.table(self.table_name, cache_size=QUERY_CACHE)
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
        """The verified payload on disk (read back first if it was not yet, never parsed)."""
        return self.storage.verified_payload()

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
            self.table.clear_cache()  # TinyDB clears it on its own writes, not on the storage's
            self._records = None
            self._drafts = None
            self._ids = None
            self._blobs = {}

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
        found: list[StoredDocument] = self.table.search(cond)  # type: ignore[assignment]
        known = self._records
        if known is not None:
            return [known[doc.doc_id] for doc in found]
        cls = RECORD_TYPES[self.record_kind()]
        try:  # only the documents that matched, in one conversion
            records: list[Record] = msgspec.convert(
                [doc.value for doc in found],
                list[cls],  # type: ignore[valid-type]
            )
        except msgspec.ValidationError:
            raise Damaged(messages.DAMAGE_CONTENT) from None
        return records

    def search(self, needle: str) -> list[Record]:
        """Return the records whose free text or themes contain ``needle`` (casefolded).

        A TinyDB query (:class:`TextQuery`) over the documents, testing the
        casefolded text of each one (built once per content of the file). A file
        not parsed yet whose bytes cannot contain the needle is not parsed at all
        (:meth:`BiyStorage.may_contain`).

        Raises:
            Damaged: a matching record does not fit the data model.
        """
        self._fresh()
        if not self.storage.parsed and not self.storage.may_contain(needle):
            return []
        return self.find(TextQuery(needle, self._texts()))

    def weeks_since(self, since: str) -> set[int]:
        """Return the weeks of the records dated on or after ``since`` (an ISO date).

        For the overview's marks: a file not parsed yet is decoded into weeks and
        dates only (no record, no text in memory); a parsed one, or one that needs a
        migration, goes through :meth:`find`.

        Raises:
            Damaged: the weeks or dates are not what a record holds.
        """
        self._fresh()
        payload = None if self.storage.parsed else self.storage.verified_payload()
        if payload is not None and self.schema == SCHEMA:
            try:  # a week that is not a number or a date not text would not be a record either
                tables = _MARKS.decode(payload)
            except (msgspec.DecodeError, UnicodeDecodeError):
                raise Damaged(messages.DAMAGE_CONTENT) from None
            docs = tables.get(self.table_name, {}).values()
            return {m.week for m in docs if m.week is not None and m.date >= since}
        found = self.find(Query().date >= since)  # ISO dates sort as text
        return {week for r in found if (week := getattr(r, "week", None)) is not None}

    def _texts(self) -> dict[str, str]:
        """The casefolded search text of each document, by record id (see ``search_text``)."""
        if not self._blobs:
            docs = self.docs().values()
            fields = TEXT_FIELDS[self.record_kind()]
            try:  # the usual documents: string ids, text fields and themes (one fast pass)
                if len(fields) > 1:
                    get = operator.itemgetter(*fields)
                    texts = {
                        doc["id"]: "\n".join((*get(doc), *doc.get("themes", ()))).casefold()
                        for doc in docs
                    }
                else:
                    texts = {
                        doc["id"]: "\n".join(
                            [*[doc[f] for f in fields], *doc.get("themes", ())]
                        ).casefold()
                        for doc in docs
                    }
            except (KeyError, TypeError):  # odd shapes still search (and fail to convert)
                texts = {str(doc.get("id", "")): _odd_text(doc, fields) for doc in docs}
            self._blobs = texts
        return self._blobs

    def drafts(self) -> list[Draft]:
        """Return the drafts (for the drafts file)."""
        self._fresh()
        if self._drafts is None:
            try:
                docs = {doc.doc_id: msgspec.convert(doc.value, Draft) for doc in self.table}  # type: ignore[attr-defined]
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

"""TinyDB's storage for one biy data file: :class:`BiyStorage`.

TinyDB keeps no data itself: every table operation calls ``Storage.read()`` and,
for a change, ``Storage.write()`` with the whole database. This storage is where
biy's file handling plugs into TinyDB:

* ``read()`` returns the file's tables from the payload that :mod:`.recovery`
  already checked at open (format, kind, length, SHA-256, seal), parsed on first
  use and migrated to the current schema (:mod:`.migrations`); a payload that
  passed its checksum but is not tables raises :class:`~.fileformat.Damaged`.
* ``write()`` encodes the tables and hands them to
  :meth:`~.folder.DataFolder.write`: header and checksum (:mod:`.fileformat`),
  sealing when the store is encrypted, backups, then the atomic writer (temp
  file, fsync, ``os.replace``, folder fsync). It returns only when the bytes are
  on disk, so an acknowledged save is durable.
* The last verified tables stay in memory (write-through, never write-behind):
  reading back after a save costs no disk access. TinyDB's ``CachingMiddleware``
  is not used because it acknowledges writes before they reach the disk.
* :meth:`BiyStorage.may_contain` tells a search, from the verified bytes alone,
  that a file not yet parsed cannot hold a text, so that file is never parsed.

One storage is one small file (one kind, one year, at most ``CHUNK`` records),
so a save costs the same however long the history is.
"""

from __future__ import annotations

import re
from typing import Any, Final

import msgspec
from tinydb.storages import Storage

from biy_tui.core.store import migrations
from biy_tui.core.store.fileformat import SCHEMA, Damaged
from biy_tui.core.store.folder import DataFolder
from biy_tui.core.store.migrations import Tables
from biy_tui.core.text import messages

_TABLES: Final = msgspec.json.Decoder(dict[str, dict[str, dict[str, Any]]])
"""Decodes a payload and checks in the same pass that it is tables of documents."""

_ESCAPED: Final = re.compile(r'["\\/\x00-\x1f]')
"""The characters JSON may write as an escape (a needle with one is not looked for in bytes)."""

_UNICODE_ESCAPE: Final = re.compile(rb"\\u")

_PIECE: Final = 1 << 14
"""How much of a payload :meth:`BiyStorage.may_contain` folds at a time."""


class BiyStorage(Storage):
    """A TinyDB storage over one checksummed, atomically written (maybe sealed) data file."""

    def __init__(
        self,
        folder: DataFolder,
        name: str,
        *,
        kind: str,
        table: str,
        schema: int,
        count: int,
        payload: bytes | None,
        on_disk: bool = False,
    ) -> None:
        self.folder = folder
        self.name = name
        self.kind = kind
        self.table = table
        self.schema = schema
        """The schema the payload was written with (older ones are migrated on read)."""
        self.count = count
        """How many documents the file holds (from its header, so known without parsing)."""
        self.payload = payload
        """The verified payload now on disk (None for a file not yet written, or not yet read)."""
        self.on_disk = on_disk and payload is None
        """True while the file's verified content is on disk but not yet read back.

        The store checks every file at open but keeps only the header of each, so
        twenty years of history cost no memory until a screen asks for them.
        """
        self.generation = 0
        """Bumped whenever the content changes or is forgotten (for caches built on it)."""
        self._tables: Tables | None = None

    def read(self) -> Tables:
        """Return the file's tables, parsing the verified payload on first use.

        Raises:
            Damaged: the payload passed its checksum but is not valid tables.
        """
        if self._tables is None:
            payload = self.verified_payload()
            if payload is None:
                self._tables = {}
            else:
                try:  # a ValidationError (not tables of documents) is a DecodeError too
                    tables: Tables = _TABLES.decode(payload)
                except (msgspec.DecodeError, UnicodeDecodeError):
                    raise Damaged(messages.DAMAGE_CONTENT) from None
                self._tables = migrations.migrate(self.kind, self.schema, tables)
        return self._tables

    def verified_payload(self) -> bytes | None:
        """The payload on disk, read back and checked again if it was not yet (never parsed)."""
        if self.on_disk:
            self.payload = self._load()
            self.on_disk = False
        return self.payload

    @property
    def parsed(self) -> bool:
        """True when the tables are in memory (read once, or just written)."""
        return self._tables is not None

    def may_contain(self, needle: str) -> bool:
        """Return False only when the file's text surely does not contain ``needle``.

        ``needle`` is casefolded. The verified payload is looked at as bytes,
        without parsing it: JSON writes a text as its own characters (escaping
        only quotes, backslashes, slashes and control characters), so if the casefolded
        payload does not contain the needle, no casefolded text field does.
        When that reasoning does not hold (a needle JSON would escape, ``\\u``
        escapes in the payload, an older schema that a migration reshapes), the
        answer is True and the search reads the file.
        """
        payload = self.verified_payload()
        if payload is None:
            return False
        if not needle:
            return True
        if self.schema != SCHEMA or _ESCAPED.search(needle):
            return True
        if b"\\" in payload and _UNICODE_ESCAPE.search(payload):
            return True
        if needle.encode() in payload:  # as typed (the usual case when it is there)
            return True
        # Folded a piece at a time (small copies, no second payload in memory); pieces
        # overlap by one character less than the needle, and a match covers at most
        # that many characters of the original, since folding never shortens one.
        step, overlap = _PIECE, len(needle) - 1
        if payload.isascii():  # casefolding ASCII is lowering it (and keeps it ASCII)
            if not needle.isascii():
                return False
            want = needle.encode()
            return any(
                want in payload[i : i + step + overlap].lower()
                for i in range(0, len(payload), step)
            )
        try:
            text = payload.decode()
        except UnicodeDecodeError:
            return True  # damaged: let the read say so
        return any(
            needle in text[i : i + step + overlap].casefold() for i in range(0, len(text), step)
        )

    def _load(self) -> bytes:
        """Read the file back and check it again (format, kind, length, SHA-256, seal).

        Raises:
            Damaged: it no longer passes its checks (the store repairs it).
            FileRefused: it cannot be read (an owner, a mode, a lock): not damage.
            StoreTooNew: a newer biy rewrote it (only possible read-only).
        """
        from biy_tui.core.store import fileformat
        from biy_tui.core.store.errors import StoreTooNew, refusal

        path = self.folder.root / self.name
        try:
            raw = self.folder.read(path)
        except FileNotFoundError:
            raise Damaged(messages.DAMAGE_CONTENT) from None
        except OSError as exc:
            raise refusal(path, exc) from None
        try:
            header, payload = self.folder.decode(self.name, raw)
        except fileformat.TooNew:
            raise StoreTooNew(messages.STORE_TOO_NEW.format(file=path)) from None
        self.schema = header.schema
        self.count = header.count
        return payload

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Write ``data`` durably; on failure forget it (the disk is the truth).

        Raises:
            OSError: the write failed; the file and the content read back are unchanged.
        """
        payload = msgspec.json.encode(data)
        count = len(data.get(self.table, {}))
        try:
            self.folder.write(self.name, payload, count)
        except BaseException:
            self._tables = None  # TinyDB changed them in memory; re-read the old payload
            self.generation += 1
            raise
        self.adopt(data, payload, count)

    def adopt(self, tables: Tables, payload: bytes, count: int) -> None:
        """Take ``tables`` as the content now on disk (after a successful write)."""
        self.payload = payload
        self.schema = SCHEMA
        self.count = count
        self._tables = tables
        self.generation += 1

    def close(self) -> None:
        """Nothing to release: every write has already reached the disk."""

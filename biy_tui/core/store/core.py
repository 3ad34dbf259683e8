"""The plumbing under :class:`~.facade.Store`: partitions, caches, writes, repairs.

Kept apart from the public methods so each module reads in one sitting. Nothing
here is meant to be called from outside ``biy_tui.core.store``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from filelock import FileLock

from biy_tui.core.store import lifecycle, recovery
from biy_tui.core.store.errors import Notice, StoreError, StoreReadOnly, StoreWriteFailed, reason
from biy_tui.core.store.fileformat import SCHEMA, Damaged
from biy_tui.core.store.folder import CHUNK, DRAFTS, DataFolder
from biy_tui.core.store.partition import Partition
from biy_tui.core.store.records import ID_PATTERN, Kind, Record, sort_key
from biy_tui.core.text import messages

T = TypeVar("T")


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while thousands of records are parsed.

    Records hold no reference cycles, but creating 20 000 of them at once
    triggers full collections over everything else in memory (the whole UI),
    which made a first search several times slower.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class StoreCore:
    """State and internal operations shared by the public :class:`~.facade.Store` methods."""

    def __init__(
        self, folder: DataFolder, lock: FileLock | None, *, read_only: bool, notices: list[Notice]
    ) -> None:
        self._folder = folder
        self._lock = lock
        self._mutex = threading.RLock()
        self._parts: dict[str, Partition] = {}
        self._sorted: dict[Kind | None, list[Record]] = {}
        self._seen_notices = 0
        self._guard_payload: bytes | None = None
        self._guard: tuple[bytes, frozenset[bytes]] | None = None
        self.read_only = read_only
        """True when opened read-only (another biy holds the folder): saving refuses."""
        self.notices = notices
        """What biy repaired or noticed at open (and later), in plain sentences."""

    # --- opening and closing ------------------------------------------------

    def close(self) -> None:
        """Let go of the data folder (other biy windows may then write)."""
        with self._mutex:
            for part in self._parts.values():
                part.db.close()
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    @property
    def path(self) -> Path:
        """The data folder."""
        return self._folder.root

    @property
    def encrypted(self) -> bool:
        """True when the records are encrypted at rest."""
        return self._folder.cipher is not None

    def take_notices(self) -> list[Notice]:
        """Return the notices not yet taken (for a screen to show once)."""
        with self._mutex:
            new = self.notices[self._seen_notices :]
            self._seen_notices = len(self.notices)
            return new

    # --- internal plumbing ----------------------------------------------------

    def _write(self, path: Path, action: Callable[[], T]) -> T:
        """Run a disk write; turn an OS error into the store's own sentence."""
        if self.read_only:
            raise StoreReadOnly(messages.STORE_READ_ONLY)
        try:
            return action()
        except OSError as exc:
            why = reason(exc)
            raise StoreWriteFailed(messages.STORE_WRITE_FAILED.format(path=path, why=why)) from None

    def _write_part(self, part: Partition, action: Callable[[], T]) -> T:
        result = self._write(part.folder.root / part.name, action)
        self._sorted.clear()
        return result

    def _guarded(self, name: str, use: Callable[[Partition], T]) -> T:
        """Use a partition; if its content turns out damaged, repair it once and retry."""
        for attempt in range(3):
            part = self._parts[name]
            try:
                return use(part)
            except Damaged as exc:
                loaded = None
                if attempt == 0:
                    loaded = recovery.repair(
                        self._folder, name, str(exc), read_only=self.read_only, notices=self.notices
                    )
                elif not self.read_only:
                    try:
                        self._folder.quarantine(name)
                    except OSError as err:
                        where = self._folder.quarantine_dir
                        raise StoreError(
                            messages.STORE_FOLDER_FAILED.format(path=where, why=reason(err))
                        ) from None
                self._parts[name] = Partition(
                    self._folder,
                    name,
                    schema=loaded.header.schema if loaded else SCHEMA,
                    count=loaded.header.count if loaded else 0,
                    payload=loaded.payload if loaded else None,
                )
                self._sorted.clear()
        raise StoreError(messages.STORE_FOLDER_FAILED.format(path=self.path, why="damaged"))

    def _partitions(self, kind: Kind | None = None) -> list[str]:
        return [
            name
            for name, part in self._parts.items()
            if part.kind != "drafts" and (kind is None or part.kind == kind)
        ]

    def _all(self, kind: Kind | None = None) -> list[Record]:
        """Return every record of ``kind`` (or all kinds), newest first (cached)."""
        if kind not in self._sorted:
            found: list[Record] = []
            with gc_paused():
                for name in self._partitions(kind):
                    found.extend(self._guarded(name, Partition.records))
            found.sort(key=sort_key, reverse=True)
            self._sorted[kind] = found
        return self._sorted[kind]

    def _new_name(self, kind: Kind, year: int, pending: Mapping[str, int] | None = None) -> str:
        """Return the file a new record of ``kind`` and ``year`` goes to.

        Args:
            kind: the kind of record.
            year: the year of its date.
            pending: records about to be added to files (during an import).
        """
        pending = pending or {}

        def size(name: str) -> int:
            part = self._parts.get(name)
            return (part.count if part else 0) + pending.get(name, 0)

        def exists(name: str) -> bool:
            return name in self._parts or name in pending

        chunk = 1
        while True:
            name = f"{kind}-{year}.json" if chunk == 1 else f"{kind}-{year}.{chunk}.json"
            if exists(f"{kind}-{year}.{chunk + 1}.json") or size(name) >= CHUNK:
                chunk += 1
                continue
            return name

    def _part_for(self, name: str) -> Partition:
        if name not in self._parts:
            self._parts[name] = Partition(self._folder, name, schema=SCHEMA, count=0, payload=None)
        return self._parts[name]

    @staticmethod
    def _name_of(record_id: str) -> str | None:
        match = ID_PATTERN.match(record_id)
        return f"{match.group('stem')}.json" if match else None

    def _upsert(self, name: str, key: str, doc: dict[str, Any]) -> None:
        """Insert or replace the document ``key`` (a record id or draft key) in a file."""

        def put(part: Partition) -> None:
            doc_id = part.doc_id(key)
            if doc_id is None:
                self._write_part(part, lambda: part.table.insert(doc))
            else:
                self._scrubbed(part, lambda: part.table.update(doc, doc_ids=[doc_id]))

        self._part_for(name)
        self._guarded(name, put)

    def _remove(self, name: str, key: str) -> bool:
        """Delete the document ``key`` from a file; return False when it was not there."""

        def remove(part: Partition) -> bool:
            doc_id = part.doc_id(key)
            if doc_id is None:
                return False
            self._scrubbed(part, lambda: part.table.remove(doc_ids=[doc_id]))
            return True

        return self._guarded(name, remove)

    def _scrubbed(self, part: Partition, change: Callable[[], object]) -> None:
        """Make a change that may remove text, then rewrite the file's backups without it."""
        folder = self._folder
        if part.name != DRAFTS:
            marker = folder.root / lifecycle.PENDING
            self._write(marker, lambda: lifecycle.begin(folder, [part.name]))
        self._write_part(part, change)
        with contextlib.suppress(StoreError):  # saved; the marker stays and the next open retries
            self.finish_scrub([part.name])

    def finish_scrub(self, names: list[str]) -> None:
        """Rewrite the backups of ``names`` from the live files, then forget the marker."""
        folder = self._folder
        for name in names:
            part = self._parts.get(name)
            if part is None:
                continue
            live = lifecycle.live_docs(part.kind, part.docs())

            def rewrite(name: str = name, live: dict[str, Any] = live) -> None:
                lifecycle.scrub(folder, name, live)

            self._write(folder.root / name, rewrite)
        self._write(folder.root / lifecycle.PENDING, lambda: lifecycle.end(folder))

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        with self._mutex:
            yield

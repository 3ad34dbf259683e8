"""The one door to the facilitator's records: :class:`Store`.

Screens and commands call these methods (from worker threads in the app) with
domain objects from :mod:`.records`; nothing outside ``biy_tui.core.store`` knows
TinyDB or the file layout exists. Every method is safe to call from any thread
(one lock serialises them). Errors are :class:`~.errors.StoreError` subclasses
whose ``str()`` is one plain sentence; repairs made at open are listed in
:attr:`Store.notices`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TypeVar

import msgspec
from filelock import FileLock, Timeout
from tinydb import Query

from biy_tui.core.store import atomic, leftovers, lifecycle, recovery, review
from biy_tui.core.store.core import _now, gc_paused
from biy_tui.core.store.errors import (
    Notice,
    StoreError,
    StoreLocked,
    StoreReadOnly,
    reason,
    refusal,
)
from biy_tui.core.store.fileformat import SCHEMA
from biy_tui.core.store.folder import (
    BACKUPS,
    DRAFTS,
    GUARD,
    LOCK,
    MANIFEST,
    QUARANTINE,
    DataFolder,
)
from biy_tui.core.store.guardstore import GuardSecrets
from biy_tui.core.store.partition import Partition
from biy_tui.core.store.records import (
    KINDS,
    CheckIn,
    Debrief,
    Draft,
    Kind,
    Plan,
    Record,
    SelfCare,
    kind_of,
    sort_key,
)
from biy_tui.core.text import messages

R = TypeVar("R", Plan, CheckIn, Debrief, SelfCare)
DEFAULT_BACKUPS = 5


@dataclass(frozen=True)
class HistoryPage:
    """One page of records, newest first."""

    records: list[Record]
    page: int
    pages: int
    total: int


_YEAR = re.compile(r"-(\d{4})(?:\.\d+)?\.json$")


def _cycle_start(today: dt.date | None, cycles: int) -> dt.date:
    """The first day of the current program cycle (``cycles`` of them back)."""
    from biy_tui.core.store.records import CYCLE_DAYS

    return (today or dt.date.today()) - dt.timedelta(days=CYCLE_DAYS * max(1, cycles))


class Store(GuardSecrets):
    """The facilitator's records in one data folder. Open with :meth:`Store.open`."""

    # --- opening and closing ------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: Path | str,
        passphrase: str | None = None,
        *,
        read_only: bool = False,
        backups_kept: int = DEFAULT_BACKUPS,
        lock_timeout: float = 0.5,
    ) -> Store:
        """Open (or create) the records in ``data_dir``.

        Args:
            data_dir: the data folder (see :func:`biy_tui.core.paths.data_dir`).
            passphrase: the passphrase, for an encrypted store.
            read_only: look without changing anything and without taking the lock.
            backups_kept: how many versions of each file to keep as backups.
            lock_timeout: how long to wait for another biy to let go (seconds).

        Raises:
            StoreLocked: another biy has the folder open for writing.
            PassphraseRequired: the store is encrypted and no passphrase was given.
            WrongPassphrase: the passphrase does not open it (nothing changed).
            StoreTooNew: a newer biy wrote it (nothing changed).
            StoreError: the folder cannot be used.
        """
        root = Path(data_dir).expanduser()
        lock: FileLock | None = None
        try:
            refused = DataFolder(root, None, backups_kept).refused()
            if refused:  # not damage: change nothing, say which file and what to do
                raise refusal(*refused[0])
            if not read_only:
                atomic.ensure_private_dir(root)
                lock = FileLock(
                    root / LOCK,
                    timeout=lock_timeout,
                    mode=atomic.FILE_MODE,
                    thread_local=False,
                    preserve_lock_file=True,
                )
                try:
                    lock.acquire()
                except Timeout:
                    raise StoreLocked(messages.STORE_LOCKED.format(path=root)) from None
            notices: list[Notice] = []
            leftovers.finish(root, read_only, backups_kept, notices)
            if not read_only:
                for sub in (root, root / BACKUPS, root / QUARANTINE):
                    atomic.remove_stale_temps(sub)
            folder = DataFolder(root, None, backups_kept)
            folder.cipher = recovery.find_cipher(folder, passphrase)
            loaded = recovery.scan(folder, read_only=read_only, notices=notices)
            store = cls(folder, lock, read_only=read_only, notices=notices)
            store._start(loaded)
            return store
        except BaseException as exc:
            if lock is not None:
                lock.release()
            if isinstance(exc, atomic.Refused):
                raise refusal(exc.path, exc) from None
            if isinstance(exc, OSError):
                why = reason(exc)
                raise StoreError(messages.STORE_FOLDER_FAILED.format(path=root, why=why)) from None
            raise

    def _start(self, loaded: dict[str, recovery.Loaded]) -> None:
        folder = self._folder
        manifest = loaded.pop(MANIFEST, None)
        guard = loaded.pop(GUARD, None)
        self._guard_payload = guard.payload if guard else None
        for name, item in loaded.items():
            # Checked at open, read again only when asked for (payload None): the
            # overview reads just the current cycle's files, older years wait.
            self._parts[name] = Partition(
                folder,
                name,
                schema=item.header.schema,
                count=item.header.count,
                payload=item.payload,
                on_disk=item.payload is None,
            )
        if self.read_only:
            return
        oldest = min([p.schema for p in self._parts.values()], default=SCHEMA)
        if manifest is not None:
            oldest = min(oldest, manifest.header.schema)
        if manifest is None or manifest.header.schema < SCHEMA:
            payload = manifest.payload if manifest else None  # kept at open (never lazy)
            payload = payload if payload is not None else msgspec.json.encode({"created": _now()})
            self._write(folder.root / MANIFEST, lambda: folder.write(MANIFEST, payload, 0))
        for part in list(self._parts.values()):
            if part.schema < SCHEMA:
                self._guarded(
                    part.name, lambda p: self._write_part(p, lambda: p.persist(p.tables()))
                )
        if oldest < SCHEMA:
            self.notices.append(Notice(messages.STORE_MIGRATED.format(old=oldest)))
        leftover = lifecycle.pending(folder)
        if leftover or folder.backups(DRAFTS):
            lifecycle.drop_all(folder, DRAFTS)
            self.finish_scrub(leftover)
        atomic.make_private(folder.root, atomic.DIR_MODE)
        for sub in (folder.backups_dir, folder.quarantine_dir):
            if sub.is_dir():
                atomic.make_private(sub, atomic.DIR_MODE)
        for path in folder.all_files():
            atomic.make_private(path)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- records ------------------------------------------------------------

    def save(self, record: R, *, draft_key: str | None = None) -> R:
        """Save a new or changed record and return it as stored (with id and time).

        Free-text fields must be :class:`~biy_tui.core.privacy.reviewed.ReviewedText`
        (or empty, or unchanged from the stored record).

        Args:
            record: the record; an empty ``id`` means a new record.
            draft_key: a draft to delete once the record is safely saved.

        Raises:
            TextNotReviewed: a text field did not pass the privacy review.
            RecordInvalid: the record does not fit the data model.
            StoreWriteFailed: the disk refused; nothing changed.
            StoreReadOnly: this store was opened read-only.
        """
        with self._mutex:
            if self.read_only:
                raise StoreReadOnly(messages.STORE_READ_ONLY)
            stored = self.get(record.id) if record.id else None
            ready = review.prepare(
                record, stored, lambda: self._new_name(kind_of(record), record.date.year), _now()
            )
            name = self._name_of(ready.id)
            assert name is not None
            self._upsert(name, ready.id, msgspec.to_builtins(ready))
            if draft_key is not None:
                with contextlib.suppress(StoreError):  # the record is safe; draft offered later
                    self.discard_draft(draft_key)
            return ready

    def save_plan(self, plan: Plan, *, draft_key: str | None = None) -> Plan:
        """Save a week's plan (see :meth:`save`)."""
        return self.save(plan, draft_key=draft_key)

    def save_check_in(self, check_in: CheckIn) -> CheckIn:
        """Save a group check-in (counts and tallies only; see :meth:`save`)."""
        return self.save(check_in)

    def save_debrief(self, debrief: Debrief, *, draft_key: str | None = None) -> Debrief:
        """Save a debrief (see :meth:`save`)."""
        return self.save(debrief, draft_key=draft_key)

    def save_self_care(self, entry: SelfCare, *, draft_key: str | None = None) -> SelfCare:
        """Save a self-care entry (see :meth:`save`)."""
        return self.save(entry, draft_key=draft_key)

    def get(self, record_id: str) -> Record | None:
        """Return the record with this id, or None."""
        with self._mutex:
            name = self._name_of(record_id)
            if name is None or name not in self._parts:
                return None
            found = self._guarded(name, lambda p: p.find(Query().id == record_id))
            return found[0] if found else None

    def delete(self, record_id: str) -> bool:
        """Delete a record; return False when there was none with this id."""
        with self._mutex:
            if self.read_only:
                raise StoreReadOnly(messages.STORE_READ_ONLY)
            name = self._name_of(record_id)
            if name is None or name not in self._parts:
                return False

            return self._remove(name, record_id)

    def records(self, kind: Kind | None = None) -> list[Record]:
        """Return every record (of one kind, or all), newest first.

        Records are frozen and shared with the store's cache: change one with
        ``msgspec.structs.replace`` and save the copy.
        """
        with self._mutex:
            return list(self._all(kind))

    def recent(self, kind: Kind, since: dt.date) -> list[Record]:
        """Return the records of one kind dated on or after ``since``, newest first.

        Files of earlier years are not read at all, so this stays quick however
        long the history is (the overview of the current cycle uses it).
        """
        with self._mutex:
            found: list[Record] = []
            after = Query().date >= since.isoformat()  # ISO dates sort as text
            with gc_paused():
                for name in self._partitions(kind):
                    year = _YEAR.search(name)
                    if year is not None and int(year.group(1)) < since.year:
                        continue
                    found.extend(self._guarded(name, lambda p: p.find(after)))
            found.sort(key=sort_key, reverse=True)
            return found

    def current_cycle(
        self, kind: Kind, today: dt.date | None = None, *, cycles: int = 1
    ) -> list[Record]:
        """Return the records of one kind in the current program cycle, newest first.

        The one read policy for "now" versus "the whole history": the current cycle
        is the last :data:`~.records.CYCLE_DAYS` days (``cycles`` of them when a
        screen needs to look further back); older years are not read at all.
        :meth:`records` and :meth:`history` are the whole history.
        """
        return self.recent(kind, _cycle_start(today, cycles))

    def weeks_marked(self, kind: Kind, today: dt.date | None = None) -> frozenset[int]:
        """Return the weeks of the current cycle that have a record of one kind.

        What the overview marks, without the records themselves: the current
        cycle's files (as :meth:`current_cycle`) are decoded into weeks and dates
        only, so no text is held in memory and nothing is cached.
        """
        since = _cycle_start(today, 1)
        with self._mutex:
            weeks: set[int] = set()
            for name in self._partitions(kind):
                year = _YEAR.search(name)
                if year is not None and int(year.group(1)) < since.year:
                    continue
                weeks |= self._guarded(name, lambda p: p.weeks_since(since.isoformat()))
            return frozenset(weeks)

    def plans_for_week(self, week: int) -> list[Plan]:
        """Return the plans for a week (one per group label), newest first."""
        with self._mutex:
            return [r for r in self._all("plan") if isinstance(r, Plan) and r.week == week]

    def for_week(self, week: int, kind: Kind | None = None) -> list[Record]:
        """Return the records of a week (check-ins, debriefs, plans), newest first."""
        with self._mutex:
            return [r for r in self._all(kind) if getattr(r, "week", None) == week]

    def history(self, kind: Kind | None = None, page: int = 0, per_page: int = 20) -> HistoryPage:
        """Return one page of history, newest first (page 0 is the newest)."""
        with self._mutex:
            everything = self._all(kind)
            per_page = max(1, per_page)
            pages = max(1, -(-len(everything) // per_page))
            page = min(max(0, page), pages - 1)
            chunk = everything[page * per_page : (page + 1) * per_page]
            return HistoryPage(list(chunk), page, pages, len(everything))

    def search(self, text: str, kind: Kind | None = None, limit: int | None = None) -> list[Record]:
        """Return records whose text or themes contain ``text`` (any case), newest first."""
        needle = text.strip().casefold()
        if not needle:
            return []
        with self._mutex:
            found: list[Record] = []
            with gc_paused():
                for name in self._partitions(kind):
                    found.extend(self._guarded(name, lambda p: p.search(needle)))
            found.sort(key=sort_key, reverse=True)
            return found[:limit] if limit is not None else found

    def counts(self) -> dict[str, int]:
        """Return how many records of each kind are stored (and drafts), without parsing."""
        with self._mutex:
            totals = dict.fromkeys([*KINDS, "drafts"], 0)
            for part in self._parts.values():
                totals[part.kind] += part.count
            return totals

    # --- drafts -------------------------------------------------------------

    def save_draft(self, key: str, fields: Mapping[str, str]) -> Draft:
        """Keep the text being typed in a form (unreviewed; never exported).

        Args:
            key: which form this is (e.g. ``"debrief:2026-11-25"``).
            fields: the text of each field.
        """
        with self._mutex:
            if self.read_only:
                raise StoreReadOnly(messages.STORE_READ_ONLY)
            draft = Draft(
                key=str(key), fields={str(k): str(v) for k, v in fields.items()}, updated=_now()
            )
            self._upsert(DRAFTS, draft.key, msgspec.to_builtins(draft))
            return draft

    def drafts(self) -> list[Draft]:
        """Return the kept drafts, most recently updated first."""
        with self._mutex:
            if DRAFTS not in self._parts:
                return []
            found = list(self._guarded(DRAFTS, Partition.drafts))
            return sorted(found, key=lambda d: d.updated, reverse=True)

    def stale_drafts(self, days: int, now: dt.datetime | None = None) -> list[Draft]:
        """Return the drafts not touched for more than ``days`` days (none when ``days`` < 1).

        Drafts hold text before review; biy offers these for discard.
        """
        if days < 1:
            return []
        moment = now or _now()
        return [d for d in self.drafts() if moment - d.updated > dt.timedelta(days=days)]

    def draft(self, key: str) -> Draft | None:
        """Return the draft of one form, if any."""
        return next((d for d in self.drafts() if d.key == key), None)

    def discard_draft(self, key: str) -> bool:
        """Delete a draft; return False when there was none."""
        with self._mutex:
            if self.read_only:
                raise StoreReadOnly(messages.STORE_READ_ONLY)
            if DRAFTS not in self._parts:
                return False

            return self._remove(DRAFTS, key)

    # --- for the exchange and doctor modules ------------------------------------

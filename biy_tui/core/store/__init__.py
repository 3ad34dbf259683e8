"""The facilitator's records on her own machine: private, crash-safe, optionally encrypted.

This package is the only code that touches TinyDB or the data files, and it
never imports Textual. Everything else uses :class:`Store` and the records in
:mod:`biy_tui.core.store.records`::

    with Store.open(paths.data_dir(), passphrase) as store:
        saved = store.save_debrief(Debrief(week=3, date=today, what_worked=reviewed))

TinyDB is the engine: each data file (one kind, one year, at most ``CHUNK``
records) is a TinyDB database over :class:`~.storage.BiyStorage`, the storage that
adds what stock TinyDB lacks (a checksummed header, atomic replace with fsync,
backups, sealing when encrypted); records are read as TinyDB documents and looked
up with ``tinydb.Query``. Writes are write-through (no ``CachingMiddleware``), so a
save that returns is on disk. Only an import writes several files outside TinyDB,
through :mod:`.journal`, so that all of it or none of it lands.
"""

from biy_tui.core.store.errors import (
    FileRefused,
    ImportInvalid,
    ImportUnfinished,
    Notice,
    PassphraseRequired,
    RecordInvalid,
    StoreError,
    StoreLocked,
    StoreReadOnly,
    StoreTooNew,
    StoreWriteFailed,
    TextNotReviewed,
    WrongPassphrase,
    reason,
)
from biy_tui.core.store.facade import DEFAULT_BACKUPS, HistoryPage, Store
from biy_tui.core.store.records import (
    KINDS,
    TEXT_FIELDS,
    Attendance,
    CheckIn,
    Debrief,
    Draft,
    GroupChoice,
    Kind,
    Plan,
    PlanItem,
    Record,
    SelfCare,
)
from biy_tui.core.store.wording import and_list

__all__ = [
    "DEFAULT_BACKUPS",
    "KINDS",
    "TEXT_FIELDS",
    "Attendance",
    "CheckIn",
    "Debrief",
    "Draft",
    "FileRefused",
    "GroupChoice",
    "HistoryPage",
    "ImportInvalid",
    "ImportUnfinished",
    "Kind",
    "Notice",
    "PassphraseRequired",
    "Plan",
    "PlanItem",
    "Record",
    "RecordInvalid",
    "SelfCare",
    "Store",
    "StoreError",
    "StoreLocked",
    "StoreReadOnly",
    "StoreTooNew",
    "StoreWriteFailed",
    "TextNotReviewed",
    "WrongPassphrase",
    "and_list",
    "reason",
]

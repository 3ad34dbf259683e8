"""The facilitator's records on her own machine: private, crash-safe, optionally encrypted.

This package is the only code that touches TinyDB or the data files, and it
never imports Textual. Everything else uses :class:`Store` and the records in
:mod:`biy_tui.store.records`::

    with Store.open(paths.data_dir(), passphrase) as store:
        saved = store.save_debrief(Debrief(week=3, date=today, what_worked=reviewed))
"""

from biy_tui.store.errors import (
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
)
from biy_tui.store.facade import DEFAULT_BACKUPS, HistoryPage, Store
from biy_tui.store.records import (
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
]

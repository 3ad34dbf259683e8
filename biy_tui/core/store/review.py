"""Getting a record ready to store: reviewed text only, overrides counted, model checked.

Free text is accepted only as :class:`~biy_tui.core.privacy.reviewed.ReviewedText`,
as an empty string, or unchanged from the stored version of the same record
(it was reviewed when it was first saved). Anything else is refused with
:class:`~.errors.TextNotReviewed` naming the field, never quoting it.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from typing import Any, TypeVar

import msgspec

from biy_tui.core.privacy.reviewed import ReviewedText
from biy_tui.core.store.errors import RecordInvalid, TextNotReviewed
from biy_tui.core.store.records import (
    ID_PATTERN,
    KIND_NAMES,
    TEXT_FIELDS,
    CheckIn,
    Debrief,
    Plan,
    Record,
    SelfCare,
    check,
    kind_of,
)
from biy_tui.core.text import messages

R = TypeVar("R", Plan, CheckIn, Debrief, SelfCare)


def prepare(record: R, stored: Record | None, new_file: Callable[[], str], now: dt.datetime) -> R:
    """Return ``record`` ready to store: plain text, override counts, id and time set.

    Args:
        record: the record from the screen.
        stored: the stored version of the same record (same id), if any.
        new_file: returns the file a new record goes to (called only for a new one).
        now: the saving time.

    Raises:
        TextNotReviewed: a text field did not pass the privacy review.
        RecordInvalid: the record does not fit the data model.
    """
    kind = kind_of(record)
    if record.id:
        match = ID_PATTERN.match(record.id)
        if match is None or match.group("kind") != kind:
            raise RecordInvalid(messages.STORE_UNKNOWN_ID.format(id=record.id))
    changes: dict[str, Any] = {}
    by_field: dict[str, int] = {}
    for name in TEXT_FIELDS[kind]:
        value = getattr(record, name)
        if isinstance(value, ReviewedText):
            changes[name] = str(value)
            if value.overrides:
                by_field[name] = value.overrides
        elif not isinstance(value, str):
            why = f"{name} is not text"
            raise RecordInvalid(
                messages.STORE_RECORD_INVALID.format(kind=KIND_NAMES[kind], why=why)
            )
        elif value == "":
            continue
        elif stored is not None and getattr(stored, name) == value:
            kept = getattr(stored, "overrides_by_field", {}).get(name, 0)
            if kept:
                by_field[name] = kept
        else:
            raise TextNotReviewed(messages.STORE_NOT_REVIEWED.format(field=name), name)
    if TEXT_FIELDS[kind]:
        changes["overrides_by_field"] = by_field
        changes["privacy_overrides"] = sum(by_field.values())
    changes["saved_at"] = now
    if not record.id:
        changes["id"] = f"{new_file().removesuffix('.json')}-{secrets.token_hex(6)}"
    ready = msgspec.structs.replace(record, **changes)
    try:
        ready = msgspec.convert(msgspec.to_builtins(ready), type(record))
    except (msgspec.ValidationError, TypeError) as exc:
        why = str(exc) if isinstance(exc, msgspec.ValidationError) else "a value is not valid"
        raise RecordInvalid(
            messages.STORE_RECORD_INVALID.format(kind=KIND_NAMES[kind], why=why)
        ) from None
    problem = check(ready)
    if problem:
        raise RecordInvalid(
            messages.STORE_RECORD_INVALID.format(kind=KIND_NAMES[kind], why=problem)
        )
    return ready

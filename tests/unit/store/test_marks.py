"""The overview's marks: which weeks of the current cycle have a check-in or debrief.

``Store.weeks_marked`` reads the current cycle's files as weeks and dates only;
these tests hold it to the records themselves after every kind of change.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import msgspec

from biy_tui.core.store import CheckIn, Debrief, Store, importing
from biy_tui.core.store.convert import change_encryption
from tests.unit.store.conftest import DAY, check_in, debrief

EARLIER_CYCLE = dt.date(2024, 3, 1)
NEW_YEAR = dt.date(2026, 1, 10)


def _weeks_of_records(store: Store, kind: str) -> frozenset[int]:
    found = store.current_cycle("checkin" if kind == "checkin" else "debrief", DAY)
    return frozenset(r.week for r in found if isinstance(r, (CheckIn, Debrief)))


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_marks_are_the_weeks_of_the_current_cycles_records(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.save_debrief(debrief(8, day=EARLIER_CYCLE))  # week 9, an earlier cycle
        store.save_debrief(debrief(1, day=DAY - dt.timedelta(days=30)))  # week 2
        store.save_check_in(check_in(4))  # week 5
        store.save_check_in(check_in(6, day=dt.date(2025, 12, 1)))  # week 7, last year
        assert store.weeks_marked("debrief", DAY) == frozenset({2})
        assert store.weeks_marked("checkin", DAY) == frozenset({5})  # 2025-12 is too early
        assert store.weeks_marked("checkin", NEW_YEAR) == frozenset({5, 7})  # a cycle across years
    with Store.open(data_dir) as store:  # files not parsed yet: decoded as marks only
        assert store.weeks_marked("debrief", DAY) == frozenset({2})
        assert store.weeks_marked("checkin", DAY) == frozenset({5})
        assert store.weeks_marked("checkin", NEW_YEAR) == frozenset({5, 7})
        assert not any(part.storage.parsed for part in store._parts.values())
        for kind in ("debrief", "checkin"):
            assert store.weeks_marked(kind, DAY) == _weeks_of_records(store, kind)  # type: ignore[arg-type]
        assert store.weeks_marked("debrief", DAY) == frozenset({2})  # parsed now: same answer


def test_marks_follow_save_edit_delete_and_import(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assert store.weeks_marked("debrief", DAY) == frozenset()
        saved = store.save_debrief(debrief(2))  # week 3
        assert store.weeks_marked("debrief", DAY) == frozenset({3})
        moved = store.save(msgspec.structs.replace(saved, week=11))
        assert store.weeks_marked("debrief", DAY) == frozenset({11})
        store.save(msgspec.structs.replace(moved, date=EARLIER_CYCLE))
        assert store.weeks_marked("debrief", DAY) == frozenset()
        store.delete(saved.id)
        assert store.weeks_marked("debrief", DAY) == frozenset()
        imported = Debrief(
            id=saved.id,
            week=6,
            date=DAY,
            what_worked="back in the import",
            saved_at=dt.datetime(2026, 11, 26, tzinfo=dt.UTC),
        )
        importing.import_records(store, [imported])
        assert store.weeks_marked("debrief", DAY) == frozenset({6})
    with Store.open(data_dir) as store:
        assert store.weeks_marked("debrief", DAY) == frozenset({6})


def test_marks_of_an_encrypted_store_write_nothing_to_disk(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.save_debrief(debrief(3, text="Zephyrine said"))
    change_encryption(data_dir, None, "correct horse")
    before = _files(data_dir)
    with Store.open(data_dir, "correct horse") as store:
        assert store.weeks_marked("debrief", DAY) == frozenset({4})
        store.save_check_in(check_in(0))
        assert store.weeks_marked("checkin", DAY) == frozenset({1})
    after = _files(data_dir)
    assert not [name for name in after if name not in before and "checkin" not in name]
    assert all(b"Zephyrine" not in raw and b'"week"' not in raw for raw in after.values())


def test_a_file_that_passes_its_checksum_but_is_not_records_is_repaired(data_dir: Path) -> None:
    from biy_tui.core.store.folder import DataFolder

    with Store.open(data_dir) as store:
        saved = store.save_debrief(debrief(3))
        store.save_debrief(debrief(4))  # a second version: the first is the backup
        name = store._name_of(saved.id)
    assert name is not None
    folder = DataFolder(data_dir, None, 5)
    odd = msgspec.json.encode({"records": {"1": {"id": saved.id, "week": "four", "date": 7}}})
    folder.write_raw(name, folder.encode(name, odd, 1))
    with Store.open(data_dir) as store:
        assert store.weeks_marked("debrief", DAY) == frozenset({4})  # from the backup
        assert store.notices

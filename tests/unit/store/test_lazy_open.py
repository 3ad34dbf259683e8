"""Opening checks every file but reads back only what is asked for (older years wait)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from biy_tui.core.store import Store, atomic
from biy_tui.core.store.convert import change_encryption
from biy_tui.core.store.errors import FileRefused
from tests.unit.store.conftest import DAY, debrief

OLD = DAY.replace(year=2019)
OLD_FILE = "debrief-2019.json"


def _history(root: Path) -> None:
    with Store.open(root) as store:
        store.save_debrief(debrief(1, day=OLD))
        store.save_debrief(debrief(2, day=OLD))  # the first version is now a backup
        store.save_debrief(debrief(3, day=DAY))


def test_the_current_cycle_leaves_older_years_on_disk(data_dir: Path) -> None:
    _history(data_dir)
    with Store.open(data_dir) as store:
        now = store.current_cycle("debrief", DAY)
        assert [r.date for r in now] == [DAY]
        assert store._parts[OLD_FILE].storage.on_disk  # checked at open, not kept in memory
        every = store.records("debrief")
        assert sorted(r.date for r in every) == [OLD, OLD, DAY]
        assert not store._parts[OLD_FILE].storage.on_disk


def test_an_older_year_changed_after_open_is_repaired_when_read(data_dir: Path) -> None:
    _history(data_dir)
    with Store.open(data_dir) as store:
        assert store.take_notices() == []
        (data_dir / OLD_FILE).write_bytes(b"not a biy file")
        found = store.records("debrief")
        notices = store.take_notices()
        assert len(notices) == 1 and OLD_FILE in str(notices[0])
        assert OLD in [r.date for r in found]
    with Store.open(data_dir) as again:  # repaired on disk: the next open has nothing to say
        assert again.notices == []
        assert OLD in [r.date for r in again.records("debrief")]


def test_an_older_year_unreadable_after_open_is_one_sentence(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _history(data_dir)
    before = (data_dir / OLD_FILE).read_bytes()
    with Store.open(data_dir) as store:
        real = atomic.read_file

        def refuse(path: Path) -> bytes:
            if path.name == OLD_FILE:
                raise PermissionError(13, "Permission denied")
            return real(path)

        with monkeypatch.context() as patch:
            patch.setattr(atomic, "read_file", refuse)
            with pytest.raises(FileRefused) as caught:
                store.records("debrief")
        assert "\n" not in str(caught.value) and OLD_FILE in str(caught.value)
        assert store.notices == []  # not damage: nothing repaired or set aside
        assert sorted(r.date for r in store.records("debrief")) == [OLD, OLD, DAY]
    assert (data_dir / OLD_FILE).read_bytes() == before


def test_an_encrypted_older_year_is_opened_again_with_the_key(data_dir: Path) -> None:
    _history(data_dir)
    change_encryption(data_dir, None, "correct horse")
    with Store.open(data_dir, "correct horse") as store:
        assert store._parts[OLD_FILE].storage.on_disk
        assert sorted(r.date for r in store.records("debrief")) == [OLD, OLD, DAY]
        assert store.notices == []


def test_saving_into_an_unread_year_keeps_its_other_records(data_dir: Path) -> None:
    _history(data_dir)
    with Store.open(data_dir) as store:
        store.save_debrief(debrief(4, day=OLD + dt.timedelta(days=1)))
    with Store.open(data_dir) as again:
        olds = [r for r in again.records("debrief") if r.date.year == OLD.year]
        assert len(olds) == 3

"""TinyDB is the store's engine: records flow through its Storage, Table and Query.

Each data file is a TinyDB database whose storage is biy's own
(:class:`~biy_tui.core.store.storage.BiyStorage`: checksummed, atomic, sealed when
encrypted); reads are TinyDB documents and lookups are ``tinydb.Query`` searches.
"""

from __future__ import annotations

import datetime as dt
import errno
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pytest
from tinydb import Query, TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from biy_tui.core.privacy.reviewed import mark_reviewed
from biy_tui.core.store import Store, StoreWriteFailed, fileformat, folder, storage
from biy_tui.core.store.convert import change_encryption
from tests.unit.store.conftest import DAY, debrief, self_care


def _spy(monkeypatch: pytest.MonkeyPatch, owner: type, name: str) -> list[object]:
    """Count the calls of ``owner.name`` (still calling it)."""
    calls: list[object] = []
    real: Callable[..., Any] = getattr(owner, name)

    def spy(self: object, *args: object, **kwargs: object) -> Any:
        calls.append(args)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(owner, name, spy)
    return calls


def _on_disk(data_dir: Path, name: str) -> dict[str, Any]:
    raw = (data_dir / name).read_bytes()
    _header, payload = fileformat.decode(raw, folder.kind_for(name) or "", None)
    docs: dict[str, Any] = msgspec.json.decode(payload)
    return docs


def test_each_file_is_a_tinydb_database_over_biy_storage(store: Store) -> None:
    saved = store.save_debrief(debrief(1))
    part = store._parts[store._name_of(saved.id) or ""]
    assert isinstance(part.db, TinyDB)
    assert isinstance(part.db.storage, storage.BiyStorage)
    assert isinstance(part.db.storage, Storage)
    assert part.table.get(Query().id == saved.id) is not None


def test_an_acknowledged_save_is_in_the_file_on_disk(store: Store, data_dir: Path) -> None:
    saved = store.save_debrief(debrief(2))
    name = store._name_of(saved.id) or ""
    docs = _on_disk(data_dir, name)
    assert [d["id"] for d in docs["records"].values()] == [saved.id]
    changed = store.save(msgspec.structs.replace(saved, what_worked=mark_reviewed("new words")))
    docs = _on_disk(data_dir, name)
    assert [d["what_worked"] for d in docs["records"].values()] == [changed.what_worked]
    store.delete(saved.id)
    assert _on_disk(data_dir, name)["records"] == {}


def test_a_write_through_tinydb_uses_the_checksummed_atomic_file(
    store: Store, data_dir: Path
) -> None:
    saved = store.save_self_care(self_care(1))
    name = store._name_of(saved.id) or ""
    part = store._parts[name]
    extra = msgspec.to_builtins(msgspec.structs.replace(saved, id=f"{part.stem}-9"))
    part.table.insert(extra)  # TinyDB's own insert: the storage writes the file
    header, _payload = fileformat.decode((data_dir / name).read_bytes(), "selfcare", None)
    assert header.count == 2
    store.close()
    with Store.open(data_dir) as again:
        assert {r.id for r in again.records("selfcare")} == {saved.id, f"{part.stem}-9"}


def test_reads_are_tinydb_queries(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    first = store.save_debrief(debrief(1, text="the circle laughed"))
    store.save_debrief(debrief(2, day=DAY - dt.timedelta(days=400), text="quiet evening"))
    searches = _spy(monkeypatch, Table, "search")
    assert store.get(first.id) == first
    assert len(searches) == 1
    assert [r.id for r in store.search("LAUGHED")] == [first.id]
    assert len(searches) == 3  # one per file: this year's and last year's
    assert [r.id for r in store.recent("debrief", DAY - dt.timedelta(days=1))] == [first.id]
    assert len(searches) == 4  # last year's file is not read at all


def test_history_reads_through_the_storage(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(data_dir) as store:
        ids = {store.save_debrief(debrief(n)).id for n in range(3)}
    reads = _spy(monkeypatch, storage.BiyStorage, "read")
    with Store.open(data_dir) as again:
        page = again.history("debrief")
        assert {r.id for r in page.records} == ids
    assert reads


def test_search_follows_every_change(store: Store) -> None:
    saved = store.save_debrief(debrief(1, text="Drumming together"))
    assert [r.id for r in store.search("drumming")] == [saved.id]
    assert [r.id for r in store.search("self-esteem")] == [saved.id]  # themes too
    changed = store.save(msgspec.structs.replace(saved, what_worked=mark_reviewed("a long walk")))
    assert store.search("drumming") == []
    assert store.search("walk") == [changed]
    store.delete(saved.id)
    assert store.search("walk") == []
    assert store.search("   ") == []


def test_a_refused_write_leaves_tinydb_reading_the_old_content(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = store.save_debrief(debrief(1, text="before"))

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(folder.DataFolder, "write", refuse)
    with pytest.raises(StoreWriteFailed):
        store.save(msgspec.structs.replace(saved, what_worked=mark_reviewed("after")))
    assert store.get(saved.id) == saved
    assert [r.id for r in store.search("before")] == [saved.id]
    assert store.search("after") == []


def test_encrypted_files_are_sealed_by_the_storage(tmp_path: Path) -> None:
    root = tmp_path / "sealed"
    with Store.open(root) as plain:
        plain.save_debrief(debrief(1, text="kept secret"))
    change_encryption(root, None, "a long passphrase here")
    with Store.open(root, "a long passphrase here") as store:
        saved = store.save_debrief(debrief(2, text="sealed words"))
        name = store._name_of(saved.id) or ""
        assert b"sealed words" not in (root / name).read_bytes()
        assert [r.id for r in store.search("sealed words")] == [saved.id]

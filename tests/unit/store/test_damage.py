"""Damaged files: detected at open, set aside (never deleted), the newest good backup restored."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from pathlib import Path

import msgspec
import pytest

from biy_tui.core.store import Store, StoreTooNew, folder
from biy_tui.core.store.partition import Partition
from tests.unit.store.conftest import check_in, debrief

NAME = "debrief-2026.json"


@pytest.fixture
def base(tmp_path: Path) -> tuple[Path, set[str], set[str]]:
    """A store whose debrief file has a backup: (folder, ids now, ids in the backup)."""
    root = tmp_path / "base"
    with Store.open(root) as store:
        first = store.save_debrief(debrief(1))
        second = store.save_debrief(debrief(2))
    return root, {first.id, second.id}, {first.id}


@pytest.fixture
def no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    """Skip the flush to disk in the tests that open hundreds of damaged copies.

    They test what is detected, set aside and restored, which the flush does not change;
    that a save survives a crash is tested with real flushes in ``test_durability.py``.
    Waiting for the disk took most of their time (and much more on a busy machine).
    """
    monkeypatch.setattr(os, "fsync", lambda fd: None)


def _copy(base: Path, to: Path) -> Path:
    shutil.copytree(base, to)
    return to


def _assert_restored(
    root: Path, damaged: bytes, backup_ids: set[str], ids: set[str] | None = None
) -> None:
    with Store.open(root) as store:
        assert len(store.notices) == 1, store.notices
        notice = store.notices[0]
        assert notice.quarantined is not None and notice.quarantined.read_bytes() == damaged
        assert stat.S_IMODE(notice.quarantined.stat().st_mode) == 0o600
        assert str(notice.quarantined) in notice.message and "\n" not in notice.message
        got = {r.id for r in store.records()}
        # salvaged: never less than the backup, never more records than there were (a
        # flipped bit in an id can leave a record kept under a slightly different id)
        assert backup_ids <= got and len(got) <= len(ids or backup_ids)
    with Store.open(root) as again:  # repaired for good
        assert again.notices == []


@pytest.mark.usefixtures("no_fsync")
def test_truncation_at_every_offset_is_detected(
    base: tuple[Path, set[str], set[str]], tmp_path: Path
) -> None:
    root, ids, backup_ids = base
    good = (root / NAME).read_bytes()
    for offset in range(len(good)):
        copy = _copy(root, tmp_path / f"t{offset}")
        (copy / NAME).write_bytes(good[:offset])
        _assert_restored(copy, good[:offset], backup_ids, ids)
        shutil.rmtree(copy)


@pytest.mark.usefixtures("no_fsync")
def test_every_flipped_byte_is_detected(
    base: tuple[Path, set[str], set[str]], tmp_path: Path
) -> None:
    root, ids, backup_ids = base
    good = (root / NAME).read_bytes()
    for offset in range(0, len(good), 3):
        damaged = bytearray(good)
        damaged[offset] ^= 0x20 if offset % 2 else 0x01
        copy = _copy(root, tmp_path / f"f{offset}")
        (copy / NAME).write_bytes(bytes(damaged))
        _assert_restored(copy, bytes(damaged), backup_ids, ids)
        shutil.rmtree(copy)


def _with_valid_checksum(payload: bytes, schema: int = 2, kind: str = "debrief") -> bytes:
    header = {
        "format": "biy-store",
        "schema": schema,
        "kind": kind,
        "count": 1,
        "length": len(payload),
        "sha256": hashlib.sha256(payload).hexdigest(),
    }
    return msgspec.json.encode(header) + b"\n" + payload


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00" * 600,
        b"[]",
        b'{"records": {}}',
        b"not json at all",
        b'{"format":"biy-store"}\n{}',
        b'{"format":"biy-store","schema":2,"kind":"debrief"}\n{}',
        b'{"format":"something-else","schema":2,"kind":"debrief","count":0,"length":2,"sha256":"x"}\n{}',
        _with_valid_checksum(b"{}", kind="plan"),
        b"BIYENC1\n" + b"x" * 40,
    ],
    ids=[
        "empty",
        "zero-filled",
        "wrong-json-type",
        "tinydb-json-no-header",
        "not-json",
        "header-missing-fields",
        "header-missing-checksum",
        "foreign-format",
        "other-kind",
        "encrypted-in-plain-store",
    ],
)
def test_damaged_at_open(
    base: tuple[Path, set[str], set[str]], tmp_path: Path, content: bytes
) -> None:
    root, _ids, backup_ids = base
    copy = _copy(root, tmp_path / "c")
    (copy / NAME).write_bytes(content)
    _assert_restored(copy, content, backup_ids)


@pytest.mark.parametrize(
    "payload",
    [b"[]", b'{"records": []}', b'{"records": {"1": {"week": 1}}}', b'{"records": {"1": 5}}', b"{"],
    ids=["list", "table-list", "missing-fields", "doc-not-object", "cut-json"],
)
def test_good_checksum_bad_content_is_caught_when_read(
    base: tuple[Path, set[str], set[str]], tmp_path: Path, payload: bytes
) -> None:
    root, _ids, backup_ids = base
    copy = _copy(root, tmp_path / "c")
    damaged = _with_valid_checksum(payload)
    (copy / NAME).write_bytes(damaged)
    with Store.open(copy) as store:
        assert store.notices == []  # the header checks out
        assert {r.id for r in store.records()} == backup_ids  # parsing finds it
        assert len(store.notices) == 1 and store.notices[0].quarantined is not None
        assert store.notices[0].quarantined.read_bytes() == damaged


def test_no_good_backup_keeps_the_rest_and_says_so(tmp_path: Path) -> None:
    root = tmp_path / "s"
    with Store.open(root) as store:
        kept = store.save_check_in(check_in())
        store.save_debrief(debrief(1))
    (root / NAME).write_bytes(b"garbage")
    with Store.open(root) as store:
        assert len(store.notices) == 1
        assert "cannot tell" in store.notices[0].message
        assert store.notices[0].quarantined is not None
        assert store.notices[0].quarantined.read_bytes() == b"garbage"
        assert [r.id for r in store.records()] == [kept.id]
        store.save_debrief(debrief(3))  # carries on; the damaged file was never overwritten
    assert len(list((root / folder.QUARANTINE).iterdir())) == 1


def test_missing_file_is_restored_from_its_backup(
    base: tuple[Path, set[str], set[str]], tmp_path: Path
) -> None:
    root, _ids, backup_ids = base
    copy = _copy(root, tmp_path / "c")
    os.unlink(copy / NAME)
    with Store.open(copy) as store:
        assert len(store.notices) == 1 and "missing" in store.notices[0].message
        assert {r.id for r in store.records()} == backup_ids


@pytest.mark.usefixtures("no_fsync")
def test_manifest_damage_at_every_offset(
    base: tuple[Path, set[str], set[str]], tmp_path: Path
) -> None:
    root, ids, _backup_ids = base
    good = (root / folder.MANIFEST).read_bytes()
    for offset in range(0, len(good), 2):
        copy = _copy(root, tmp_path / f"m{offset}")
        (copy / folder.MANIFEST).write_bytes(good[:offset])
        with Store.open(copy) as store:
            assert {r.id for r in store.records()} == ids
            assert len(store.notices) == 1 and store.notices[0].quarantined is not None
        with Store.open(copy) as store:
            assert store.notices == []
        shutil.rmtree(copy)


def test_newer_schema_is_refused_and_nothing_changes(
    base: tuple[Path, set[str], set[str]], tmp_path: Path
) -> None:
    root, _ids, _backup_ids = base
    copy = _copy(root, tmp_path / "c")
    newer = _with_valid_checksum(b'{"records": {}}', schema=99)
    (copy / NAME).write_bytes(newer)
    (copy / "debrief-2025.json").write_bytes(b"damaged too")
    before = sorted(str(p.relative_to(copy)) for p in copy.rglob("*"))
    with pytest.raises(StoreTooNew) as caught:
        Store.open(copy)
    assert "newer version of biy" in str(caught.value)
    assert (copy / NAME).read_bytes() == newer
    assert sorted(str(p.relative_to(copy)) for p in copy.rglob("*")) == before


def test_read_only_open_shows_the_backup_and_moves_nothing(
    base: tuple[Path, set[str], set[str]], tmp_path: Path
) -> None:
    root, _ids, backup_ids = base
    copy = _copy(root, tmp_path / "c")
    (copy / NAME).write_bytes(b"\x00" * 50)
    with Store.open(copy, read_only=True) as viewer:
        assert {r.id for r in viewer.records()} == backup_ids
        assert len(viewer.notices) == 1 and viewer.notices[0].quarantined is None
    assert (copy / NAME).read_bytes() == b"\x00" * 50
    assert not (copy / folder.QUARANTINE).exists()


def test_drafts_file_damage(base: tuple[Path, set[str], set[str]], tmp_path: Path) -> None:
    root, ids, _backup_ids = base
    with Store.open(root) as store:
        store.save_draft("a", {"x": "one"})
        store.save_draft("a", {"x": "two"})
    (root / folder.DRAFTS).write_bytes(b"{}")
    with Store.open(root) as store:
        assert len(store.notices) == 1
        assert store.draft("a") is None  # drafts keep no backup: no copy outlives them
        assert "removed the damaged copy" in store.notices[0].message
        assert {r.id for r in store.records()} == ids
    assert not [p for p in root.rglob("drafts.json*") if p.parent != root]


def test_partition_reports_content_damage_as_damaged() -> None:
    from biy_tui.core.store.fileformat import Damaged
    from biy_tui.core.store.folder import DataFolder

    part = Partition(
        DataFolder(Path("/nonexistent"), None, 5), NAME, schema=2, count=1, payload=b"[1]"
    )
    with pytest.raises(Damaged):
        part.records()

"""A version-1 store, built by hand, is brought up to the current schema."""

from __future__ import annotations

import hashlib
from pathlib import Path

import msgspec

from biy_tui.core.store import Debrief, Store, folder
from biy_tui.core.store.fileformat import SCHEMA


def _v1_file(kind: str, tables: dict[str, object]) -> bytes:
    payload = msgspec.json.encode(tables)
    header = {
        "format": "biy-store",
        "schema": 1,
        "kind": kind,
        "count": len(next(iter(tables.values()), {})) if tables else 0,  # type: ignore[arg-type]
        "length": len(payload),
        "sha256": hashlib.sha256(payload).hexdigest(),
    }
    return msgspec.json.encode(header) + b"\n" + payload


def _v1_store(root: Path) -> None:
    root.mkdir(mode=0o700)
    (root / folder.MANIFEST).write_bytes(_v1_file("manifest", {"created": "2025-01-01"}))
    old_debrief = {
        "week": 2,
        "date": "2025-09-14",
        "what_worked": "the breathing exercise",
        "id": "debrief-2025-00000000000a",
    }
    (root / "debrief-2025.json").write_bytes(_v1_file("debrief", {"_default": {"1": old_debrief}}))
    (root / folder.DRAFTS).write_bytes(
        _v1_file(
            "drafts",
            {"_default": {"1": {"key": "k", "fields": {}, "updated": "2025-09-14T10:00:00Z"}}},
        )
    )


def test_version_1_store_is_migrated(tmp_path: Path) -> None:
    root = tmp_path / "v1"
    _v1_store(root)
    with Store.open(root, read_only=True) as viewer:  # read-only: migrated in memory only
        assert len(viewer.records()) == 1
    assert b'"schema":1' in (root / "debrief-2025.json").read_bytes()
    with Store.open(root) as store:
        assert any("updated to the format" in n.message for n in store.notices)
        [record] = store.records()
        assert isinstance(record, Debrief)
        assert record.what_worked == "the breathing exercise" and record.privacy_overrides == 0
        assert store.draft("k") is not None
    for name in (folder.MANIFEST, "debrief-2025.json", folder.DRAFTS):
        assert f'"schema":{SCHEMA}'.encode() in (root / name).read_bytes()
    assert list((root / folder.BACKUPS).glob("debrief-2025.json.*.bak"))  # the old version is kept
    with Store.open(root) as store:
        assert store.notices == [] and len(store.records()) == 1

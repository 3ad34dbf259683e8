"""The guard's per-store secret and learned hashes: lazy, durable, private, never exported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biy_tui.__main__ import run
from biy_tui.core.store import Store, StoreReadOnly
from biy_tui.core.store.convert import change_encryption
from tests.unit.store.conftest import debrief


def test_key_is_made_once_and_kept(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assert not (data_dir / "guard.json").exists()  # lazily
        key = store.guard_key()
        assert isinstance(key, bytes) and len(key) == 32
        assert store.guard_key() == key
    with Store.open(data_dir) as again:
        assert again.guard_key() == key
    with Store.open(tmp := data_dir.parent / "other") as other:
        assert other.guard_key() != key
    assert tmp.exists()


def test_learned_hashes_are_durable_and_only_bytes(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assert store.learned_hashes() == frozenset()
        store.add_learned_hashes([b"\x01" * 32, b"\x02" * 32])
        store.add_learned_hashes(iter([b"\x02" * 32, b"\x03" * 16]))
        assert store.learned_hashes() == {b"\x01" * 32, b"\x02" * 32, b"\x03" * 16}
        key = store.guard_key()
        with pytest.raises(TypeError):
            store.add_learned_hashes(["a word"])  # type: ignore[list-item]
        with pytest.raises(ValueError):
            store.add_learned_hashes([b"x" * 65])
    with Store.open(data_dir) as again:
        assert again.learned_hashes() == {b"\x01" * 32, b"\x02" * 32, b"\x03" * 16}
        assert again.guard_key() == key


def test_read_only_store_has_a_memory_key_and_refuses_to_learn(data_dir: Path) -> None:
    Store.open(data_dir).close()
    with Store.open(data_dir, read_only=True) as store:
        assert len(store.guard_key()) == 32
        with pytest.raises(StoreReadOnly):
            store.add_learned_hashes([b"\x01"])
    assert not (data_dir / "guard.json").exists()


def test_key_survives_encrypt_change_and_decrypt_and_is_sealed(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.save_debrief(debrief(1))
        key = store.guard_key()
        store.add_learned_hashes([b"\x07" * 32])
    change_encryption(data_dir, None, "first pass")
    raw = (data_dir / "guard.json").read_bytes()
    assert raw.startswith(b"BIYENC1\n")
    with Store.open(data_dir, "first pass") as store:
        assert store.guard_key() == key
        assert store.learned_hashes() == {b"\x07" * 32}
    change_encryption(data_dir, "first pass", "second pass")  # biy passphrase
    with Store.open(data_dir, "second pass") as store:
        assert store.guard_key() == key
        assert store.learned_hashes() == {b"\x07" * 32}
    change_encryption(data_dir, "second pass", None)
    with Store.open(data_dir) as store:
        assert store.guard_key() == key
        assert store.learned_hashes() == {b"\x07" * 32}


def test_export_never_holds_the_key(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(data_dir) as store:
        store.save_debrief(debrief(1))
        key = store.guard_key()
        store.add_learned_hashes([b"\x09" * 32])
    out = tmp_path / "export.json"
    assert run(["--data-dir", str(data_dir), "export", "--out", str(out)]) == 0
    text = out.read_text()
    import base64

    assert base64.b64encode(key).decode() not in text
    assert key.hex() not in text
    assert "guard" not in json.loads(text)

"""Encryption at rest: round trip, nothing readable on disk, wrong passphrases change nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from biy_tui.core.store import (
    PassphraseRequired,
    Store,
    StoreError,
    WrongPassphrase,
    crypto,
    folder,
)
from biy_tui.core.store.convert import change_encryption
from biy_tui.core.store.crypto import Cipher, KdfParams
from tests.unit.store.conftest import debrief

CANARY = "Zephyrine Quillfeather"


def _fill(root: Path) -> set[str]:
    with Store.open(root) as store:
        ids = {store.save_debrief(debrief(n, text=f"{CANARY} said")).id for n in range(3)}
        store.save_draft("debrief:new", {"what_worked": f"{CANARY} again"})
    (root / "debrief-2025.json").write_bytes(f"damaged {CANARY}".encode())
    with Store.open(root) as store:  # puts a damaged file into quarantine
        assert store.notices
    return ids


def _disk_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def test_round_trip_and_no_plaintext_on_disk(data_dir: Path) -> None:
    ids = _fill(data_dir)
    assert CANARY.encode() in _disk_bytes(data_dir)
    change_encryption(data_dir, None, "correct horse")
    assert CANARY.encode() not in _disk_bytes(data_dir)
    assert CANARY.split()[0].lower().encode() not in _disk_bytes(data_dir).lower()
    assert not (data_dir / folder.STAGING).exists()
    with pytest.raises(PassphraseRequired):
        Store.open(data_dir)
    with Store.open(data_dir, "correct horse") as store:
        assert store.encrypted and store.notices == []
        assert {r.id for r in store.records()} == ids
        store.save_debrief(debrief(9, text=CANARY))
        store.save_draft("selfcare:new", {"my_plan": CANARY})
        assert store.draft("debrief:new") is not None
    assert CANARY.encode() not in _disk_bytes(data_dir)
    change_encryption(data_dir, "correct horse", None)
    with Store.open(data_dir) as store:
        assert not store.encrypted and len(store.records()) == 4
    assert CANARY.encode() in _disk_bytes(data_dir)


def test_wrong_passphrase_changes_nothing(data_dir: Path) -> None:
    _fill(data_dir)
    change_encryption(data_dir, None, "right")
    before = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
    with pytest.raises(WrongPassphrase) as caught:
        Store.open(data_dir, "wrong")
    assert "nothing was changed" in str(caught.value)
    with pytest.raises(WrongPassphrase):
        Store.open(data_dir, "wrong", read_only=True)
    assert {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()} == before


def test_damaged_encrypted_file_is_restored(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        first = store.save_debrief(debrief(1))
        store.save_debrief(debrief(2))
    change_encryption(data_dir, None, "pw")
    name = "debrief-2026.json"
    good = (data_dir / name).read_bytes()
    for offset in range(0, len(good), 97):
        copy = data_dir.parent / f"c{offset}"
        shutil.copytree(data_dir, copy)
        (copy / name).write_bytes(good[:offset])
        with Store.open(copy, "pw") as store:
            assert len(store.notices) == 1 and store.notices[0].quarantined is not None
            assert [r.id for r in store.records()] == [first.id]
        shutil.rmtree(copy)


def test_damaged_encrypted_manifest_is_not_a_wrong_passphrase(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        saved = store.save_debrief(debrief(1))
    change_encryption(data_dir, None, "pw")
    (data_dir / folder.MANIFEST).write_bytes(b"\x00" * 100)
    with Store.open(data_dir, "pw") as store:
        assert [r.id for r in store.records()] == [saved.id]
        assert len(store.notices) == 1
    with pytest.raises(WrongPassphrase):
        Store.open(data_dir, "not it")


def test_key_is_derived_once_per_open(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(data_dir) as store:
        store.save_debrief(debrief(1))
    change_encryption(data_dir, None, "pw")
    calls: list[int] = []
    real = Cipher.derive.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Cipher], passphrase: str, params: KdfParams, **kw: bool) -> Cipher:
        calls.append(1)
        return real(cls, passphrase, params, **kw)  # type: ignore[no-any-return]

    monkeypatch.setattr(Cipher, "derive", classmethod(counting))
    with Store.open(data_dir, "pw") as store:
        for n in range(5):
            store.save_debrief(debrief(n))
            store.save_draft("x", {"a": str(n)})
    assert len(calls) == 1


def test_sealed_file_format() -> None:
    cipher = Cipher.derive("pw", KdfParams.fresh())
    sealed = cipher.seal(b"hello")
    assert sealed.startswith(crypto.MAGIC)
    header = json.loads(sealed[len(crypto.MAGIC) :].split(b"\n", 1)[0])
    assert header["kdf"] == "scrypt" and header["salt"] and header["n"] == crypto.SCRYPT_N
    assert cipher.open(sealed) == b"hello"
    assert cipher.seal(b"hello") != sealed  # a fresh nonce every time
    tampered = bytearray(sealed)
    tampered[-1] ^= 1
    with pytest.raises(crypto.SealError):
        cipher.open(bytes(tampered))


def test_interrupted_before_ready_leaves_the_plain_store(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _fill(data_dir)
    from biy_tui.core.store import convert

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(convert, "_verify", boom)
    with pytest.raises(StoreError):
        change_encryption(data_dir, None, "pw")
    assert not (data_dir / folder.STAGING).exists()
    with Store.open(data_dir) as store:
        assert not store.encrypted and {r.id for r in store.records()} == ids


def test_interrupted_after_ready_is_finished_at_next_open(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _fill(data_dir)
    from biy_tui.core.store import convert, recovery

    real = recovery.finish_conversion
    monkeypatch.setattr(convert.recovery, "finish_conversion", lambda *a, **k: None)
    change_encryption(data_dir, None, "pw")  # "killed" right after READY
    assert (data_dir / folder.STAGING / "READY").exists()
    monkeypatch.setattr(convert.recovery, "finish_conversion", real)
    with Store.open(data_dir, "pw", read_only=True) as viewer:  # any command finishes it
        assert any("finished" in n.message for n in viewer.notices)
    assert not (data_dir / folder.STAGING).exists()
    with Store.open(data_dir, "pw") as store:
        assert store.encrypted and {r.id for r in store.records()} == ids
    assert CANARY.encode() not in _disk_bytes(data_dir)


def test_encrypt_twice_and_decrypt_plain_are_refused(data_dir: Path) -> None:
    _fill(data_dir)
    with pytest.raises(StoreError, match="not encrypted"):
        change_encryption(data_dir, None, None)
    change_encryption(data_dir, None, "pw")
    with pytest.raises(StoreError):  # the passphrase is needed to change anything
        change_encryption(data_dir, None, "other")

"""Recovery never loses what it can keep; what is not damage is never treated as damage."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from biy_tui.__main__ import run
from biy_tui.core.store import Store, StoreError, folder
from tests.unit.store.conftest import check_in, debrief

NAME = "checkin-2026.json"
OTHER_UID = 54321


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    return code, out.out, out.err


@pytest.fixture
def filled(data_dir: Path) -> Path:
    """16 check-ins saved one by one (so the backups are older versions)."""
    with Store.open(data_dir) as store:
        for n in range(16):
            store.save_check_in(check_in(n))
        store.save_debrief(debrief(1))
    return data_dir


def _snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(root)): (p.read_bytes(), stat.S_IMODE(p.lstat().st_mode))
        for p in root.rglob("*")
        if p.is_file() and not p.is_symlink()
    }


needs_root = pytest.mark.skipif(
    os.name == "nt" or os.geteuid() != 0, reason="needs root to give a file to another user"
)


@needs_root
def test_a_file_of_another_owner_is_not_damage(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.chown(filled / NAME, OTHER_UID, OTHER_UID)
    before = _snapshot(filled)
    with pytest.raises(StoreError) as caught:
        Store.open(filled)
    text = str(caught.value)
    assert str(filled / NAME) in text and "another user" in text and "chown" in text
    assert "nothing was changed" in text and "\n" not in text
    code, stdout, _e = _run(capsys, "--data-dir", str(filled), "doctor")
    assert code == 1 and "another user" in stdout and "fine" not in stdout
    assert _snapshot(filled) == before and not (filled / folder.QUARANTINE).exists()
    os.chown(filled / NAME, 0, 0)
    with Store.open(filled) as store:
        assert store.counts()["checkin"] == 16 and store.notices == []


def test_a_folder_in_the_way_and_an_unreadable_file_are_not_damage(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (filled / "plan-2026.json").mkdir()
    before = _snapshot(filled)
    with pytest.raises(StoreError, match="folder or other non-file"):
        Store.open(filled)
    assert _snapshot(filled) == before
    os.rmdir(filled / "plan-2026.json")


def test_a_symlinked_data_file_is_refused_and_its_target_untouched(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_bytes((filled / NAME).read_bytes())
    os.chmod(outside, 0o644)
    os.unlink(filled / NAME)
    os.symlink(outside, filled / NAME)
    with pytest.raises(StoreError, match="link"):
        Store.open(filled)
    with pytest.raises(StoreError, match="link"):
        Store.open(filled, read_only=True)
    code, stdout, _e = _run(capsys, "--data-dir", str(filled), "doctor")
    assert code == 1 and "link" in stdout
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644  # never chmod-ed through the link
    assert (filled / NAME).is_symlink()


def test_a_symlinked_backup_is_never_followed(filled: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"x")
    os.chmod(outside, 0o644)
    [backup, *_rest] = sorted((filled / folder.BACKUPS).glob(f"{NAME}.*.bak"))
    os.unlink(backup)
    os.symlink(outside, backup)
    with pytest.raises(StoreError, match="link"):
        Store.open(filled)
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644


def _flip(path: Path, at: float) -> None:
    raw = bytearray(path.read_bytes())
    raw[int(len(raw) * at)] ^= 0x01
    path.write_bytes(bytes(raw))


def test_one_flipped_bit_loses_at_most_one_record(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(filled) as store:
        ids = {r.id for r in store.records("checkin")}
    _flip(filled / NAME, 0.5)
    code, stdout, _e = _run(capsys, "--data-dir", str(filled), "doctor")
    assert "fine" not in stdout and code != 0
    assert "delete" not in stdout.lower()
    with Store.open(filled) as store:
        got = {r.id for r in store.records("checkin")}
    assert len(got & ids) >= 15  # the backup alone would have had 15; salvage keeps more
    assert len(got) <= 16


def test_salvage_keeps_what_the_backup_never_had(filled: Path) -> None:
    with Store.open(filled) as store:
        ids = {r.id for r in store.records("checkin")}
    raw = (filled / NAME).read_bytes()
    head, _sep, body = raw.partition(b"\n")
    cut = body.index(b'"2":{')  # damage the first record only
    damaged = head + b"\n" + body[: cut + 6] + b"\x00\x00" + body[cut + 8 :]
    (filled / NAME).write_bytes(damaged)
    with Store.open(filled) as store:
        got = {r.id for r in store.records("checkin")}
        [notice] = store.notices
    assert got == ids  # record 2 came from the backup, all the others from the damaged copy
    assert "recovered all 16 records" in notice.message and notice.lost == 0


def test_export_exits_non_zero_when_a_record_could_not_be_read(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for backup in (filled / folder.BACKUPS).glob(f"{NAME}.*.bak"):
        os.unlink(backup)
    raw = (filled / NAME).read_bytes()
    head, _sep, body = raw.partition(b"\n")
    cut = body.index(b'"3":{')
    (filled / NAME).write_bytes(head + b"\n" + body[: cut + 6] + b"\x00" + body[cut + 7 :])
    out = tmp_path / "export.json"
    code, _o, err = _run(capsys, "--data-dir", str(filled), "export", "--out", str(out))
    assert code == 1 and "1 record could not be read" in err and "biy doctor" in err
    assert len(json.loads(out.read_text())["records"]) == 16  # 15 check-ins and the debrief
    code, stdout, _e = _run(capsys, "--data-dir", str(filled), "doctor")
    assert code == 1 and "1 record could not be read" in stdout
    assert list((filled / folder.QUARANTINE).iterdir())  # the damaged copy is kept


def test_doctor_says_fine_only_when_nothing_was_done(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, stdout, _e = _run(capsys, "--data-dir", str(filled), "doctor")
    assert code == 0 and "fine" in stdout
    _flip(filled / NAME, 0.1)
    code, stdout, _e = _run(capsys, "--data-dir", str(filled), "doctor")
    assert code in (1, 2) and "are fine" not in stdout
    assert "delete them yourself" not in stdout


def test_invalid_utf8_anywhere_is_damage_not_a_crash(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = bytearray((filled / NAME).read_bytes())
    raw[3] = 0xFF  # inside the header line
    raw[len(raw) // 2] = 0xFE  # inside a record
    (filled / NAME).write_bytes(bytes(raw))
    with Store.open(filled) as store:
        assert store.counts()["checkin"] >= 15 and len(store.notices) == 1
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"format":"biy-export","schema":2,"records":[{"x":"\xff"}]}')
    code, _o, err = _run(capsys, "--data-dir", str(filled), "import", str(bad))
    assert code == 1 and err.count("\n") == 1

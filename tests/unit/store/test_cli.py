"""The store commands (export, import, doctor, encrypt, decrypt): one sentence, no traceback."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from biy_tui.__main__ import run
from biy_tui.core.store import Store, folder
from tests.unit.store.conftest import check_in, debrief


@pytest.fixture
def filled(data_dir: Path) -> Path:
    with Store.open(data_dir) as store:
        store.save_debrief(debrief(1))
        store.save_check_in(check_in(1))
        store.save_draft("debrief:new", {"what_worked": "unreviewed words"})
    return data_dir


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    return code, out.out, out.err


def test_export_then_import_into_a_new_laptop(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "export.json"
    code, _o, err = _run(capsys, "--data-dir", str(filled), "export", "--out", str(out))
    assert code == 0 and "2 records" in err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = json.loads(out.read_text())
    assert data["format"] == "biy-export" and len(data["records"]) == 2
    assert "unreviewed words" not in out.read_text()  # drafts are never exported
    fresh = tmp_path / "laptop"
    code, stdout, _e = _run(capsys, "--data-dir", str(fresh), "import", str(out))
    assert code == 0 and "2 records added, 0 updated, 0 skipped" in stdout
    code, stdout, _e = _run(capsys, "--data-dir", str(fresh), "import", str(out))  # twice: same
    assert code == 0 and "0 records added, 0 updated, 2 skipped" in stdout
    with Store.open(fresh) as store:
        assert store.counts()["debrief"] == 1 and store.counts()["checkin"] == 1


def test_export_to_stdout(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, _e = _run(capsys, "--data-dir", str(filled), "export")
    assert code == 0 and json.loads(stdout)["format"] == "biy-export"


def test_import_with_a_bad_record_writes_nothing(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "export.json"
    _run(capsys, "--data-dir", str(filled), "export", "--out", str(out))
    data = json.loads(out.read_text())
    good = data["records"][0]
    extra = dict(good, id="", week=7)
    bad = dict(good, id="", name="A Person")
    data["records"] = [extra, extra, bad]
    out.write_text(json.dumps(data))
    fresh = tmp_path / "laptop"
    code, _o, err = _run(capsys, "--data-dir", str(fresh), "import", str(out))
    assert code == 1 and "Record 3" in err and "nothing was imported" in err
    assert err.count("\n") == 1 and "A Person" not in err
    assert not fresh.exists() or not list(fresh.glob("debrief-*.json"))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "not a biy export"),
        (b"[]", "not a biy export file"),
        (None, "could not read"),
    ],
)
def test_import_refuses_other_files(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes | None,
    expected: str,
) -> None:
    path = tmp_path / "in.json"
    if content is not None:
        path.write_bytes(content)
    code, _o, err = _run(capsys, "--data-dir", str(data_dir), "import", str(path))
    assert code == 1 and expected in err


def test_doctor_reports_counts_and_repairs(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.chmod(filled / "debrief-2026.json", 0o644)
    (filled / ".debrief-2026.json.deadbeef.tmp").write_bytes(b"half")
    code, stdout, _e = _run(capsys, "--data-dir", str(filled), "doctor")
    assert code == 2 and "fine" not in stdout  # it repaired: never "fine"
    assert "1 debrief," in stdout and "1 check-in" in stdout and "1 draft" in stdout
    assert "made it private" in stdout and "left over" in stdout
    assert not (filled / ".debrief-2026.json.deadbeef.tmp").exists()


def test_doctor_fails_on_damage_it_could_not_repair(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (filled / "checkin-2026.json").write_bytes(b"garbage")  # never backed up: one save only
    code, stdout, _e = _run(capsys, "--data-dir", str(filled), "doctor")
    assert code == 1 and "cannot tell" in stdout and "problem" in stdout
    assert list((filled / folder.QUARANTINE).iterdir())


def test_doctor_on_an_empty_folder(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, _e = _run(capsys, "--data-dir", str(data_dir), "doctor")
    assert code == 0 and "no records" in stdout


def test_encrypt_and_decrypt_commands(
    filled: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def cmd(passphrase: str | None, *args: str) -> tuple[int, str, str]:
        if passphrase is not None:  # each command is a new process with its environment
            monkeypatch.setenv("BIY_PASSPHRASE", passphrase)
        result = _run(capsys, "--data-dir", str(filled), *args)
        assert "BIY_PASSPHRASE" not in os.environ  # read once, then gone
        return result

    code, stdout, _e = cmd("pw", "encrypt")
    assert code == 0 and "now encrypted" in stdout
    code, _o, err = cmd("pw", "encrypt")
    assert code == 1 and "already encrypted" in err
    code, stdout, _e = cmd("pw", "doctor")
    assert code == 0 and "1 debrief," in stdout and "fine" in stdout
    code, _o, err = cmd("wrong", "decrypt")
    assert code == 1 and "does not open" in err
    code, _o, err = cmd(None, "export")
    assert code == 1 and "BIY_PASSPHRASE" in err  # no terminal to ask on
    monkeypatch.setenv("BIY_NEW_PASSPHRASE", "cafe\u0301 new")
    code, stdout, _e = cmd("pw", "passphrase")
    assert code == 0 and "new passphrase" in stdout
    code, _o, err = cmd("pw", "export")
    assert code == 1 and "does not open" in err
    code, stdout, _e = cmd("caf\u00e9 new", "decrypt")  # the same words in another Unicode form
    assert code == 0 and "no longer encrypted" in stdout
    with Store.open(filled) as store:
        assert not store.encrypted and store.counts()["debrief"] == 1


def test_data_dir_defaults_to_biy_home(biy_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(biy_home / "data") as store:
        store.save_debrief(debrief(1))
    code, stdout, _e = _run(capsys, "doctor")
    assert code == 0 and "1 debrief," in stdout


def test_doctor_sets_aside_a_damaged_backup(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(filled) as store:
        store.save_debrief(debrief(2))
    [backup] = (filled / folder.BACKUPS).glob("debrief-2026.json.*.bak")
    os.unlink(backup)
    backup.write_bytes(b"junk")
    code, stdout, _e = _run(capsys, "--data-dir", str(filled), "doctor")
    assert code == 2 and "backup" in stdout and "set aside" in stdout
    assert not backup.exists()
    assert (filled / folder.QUARANTINE / f"{backup.name}.damaged").read_bytes() == b"junk"

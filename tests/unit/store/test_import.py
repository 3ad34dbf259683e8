"""biy import: through the guard, inert text, size limits, newest wins, honest counts."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest

from biy_tui.__main__ import run
from biy_tui.core.privacy.reviewed import mark_reviewed
from biy_tui.core.store import Store, exchange
from tests.unit.store.conftest import check_in, debrief, plan, self_care

LEAK = "Jane Smith called 403-555-0199 from 12 Elm Street"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    return code, out.out, out.err


def _export(source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "export.json"
    assert _run(capsys, "--data-dir", str(source), "export", "--out", str(out))[0] == 0
    return out


def _edit(path: Path, change: object) -> None:
    data = json.loads(path.read_text())
    change(data)  # type: ignore[operator]
    path.write_text(json.dumps(data))


@pytest.fixture
def source(tmp_path: Path) -> Path:
    root = tmp_path / "old-laptop"
    with Store.open(root) as store:
        store.save_debrief(debrief(1))
        store.save_debrief(debrief(2))
        store.save_check_in(check_in(1))
        store.save_plan(plan())
        store.save_self_care(self_care())
    return root


def _set_texts(data: dict[str, list[dict[str, str]]]) -> None:
    for rec in data["records"]:
        if rec["kind"] == "debrief":
            rec["what_worked"] = LEAK
        if rec["kind"] == "plan":
            rec["notes"] = "call Jane Smith"


def test_flagged_import_is_refused_with_counts_and_no_words(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _export(source, tmp_path, capsys)
    _edit(out, _set_texts)
    fresh = tmp_path / "new"
    code, stdout, err = _run(capsys, "--data-dir", str(fresh), "import", str(out))
    assert code == 1 and stdout == ""
    assert err.count("\n") == 1 and "nothing was imported" in err and "--redact" in err
    assert "6 things that could identify someone in 2 debriefs" in err
    assert "1 thing that could identify someone in 1 plan" in err
    for word in ("Jane", "Smith", "403", "Elm"):
        assert word not in err
    assert not list(fresh.glob("*-2026.json")) if fresh.exists() else True


def test_import_with_redact_stores_placeholders_only(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _export(source, tmp_path, capsys)
    _edit(out, _set_texts)
    fresh = tmp_path / "new"
    code, stdout, _e = _run(capsys, "--data-dir", str(fresh), "import", "--redact", str(out))
    assert code == 0 and "replaced 7 things" in stdout
    assert "5 records added, 0 updated, 0 skipped" in stdout
    for path in fresh.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert b"Jane" not in raw and b"403-555" not in raw and b"Elm" not in raw
    with Store.open(fresh) as store:
        texts = [r.what_worked for r in store.records("debrief")]  # type: ignore[union-attr]
        assert all("[name]" in t and "[phone]" in t for t in texts)


def test_placeholders_pass_and_control_characters_never_enter(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _export(source, tmp_path, capsys)

    def change(data: dict[str, list[dict[str, str]]]) -> None:
        for rec in data["records"]:
            if rec["kind"] == "debrief":
                rec["what_worked"] = "[name] joined \x1b]52;c;aGk=\x07 us \x1b[31mred\x00"

    _edit(out, change)
    fresh = tmp_path / "new"
    code, _out, err = _run(capsys, "--data-dir", str(fresh), "import", str(out))
    assert code == 0, err
    with Store.open(fresh) as store:
        for rec in store.records("debrief"):
            assert rec.what_worked == "[name] joined  us red"  # type: ignore[union-attr]
    for path in fresh.rglob("*.json"):
        assert b"\x1b" not in path.read_bytes() and b"\\u001b" not in path.read_bytes()


def test_newer_edit_is_never_replaced_by_an_older_copy(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _export(source, tmp_path, capsys)
    with Store.open(source) as store:
        first = store.records("debrief")[0]
        newer = store.save_debrief(
            msgspec.structs.replace(first, what_worked=mark_reviewed("changed later"))
        )
    code, stdout, _e = _run(capsys, "--data-dir", str(source), "import", str(out))
    assert code == 0 and "0 records added, 0 updated, 5 skipped" in stdout
    with Store.open(source) as store:
        assert store.get(newer.id) == newer
    # and the other way: the newer copy updates an older store
    (tmp_path / "x").mkdir()
    out2 = _export(source, tmp_path / "x", capsys)
    old = tmp_path / "older"
    assert _run(capsys, "--data-dir", str(old), "import", str(out))[0] == 0
    code, stdout, _e = _run(capsys, "--data-dir", str(old), "import", str(out2))
    assert code == 0 and "0 records added, 1 updated, 4 skipped" in stdout
    with Store.open(old) as store:
        assert store.get(newer.id) == newer


def test_duplicate_ids_in_one_file_keep_the_newest(source: Path, tmp_path: Path) -> None:
    with Store.open(source, read_only=True) as store:
        data, _n = exchange.export_json(store)
    body = json.loads(data)
    rec = next(r for r in body["records"] if r["kind"] == "debrief")
    older = dict(rec, what_worked="older", saved_at="2020-01-01T00:00:00Z")
    body["records"] = [rec, older]
    records = exchange.validate(json.dumps(body).encode(), "in.json")
    assert len(records) == 1 and records[0].what_worked != "older"  # type: ignore[union-attr]


def test_size_limits(
    source: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = _export(source, tmp_path, capsys)
    monkeypatch.setattr(exchange, "MAX_IMPORT_BYTES", 100)
    code, _o, err = _run(capsys, "--data-dir", str(tmp_path / "n"), "import", str(out))
    assert code == 1 and "larger than" in err
    monkeypatch.undo()
    long = "a" * (exchange.MAX_TEXT_CHARS + 1)
    _edit(out, lambda d: [r.update(notes=long) for r in d["records"] if r["kind"] == "plan"])
    code, _o, err = _run(capsys, "--data-dir", str(tmp_path / "n"), "import", str(out))
    assert code == 1 and "longer than" in err and "aaaa" not in err


def test_id_less_records_are_not_duplicated_by_a_second_import(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _export(source, tmp_path, capsys)
    _edit(out, lambda d: [r.update(id="", saved_at=None) for r in d["records"]])
    fresh = tmp_path / "new"
    code, stdout, _e = _run(capsys, "--data-dir", str(fresh), "import", str(out))
    assert code == 0 and "5 records added" in stdout
    code, stdout, _e = _run(capsys, "--data-dir", str(fresh), "import", str(out))
    assert code == 0 and "0 records added, 0 updated, 5 skipped" in stdout
    with Store.open(fresh) as store:
        assert sum(store.counts()[k] for k in ("plan", "checkin", "debrief", "selfcare")) == 5

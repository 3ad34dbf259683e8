"""``biy scrub``: redacted text, exact JSON lines, per-line errors, --check, exit codes."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from biy_tui.__main__ import run

NOTE = "Call Maria at 613-555-0199."


class _Stdin:
    def __init__(self, data: str) -> None:
        self.buffer = io.BytesIO(data.encode("utf-8"))


def feed(monkeypatch: pytest.MonkeyPatch, data: str) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))


def test_scrub_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    feed(monkeypatch, NOTE + "\n")
    assert run(["scrub"]) == 0
    assert capsys.readouterr().out == "Call [name] at [phone].\n"


def test_scrub_files_and_unreadable_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "a.txt"
    good.write_text(NOTE, encoding="utf-8")
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\xff\xfeMaria")
    code = run(["scrub", str(tmp_path / "missing.txt"), str(binary), str(good)])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == "Call [name] at [phone]."
    assert "missing.txt: could not be read" in err
    assert "b.txt: is not plain UTF-8 text" in err
    assert "Traceback" not in err and "Maria" not in err


def test_jsonl_exact_format(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps({"text": NOTE}),
        json.dumps({"text": "café calm, nothing here", "id": 7}),
        json.dumps({"text": "Joy's kids: 613 555 0199 ✓"}, ensure_ascii=False),
    ]
    feed(monkeypatch, "\n".join(lines) + "\n")
    assert run(["scrub", "--jsonl"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 3
    first = json.loads(out[0])
    assert first == {
        "spans": [
            {"start": 5, "end": 10, "kind": "name"},
            {"start": 14, "end": 26, "kind": "phone"},
        ],
        "redacted": "Call [name] at [phone].",
    }
    assert list(first) == ["spans", "redacted"]
    assert list(first["spans"][0]) == ["start", "end", "kind"]
    assert json.loads(out[1]) == {"spans": [], "redacted": "café calm, nothing here"}
    third = json.loads(out[2])
    text = "Joy's kids: 613 555 0199 ✓"
    assert [text[s["start"] : s["end"]] for s in third["spans"]] == ["Joy", "613 555 0199"]
    assert third["redacted"] == "[name]'s kids: [phone] ✓"


def test_jsonl_bad_lines_get_errors_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = "\n".join(
        [
            '{"text": "Maria said hi"}',
            "{not json, Maria",
            "",
            '{"text": 12}',
            '["text"]',
            '{"note": "x"}',
            '{"text": "all calm"}',
        ]
    )
    feed(monkeypatch, data + "\n")
    assert run(["scrub", "--jsonl"]) == 1
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 6  # the blank line is skipped
    assert rows[0]["redacted"] == "[name] said hi"
    assert [list(r) for r in rows[1:5]] == [["error"]] * 4
    assert "line 2" in rows[1]["error"] and "line 4" in rows[2]["error"]
    assert rows[5] == {"spans": [], "redacted": "all calm"}
    assert "Maria" not in err and "Maria" not in rows[1]["error"]
    assert "4 lines could not be read" in err


def test_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    flagged = tmp_path / "handout.md"
    flagged.write_text("Week 3 notes\nCall Maria at 613-555-0199.\n", encoding="utf-8")
    clean = tmp_path / "clean.md"
    clean.write_text("There is hope. Week 3 went well.\n", encoding="utf-8")
    assert run(["scrub", "--check", str(clean)]) == 0
    assert "Nothing that could identify someone" in capsys.readouterr().out
    assert run(["scrub", "--check", str(clean), str(flagged)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [f"{flagged}:2:6 name", f"{flagged}:2:15 phone"]
    assert "2 things" in err and "Maria" not in out + err
    assert run(["scrub", "--check"]) == 2


def test_site_terms_from_curriculum_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "site.toml").write_text(
        '[privacy]\nidentifying = ["Rosewood House"]\nnot_identifying = ["Sage"]\n',
        encoding="utf-8",
    )
    feed(monkeypatch, "Sage said we meet at rosewood house.")
    assert run(["--curriculum", str(site), "scrub"]) == 0
    assert capsys.readouterr().out == "Sage said we meet at [site_term]."
    (site / "site.toml").write_text("[privacy]\nidentifying = 3\n", encoding="utf-8")
    feed(monkeypatch, "x")
    assert run(["--curriculum", str(site), "scrub"]) == 1
    err = capsys.readouterr().err
    assert "site.toml, [privacy] identifying: expected a list of words" in err

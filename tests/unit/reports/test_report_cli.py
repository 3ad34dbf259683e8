"""``biy report`` and ``biy report merge`` from the command line."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from biy_tui.__main__ import run
from biy_tui.core import paths
from biy_tui.core.store import Store
from tests.unit.reports.fixtures import (
    CANARY,
    SELF_CARE,
    big_site,
    curriculum,
    save_all,
    small_site,
)


@pytest.fixture
def saved() -> None:
    save_all(small_site(curriculum()))


def out_err(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_markdown_to_standard_output(saved: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["report"]) == 0
    out, _ = out_err(capsys)
    assert out.startswith("# Evaluation report: Believe In You")
    assert "| Week 2 | 2 | 12 | <5 | 8–12 | 6.0 |" in out
    assert SELF_CARE not in out and "Marguerite" not in out


def test_weeks_and_formats(saved: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["report", "--weeks", "7", "--format", "csv"]) == 0
    out, _ = out_err(capsys)
    assert "attendance,growth-circle,Week 7,First time,<5" in out and "Week 2" not in out
    target = tmp_path / "out" / "report.html"
    assert run(["report", "--format", "html", "--out", str(target)]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "<svg" in target.read_text(encoding="utf-8")
    assert str(target) in out_err(capsys)[1]


def test_text_only_when_asked_and_redacted(saved: None, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(paths.data_dir()) as store:  # a draft is never reported, not even with text
        store.save_draft("debrief:week-9", {"what_worked": f"{CANARY} draft words"})
    for fmt in ("md", "csv", "json", "html"):
        assert run(["report", "--format", fmt, "--include-text"]) == 0
        out, _ = out_err(capsys)
        assert "[name] said the safety map helped." in out
        assert "Marguerite" not in out and "draft words" not in out and SELF_CARE not in out


def test_works_while_the_app_holds_the_store(
    saved: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(paths.data_dir()):
        assert run(["report", "--format", "json"]) == 0
    assert json.loads(out_err(capsys)[0])["format"] == "biy-report"


def test_merge_two_sites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cur = curriculum()
    files = []
    for n, records in enumerate((big_site(cur), big_site(cur, 1))):
        data = tmp_path / f"site-{n}"
        with Store.open(data) as store:
            for record in records:
                store.save(record)
        target = tmp_path / f"site-{n}.json"
        assert (
            run(["--data-dir", str(data), "report", "--format", "json", "--out", str(target)]) == 0
        )
        files.append(str(target))
    out_file = tmp_path / "merged.md"
    assert run(["report", "merge", *files, "--out", str(out_file)]) == 0
    text = out_file.read_text(encoding="utf-8")
    assert "2 reports merged" in text and "| **Total** | 32 |" in text
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["report", "--weeks", "six"], "Weeks should look like 1-6"),
        (["report", "--weeks", "6-1"], "The range ends before it starts"),
        (["report", "--from", "2026-13-01"], "The date '2026-13-01' should look like"),
        (["report", "--weeks", "1-6", "--from", "2026-01-01"], "Choose either --weeks or"),
        (["report", "--min-cell", "2"], "The smallest count a report shows must be 3 or more"),
        (["report", "--from", "2026-09-01"], "Reports cover whole parts of the program, never"),
        (["report", "--to", "2026-10-01"], "Reports cover whole parts of the program, never"),
        (["report", "merge", "missing.json"], "missing.json could not be read"),
    ],
)
def test_errors_are_one_sentence(
    argv: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(argv) == 1
    out, err = out_err(capsys)
    assert err.startswith(says) and err.count("\n") == 1 and "Traceback" not in err and out == ""


def test_merge_refuses_another_schema_naming_the_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "biy-report", "schema": 3}', encoding="utf-8")
    other = tmp_path / "other.json"
    other.write_text('{"records": []}', encoding="utf-8")
    assert run(["report", "merge", str(newer)]) == 1
    assert f"{newer} was made by a different version of biy (report format 3" in out_err(capsys)[1]
    assert run(["report", "merge", str(other)]) == 1
    assert f"{other} is not a biy report" in out_err(capsys)[1]


def test_a_range_of_weeks_is_widened_to_whole_parts_with_a_sentence(
    saved: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["report", "--weeks", "1-7"]) == 0
    out, err = out_err(capsys)
    assert err.count("\n") == 1 and "weeks 1–7 became weeks 1–20" in err
    assert "Weeks 1–20 · generated" in out
    assert run(["report", "--weeks", "1-6"]) == 0  # a whole part: nothing to say
    out, err = out_err(capsys)
    assert err == "" and "Weeks 1–6 · generated" in out


def test_merge_refuses_the_same_file_twice(
    saved: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site.json"
    assert run(["report", "--format", "json", "--out", str(site)]) == 0
    out_err(capsys)
    assert run(["report", "merge", str(site), str(site)]) == 1
    out, err = out_err(capsys)
    assert out == "" and err.count("\n") == 1
    assert err.startswith(f"{site} and {site} hold the same report")

"""``biy curriculum check``: every problem printed, exit 1; a summary and exit 0 when fine."""

from __future__ import annotations

from pathlib import Path

import pytest

from biy_tui.__main__ import run
from tests.unit.curriculum.helpers import week_text, write


def test_check_shipped_prints_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["curriculum", "check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Curriculum is fine: 20 weeks,")
    assert "reading" in out and "creative-movement" in out


def test_check_site_folder_lists_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    write(site, "week-21.toml", week_text(21).replace("minutes = 10", 'minutes = "ten"', 1))
    write(site, "week-22.toml", b"\xff\xfe")
    write(site, "week-23.toml", week_text(23))
    assert run(["curriculum", "check", str(site)]) == 1
    err = capsys.readouterr().err
    assert 'week-21.toml (site folder) (line 14), activity "read-one", minutes' in err
    assert "week-22.toml (site folder) (line 1): the file is not plain UTF-8 text" in err
    assert "2 problems found" in err
    assert "Traceback" not in err


def test_global_curriculum_option_is_used(tmp_path: Path, capsys) -> None:
    site = tmp_path / "site"
    write(site, "week-21.toml", "week = 21\n")
    assert run(["--curriculum", str(site), "curriculum", "check"]) == 1
    assert "this field is required" in capsys.readouterr().err


def test_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["curriculum", "check", str(tmp_path / "nope")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"The curriculum folder {tmp_path / 'nope'} does not exist; check the path and try again."
    ]


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--version"]) == 0
    assert capsys.readouterr().out.startswith("biy ")
    assert run(["--help"]) == 0
    assert "curriculum" in capsys.readouterr().out


def test_unknown_command_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["gardening"]) == 2
    err = capsys.readouterr().err
    assert "Try 'biy --help'" in err and "Traceback" not in err

"""``biy plan list`` / ``biy plan export``: the handout of a saved plan, from the command line."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest

from biy_tui.__main__ import run
from biy_tui.core import paths
from biy_tui.core.planning import Agenda, plan_from_agenda
from biy_tui.core.reports.safe_html import CSP_META
from biy_tui.core.store import Store
from tests.shipped import shipped


@pytest.fixture
def saved_week_3() -> Agenda:
    week = shipped().weeks[3]
    agenda = Agenda(week=3, session_minutes=90)
    agenda = agenda.add(week.by_style("creative-movement")[0]).add(week.by_style("discussion")[0])
    with Store.open(paths.data_dir()) as store:
        store.save_plan(plan_from_agenda(agenda, dt.date(2026, 11, 20)))
        store.save_plan(plan_from_agenda(agenda.remove(1), dt.date(2026, 11, 24)))
    return agenda


def test_list(saved_week_3: Agenda, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["plan", "list"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("week  3  plan 1  2026-11-24")
    assert lines[1].startswith("week  3  plan 2  2026-11-20")


def test_export_markdown_to_stdout(saved_week_3: Agenda, capsys) -> None:
    assert run(["plan", "export", "3", "--plan", "2", "--start", "18:00"]) == 0
    out = capsys.readouterr().out
    week = shipped().weeks[3]
    first = week.activity(saved_week_3.items[0].activity)
    assert out.startswith("# Week 3: ")
    assert f"| 18:00–18:{first.minutes:02d} | {first.title} |" in out or "18:00–" in out
    assert "## Materials" in out and first.materials[0] in out


def test_export_html_file_is_private(saved_week_3: Agenda, tmp_path: Path, capsys) -> None:
    target = tmp_path / "handout.html"
    assert run(["plan", "export", "3", "--format", "html", "--out", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert CSP_META in text
    text = text.replace(CSP_META, "")
    assert text.startswith("<!doctype html>") and "<script" not in text and "http" not in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in capsys.readouterr().err


def test_export_errors_are_one_sentence(saved_week_3: Agenda, capsys) -> None:
    assert run(["plan", "export", "4"]) == 1
    assert "No plan is saved for week 4 yet" in capsys.readouterr().err
    assert run(["plan", "export", "3", "--plan", "9"]) == 1
    assert "has 2 saved plans, so there is no plan 9" in capsys.readouterr().err
    assert run(["plan", "export", "77"]) == 1
    assert "Week 77 is not in the curriculum" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["25:00", "6", "13pm", "soon", "18:75", "0am"])
def test_export_refuses_a_start_it_cannot_read(
    saved_week_3: Agenda, capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    assert run(["plan", "export", "3", "--start", bad]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "is not a time of day" in captured.err and "6pm" in captured.err


@pytest.mark.parametrize(
    ("start", "first"), [("6pm", "18:00"), ("6:30 pm", "18:30"), ("9:05", "9:05"), ("12am", "0:00")]
)
def test_export_understands_common_start_times(
    saved_week_3: Agenda, capsys: pytest.CaptureFixture[str], start: str, first: str
) -> None:
    assert run(["plan", "export", "3", "--start", start]) == 0
    assert f"| {first}–" in capsys.readouterr().out


def test_list_says_one_activity(saved_week_3: Agenda, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["plan", "list"]) == 0
    out = capsys.readouterr().out
    assert "1 activity," in out and "1 activities" not in out

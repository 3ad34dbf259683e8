"""Snapshot tests: each screen at 80x24 and 120x40, in the calm and high-contrast themes.

Regenerate after an intended change with ``uv run pytest tests/snapshots --snapshot-update``
and review the SVGs in the report before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from biy_tui import paths
from biy_tui.app import build_app
from biy_tui.curriculum import load_curriculum
from biy_tui.settings import Settings
from tests.unit.curriculum.helpers import week_text, write

SIZES = [(80, 24), (120, 40)]
THEMES = ["biy-calm", "biy-contrast"]


def make(tmp_path: Path, theme: str = "biy-calm", site: Path | None = None):  # type: ignore[no-untyped-def]
    curriculum = load_curriculum(paths.shipped_curriculum_dir(), site)
    return build_app(curriculum, settings=Settings(theme=theme), data_dir=tmp_path / "data")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", THEMES)
def test_overview(snap_compare, tmp_path: Path, size, theme) -> None:
    assert snap_compare(make(tmp_path, theme), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", THEMES)
def test_week_module(snap_compare, tmp_path: Path, size, theme) -> None:
    assert snap_compare(make(tmp_path, theme), press=["down", "down", "enter"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_heavy_week_opens_with_its_content_note(snap_compare, tmp_path: Path, size) -> None:
    app = make(tmp_path)
    heavy = next(w.week for w in app.curriculum.weeks.values() if w.intensity == "heavy")
    presses = ["down"] * (heavy - 1) + ["enter"]
    assert snap_compare(app, press=presses, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", THEMES)
def test_grounding_card(snap_compare, tmp_path: Path, size, theme) -> None:
    assert snap_compare(make(tmp_path, theme), press=["g"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare, tmp_path: Path, size) -> None:
    assert snap_compare(make(tmp_path), press=["question_mark"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_unavailable_week(snap_compare, tmp_path: Path, size) -> None:
    site = tmp_path / "site"
    write(site, "week-02.toml", week_text(2, part="finding-our-voices", themes='["nope"]'))
    assert snap_compare(make(tmp_path, site=site), press=["down"], terminal_size=size)

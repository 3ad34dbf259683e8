"""The start-up cache gives the same curriculum, and never a stale or broken one."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from biy_tui.core import paths
from biy_tui.core.curriculum import load_curriculum
from biy_tui.core.curriculum.cache import CACHE_FILE, load_curriculum_cached
from tests.unit.curriculum.helpers import week_text, write


def test_cached_equals_fresh(shipped_curriculum: Path) -> None:
    fresh = load_curriculum(shipped_curriculum)
    first = load_curriculum_cached(shipped_curriculum)
    cache = paths.cache_dir() / CACHE_FILE
    assert cache.is_file()
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    second = load_curriculum_cached(shipped_curriculum)
    for got in (first, second):
        assert got.program == fresh.program
        assert got.weeks == fresh.weeks
        assert got.problems == fresh.problems


def test_a_changed_file_is_reloaded(tmp_path: Path, shipped_curriculum: Path) -> None:
    site = tmp_path / "site"
    path = write(site, "week-21.toml", week_text(21))
    assert load_curriculum_cached(shipped_curriculum, site).weeks[21].title == "A test week"
    path.write_text(week_text(21).replace("A test week", "Changed week"), encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert load_curriculum_cached(shipped_curriculum, site).weeks[21].title == "Changed week"
    write(site, "week-22.toml", "week = 22\n")
    cur = load_curriculum_cached(shipped_curriculum, site)
    assert 22 in cur.unavailable
    again = load_curriculum_cached(shipped_curriculum, site)
    assert again.unavailable == cur.unavailable and again.problems == cur.problems


def test_a_damaged_cache_is_ignored(shipped_curriculum: Path) -> None:
    load_curriculum_cached(shipped_curriculum)
    cache = paths.cache_dir() / CACHE_FILE
    cache.write_bytes(b"\x00garbage")
    cur = load_curriculum_cached(shipped_curriculum)
    assert len(cur.weeks) == len(load_curriculum(shipped_curriculum).weeks)


def test_an_unwritable_cache_folder_is_not_an_error(shipped_curriculum: Path, monkeypatch) -> None:
    monkeypatch.setenv("BIY_CACHE_DIR", "/proc/biy-cannot-write-here")
    assert load_curriculum_cached(shipped_curriculum).weeks

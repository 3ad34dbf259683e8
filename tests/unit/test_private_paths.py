"""Privacy on disk beyond the data folder: settings, cache and exports (issue 14, item 5).

A link or a folder another user planted where biy keeps its settings, its
cache or its handouts must never make biy write (or read) somewhere else; what
biy creates there is owner-only: files 0600, folders 0700.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from biy_tui.core import paths
from biy_tui.core.settings import SettingsError, load_settings, save_theme

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX links and modes")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("BIY_CONFIG_DIR", "BIY_CACHE_DIR", "BIY_EXPORT_DIR", "BIY_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BIY_HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    (tmp_path / "elsewhere").mkdir()
    return tmp_path / "home"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_a_symlinked_config_folder_is_not_written_through(home: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    (home / "config").symlink_to(elsewhere)
    with pytest.raises(SettingsError):
        save_theme("biy-contrast")
    assert list(elsewhere.iterdir()) == []


def test_a_symlinked_settings_file_is_not_read(home: Path, tmp_path: Path) -> None:
    planted = tmp_path / "elsewhere" / "settings.toml"
    planted.write_text('curriculum = "/tmp/someone-elses-weeks"\n', encoding="utf-8")
    (home / "config").mkdir(mode=0o700)
    (home / "config" / "settings.toml").symlink_to(planted)
    with pytest.raises(SettingsError) as caught:
        load_settings(environ={})
    assert "Traceback" not in str(caught.value)


def test_a_settings_file_of_another_user_is_not_read(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (home / "config").mkdir(mode=0o700)
    (home / "config" / "settings.toml").write_text('theme = "biy-contrast"\n', encoding="utf-8")
    monkeypatch.setattr(os, "geteuid", lambda: os.lstat(home).st_uid + 4242)
    with pytest.raises(SettingsError):
        load_settings(environ={})


def test_a_cache_folder_of_another_user_is_not_written(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (home / "cache").mkdir(mode=0o700)
    monkeypatch.setattr(os, "geteuid", lambda: os.lstat(home).st_uid + 4242)
    with pytest.raises(OSError):
        paths.write_private(paths.cache_dir() / "curriculum.bin", b"x", sync=False)
    assert list((home / "cache").iterdir()) == []


def test_a_symlinked_cache_folder_is_neither_read_nor_written(home: Path, tmp_path: Path) -> None:
    from biy_tui.core.curriculum.cache import load_curriculum_cached

    elsewhere = tmp_path / "elsewhere"
    (home / "cache").symlink_to(elsewhere)
    curriculum = load_curriculum_cached(paths.shipped_curriculum_dir(), None)
    assert curriculum.weeks
    assert list(elsewhere.iterdir()) == []


def test_a_symlinked_exports_folder_refuses_the_handout(home: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    (home / "exports").symlink_to(elsewhere)
    with pytest.raises(OSError) as caught:
        paths.write_private(paths.exports_dir() / "handout.html", "<p>week 3</p>")
    assert caught.value.strerror  # one plain phrase for the notice
    assert list(elsewhere.iterdir()) == []


def test_what_biy_creates_is_owner_only(home: Path) -> None:
    old = os.umask(0o022)
    try:
        (home / "config").mkdir(mode=0o755)  # made earlier, before biy tightened it
        save_theme("biy-contrast")
        paths.write_private(paths.exports_dir() / "nested" / "report.md", "# report")
    finally:
        os.umask(old)
    assert mode(home / "config") == 0o700
    assert mode(home / "config" / "settings.toml") == 0o600
    assert mode(home / "exports") == 0o700
    assert mode(home / "exports" / "nested") == 0o700
    assert mode(home / "exports" / "nested" / "report.md") == 0o600

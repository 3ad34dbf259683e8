"""Every file location biy uses, as functions; nothing is created at import.

Folder and file names are neutral ("biy"): nothing on disk says what kind of
group the facilitator runs. Tests point everything at a temporary folder with a
single environment variable, ``BIY_HOME``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

APP_NAME = "biy"
PROGRAM_FILE_NAME = "program.toml"


def _home_override() -> Path | None:
    """Return the test/portable root from ``BIY_HOME``, when set."""
    value = os.environ.get("BIY_HOME")
    return Path(value).expanduser() if value else None


def _folder(env: str, home_sub: str, platform: Callable[[], str]) -> Path:
    """One of biy's folders: ``$env``, else ``$BIY_HOME/home_sub``, else the platform's."""
    value = os.environ.get(env)
    if value:
        return Path(value).expanduser()
    home = _home_override()
    if home is not None:
        return home / home_sub
    return Path(platform())


def _platformdirs() -> Any:
    import platformdirs  # imported only when no override says where to look

    return platformdirs


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Return the folder that holds the facilitator's records.

    Args:
        override: a folder given on the command line (``--data-dir``); wins over all.

    Returns:
        ``override``, else ``$BIY_DATA_DIR``, else ``$BIY_HOME/data``, else the
        platform's user data folder for "biy".
    """
    if override:
        return Path(override).expanduser()
    return _folder(
        "BIY_DATA_DIR",
        "data",
        lambda: _platformdirs().user_data_dir(APP_NAME, appauthor=False),
    )


def config_dir() -> Path:
    """Return the folder that holds ``settings.toml``."""
    return _folder(
        "BIY_CONFIG_DIR",
        "config",
        lambda: _platformdirs().user_config_dir(APP_NAME, appauthor=False),
    )


def cache_dir() -> Path:
    """Return the folder for caches that can be rebuilt at any time (no records)."""
    return _folder(
        "BIY_CACHE_DIR",
        "cache",
        lambda: _platformdirs().user_cache_dir(APP_NAME, appauthor=False),
    )


def exports_dir() -> Path:
    """Return the folder handouts and reports are written to (created when needed)."""
    return _folder(
        "BIY_EXPORT_DIR",
        "exports",
        lambda: str(Path(_platformdirs().user_documents_dir()) / APP_NAME),
    )


def write_private(path: Path, content: str | bytes, *, sync: bool = True) -> None:
    """Write a file atomically, readable by its owner only.

    Args:
        path: where to write; its folder is created (owner-only) when missing.
        content: the text (written as UTF-8) or bytes.
        sync: flush to the disk before the swap (off for caches that can be rebuilt).
    """
    import tempfile

    data = content.encode("utf-8") if isinstance(content, str) else content
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def settings_file() -> Path:
    """Return the path of the settings file (it may not exist)."""
    return config_dir() / "settings.toml"


def shipped_curriculum_dir() -> Path:
    """Return the folder of the curriculum shipped with biy.

    In an installed wheel the files live inside the package (``_curriculum``);
    in a checkout they live in the top-level ``curriculum/`` folder.
    """
    package = Path(__file__).resolve().parent.parent  # biy_tui/ (this is biy_tui/core/paths.py)
    inside = package / "_curriculum"
    if (inside / "program.toml").is_file():
        return inside
    return package.parent / "curriculum"

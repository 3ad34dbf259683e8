"""Every file location biy uses, as functions; nothing is created at import.

Folder and file names are neutral ("biy"): nothing on disk says what kind of
group the facilitator runs. Tests point everything at a temporary folder with a
single environment variable, ``BIY_HOME``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
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


FILE_MODE = 0o600
DIR_MODE = 0o700
_POSIX = os.name != "nt"


class NotPrivate(OSError):
    """A folder or file biy uses is a link, belongs to another user, or is not what it should be.

    ``strerror`` is one plain phrase (for the notice); ``filename`` is the path.
    """

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(errno.EPERM, why, str(path))


def _vet(path: Path, info: os.stat_result, *, folder: bool) -> None:
    """Refuse a link, another user's entry, or the wrong kind of entry (lstat or fstat)."""
    from biy_tui.core.text import messages

    if stat.S_ISLNK(info.st_mode):
        raise NotPrivate(path, messages.REFUSED_LINK)
    if _POSIX and info.st_uid != os.geteuid():
        raise NotPrivate(path, messages.REFUSED_OWNER)
    if (stat.S_ISDIR if folder else stat.S_ISREG)(info.st_mode) is False:
        raise NotPrivate(path, messages.REFUSED_NOT_FOLDER if folder else messages.REFUSED_NOT_FILE)


def _own_folders() -> set[Path]:
    """biy's own folders besides the data folder (whose store checks its own)."""
    return {config_dir(), cache_dir(), exports_dir()}


def private_dir(folder: Path) -> Path:
    """Make sure ``folder`` is biy's to write in, creating it (and missing parents) 0700.

    biy's own folders on the way (config, cache, exports) and ``folder`` itself
    must be real folders of this user, never links; they are made owner-only.

    Raises:
        NotPrivate: one of them is a link, another user's, or not a folder.
        OSError: a folder cannot be created.
    """
    own = _own_folders()
    chain = [folder, *folder.parents]
    for ancestor in reversed(chain):
        if ancestor != folder and ancestor not in own:
            if not os.path.lexists(ancestor):
                with contextlib.suppress(FileExistsError):
                    os.mkdir(ancestor, DIR_MODE)
            continue
        if not os.path.lexists(ancestor):
            with contextlib.suppress(FileExistsError):
                os.mkdir(ancestor, DIR_MODE)
        _tighten(ancestor)
    return folder


def _tighten(folder: Path) -> None:
    """Check ``folder`` (never following a link) and make it 0700."""
    info = os.lstat(folder)
    _vet(folder, info, folder=True)
    if _POSIX and stat.S_IMODE(info.st_mode) != DIR_MODE:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_DIRECTORY", 0)
        fd = os.open(folder, flags)
        try:
            _vet(folder, os.fstat(fd), folder=True)
            os.fchmod(fd, DIR_MODE)
        finally:
            os.close(fd)


def read_private(path: Path) -> bytes:
    """Read one of biy's own files, never through a link nor from another user's file or folder.

    Raises:
        NotPrivate: the file or its folder is a link, another user's, or the wrong kind.
        OSError: it cannot be read (missing, no permission, ...).
    """
    parent = path.parent
    if parent in _own_folders() and os.path.lexists(parent):
        _vet(parent, os.lstat(parent), folder=True)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            from biy_tui.core.text import messages

            raise NotPrivate(path, messages.REFUSED_LINK) from None
        raise
    try:
        _vet(path, os.fstat(fd), folder=False)
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def write_private(path: Path, content: str | bytes, *, sync: bool = True) -> None:
    """Write a file atomically, readable by its owner only (0600, in a 0700 folder).

    Never writes through a link or into another user's folder: the folder is
    checked (see :func:`private_dir`), the new file is created next to the old
    one with ``O_EXCL`` and swapped over its name (a link there is replaced, not followed).

    Args:
        path: where to write; its folder is created (owner-only) when missing.
        content: the text (written as UTF-8) or bytes.
        sync: flush to the disk before the swap (off for caches that can be rebuilt).

    Raises:
        NotPrivate: the folder is a link, another user's, or not a folder.
        OSError: it cannot be written.
    """
    import tempfile

    data = content.encode("utf-8") if isinstance(content, str) else content
    private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            if _POSIX:
                os.fchmod(handle.fileno(), FILE_MODE)
            handle.write(data)
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
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

"""A start-up cache of the validated curriculum.

Parsing TOML is the slowest part of start-up (tomllib is pure Python). The
validated curriculum is kept in the user cache folder as MessagePack, keyed by
every curriculum file's path, size and modification time, and by biy's
version; any change to any file, or any problem reading the cache, means a
normal load. The cache holds only curriculum text, never a record.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import msgspec

from biy_tui import __version__
from biy_tui.core import paths
from biy_tui.core.curriculum.loader import PROGRAM_FILE, Curriculum, load_curriculum, week_files
from biy_tui.core.curriculum.models import Program, Week
from biy_tui.core.curriculum.problems import Problem

CACHE_FILE = "curriculum.msgpack"
CACHE_FORMAT = "inert-1"
"""Changed whenever what the loader keeps changes (inert-1: text cleaned, size limits)."""


class _Problem(msgspec.Struct, array_like=True):
    file: str
    message: str
    week: int | None
    line: int | None


class _Cached(msgspec.Struct):
    key: str
    program: Program
    weeks: list[Week]
    problems: list[_Problem]
    unavailable: dict[int, _Problem]
    sources: dict[int, str]
    unplaced: list[_Problem] = []


def _key(base: Path, site: Path | None) -> str:
    """Every curriculum file's path, size and modification time, and biy's version."""
    parts = [__version__, CACHE_FORMAT]
    for folder in (base, site):
        if folder is None:
            parts.append("-")
            continue
        for path in [folder / PROGRAM_FILE, *week_files(folder)]:
            try:
                stat = path.stat()
            except OSError:
                parts.append(f"{path}:missing")
                continue
            parts.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts)


def _to_problem(p: _Problem) -> Problem:
    return Problem(file=p.file, message=p.message, week=p.week, line=p.line)


def _from_problem(p: Problem) -> _Problem:
    return _Problem(file=p.file, message=p.message, week=p.week, line=p.line)


def load_curriculum_cached(base: Path, site: Path | None = None) -> Curriculum:
    """Load the curriculum, from the cache when no file has changed.

    Args:
        base: the shipped curriculum folder.
        site: an optional site folder.

    Returns:
        The same curriculum :func:`load_curriculum` returns.

    Raises:
        CurriculumError: as :func:`load_curriculum` (never from the cache itself).
    """
    cache = paths.cache_dir() / CACHE_FILE
    key = _key(base, site)
    with contextlib.suppress(OSError, msgspec.DecodeError, msgspec.ValidationError):
        cached = msgspec.msgpack.decode(paths.read_private(cache), type=_Cached)
        if cached.key == key:
            return Curriculum(
                program=cached.program,
                weeks={w.week: w for w in cached.weeks},
                problems=[_to_problem(p) for p in cached.problems],
                unavailable={n: _to_problem(p) for n, p in cached.unavailable.items()},
                sources={n: Path(s) for n, s in cached.sources.items()},
                unplaced=[_to_problem(p) for p in cached.unplaced],
            )
    curriculum = load_curriculum(base, site)
    payload = _Cached(
        key=key,
        program=curriculum.program,
        weeks=list(curriculum.weeks.values()),
        problems=[_from_problem(p) for p in curriculum.problems],
        unavailable={n: _from_problem(p) for n, p in curriculum.unavailable.items()},
        sources={n: str(s) for n, s in curriculum.sources.items()},
        unplaced=[_from_problem(p) for p in curriculum.unplaced],
    )
    with contextlib.suppress(OSError):
        paths.write_private(cache, msgspec.msgpack.encode(payload), sync=False)
    return curriculum

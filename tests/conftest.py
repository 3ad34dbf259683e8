"""Shared test setup: every test runs with its own biy home and no network.

``BIY_HOME`` points all data and config at a temporary folder, so no test touches
the real user folders, and every other ``BIY_*`` variable of the developer's shell is
cleared. The time zone and locale are pinned (UTC, C.UTF-8) for the whole session, and
inherited by the subprocesses tests start, so no result depends on where the suite runs.
Internet sockets are blocked for the whole suite: biy never opens a connection, and this
proves it.
"""

from __future__ import annotations

import os
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# In CI the property tests run a fixed, repeatable set of examples (a red run must
# mean a real regression); locally they explore new examples every run.
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# Compiled test modules (their rewritten asserts) and imported libraries are cached on disk
# even when PYTHONDONTWRITEBYTECODE is set (as on the project's machines): otherwise every
# xdist worker parses and rewrites every test module again, about 6 s of CPU per worker.
sys.dont_write_bytecode = False

# Pinned before any test module is imported, so module-level dates use it too.
os.environ["TZ"] = "UTC"
time.tzset()
for _name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
    os.environ.pop(_name, None)
os.environ["LC_ALL"] = "C.UTF-8"
for _name in [n for n in os.environ if n.startswith("BIY_")]:
    del os.environ[_name]

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class NetworkBlocked(RuntimeError):
    """A test tried to open a network connection."""


_LOOPBACK = {"127.0.0.1", "::1", "localhost"}
_loopback_allowed = False


def _guard(sock: socket.socket, address: object) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0] if isinstance(address, tuple) and address else None
        if _loopback_allowed and host in _LOOPBACK:
            return
        raise NetworkBlocked(f"biy tried to connect to {address!r}")


def _connect(self: socket.socket, address: object) -> None:
    _guard(self, address)
    _real_connect(self, address)  # type: ignore[arg-type]


def _connect_ex(self: socket.socket, address: object) -> int:
    _guard(self, address)
    return _real_connect_ex(self, address)  # type: ignore[arg-type]


# The longest tests outside the serial group (from ``--durations``), started first: xdist
# hands tests out in collection order, and one of these started last leaves the other
# workers idle at the end.
_LONG_FIRST = (
    "tests/unit/reports/test_release_attack.py::",
    "tests/ui/test_inert_markup.py::",
    "tests/unit/store/test_damage.py::test_truncation_at_every_offset_is_detected",
    "tests/unit/reports/test_html_chromium.py::",
    "tests/unit/curriculum/test_fuzz.py::",
    "tests/unit/curriculum/test_inert_loading.py::test_hostile_text_loads_clean_or_is_refused",
    "tests/unit/reports/test_release_redteam2.py::",
    "tests/unit/privacy/test_properties_names.py::",
    "tests/unit/store/test_salvage.py::",
    "tests/ui/test_report_screen.py::",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked ``serial`` all go to the same xdist worker; the longest go first."""
    for item in items:
        if item.get_closest_marker("serial"):
            item.add_marker(pytest.mark.xdist_group("serial"))
    items.sort(key=lambda item: not item.nodeid.startswith(_LONG_FIRST))


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    socket.socket.connect = _connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def biy_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every biy path at a fresh temporary folder."""
    home = tmp_path / "biy-home"
    for name in [n for n in os.environ if n.startswith("BIY_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("BIY_HOME", str(home))
    return home


@pytest.fixture
def allow_loopback() -> Iterator[None]:
    """Let a test (never biy itself) connect to this computer, for ``biy serve``."""
    global _loopback_allowed
    _loopback_allowed = True
    yield
    _loopback_allowed = False


@pytest.fixture
def shipped_curriculum() -> Path:
    """The curriculum folder shipped with biy."""
    from biy_tui.core import paths

    return paths.shipped_curriculum_dir()


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto``: one worker more than the cores this process may use.

    Many tests wait (Pilot pauses, a pty, a browser, a child process): a third worker on
    two cores keeps both busy (154 s with two workers, 131 s with three, on this machine).
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return cores + 1

"""Shared test setup: every test runs with its own biy home and no network.

``BIY_HOME`` points all data and config at a temporary folder, so no test touches
the real user folders. Internet sockets are blocked for the whole suite: biy
never opens a connection, and this proves it.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# In CI the property tests run a fixed, repeatable set of examples (a red run must
# mean a real regression); locally they explore new examples every run.
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class NetworkBlocked(RuntimeError):
    """A test tried to open a network connection."""


def _guard(sock: socket.socket, address: object) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        raise NetworkBlocked(f"biy tried to connect to {address!r}")


def _connect(self: socket.socket, address: object) -> None:
    _guard(self, address)
    _real_connect(self, address)  # type: ignore[arg-type]


def _connect_ex(self: socket.socket, address: object) -> int:
    _guard(self, address)
    return _real_connect_ex(self, address)  # type: ignore[arg-type]


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
    monkeypatch.setenv("BIY_HOME", str(home))
    for name in ("BIY_DATA_DIR", "BIY_CONFIG_DIR", "BIY_CURRICULUM", "BIY_THEME"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def shipped_curriculum() -> Path:
    """The curriculum folder shipped with biy."""
    from biy_tui import paths

    return paths.shipped_curriculum_dir()

"""Fixtures for driving the app with Pilot."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from biy_tui.core import paths
from biy_tui.core.curriculum import load_curriculum
from biy_tui.ui.app import BiyApp, build_app
from tests.shipped import shipped


@pytest.fixture
def make_app(tmp_path: Path) -> Callable[..., BiyApp]:
    """Build the app on the shipped curriculum (or a site folder) and a temp data folder."""

    def factory(site: Path | None = None, **kwargs: object) -> BiyApp:
        if site is None:
            curriculum = shipped()  # read once per worker, a fresh copy each time
        else:
            curriculum = load_curriculum(paths.shipped_curriculum_dir(), site)
        return build_app(curriculum, data_dir=tmp_path / "data", **kwargs)  # type: ignore[arg-type]

    return factory


async def wait_for(pilot, condition, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    """Let the app run until ``condition()`` is true (workers finish in threads)."""
    import asyncio
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the app")
        await pilot.pause(0.02)
        await asyncio.sleep(0)

"""Snapshots are taken with text cursors that never blink.

An Input or a TextArea with focus blinks its cursor every half second; on a busy machine a
snapshot could land in either half and fail on the cursor cell's style alone (seen under
load for the passphrase dialog and the debrief). Holding the cursor shown keeps every
snapshot the same wherever and however fast it runs.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual.widgets import Input, TextArea


@pytest.fixture(autouse=True)
def _steady_cursors(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)
    yield

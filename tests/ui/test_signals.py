"""A real ``biy`` in a pseudo-terminal: a draft survives SIGTERM and SIGHUP."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest
from textual.widgets import TextArea

from biy_tui.core.store import Store
from biy_tui.core.text import messages
from biy_tui.ui.app import build_app
from biy_tui.ui.screens.drafts import DraftsScreen
from tests.shipped import shipped
from tests.ui.conftest import wait_for

pytestmark = pytest.mark.serial


def drain(fd: int, sink: bytearray) -> None:
    """Read the terminal output so the app never blocks on a full pipe."""
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:
            return
        if not data:
            return
        sink.extend(data)


def wait_until(condition, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.02)


_ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[a-zA-Z]|\x1b\][^\x07]*\x07")


def drawn(output: bytearray, since: int, text: str) -> bool:
    """Whether ``text`` was drawn on the terminal after byte ``since`` (escapes taken out)."""
    return text.encode() in _ESCAPES.sub(b"", bytes(output[since:]))


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
async def test_draft_survives_a_signal_and_is_offered_next_time(
    tmp_path: Path, sig: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "BIY_HOME": str(home),
        "BIY_AUTOSAVE_SECONDS": "600",  # only the signal can have kept the draft
        "TERM": "xterm-256color",
    }
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    proc = subprocess.Popen(
        [sys.executable, "-m", "biy_tui"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
    )
    os.close(slave)
    output = bytearray()
    reader = threading.Thread(target=drain, args=(master, output), daemon=True)
    reader.start()
    try:
        wait_until(lambda: (home / "data" / "store.json").exists())
        # The records are open and the overview is drawn, with its keys.
        wait_until(lambda: drawn(output, 0, f"d {messages.KEY_DEBRIEF}"))
        since = len(output)
        os.write(master, b"d")
        wait_until(lambda: drawn(output, since, f"esc {messages.KEY_BACK_KEEPS_A_DRAFT}"))
        since = len(output)
        os.write(master, b"Kept through a signal")
        wait_until(lambda: drawn(output, since, "Kept through a signal"))  # in the box
        proc.send_signal(sig)
        proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    with Store.open(home / "data") as store:
        drafts = store.drafts()
    assert [d.key for d in drafts] == ["debrief:week-1"]
    assert drafts[0].fields["what_worked"] == "Kept through a signal"
    assert b"Traceback" not in output

    monkeypatch.setenv("BIY_HOME", str(home))
    app = build_app(shipped(), data_dir=home / "data")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, DraftsScreen))
        await pilot.press("enter")
        await pilot.pause()
        area = app.screen.query_one("#field-what_worked", TextArea)
        assert area.text == "Kept through a signal"

"""Opening the records in the app: passphrase, already open, and hiding when encrypted."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

from textual.widgets import Input

from biy_tui.core.privacy.reviewed import mark_reviewed
from biy_tui.core.store import Debrief, Store
from biy_tui.core.store.convert import change_encryption
from biy_tui.ui.dialogs.opening import LockedScreen, PassphraseScreen
from biy_tui.ui.screens.hide import HideScreen
from biy_tui.ui.screens.program import ProgramScreen
from tests.ui.conftest import wait_for

SECRET = "correct horse battery"


def encrypted_store(folder: Path) -> None:
    with Store.open(folder) as store:
        store.save_debrief(
            Debrief(week=1, date=dt.date(2026, 11, 2), what_worked=mark_reviewed("Calm."))
        )
    change_encryption(folder, None, SECRET)


def asking(app) -> bool:  # type: ignore[no-untyped-def]
    """The passphrase dialog is up and ready for typing."""
    screen = app.screen
    return isinstance(screen, PassphraseScreen) and bool(screen.query(Input))


async def type_passphrase(pilot, app, text: str) -> None:  # type: ignore[no-untyped-def]
    await wait_for(pilot, lambda: asking(app))
    app.screen.query_one(Input).value = text
    await pilot.press("enter")


async def test_wrong_then_right_passphrase(make_app, tmp_path: Path) -> None:
    encrypted_store(tmp_path / "data")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await type_passphrase(pilot, app, "wrong guess")
        await wait_for(pilot, lambda: asking(app) and app.screen.wrong)
        assert "did not open" in str(app.screen.query_one("#passphrase-error").render())
        await type_passphrase(pilot, app, SECRET)
        await wait_for(pilot, lambda: app.store is not None)
        assert app.store.encrypted
        assert len(app.store.records("debrief")) == 1
        assert isinstance(app.screen, ProgramScreen)


async def test_escape_at_the_passphrase_closes_without_change(make_app, tmp_path: Path) -> None:
    encrypted_store(tmp_path / "data")
    before = {p.name: p.read_bytes() for p in (tmp_path / "data").iterdir() if p.is_file()}
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, PassphraseScreen))
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code == 0
    after = {p.name: p.read_bytes() for p in (tmp_path / "data").iterdir() if p.is_file()}
    assert before == after


async def test_quick_hide_asks_for_the_passphrase_when_encrypted(make_app, tmp_path: Path) -> None:
    encrypted_store(tmp_path / "data")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await type_passphrase(pilot, app, SECRET)
        await wait_for(pilot, lambda: app.store is not None)
        await pilot.press("ctrl+x")
        assert isinstance(app.screen, HideScreen)
        await pilot.press("ctrl+r")
        await type_passphrase(pilot, app, "not it")
        await wait_for(pilot, lambda: asking(app) and app.screen.wrong)
        await type_passphrase(pilot, app, SECRET)
        await wait_for(pilot, lambda: isinstance(app.screen, ProgramScreen))


async def test_second_biy_offers_read_only(make_app, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    Store.open(folder).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from biy_tui.core.store import Store; "
            "s = Store.open(sys.argv[1]); print('ready', flush=True); time.sleep(60)",
            str(folder),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        app = make_app()
        started = time.monotonic()
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, LockedScreen))
            assert time.monotonic() - started < 5
            await pilot.press("r")
            await wait_for(pilot, lambda: app.store is not None)
            assert app.read_only and app.store.read_only
            await pilot.press("s")  # self-care: saving is refused plainly, nothing written
            await pilot.pause()
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert any("read-only" in str(n.message) for n in app._notifications)
    finally:
        holder.kill()
        holder.wait()

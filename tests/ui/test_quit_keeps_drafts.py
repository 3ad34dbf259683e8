"""Quitting biy however it is asked (Ctrl+Q, a closed browser tab) keeps what was typed."""

from __future__ import annotations

from pathlib import Path

from textual import messages as textual_messages
from textual.widgets import TextArea

from biy_tui.core.store import Store
from biy_tui.ui.screens.debrief import DebriefScreen
from tests.ui.conftest import wait_for


async def test_exit_keeps_the_open_debrief_as_a_draft(make_app, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        await app.workers.wait_for_complete()
        await pilot.press("enter", "d")
        await wait_for(pilot, lambda: isinstance(app.screen, DebriefScreen))
        app.screen.query(TextArea).first().insert("The collage went well")
        await pilot.pause()
        # What Ctrl+Q, App.exit() and textual-serve's "quit" all post.
        app.post_message(textual_messages.ExitApp())
        await pilot.pause()
    with Store.open(tmp_path / "data") as store:
        kept = [" ".join(draft.fields.values()) for draft in store.drafts()]
    assert any("The collage went well" in text for text in kept)

"""The help screen's key list reads French: walked with BIY_LANG=fr at 80×24 it showed
Textual's own "^q Quit the app and return to the command prompt." and "^p Open the
command palette" in English, and "m Retour" for the member check, the same word as
"esc Retour" (Back)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rich.console import Console
from textual.widgets import Static

from biy_tui.core import text
from biy_tui.core.text import messages
from biy_tui.ui.dialogs.help import HelpScreen
from tests.ui.conftest import wait_for


@pytest.fixture
def french() -> Iterator[None]:
    text.use_language("fr")
    yield
    text.use_language("en")


def test_the_member_check_key_is_not_called_back(french: None) -> None:
    assert messages.KEY_MEMBER != messages.KEY_BACK
    assert messages.KEY_MEMBER == "Retour au groupe"


async def test_textuals_own_keys_are_said_in_french(make_app, french: None) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        app.push_screen(HelpScreen(app.screen))
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        console = Console(width=200, record=True)
        console.print(app.screen.query_one("#help-text", Static).content)
        said = console.export_text()
        assert "Ouvrir la palette de commandes" in said, said
        assert "Quit the app" not in said, said
        assert "Open the command palette" not in said, said

"""Quick hide: a neutral screen in one key, and the scrollback cleared.

When someone walks up behind her, one key (Ctrl+X) covers everything with a
plain, empty screen and asks the terminal to forget its scrollback. Ctrl+R
brings biy back; when her records are encrypted, only after the passphrase.
What it cannot do is in the README (it does not hide the window's title in
every terminal, nor what a screen recorder already saw).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from biy_tui.core.text import messages
from biy_tui.ui.screens.base import BiyScreen

CLEAR_SCROLLBACK = "\x1b[3J"


class HideScreen(BiyScreen[None]):
    """A blank screen that says nothing about what is behind it."""

    HELP = ""
    BINDINGS = [Binding("ctrl+r", "restore", messages.KEY_RETURN, show=False, priority=True)]

    def compose(self) -> ComposeResult:
        yield Static("", id="hidden-blank")

    def on_mount(self) -> None:
        driver = self.app._driver
        if driver is not None and not self.app.is_headless:
            driver.write(CLEAR_SCROLLBACK)
            driver.flush()
        self.app.title = ""
        self.app.sub_title = ""

    def action_restore(self) -> None:
        """Return to biy (the app asks for the passphrase first when it should)."""
        self.app.restore_from_hide()

"""Dialogs shown while opening the data folder: passphrase, and already-open."""

from __future__ import annotations

from typing import Literal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from biy_tui.core.inert import clean
from biy_tui.core.text import messages
from biy_tui.ui.screens.base import BiyModal


class PassphraseScreen(BiyModal[str | None]):
    """Ask for the passphrase; dismiss with it, or None to close biy."""

    BINDINGS = [Binding("escape", "dismiss_none", messages.KEY_CLOSE_BIY)]

    def __init__(self, wrong: bool = False) -> None:
        super().__init__()
        self.wrong = wrong

    def compose(self) -> ComposeResult:
        with Vertical(id="passphrase-card", classes="dialog"):
            yield Static(Text(messages.PASSPHRASE_TITLE, style="bold"))
            yield Static(messages.PASSPHRASE_PROMPT)
            yield Input(password=True, id="passphrase")
            yield Static(messages.PASSPHRASE_WRONG if self.wrong else "", id="passphrase-error")

    @on(Input.Submitted, "#passphrase")
    def _submitted(self, event: Input.Submitted) -> None:
        if event.value:
            self.dismiss(event.value)

    def action_dismiss_none(self) -> None:
        """Close without a passphrase."""
        self.dismiss(None)


class LockedScreen(BiyModal[Literal["read-only", "quit"]]):
    """Another biy holds the lock: look read-only, or close."""

    BINDINGS = [
        Binding("r", "choose('read-only')", messages.KEY_READ_ONLY),
        Binding("q,escape", "choose('quit')", messages.KEY_CLOSE),
    ]

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(id="locked-card", classes="dialog"):
            yield Static(Text(messages.LOCKED_TITLE, style="bold"))
            yield Static(Text(clean(messages.LOCKED_BODY.format(path=self.path))))
            with Horizontal(classes="dialog-buttons"):
                yield Button(messages.LOCKED_READ_ONLY, id="read-only", variant="primary")
                yield Button(messages.LOCKED_QUIT, id="quit")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss("read-only" if event.button.id == "read-only" else "quit")

    def action_choose(self, choice: Literal["read-only", "quit"]) -> None:
        """Dismiss with the choice."""
        self.dismiss(choice)

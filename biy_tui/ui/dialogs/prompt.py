"""A small dialog that asks for one value and dismisses with it (or None)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from biy_tui.core.text import messages
from biy_tui.ui.screens.base import BiyModal


class NumberPrompt(BiyModal[int | None]):
    """Ask for a whole number within bounds."""

    BINDINGS = [Binding("escape", "cancel", messages.KEY_CANCEL)]

    def __init__(self, question: str, value: int, low: int, high: int, invalid: str) -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.low = low
        self.high = high
        self.invalid = invalid

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.question))
            yield Input(str(self.value), type="integer", id="number")
            yield Static("", id="number-error")

    @on(Input.Submitted, "#number")
    def _submitted(self, event: Input.Submitted) -> None:
        try:
            number = int(event.value)
        except ValueError:
            number = self.low - 1
        if not self.low <= number <= self.high:
            self.query_one("#number-error", Static).update(Text(self.invalid))
            return
        self.dismiss(number)

    def action_cancel(self) -> None:
        """Close without a value."""
        self.dismiss(None)

"""When a week already has a check-in or debrief: edit it, or say it is another session.

One week, one record of each kind by default: pressing k or d on a week that
has one offers to open the saved one for editing. A second session in the
same week is an explicit choice, never an accident.
"""

from __future__ import annotations

from typing import Literal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from biy_tui.core.text import messages
from biy_tui.ui.screens.base import BiyModal

Choice = Literal["edit", "another"]


class WeekHasRecordScreen(BiyModal[Choice | None]):
    """Dismiss with "edit" (the default), "another", or None to go back."""

    HELP = messages.WEEK_HAS_RECORD_BODY
    BINDINGS = [
        Binding("e,enter", "choose('edit')", messages.WEEK_HAS_RECORD_EDIT, id="existing.edit"),
        Binding("n", "choose('another')", messages.KEY_ANOTHER_SESSION, id="existing.another"),
        Binding("escape", "choose('back')", messages.KEY_BACK, id="existing.back"),
    ]

    def __init__(self, week: int, kind: str, when: str) -> None:
        super().__init__()
        self.week = week
        self.kind = kind
        self.when = when

    def compose(self) -> ComposeResult:
        with Vertical(id="existing-card", classes="dialog"):
            yield Static(
                Text(messages.WEEK_HAS_RECORD_TITLE.format(week=self.week, kind=self.kind)),
                classes="dialog-title",
            )
            yield Static(Text(messages.WEEK_HAS_RECORD_BODY.format(kind=self.kind, when=self.when)))
            with Horizontal(classes="dialog-buttons"):
                yield Button(messages.WEEK_HAS_RECORD_EDIT, id="edit", variant="primary")
                yield Button(messages.WEEK_HAS_RECORD_ANOTHER, id="another")

    def on_mount(self) -> None:
        self.query_one("#edit", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss("edit" if event.button.id == "edit" else "another")

    def action_choose(self, choice: str) -> None:
        """Dismiss with the choice (None for back)."""
        self.dismiss("edit" if choice == "edit" else "another" if choice == "another" else None)

"""Help for the current screen: what it is for and every key it offers."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from biy_tui.core import text
from biy_tui.core.text import messages
from biy_tui.ui.screens.base import BiyModal


class HelpScreen(BiyModal[None]):
    """Help text and keys for the screen underneath."""

    BINDINGS = [
        Binding("escape", "dismiss", messages.KEY_BACK),
        Binding("question_mark", "dismiss", messages.KEY_BACK, show=False),
    ]

    def __init__(self, under: Screen[object]) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        keys = Table.grid(padding=(0, 2))
        keys.add_column(style="bold")
        keys.add_column()
        seen: set[str] = set()
        for _, binding, enabled, tooltip in self.under.active_bindings.values():
            if not binding.description or binding.description in seen or not enabled:
                continue
            seen.add(binding.description)
            keys.add_row(
                Text(self.app.get_key_display(binding)),
                # Textual's own keys (scrolling, lists, quit, palette) say their English
                # words, in the description or the tooltip; say ours.
                Text(messages.TEXTUAL_KEYS.get(said, said))
                if (said := tooltip or binding.description)
                else Text(""),
            )
        name = self.under.title or type(self.under).__name__
        body = Group(
            Text(messages.HELP_TITLE.format(screen=name), style="bold"),
            Text(""),
            Text(text.help_text(type(self.under).__name__) or self.under.HELP or ""),
            Text(""),
            keys,
            Text(""),
            Text(messages.HELP_FOOTER, style="dim"),
        )
        with VerticalScroll(id="help-card"):
            yield Static(body, id="help-text")

"""The grounding card: a short exercise and pause words to read aloud."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from biy_tui.core.curriculum.models import Grounding
from biy_tui.core.text import messages
from biy_tui.ui.render.module_view import prose
from biy_tui.ui.screens.base import BiyModal


class GroundingScreen(BiyModal[None]):
    """Shown over any screen; Escape returns exactly where she was."""

    BINDINGS = [
        Binding("escape", "dismiss", messages.KEY_BACK),
        Binding("g", "dismiss", messages.KEY_BACK, show=False),
    ]

    def __init__(self, grounding: Grounding) -> None:
        super().__init__()
        self.grounding = grounding

    def compose(self) -> ComposeResult:
        pause = prose(self.grounding.pause_words)
        pause.stylize("italic")
        steps = [Text(f"{i}. {step}") for i, step in enumerate(self.grounding.steps, 1)]
        body = Group(
            Text(self.grounding.title, style="bold"),
            Text(""),
            *steps,
            Text(""),
            pause,
            Text(""),
            Text(messages.GROUNDING_DISMISS, style="dim"),
        )
        with VerticalScroll(id="grounding-card"):
            yield Static(body, id="grounding-text")

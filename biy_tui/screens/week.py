"""A week's module: content note first, then goals, preparation and activities."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from biy_tui.curriculum import Curriculum
from biy_tui.screens.program import week_details
from biy_tui.widgets.module_view import render_week


class WeekScreen(Screen[None]):
    """One weekly module, read top to bottom."""

    HELP = (
        "The week's module. When a week may feel heavy, its content note comes first: "
        "read it to the group before anything else. Scroll with the arrow keys, Page Up and "
        "Page Down. Press Escape to go back to the weeks."
    )
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="module-scroll"):
            yield Static(id="module")
        yield Footer()

    def on_mount(self) -> None:
        curriculum: Curriculum = self.app.curriculum  # type: ignore[attr-defined]
        week = curriculum.week(self.number)
        module = self.query_one("#module", Static)
        if week is None:
            self.title = f"Week {self.number}"
            module.update(week_details(curriculum, self.number))
        else:
            self.title = f"Week {week.week}: {week.title}"
            module.update(render_week(week, curriculum.program))
        self.query_one("#module-scroll").focus()

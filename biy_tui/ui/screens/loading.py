"""The first screen while the program is read: calm, and never in the way of quick hide.

The curriculum (and then the records) are read in a worker thread, so however large or
slow the files are, Ctrl+X, the grounding card and a signal work at once. This screen
says what is happening; when the program is ready it gives way to the overview (at once,
or when it is uncovered again if biy was hidden meanwhile). If the curriculum cannot be
loaded at all, it shows every problem and how to close.
"""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from biy_tui.core.inert import clean
from biy_tui.core.text import messages
from biy_tui.ui.screens.base import BiyScreen
from biy_tui.ui.widgets.footer import FittingFooter


class LoadingScreen(BiyScreen[None]):
    """ "Opening the program…", then the overview (or what stopped it)."""

    HELP = messages.CURRICULUM_LOADING_HINT
    BINDINGS = [Binding("q", "close", messages.KEY_QUIT)]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="loading-card"):
            yield Static(self._waiting(), id="loading-text")
        yield FittingFooter()

    @staticmethod
    def _waiting() -> Text:
        text = Text(messages.CURRICULUM_LOADING, style="bold")
        text.append("\n\n")
        text.append(messages.CURRICULUM_LOADING_HINT, style="dim")
        return text

    def show_problems(self, problems: list[str]) -> None:
        """The curriculum could not be loaded: every problem, then what to do."""
        body = Group(
            Text(messages.CURRICULUM_LOAD_FAILED_TITLE, style="bold"),
            Text(""),
            *(Text(clean(p)) for p in problems),
            Text(""),
            Text(messages.CURRICULUM_LOAD_FAILED_HINT, style="dim"),
        )
        self.query_one("#loading-text", Static).update(body)

    def action_close(self) -> None:
        """Close biy (with a failing exit code when the curriculum could not be loaded)."""
        failed = bool(self.app.curriculum_problems)
        self.app.exit(return_code=1 if failed else 0)

    def on_mount(self) -> None:
        """The curriculum may already be read (a warm start is quick): show it."""
        self.watch(self.app, "curriculum_problems", self._problems_watched)
        self.on_screen_resume()

    def _problems_watched(self, problems: list[str]) -> None:
        if problems:
            self.show_problems([*problems, messages.STARTUP_CURRICULUM_FAILED])

    def on_screen_resume(self) -> None:
        """Uncovered again (after quick hide or the grounding card): show what is ready."""
        self.call_after_refresh(self.app.curriculum_reading.show_program_when_ready)

"""The biy App: screens, global keys, themes and the command palette.

The App is thin: it holds the loaded curriculum and settings, registers the
themes, and routes to screens. Anything that reads or writes data lives in the
core packages; screens call them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rich.text import Text
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.theme import Theme

from biy_tui import crash, messages
from biy_tui.curriculum import Curriculum
from biy_tui.settings import Settings

CALM = Theme(
    name="biy-calm",
    primary="#8FB8A8",
    secondary="#B7A6CF",
    accent="#E3C08D",
    foreground="#E6E4DF",
    background="#1E2326",
    surface="#262C30",
    panel="#2F373B",
    success="#8FB8A8",
    warning="#E3C08D",
    error="#D9A0A0",
    dark=True,
)

HIGH_CONTRAST = Theme(
    name="biy-contrast",
    primary="#FFD500",
    secondary="#7FDBFF",
    accent="#FFFFFF",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    success="#7CFC00",
    warning="#FFD500",
    error="#FF8080",
    dark=True,
)

THEME_NAMES = {CALM.name: "calm", HIGH_CONTRAST.name: "high contrast"}


class BiyApp(App[None]):
    """The session companion."""

    CSS_PATH = "app.tcss"
    TITLE = messages.APP_TITLE
    SUB_TITLE = messages.APP_SUB_TITLE
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding("g", "grounding", "Grounding", tooltip="A grounding card to read aloud"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("f9", "toggle_theme", "Theme", show=False),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(
        self,
        curriculum: Curriculum,
        settings: Settings,
        data_dir: Path,
        notices: Iterable[str] = (),
        exit_after_first_frame: bool = False,
    ) -> None:
        super().__init__()
        self.curriculum = curriculum
        self.settings = settings
        self.data_dir = data_dir
        self._notices = list(notices)
        self._exit_after_first_frame = exit_after_first_frame

    def on_mount(self) -> None:
        """Register the themes, show the overview and any start-up notices."""
        self.register_theme(CALM)
        self.register_theme(HIGH_CONTRAST)
        self.theme = self.settings.theme
        for notice in self._notices:
            self.notify(notice, severity="warning", timeout=10)
        if self._exit_after_first_frame:
            self.call_after_refresh(self.exit)

    def get_default_screen(self) -> Screen[object]:
        """The program overview is the first screen (no empty screen beneath it)."""
        from biy_tui.screens.program import ProgramScreen

        return ProgramScreen()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Every action is also in the command palette."""
        yield SystemCommand(
            "Grounding card", "A short grounding exercise to read aloud", self.action_grounding
        )
        yield SystemCommand("Help", "Keys and tips for this screen", self.action_help)
        yield SystemCommand(
            "Switch theme", "Between the calm and the high-contrast theme", self.action_toggle_theme
        )
        yield SystemCommand("Quit", "Close biy", self.action_quit)
        yield from screen_commands(screen)

    def action_grounding(self) -> None:
        """Open the grounding card over whatever is on screen."""
        from biy_tui.screens.grounding import GroundingScreen

        if not isinstance(self.screen, GroundingScreen):
            self.push_screen(GroundingScreen(self.curriculum.program.grounding))

    def action_help(self) -> None:
        """Open help for the current screen."""
        from biy_tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_toggle_theme(self) -> None:
        """Switch between the calm and the high-contrast theme."""
        self.theme = HIGH_CONTRAST.name if self.theme == CALM.name else CALM.name
        self.notify(messages.THEME_CHANGED.format(name=THEME_NAMES[self.theme]), timeout=3)

    def _handle_exception(self, error: Exception) -> None:
        """Exit with one safe sentence: Textual's own report would print locals."""
        self._return_code = 1
        if self._exception is None:
            self._exception = error
            self._exception_event.set()
        self.panic(Text(crash.describe(error)))


def screen_commands(screen: Screen[object]) -> Iterable[SystemCommand]:
    """Yield the commands a screen offers (its ``commands()`` method, if any)."""
    commands = getattr(screen, "commands", None)
    if callable(commands):
        yield from commands()


def build_app(
    curriculum: Curriculum,
    settings: Settings | None = None,
    data_dir: Path | None = None,
    notices: Iterable[str] = (),
    exit_after_first_frame: bool = False,
) -> BiyApp:
    """Build the app (the one factory tests and the CLI use).

    Args:
        curriculum: the loaded curriculum.
        settings: the settings (defaults when omitted).
        data_dir: where records live (the default data folder when omitted).
        notices: sentences to show once the app is up.
        exit_after_first_frame: exit right after the first frame (benchmarks only).
    """
    from biy_tui import paths

    return BiyApp(
        curriculum=curriculum,
        settings=settings or Settings(),
        data_dir=data_dir or paths.data_dir(),
        notices=notices,
        exit_after_first_frame=exit_after_first_frame,
    )

"""The biy App: screens, global keys, themes and the command palette.

The App is thin: it holds the loaded curriculum and settings, registers the
themes, and routes to screens. Anything that reads or writes data lives in the
core packages; screens call them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.theme import Theme

from biy_tui import crash, messages
from biy_tui.app_records import RecordsMixin
from biy_tui.curriculum import Curriculum
from biy_tui.overview import Overview
from biy_tui.settings import Settings

if TYPE_CHECKING:
    from biy_tui.store import Store


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


class BiyApp(RecordsMixin, App[None]):
    """The session companion."""

    CSS_PATH = "app.tcss"
    TITLE = messages.APP_TITLE
    SUB_TITLE = messages.APP_SUB_TITLE
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding("ctrl+x", "hide", "Hide", priority=True, tooltip="Cover the screen at once"),
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
        exit_after_first_frame: str | None = None,
        site_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.site_dir = site_dir
        self._guard_kwargs: dict[str, tuple[str, ...]] | None = None
        # Registered before the first frame, so the first styles are already the right ones.
        self.register_theme(CALM)
        self.register_theme(HIGH_CONTRAST)
        self.theme = settings.theme
        self.curriculum = curriculum
        self.settings = settings
        self.data_dir = data_dir
        self._notices = list(notices)
        self._exit_after_first_frame = exit_after_first_frame
        from biy_tui.planning import Planner

        self.planner = Planner(
            settings.session_minutes or curriculum.program.default_session_minutes
        )
        self.store: Store | None = None
        """The open records (None until opened, or when they could not be)."""
        self.read_only = False
        self.overview = Overview()
        """What the overview shows about the records: weeks planned and logged."""

    def on_mount(self) -> None:
        """Register the themes, show the overview and any start-up notices."""
        for notice in self._notices:
            self.notify(notice, severity="warning", timeout=10)
        # The records open after the first frame, so a long history never delays it.
        self.call_after_refresh(self._after_first_frame)
        self._install_signal_handlers()

    def _after_first_frame(self) -> None:
        if self._exit_after_first_frame == "frame":
            self.exit()
            return
        self.open_records(_env_passphrase())

    # --- quick hide ------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the screen is hidden, no key does anything but bring biy back."""
        from biy_tui.screens.hide import HideScreen

        hidden = isinstance(self.screen, HideScreen)
        return not hidden or action in {"restore", "hide"}

    def action_hide(self) -> None:
        """Cover everything with a neutral screen and clear the scrollback."""
        from biy_tui.screens.hide import HideScreen

        if not isinstance(self.screen, HideScreen):
            self._titles = (self.title, self.sub_title)
            self.clear_notifications()
            self.push_screen(HideScreen())

    def restore_from_hide(self, wrong: bool = False) -> None:
        """Come back from the neutral screen (after the passphrase when encrypted)."""
        store = self.store
        if store is not None and store.encrypted:
            from biy_tui.screens.opening import PassphraseScreen

            def entered(passphrase: str | None) -> None:
                if passphrase is not None:
                    self._check_passphrase(store, passphrase)

            self.push_screen(PassphraseScreen(wrong=wrong), entered)
            return
        self._unhide()

    @work(thread=True, exclusive=True, exit_on_error=False, group="unhide")
    def _check_passphrase(self, store: Store, passphrase: str) -> None:
        from biy_tui.store import Store, StoreError

        try:
            Store.open(store.path, passphrase, read_only=True).close()
            ok = True
        except StoreError:
            ok = False
        self.call_from_thread(self._unhide if ok else self._unhide_refused)

    def _unhide_refused(self) -> None:
        self.restore_from_hide(wrong=True)

    def _unhide(self) -> None:
        from biy_tui.screens.hide import HideScreen

        if isinstance(self.screen, HideScreen):
            self.pop_screen()
            self.title, self.sub_title = getattr(self, "_titles", (self.TITLE, self.SUB_TITLE))

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
        yield SystemCommand(
            "Hide the screen", "Cover biy at once (Ctrl+R returns)", self.action_hide
        )
        yield SystemCommand("Quit", "Close biy", self.action_quit)
        yield from screen_commands(screen)

    SCREENS_BY_NAME = {
        "history": ("biy_tui.screens.history", "HistoryScreen"),
        "trends": ("biy_tui.screens.trends", "TrendsScreen"),
        "member_check": ("biy_tui.screens.member_check", "MemberCheckScreen"),
        "report": ("biy_tui.screens.report", "ReportScreen"),
    }

    def action_open(self, name: str) -> None:
        """Open one of the looking-back screens by name (imported when first used)."""
        import importlib

        module, cls = self.SCREENS_BY_NAME[name]
        screen_class = getattr(importlib.import_module(module), cls)
        if not isinstance(self.screen, screen_class):
            self.push_screen(screen_class())

    def action_self_care(self) -> None:
        """Open a new self-care entry."""
        from biy_tui.screens.debrief import SelfCareScreen

        self.push_screen(SelfCareScreen())

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
    exit_after_first_frame: str | None = None,
    site_dir: Path | None = None,
) -> BiyApp:
    """Build the app (the one factory tests and the CLI use).

    Args:
        curriculum: the loaded curriculum.
        settings: the settings (defaults when omitted).
        data_dir: where records live (the default data folder when omitted).
        notices: sentences to show once the app is up.
        site_dir: the site curriculum folder (its ``site.toml`` adds privacy words).
        exit_after_first_frame: benchmarks only: ``"frame"`` exits after the first
            frame, ``"records"`` once the records are open too.
    """
    from biy_tui import paths

    return BiyApp(
        curriculum=curriculum,
        settings=settings or Settings(),
        data_dir=data_dir or paths.data_dir(),
        notices=notices,
        exit_after_first_frame=exit_after_first_frame,
        site_dir=site_dir,
    )


def _env_passphrase() -> str | None:
    from biy_tui.store import envpass

    return envpass.take()

"""The biy App: screens, global keys, themes and the command palette.

The App is thin: it holds the loaded curriculum and settings, registers the
themes, and routes to screens. Anything that reads or writes data lives in the
core packages; screens call them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.content import Content
from textual.css.query import NoMatches
from textual.notifications import SeverityLevel
from textual.reactive import var
from textual.screen import Screen
from textual.theme import Theme
from textual.worker import Worker

from biy_tui.core import crash
from biy_tui.core.curriculum import Curriculum
from biy_tui.core.inert import clean, clean_line
from biy_tui.core.overview import Overview
from biy_tui.core.settings import Settings
from biy_tui.core.text import Labels, messages
from biy_tui.core.text.fit import SEPARATOR, fit_title
from biy_tui.ui.app_curriculum import CurriculumReading
from biy_tui.ui.records import Records, RecordsOpened
from biy_tui.ui.widgets.palette import PlainCommandsProvider

if TYPE_CHECKING:
    from biy_tui.core.startup import Background, EarlyRecords
    from biy_tui.core.store import Store
    from biy_tui.ui.screens.base import BiyScreen

# The header's icon (8 cells) and clock space (10) beside its title (textual.widgets.Header).
_HEADER_SIDES = 18


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

THEME_NAMES = Labels("THEME_NAMES")


class BiyApp(App[None]):
    """The session companion."""

    CSS_PATH = "app.tcss"
    TITLE = messages.APP_TITLE
    SUB_TITLE = messages.APP_SUB_TITLE
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = {PlainCommandsProvider}  # entries from data are plain text, never markup

    overview: var[Overview] = var(Overview, always_update=True)
    """What the overview shows about the records: weeks planned and logged.

    Screens follow it (``BiyScreen`` watches it and calls ``overview_changed``); every
    recount is news, even when the counts are the same.
    """

    curriculum_problems: var[list[str]] = var(list)
    """Why the curriculum could not be loaded (empty unless it failed; the loading screen
    watches it)."""

    BINDINGS = [
        Binding(
            "ctrl+x",
            "hide",
            messages.KEY_HIDE,
            priority=True,
            tooltip=messages.KEY_TIP_COVER_THE_SCREEN_AT_ONCE,
            show=False,
            id="app.hide",
        ),
        Binding(
            "f1",
            "supports",
            messages.SUPPORTS_KEY,
            key_display="F1",
            priority=True,
            tooltip=messages.SUPPORTS_KEY_TOOLTIP,
            id="app.supports",
        ),
        Binding(
            "g",
            "grounding",
            messages.KEY_GROUNDING,
            tooltip=messages.KEY_TIP_A_GROUNDING_CARD_TO_READ_ALOUD,
            id="app.grounding",
        ),
        Binding("question_mark", "help", messages.KEY_MORE_KEYS, key_display="?", id="app.help"),
        Binding("f9", "toggle_theme", messages.KEY_THEME, show=False, id="app.theme"),
        Binding("q", "quit", messages.KEY_QUIT, show=False, id="app.quit"),
    ]

    def __init__(
        self,
        curriculum: Curriculum | None,
        settings: Settings,
        data_dir: Path,
        notices: Iterable[str] = (),
        exit_after_first_frame: str | None = None,
        site_dir: Path | None = None,
        curriculum_loader: Callable[[], Curriculum] | None = None,
        records_loader: Background[EarlyRecords] | None = None,
    ) -> None:
        super().__init__()
        self.site_dir = site_dir
        # Registered before the first frame, so the first styles are already the right ones.
        self.register_theme(CALM)
        self.register_theme(HIGH_CONTRAST)
        self._start_in_theme(settings.theme)
        self.settings = settings
        self.data_dir = data_dir
        self._notices = list(notices)
        self._exit_after_first_frame = exit_after_first_frame
        from biy_tui.core.planning import Planner

        self.planner = Planner(
            settings.session_minutes
            or (curriculum.program.default_session_minutes if curriculum else 120)
        )
        self.store: Store | None = None
        """The open records (None until opened, or when they could not be)."""
        self.read_only = False
        self.store_worker_owners: dict[object, tuple[BiyScreen[Any], Callable[[], None] | None]]
        self.store_worker_owners = {}
        """Each running background store call: the screen it is for, and its failure handler."""
        self._titles: tuple[str, str] | None = None
        """The titles hidden under the quick-hide screen."""
        self.records = Records(self, exit_after_first_frame, records_loader)
        """Opening, offering drafts, editing and safely closing the records."""
        self.curriculum_reading = CurriculumReading(
            self,
            curriculum,
            curriculum_loader,
            self._after_first_frame,
            exit_after_first_frame,
            before_program=self.records.overview_before_first_frame,
        )
        """Reading the curriculum behind the loading screen, then giving way to the overview."""

    def _start_in_theme(self, name: str) -> None:
        """Start in her theme, with the styles parsed once.

        Set through its watcher, a theme parses every style again before the first
        frame. Nothing is parsed or drawn yet here, so a theme of the same darkness as
        Textual's default (the same ANSI colour mapping) needs only its variables and
        its class; any other goes the usual way.
        """
        theme = self.get_theme(name)
        if theme is None or theme.dark != self.current_theme.dark:
            self.theme = name
            return
        self.set_reactive(App.theme, theme.name)
        self.stylesheet.set_variables(self.get_css_variables())
        self.add_class(f"-theme-{theme.name}", update=False)

    @property
    def curriculum(self) -> Curriculum:
        """The loaded curriculum (screens that use it open only once it is loaded)."""
        return self.curriculum_reading.curriculum

    @property
    def curriculum_loaded(self) -> bool:
        """True once the curriculum is read (it is read in a worker at start-up)."""
        return self.curriculum_reading.loaded

    def on_mount(self) -> None:
        """Show any start-up notices; read the curriculum in the background if needed."""
        self.records.install_signal_handlers()
        for notice in self._notices:
            self.notify(notice, severity="warning", timeout=10)
        self.curriculum_reading.start()

    def _after_first_frame(self) -> None:
        if self._exit_after_first_frame == "frame":
            self.exit()
            return
        self.records.open_first()

    def on_records_opened(self, event: RecordsOpened) -> None:
        """The data folder was opened, or could not be: the records side acts on it."""
        self.records.opened(event)

    def on_exit_app(self) -> None:
        """However biy is asked to close (Ctrl+Q, a closed browser tab), keep open drafts first."""
        self.records.keep_all_drafts()

    def on_unmount(self) -> None:
        """Keep open drafts, then let go of the data folder."""
        self.records.close()

    # --- quick hide ------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the screen is hidden, no key does anything but bring biy back."""
        from biy_tui.ui.screens.hide import HideScreen

        hidden = isinstance(self.screen, HideScreen)
        return not hidden or action in {"restore", "hide"}

    def action_hide(self) -> None:
        """Cover everything with a neutral screen and clear the scrollback."""
        from biy_tui.ui.screens.hide import HideScreen

        if not isinstance(self.screen, HideScreen):
            self._titles = (self.title, self.sub_title)
            self.clear_notifications()
            self.push_screen(HideScreen())

    def restore_from_hide(self, wrong: bool = False) -> None:
        """Come back from the neutral screen (after the passphrase when encrypted)."""
        store = self.store
        if store is not None and store.encrypted:
            from biy_tui.ui.dialogs.opening import PassphraseScreen

            def entered(passphrase: str | None) -> None:
                if passphrase is not None:
                    self._check_passphrase(store, passphrase)

            self.push_screen(PassphraseScreen(wrong=wrong), entered)
            return
        self._unhide()

    @work(thread=True, exclusive=True, exit_on_error=False, group="unhide")
    def _check_passphrase(self, store: Store, passphrase: str) -> None:
        from biy_tui.core.store import Store, StoreError

        try:
            Store.open(store.path, passphrase, read_only=True).close()
            ok = True
        except StoreError:
            ok = False
        self.call_from_thread(self._unhide if ok else self._unhide_refused)

    def _unhide_refused(self) -> None:
        self.restore_from_hide(wrong=True)

    def _unhide(self) -> None:
        from biy_tui.ui.screens.hide import HideScreen

        if isinstance(self.screen, HideScreen):
            self.pop_screen()
            if self._titles is not None:
                self.title, self.sub_title = self._titles

    def get_default_screen(self) -> Screen[Any]:
        """The program overview is the first screen (a calm loading screen until it is read)."""
        reading = self.curriculum_reading
        if not reading.loaded and not reading.take_ready_curriculum():
            from biy_tui.ui.screens.loading import LoadingScreen

            return LoadingScreen()
        from biy_tui.ui.screens.program import ProgramScreen

        self.records.overview_before_first_frame()
        return ProgramScreen()

    # --- data text never acts as markup ----------------------------------------

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every notice is plain text: a title or a path in it is shown as written.

        Notices carry curriculum titles and folder paths; parsed as markup, a title like
        ``[@click=app.quit]`` would act and a stray ``[/]`` would crash. So markup is
        never used here, and the text is made inert (no control character reaches the
        terminal) whatever a caller passes.
        """
        super().notify(
            clean(str(message)),
            title=clean_line(str(title)),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def format_title(self, title: str, sub_title: str) -> Content:
        """The header's title, plain and on one line (titles carry curriculum text).

        It is shortened to the cells between the header's icon and clock space, the
        sub-title first, then the title between two words: a long week title in French
        would otherwise be cut in the middle of a word at 80 columns.
        """
        width = self.size.width - _HEADER_SIDES if self.size.width else 0
        sub_title = clean_line(sub_title)
        unsaved = sub_title.split(SEPARATOR)[0] == messages.AGENDA_UNSAVED_MARK
        title, sub_title = fit_title(clean_line(title), sub_title, width, keep_first=unsaved)
        return super().format_title(title, sub_title)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Every action is also in the command palette, with its key."""
        yield from screen_commands(screen)
        for title, help_text, callback in (
            (messages.PALETTE_SELF_CARE, messages.PALETTE_SELF_CARE_HELP, self.action_self_care),
            (
                messages.PALETTE_HISTORY,
                messages.PALETTE_HISTORY_HELP,
                lambda: self.action_open("history"),
            ),
            (
                messages.PALETTE_TRENDS,
                messages.PALETTE_TRENDS_HELP,
                lambda: self.action_open("trends"),
            ),
            (
                messages.PALETTE_MEMBER_CHECK,
                messages.PALETTE_MEMBER_CHECK_HELP,
                lambda: self.action_open("member_check"),
            ),
            (
                messages.PALETTE_REPORT,
                messages.PALETTE_REPORT_HELP,
                lambda: self.action_open("report"),
            ),
            (messages.SUPPORTS_PALETTE, messages.SUPPORTS_PALETTE_HELP, self.action_supports),
            (messages.PALETTE_GROUNDING, messages.PALETTE_GROUNDING_HELP, self.action_grounding),
            (messages.PALETTE_HELP, messages.PALETTE_HELP_HELP, self.action_help),
            (messages.PALETTE_THEME, messages.PALETTE_THEME_HELP, self.action_toggle_theme),
            (messages.PALETTE_HIDE, messages.PALETTE_HIDE_HELP, self.action_hide),
            (messages.PALETTE_QUIT, messages.PALETTE_QUIT_HELP, self.action_quit),
        ):
            yield SystemCommand(title, help_text, callback)
        # Textual's own "Keys" panel is kept (its theme picker and screenshot are not:
        # biy has two themes, and a screenshot file could hold what is on screen).
        for command in super().get_system_commands(screen):
            if command.title == "Keys":
                yield command

    SCREENS_BY_NAME = {
        "history": ("biy_tui.ui.screens.history", "HistoryScreen"),
        "trends": ("biy_tui.ui.screens.trends", "TrendsScreen"),
        "member_check": ("biy_tui.ui.screens.member_check", "MemberCheckScreen"),
        "report": ("biy_tui.ui.screens.report", "ReportScreen"),
    }

    def action_open(self, name: str) -> None:
        """Open one of the looking-back screens by name (imported when first used)."""
        import importlib

        module, cls = self.SCREENS_BY_NAME[name]
        screen_class = getattr(importlib.import_module(module), cls)
        if not isinstance(self.screen, screen_class):
            self.push_screen(screen_class())

    def action_self_care(self) -> None:
        """Open a new self-care entry (or carry on with its draft)."""
        self.records.open_form("selfcare")

    def action_grounding(self) -> None:
        """Open the grounding card over whatever is on screen."""
        from biy_tui.ui.screens.grounding import GroundingScreen

        if not isinstance(self.screen, GroundingScreen):
            self.push_screen(GroundingScreen(self.curriculum_reading.grounding()))

    def action_supports(self) -> None:
        """Open the "Someone needs help now" card over whatever is on screen (F1 again closes it).

        The card is read from its files each time, so a coordinator's fix shows at once;
        it needs no records and no week file.
        """
        from biy_tui.core import paths
        from biy_tui.core.curriculum.supports import load_supports
        from biy_tui.ui.screens.supports import SupportsScreen

        if isinstance(self.screen, SupportsScreen):
            self.screen.dismiss()
            return
        card = load_supports(paths.shipped_curriculum_dir(), self.site_dir)
        self.push_screen(SupportsScreen(card))

    def action_help(self) -> None:
        """Open help for the current screen."""
        from biy_tui.ui.dialogs.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_command_palette(self) -> None:
        """Show the command palette, its search line in biy's language."""
        from textual.command import CommandPalette

        # Textual types is_open for App[object]; BiyApp is an App[None] (invariant generic).
        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(
                CommandPalette(placeholder=messages.PALETTE_PLACEHOLDER, id="--command-palette")
            )

    def action_toggle_theme(self) -> None:
        """Switch between the calm and the high-contrast theme, and remember the choice."""
        from biy_tui.core.settings import SettingsError, ThemeName, save_theme

        chosen: ThemeName = "biy-contrast" if self.theme == CALM.name else "biy-calm"
        self.theme = chosen
        name = THEME_NAMES[chosen]
        try:
            save_theme(chosen)
        except SettingsError as exc:
            self.notify(messages.THEME_NOT_REMEMBERED.format(name=name, why=exc), timeout=6)
            return
        self.notify(messages.THEME_REMEMBERED.format(name=name), timeout=3)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """One path for every background store call: never silent when one fails."""
        from textual.worker import WorkerState

        from biy_tui.ui.screens.base import worker_failed, worker_finished

        if event.state == WorkerState.ERROR:
            if worker_failed(self, event.worker):
                self.notify(messages.WORKER_FAILED, severity="warning", timeout=10)
        elif event.state in (WorkerState.SUCCESS, WorkerState.CANCELLED):
            worker_finished(self, event.worker)

    def on_ready(self) -> None:
        """The first screen is up: from now on, not running means closing."""
        self._was_ready = True

    _was_ready = False

    def _handle_exception(self, error: Exception) -> None:
        """Exit with one safe sentence: Textual's own report would print locals.

        While biy closes, a part of a screen being taken down may still look for a
        child already gone (Textual's header updating its title, a screen filling its
        list the instant it appeared): that says nothing about her records (open drafts
        were kept before anything was taken down), so it passes quietly.
        """
        if isinstance(error, NoMatches) and self._was_ready and not self.is_running:
            return
        self._return_code = 1
        if self._exception is None:
            self._exception = error
            self._exception_event.set()
        self.panic(Text(crash.describe(error)))


def screen_commands(screen: Screen[object]) -> Iterable[SystemCommand]:
    """Yield the commands a screen offers: its ``commands()``, and every key it binds."""
    from biy_tui.ui.screens.base import BiyScreen

    seen: set[str] = set()
    if isinstance(screen, BiyScreen):
        for command in screen.commands():
            seen.add(command.title)
            yield command
    for binding in type(screen).BINDINGS:
        if not isinstance(binding, Binding) or not binding.description:
            continue
        if binding.action.startswith("app."):
            continue  # the app lists these itself
        keys = binding.key.split(",")
        key = next((k for k in keys if len(k) == 1), keys[0])
        shown = binding.key_display or screen.app.get_key_display(
            Binding(key, binding.action, binding.description)
        )
        title = f"{binding.description} ({shown})"
        if any(t.startswith(binding.description) for t in seen):
            continue
        seen.add(title)

        async def run(action: str = binding.action) -> None:
            await screen.app.run_action(action, screen)

        yield SystemCommand(title, binding.tooltip or binding.description, run)


def build_app(
    curriculum: Curriculum | None,
    settings: Settings | None = None,
    data_dir: Path | None = None,
    notices: Iterable[str] = (),
    exit_after_first_frame: str | None = None,
    site_dir: Path | None = None,
    curriculum_loader: Callable[[], Curriculum] | None = None,
    records_loader: Background[EarlyRecords] | None = None,
) -> BiyApp:
    """Build the app (the one factory tests and the CLI use).

    Args:
        curriculum: the loaded curriculum, or None to read it in a worker with
            ``curriculum_loader`` while a calm loading screen is shown.
        settings: the settings (defaults when omitted).
        data_dir: where records live (the default data folder when omitted).
        notices: sentences to show once the app is up.
        site_dir: the site curriculum folder (its ``site.toml`` adds privacy words).
        curriculum_loader: reads the curriculum (called in a worker thread).
        records_loader: the records, as the command line began opening them (None: they
            are opened after the first frame).
        exit_after_first_frame: benchmarks only: ``"frame"`` exits after the first
            frame, ``"records"`` once the records are open too.
    """
    from biy_tui.core import paths

    return BiyApp(
        curriculum=curriculum,
        settings=settings or Settings(),
        data_dir=data_dir or paths.data_dir(),
        notices=notices,
        exit_after_first_frame=exit_after_first_frame,
        site_dir=site_dir,
        curriculum_loader=curriculum_loader,
        records_loader=records_loader,
    )

"""The "Someone needs help now" card: safety steps and the lines to call, over any screen.

F1 opens it from every screen (even while typing), and the command palette lists it as
"Supports and safety steps". It shows the site's steps and supports list, or the shipped
defaults marked "check with your coordinator"; it reads no record, so it works before the
records are open. ``w`` writes the same card as a page to print. Everything on it is data
from a file a coordinator edits: built into Rich ``Text`` from plain strings, never markup.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from biy_tui.core.curriculum.supports import Steps, Support, SupportsCard
from biy_tui.core.curriculum.supports_handout import problems_note, source_note
from biy_tui.core.inert import clean_line
from biy_tui.core.text import messages
from biy_tui.ui.screens.base import BiyModal

HANDOUT_NAME = "supports-card.html"


def steps_renderable(groups: tuple[Steps, ...]) -> RenderableType:
    """Each titled list of steps, numbered, with wrapped lines hanging under their text."""
    parts: list[RenderableType] = [Text(messages.SUPPORTS_DANGER_NOW, style="bold reverse")]
    for group in groups:
        parts.append(Text(""))
        parts.append(Text(clean_line(group.title), style="bold underline"))
        table = Table.grid(padding=(0, 1))
        table.add_column(justify="right", no_wrap=True)
        table.add_column(ratio=1)
        for n, item in enumerate(group.items, 1):
            table.add_row(Text(f"{n}."), Text(clean_line(item)))
        parts.append(table)
    return Group(*parts)


def _support_row(support: Support) -> tuple[Text, Text]:
    left = Text(clean_line(support.name), style="bold")
    details = [support.hours]
    if support.for_what:
        details.append(messages.SUPPORTS_FOR.format(what=support.for_what))
    if support.languages:
        details.append(messages.SUPPORTS_LANGUAGES.format(languages=", ".join(support.languages)))
    for detail in filter(None, details):
        left.append("\n")
        left.append(clean_line(detail))
    if support.check:
        left.append("\n")
        left.append(messages.SUPPORTS_CHECK_MARK, style="italic dim")
    return left, Text(clean_line(support.number), style="bold")


def lines_renderable(card: SupportsCard) -> RenderableType:
    """The supports list: name and details on the left, the number on the right."""
    parts: list[RenderableType] = [
        Text(messages.SUPPORTS_LIST_HEADING, style="bold underline"),
        Text(source_note(card), style="italic"),
    ]
    if card.supports:
        table = Table.grid(padding=(0, 2, 0, 0))
        table.add_column(ratio=1)
        table.add_column(justify="right", no_wrap=True)
        for support in card.supports:
            table.add_row("", "")
            table.add_row(*_support_row(support))
        parts.append(table)
    return Group(*parts)


class SupportsScreen(BiyModal[None]):
    """Shown over any screen; Escape (or F1 again) returns exactly where she was."""

    DEFAULT_CSS = """
    SupportsScreen {
        align: center middle;
        background: $background 70%;
    }
    #supports-card {
        width: 100%;
        max-width: 100;
        height: 100%;
        border: round $warning;
        border-title-style: bold;
        background: $surface;
        padding: 0 1;
    }
    #supports-hint {
        color: $text-muted;
        height: auto;
    }
    #supports-scroll {
        height: 1fr;
    }
    #supports-problems {
        color: $warning;
        margin-bottom: 1;
    }
    #supports-lines {
        margin-top: 1;
        margin-bottom: 1;
    }
    """
    BINDINGS = [
        Binding("escape", "dismiss", messages.KEY_BACK),
        Binding("s", "show_lines", messages.SUPPORTS_LIST_HEADING),
        Binding("w", "write_copy", messages.KEY_WRITE_A_COPY_TO_PRINT),
    ]

    def __init__(self, card: SupportsCard) -> None:
        super().__init__()
        self.card = card

    def compose(self) -> ComposeResult:
        with Vertical(id="supports-card") as card:
            card.border_title = messages.SUPPORTS_TITLE
            yield Static(messages.SUPPORTS_HINT, id="supports-hint")
            with VerticalScroll(id="supports-scroll"):
                note = problems_note(self.card)
                if note:
                    yield Static(Text(note), id="supports-problems")
                yield Static(steps_renderable(self.card.steps), id="supports-steps")
                yield Static(lines_renderable(self.card), id="supports-lines")

    def on_mount(self) -> None:
        self.query_one("#supports-scroll").focus()

    def action_show_lines(self) -> None:
        """Scroll so the lines to call are at the top."""
        lines = self.query_one("#supports-lines")
        self.query_one("#supports-scroll", VerticalScroll).scroll_to_widget(
            lines, top=True, animate=False
        )

    def action_write_copy(self) -> None:
        """Write the card as a page to print, in the handouts folder."""
        from biy_tui.core import paths
        from biy_tui.core.curriculum.supports_handout import card_html

        path = paths.exports_dir() / HANDOUT_NAME
        try:
            paths.write_private(path, card_html(self.card))
        except OSError as exc:
            why = (exc.strerror or type(exc).__name__).lower()
            self.notify(
                messages.SUPPORTS_WRITE_FAILED.format(path=path, why=why),
                severity="warning",
                timeout=10,
            )
            return
        self.notify(messages.SUPPORTS_WRITTEN.format(path=path), timeout=8)

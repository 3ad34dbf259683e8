"""The learning-style filter: four toggles, one key each, combinable."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from biy_tui.core.curriculum.models import STYLE_LABELS, STYLES
from biy_tui.core.text import messages


class StyleFilter(Static):
    """Shows which learning styles are on; posts ``Changed`` when they change.

    No style selected means all are shown. Keys live on the screen (1-4); the
    widget only keeps and shows the state.
    """

    DEFAULT_CLASSES = "style-filter"
    selected: reactive[frozenset[str]] = reactive(frozenset, always_update=True)

    class Changed(Message):
        """The set of selected styles changed."""

        def __init__(self, styles: frozenset[str]) -> None:
            super().__init__()
            self.styles = styles

    def toggle(self, style: str) -> None:
        """Turn one style on or off."""
        if style in STYLES:
            self.selected = self.selected ^ {style}

    def clear(self) -> None:
        """Show every style again."""
        self.selected = frozenset()

    def watch_selected(self, selected: frozenset[str]) -> None:
        self.update(self.describe(selected))
        self.post_message(self.Changed(selected))

    @staticmethod
    def describe(selected: frozenset[str]) -> Text:
        """The filter line: each style with its key, the selected ones marked."""
        line = Text(messages.LABEL_STYLES)
        for number, style in enumerate(STYLES, 1):
            on = style in selected
            mark = "■" if on else "□"
            line.append(f"{number} {mark} {STYLE_LABELS[style]}", style="bold" if on else "dim")
            line.append("  ")
        if not selected:
            line.append(messages.LABEL_ALL_SHOWN, style="italic dim")
        return line

    def on_mount(self) -> None:
        self.update(self.describe(self.selected))

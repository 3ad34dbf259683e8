"""A small 1–5 scale picked with the arrow keys (or a click), shown in words."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from biy_tui.core.text import messages


class LevelPicker(Static, can_focus=True):
    """Pick one of a few levels; Left/Right move, a click picks the level clicked."""

    DEFAULT_CLASSES = "level-picker"
    BINDINGS = [
        Binding("left,minus", "move(-1)", messages.KEY_LOWER, show=False),
        Binding("right,plus,equals_sign", "move(1)", messages.KEY_HIGHER, show=False),
    ]
    value: reactive[int] = reactive(3)

    class Changed(Message):
        """The picked level changed."""

        def __init__(self, picker: LevelPicker) -> None:
            super().__init__()
            self.picker = picker

        @property
        def control(self) -> LevelPicker:
            return self.picker

    def __init__(self, words: list[str], value: int = 3, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.words = words
        self.set_reactive(LevelPicker.value, max(1, min(len(words), value)))

    def render(self) -> Text:
        line = Text(no_wrap=True, overflow="ellipsis")
        for index, word in enumerate(self.words, 1):
            chosen = index == self.value
            line.append(
                f" {'●' if chosen else '○'} {word} ", style="bold reverse" if chosen else ""
            )
        return line

    def action_move(self, delta: int) -> None:
        """Move one level down or up."""
        self.value = max(1, min(len(self.words), self.value + delta))

    def watch_value(self) -> None:
        self.post_message(self.Changed(self))

    def on_click(self, event: events.Click) -> None:
        self.focus()
        position = 0
        for index, word in enumerate(self.words, 1):
            position += len(word) + 4
            if event.x < position:
                self.value = index
                return

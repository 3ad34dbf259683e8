"""A show-of-hands counter for one level of a scale: tap (or press +) to count a hand."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from biy_tui.core.text import messages


class TallyCounter(Static, can_focus=True):
    """One level of a check-in scale and the hands counted for it.

    Keys: ``+``/Space/Enter add a hand, ``-``/Backspace take one away; a mouse
    click adds a hand. Up and Down move between counters. The screen checks
    totals against the number present; the counter only counts.
    """

    DEFAULT_CLASSES = "tally-counter"
    BINDINGS = [
        Binding("plus,equals_sign,space,enter", "change(1)", messages.KEY_ADD_A_HAND, show=False),
        Binding("minus,backspace", "change(-1)", messages.KEY_TAKE_ONE_AWAY, show=False),
        Binding("up", "app.focus_previous", messages.PRIVACY_KEY_PREVIOUS, show=False),
        Binding("down", "app.focus_next", messages.PRIVACY_KEY_NEXT, show=False),
    ]
    count: reactive[int] = reactive(0)

    class Changed(Message):
        """A counter's count changed."""

        def __init__(self, counter: TallyCounter) -> None:
            super().__init__()
            self.counter = counter

        @property
        def control(self) -> TallyCounter:
            return self.counter

    def __init__(self, scale_id: str, level: int, words: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.scale_id = scale_id
        self.level = level
        self.words = words

    def render(self) -> Text:
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(f"{self.count:>3} ", style="bold")
        line.append("✋" * min(self.count, 8) + ("…" if self.count > 8 else ""))
        line.append(" " * max(1, 10 - min(self.count, 9)))
        line.append(self.words)
        return line

    def action_change(self, delta: int) -> None:
        """Add or take away a hand (never below zero)."""
        self.count = max(0, self.count + delta)

    def watch_count(self) -> None:
        self.post_message(self.Changed(self))

    def on_click(self, event: events.Click) -> None:
        self.focus()
        self.action_change(1)

"""Running the session: the current activity and a calm, soft timer.

No red, no alarms, no sounds: when an activity runs past its time the screen
says so quietly. One key moves on, one adds a few minutes, one pauses.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from biy_tui.core.planning import Agenda, Planner
from biy_tui.core.text import messages
from biy_tui.ui.render.module_view import render_activity
from biy_tui.ui.screens.base import BiyScreen, WeekScreenMixin
from biy_tui.ui.widgets.footer import FittingFooter


class RunScreen(WeekScreenMixin, BiyScreen[None]):
    """The agenda with the activity now on, and minutes left."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", messages.KEY_BACK, id="run.pop_screen"),
        Binding("n", "next", messages.PRIVACY_KEY_NEXT, id="run.next"),
        Binding("plus,equals_sign", "more", messages.KEY_PLUS_5_MIN, id="run.more"),
        Binding("space", "pause", messages.KEY_PAUSE, id="run.pause"),
    ]

    def __init__(self, number: int, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.number = number
        self.clock = clock
        self.index = 0
        self.extra = 0
        self.started = clock()
        self.paused_at: float | None = None

    @property
    def agenda(self) -> Agenda:
        planner: Planner = self.app.planner
        return planner.current(self.number)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="run-status", classes="run-status")
        with VerticalScroll(id="run-scroll"):
            yield Static(id="run-activity")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.title = messages.TITLE_WITH_WEEK.format(title=messages.RUN_TITLE, week=self.number)
        self._restore()
        self.show()
        self.set_interval(5, self.update_status)

    # --- keeping the place (leaving and coming back goes on where she was) --------

    def _restore(self) -> None:
        planner: Planner = self.app.planner
        state = planner.runs.get(self.number)
        if state is not None and state.items == self.agenda.items:
            self.index, self.extra = state.index, state.extra
            self.started, self.paused_at = state.started, state.paused_at

    def _keep(self) -> None:
        from biy_tui.core.planning import RunState

        planner: Planner = self.app.planner
        planner.runs[self.number] = RunState(
            self.agenda.items, self.index, self.extra, self.started, self.paused_at
        )

    def on_unmount(self) -> None:
        self._keep()

    def elapsed_minutes(self) -> float:
        """Minutes spent on the current activity (pauses not counted)."""
        now = self.paused_at if self.paused_at is not None else self.clock()
        return (now - self.started) / 60

    def show(self) -> None:
        """Show the current activity's details and the status line."""
        items = self.agenda.items
        detail = self.query_one("#run-activity", Static)
        if self.index >= len(items):
            detail.update(Text(messages.RUN_DONE, style="bold"))
        else:
            activity = self.week.activity(items[self.index].activity)
            detail.update(
                render_activity(activity) if activity else Text(items[self.index].activity)
            )
        self.update_status()

    def status(self) -> Text | Group:
        """The calm status: now, minutes left (or past), and what comes next."""
        items = self.agenda.items
        if self.index >= len(items):
            return Text("")  # the panel below says it once
        item = items[self.index]
        activity = self.week.activity(item.activity)
        planned = item.minutes + self.extra
        left = planned - self.elapsed_minutes()
        when = (
            messages.RUN_LEFT.format(minutes=max(1, round(left)))
            if left > 0
            else messages.RUN_OVER.format(minutes=round(-left))
        )
        if self.paused_at is not None:
            when += f" · {messages.RUN_PAUSED}"
        now = Text()
        now.append(f"{messages.RUN_NOW} ", style="bold")
        now.append(activity.title if activity else item.activity)
        now.append(f"   {when}", style="italic")
        nxt = Text(style="dim")
        if self.index + 1 < len(items):
            following = self.week.activity(items[self.index + 1].activity)
            nxt.append(messages.RUN_NEXT.format(title=following.title if following else ""))
        return Group(now, nxt)

    def update_status(self) -> None:
        """Refresh the status line (every few seconds)."""
        self.query_one("#run-status", Static).update(self.status())

    def action_next(self) -> None:
        """Move on to the next activity."""
        if self.index < len(self.agenda.items):
            self.index += 1
            self.extra = 0
            self.started = self.clock()
            self.paused_at = None
            self._keep()
            self.show()
            self.query_one("#run-scroll").scroll_home(animate=False)

    def action_more(self) -> None:
        """Give the current activity five more minutes."""
        self.extra += 5
        self._keep()
        self.update_status()

    def action_pause(self) -> None:
        """Pause or resume the timer."""
        if self.paused_at is None:
            self.paused_at = self.clock()
        else:
            self.started += self.clock() - self.paused_at
            self.paused_at = None
        self._keep()
        self.update_status()

"""Member check: what the group talked about last time, to read aloud.

The program opened each session by reading back the last one's themes and what
the group said it would do, so the women could confirm or correct it. This
screen shows that in large, calm text: the theme labels from the program's
vocabulary, and the follow-ups from the last debrief (text that already passed
the privacy review, so it is de-identified).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text
from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Center, VerticalScroll
from textual.widgets import Header, Static

from biy_tui.core.text import messages
from biy_tui.ui.render.record_view import short_date
from biy_tui.ui.screens.base import BiyScreen
from biy_tui.ui.widgets.footer import FittingFooter

if TYPE_CHECKING:
    from biy_tui.core.curriculum import Program
    from biy_tui.core.reports.last_session import LastSession
    from biy_tui.core.store import CheckIn, Debrief, Store


NEWEST = 10
"""How many of the newest check-ins and debriefs to look at (one session needs a few)."""
RECENT_DAYS = 120


def newest_logs(store: Store, today: dt.date | None = None) -> tuple[list[CheckIn], list[Debrief]]:
    """The newest check-ins and debriefs, reading only recent files when that is enough.

    The last session and the days before it must all lie within the recent span;
    otherwise the whole history of both kinds is read (still only one page of each).
    """
    from biy_tui.core.reports.last_session import SAME_SESSION_DAYS
    from biy_tui.core.store import CheckIn, Debrief

    today = today or dt.date.today()
    since = today - dt.timedelta(days=RECENT_DAYS)
    check_ins = [r for r in store.recent("checkin", since) if isinstance(r, CheckIn)]
    debriefs = [r for r in store.recent("debrief", since) if isinstance(r, Debrief)]
    newest = max([c.date for c in check_ins[:1]] + [d.date for d in debriefs[:1]], default=None)
    if newest is None or newest - dt.timedelta(days=SAME_SESSION_DAYS) < since:
        check_ins = [
            r for r in store.history("checkin", 0, NEWEST).records if isinstance(r, CheckIn)
        ]
        debriefs = [
            r for r in store.history("debrief", 0, NEWEST).records if isinstance(r, Debrief)
        ]
    return check_ins[:NEWEST], debriefs[:NEWEST]


def read_aloud(line: str) -> str | None:
    """A follow-up as it can be read to a room: a redacted name becomes "someone", a
    bracketed contact detail goes, and a sentence still holding a placeholder is left out.
    """
    import re

    from biy_tui.core.privacy.names import PLACEHOLDER

    text = re.sub(r"\s*\(\s*" + PLACEHOLDER.pattern + r"\s*\)", "", line)
    text = text.replace("[name]", "someone")
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    kept = [s for s in sentences if s and not PLACEHOLDER.search(s)]
    out = " ".join(kept).strip()
    if out and out[0] == "s" and out.startswith("someone"):
        out = "S" + out[1:]
    return out or None


def render_member_check(session: LastSession | None, program: Program) -> RenderableType:
    """The read-aloud text: themes, then follow-ups, then the question back to the group."""
    if session is None:
        return Text(messages.MEMBER_CHECK_EMPTY, style="italic")

    def items(lines: Iterable[str]) -> list[RenderableType]:
        return [Padding(Text(f"•  {line}", style="bold"), (1, 0, 0, 3)) for line in lines]

    parts: list[RenderableType] = [
        Text(
            messages.MEMBER_CHECK_HEADING.format(week=session.week, when=short_date(session.date)),
            style="dim",
        ),
        Text(""),
    ]
    if session.themes:
        parts.append(Text(messages.MEMBER_CHECK_THEMES))
        parts += items(program.theme_label(t) for t in session.themes)
    else:
        parts.append(Text(messages.MEMBER_CHECK_NO_THEMES))
    parts.append(Text(""))
    follow_ups = [line for line in map(read_aloud, session.follow_ups) if line]
    if follow_ups:
        parts.append(Text(messages.MEMBER_CHECK_FOLLOW_UPS))
        parts += items(follow_ups)
    else:
        parts.append(Text(messages.MEMBER_CHECK_NO_FOLLOW_UPS))
    parts += [Text(""), Text(""), Text(messages.MEMBER_CHECK_QUESTION, style="italic")]
    return Group(*parts)


class MemberCheckScreen(BiyScreen[None]):
    """Last session's themes and follow-ups, large and calm, to open the next one with."""

    BINDINGS = [Binding("escape", "app.pop_screen", messages.KEY_BACK)]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="member-check-scroll"), Center():
            yield Static(id="member-check-text")
        yield Static(Text(messages.MEMBER_CHECK_HINT, style="dim"), id="member-check-hint")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.title = messages.MEMBER_CHECK_TITLE
        self.query_one("#member-check-scroll").focus()
        self.query_one("#member-check-text", Static).update(
            Text(messages.HISTORY_OPENING, style="italic")
        )
        self.reload()

    def overview_changed(self) -> None:
        """The records opened or changed (the app calls this): read them again."""
        self.reload()

    def reload(self) -> None:
        """Find the last session in the background."""
        store: Store | None = self.app.store
        if store is not None:
            self._read(store)

    @work(thread=True, exclusive=True, exit_on_error=False, group="member-check")
    def _read(self, store: Store) -> None:
        from biy_tui.core.reports.last_session import last_session
        from biy_tui.core.store import StoreError

        try:
            session = last_session(*newest_logs(store))
        except StoreError as exc:
            self.app.call_from_thread(
                self.notify, messages.HISTORY_READ_FAILED.format(why=exc), severity="warning"
            )
            return
        self.app.call_from_thread(self._show, session)

    def _show(self, session: LastSession | None) -> None:
        program = self.app.curriculum.program
        self.query_one("#member-check-text", Static).update(render_member_check(session, program))

    def commands(self) -> Iterable[SystemCommand]:
        """Palette commands: none beyond going back."""
        yield SystemCommand(
            messages.COMMAND_MEMBER_CHECK_GO_BACK, messages.COMMAND_KEY_ESCAPE, self.app.pop_screen
        )

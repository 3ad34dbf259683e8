"""One saved record, read-only, with a key to open it for editing.

Opened from the history. Nothing on this screen takes typing; ``e`` asks the
app to open the record in its form, where changed text goes through the privacy
review again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from biy_tui.core.text import messages
from biy_tui.ui.render.record_view import record_title, render_record
from biy_tui.ui.screens.base import BiyScreen
from biy_tui.ui.widgets.footer import FittingFooter

if TYPE_CHECKING:
    from biy_tui.core.store import Record, Store


def edit_record(screen: BiyScreen[Any], record: Record | None) -> None:
    """Ask the app to open a record in its form (the lead's form screens), if it can."""
    if record is None:
        return
    screen.app.records.edit_record(record)


class RecordScreen(BiyScreen[None]):
    """One saved record, read-only; ``e`` opens it for editing."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", messages.KEY_BACK),
        Binding("e", "edit", messages.KEY_EDIT),
    ]

    def __init__(self, record: Record) -> None:
        super().__init__()
        self.record: Record | None = record

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="record-scroll"):
            yield Static(id="record-view")
        yield FittingFooter()

    def on_mount(self) -> None:
        self._render_record()
        self.query_one("#record-scroll").focus()

    def _render_record(self) -> None:
        view = self.query_one("#record-view", Static)
        if self.record is None:
            view.update(Text(messages.RECORD_GONE, style="italic"))
            return
        self.title = record_title(self.record)
        view.update(render_record(self.record, self.app.curriculum))

    def overview_changed(self) -> None:
        """The records changed (perhaps this one was edited): read it again."""
        store: Store | None = self.app.store
        if store is not None and self.record is not None:
            self._reread(store, self.record.id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="record")
    def _reread(self, store: Store, record_id: str) -> None:
        from biy_tui.core.store import StoreError

        try:
            record = store.get(record_id)
        except StoreError:
            return
        self.app.call_from_thread(self._reread_done, record)

    def _reread_done(self, record: Record | None) -> None:
        self.record = record
        self._render_record()

    def action_edit(self) -> None:
        """Open this record in its form."""
        edit_record(self, self.record)

    def commands(self) -> Iterable[SystemCommand]:
        """Palette commands: edit."""
        yield SystemCommand(
            messages.COMMAND_EDIT_THIS_RECORD, messages.COMMAND_KEY_E, self.action_edit
        )

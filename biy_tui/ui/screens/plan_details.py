"""A plan's label, notes and online choice, edited in one small dialog.

The label says which group a plan is for when two groups meet in one week;
the notes are hers. Both are free text, so both go through the privacy review
(the same dialog as the debrief) before they are kept with the plan.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Checkbox, Input, Static, TextArea

from biy_tui.core.text import messages
from biy_tui.ui.screens.base import BiyModal
from biy_tui.ui.widgets.footer import FittingFooter


class PlanDetailsScreen(BiyModal[tuple[str, str, bool] | None]):
    """Dismiss with (label, notes, online), texts reviewed; None leaves them as they were."""

    HELP = messages.PLAN_DETAILS_HELP
    BINDINGS = [
        Binding("ctrl+s", "keep", messages.KEY_KEEP, priority=True, id="plan_details.keep"),
        Binding("escape", "cancel", messages.KEY_CANCEL, id="plan_details.cancel"),
    ]

    def __init__(self, label: str, notes: str, online: bool) -> None:
        super().__init__()
        self.label = label
        self.notes = notes
        self.online = online
        self._busy = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="plan-details-card"):
            yield Static(Text(messages.PLAN_DETAILS_TITLE, style="bold"))
            yield Static(messages.PLAN_DETAILS_LABEL)
            yield Input(self.label, id="plan-label", max_length=60, compact=True)
            yield Static(messages.PLAN_DETAILS_NOTES)
            yield TextArea(self.notes, id="plan-notes", soft_wrap=True)
            yield Checkbox(messages.PLAN_DETAILS_ONLINE, self.online, id="plan-online")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.query_one("#plan-label", Input).focus()

    def action_cancel(self) -> None:
        """Leave the label and notes as they were."""
        self.dismiss(None)

    def action_keep(self) -> None:
        """Review the texts, then keep them with the plan (saved with s)."""
        if not self._busy:
            self._busy = True
            self._review()

    @work(exclusive=True, group="plan-details")
    async def _review(self) -> None:
        from biy_tui.ui.screens.forms import review_text

        try:
            out: list[str] = []
            for widget_id, before in (("#plan-label", self.label), ("#plan-notes", self.notes)):
                widget = self.query_one(widget_id)
                text = (
                    widget.value
                    if isinstance(widget, Input)
                    else self.query_one(widget_id, TextArea).text
                )
                if text.strip() == before.strip():
                    out.append(before)
                    continue
                reviewed = await review_text(
                    self, " ".join(text.split()) if widget_id == "#plan-label" else text
                )
                if reviewed is None:
                    widget.focus()
                    return
                out.append(reviewed)
            online = self.query_one("#plan-online", Checkbox).value
            self.dismiss((out[0], out[1], online))
        finally:
            self._busy = False

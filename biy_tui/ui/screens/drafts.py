"""Unfinished writing kept as drafts: continue one, discard one, or leave them for later."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from biy_tui.core.text import format_date, format_time, messages
from biy_tui.ui.screens.base import BiyModal, store_in_background
from biy_tui.ui.screens.forms import read_draft_key


def draft_label(draft: Any) -> str:
    """A plain description of a draft (never its text)."""
    form, value = read_draft_key(str(draft.key))
    moment = draft.updated.astimezone()
    when = f"{format_date(moment.date(), 'MMMd')} {format_time(moment)}"
    if form == "debrief":
        label = messages.DRAFT_LABEL_DEBRIEF.format(week=value)
    elif form == "checkin":
        label = messages.DRAFT_LABEL_CHECKIN.format(week=value)
    elif form == "plan":
        label = messages.DRAFT_LABEL_PLAN.format(week=value)
    elif form == "selfcare":
        label = messages.DRAFT_LABEL_SELFCARE
    elif form == "edit":
        kind = value.split("-", 1)[0]
        kind = {"selfcare": "self-care entry", "checkin": "check-in"}.get(kind, kind)
        label = messages.DRAFT_LABEL_EDIT.format(kind=kind)
    else:
        label = value
    return f"{label} · kept {when}"


class DraftsScreen(BiyModal[Any | None]):
    """Offer the kept drafts; dismiss with the one to continue, or None."""

    HELP = messages.DRAFTS_INTRO
    BINDINGS = [
        Binding("enter", "continue_draft", messages.KEY_CONTINUE, priority=True),
        Binding("x", "discard", messages.KEY_DISCARD),
        Binding("escape", "dismiss_none", messages.KEY_LATER),
    ]

    def __init__(self, drafts: list[Any]) -> None:
        super().__init__()
        self.drafts = list(drafts)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="drafts-card"):
            yield Static(Text(messages.DRAFTS_TITLE, style="bold"))
            yield Static(messages.DRAFTS_INTRO)
            yield OptionList(*self._options(), id="drafts-list")

    def _options(self) -> list[Option]:
        return [Option(Text(draft_label(d)), id=str(i)) for i, d in enumerate(self.drafts)]

    def _current(self) -> Any | None:
        listing = self.query_one("#drafts-list", OptionList)
        if listing.highlighted is None or not self.drafts:
            return None
        return self.drafts[listing.highlighted]

    def action_continue_draft(self) -> None:
        """Continue the highlighted draft."""
        draft = self._current()
        if draft is not None:
            self.dismiss(draft)

    @on(OptionList.OptionSelected)
    def _chosen(self) -> None:
        self.action_continue_draft()

    def action_discard(self) -> None:
        """Delete the highlighted draft."""
        draft = self._current()
        store = self.app.store
        if draft is None or store is None:
            return
        store_in_background(
            self,
            lambda: store.discard_draft(draft.key),
            lambda _found: self._discarded(draft),
            "{why}",
        )

    def _discarded(self, draft: Any) -> None:
        self.drafts.remove(draft)
        self.notify(messages.DRAFTS_DISCARDED, timeout=3)
        if not self.drafts:
            self.dismiss(None)
            return
        listing = self.query_one("#drafts-list", OptionList)
        listing.clear_options()
        listing.add_options(self._options())
        listing.highlighted = 0

    def action_dismiss_none(self) -> None:
        """Leave the drafts for later."""
        self.dismiss(None)

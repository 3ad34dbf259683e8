"""The debrief after a session, and the facilitator's own self-care entry.

Both are free text about the group (debrief) or herself (self-care), saved only
through the privacy review and kept as drafts while she writes.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Header, SelectionList, Static
from textual.widgets.selection_list import Selection

from biy_tui.core.text import messages
from biy_tui.ui.screens.base import BiyModal
from biy_tui.ui.screens.forms import TextFormScreen, draft_key
from biy_tui.ui.widgets.footer import FittingFooter
from biy_tui.ui.widgets.level import LevelPicker

if TYPE_CHECKING:
    from biy_tui.core.store import Debrief, Draft, SelfCare, Store


class DebriefScreen(TextFormScreen["Debrief"]):
    """What worked, what to change, group-level safety, follow-ups and themes."""

    FIELDS = (
        ("what_worked", messages.DEBRIEF_WHAT_WORKED),
        ("what_to_change", messages.DEBRIEF_WHAT_TO_CHANGE),
        ("safety_concerns", messages.DEBRIEF_SAFETY),
        ("follow_ups", messages.DEBRIEF_FOLLOW_UPS),
    )
    BINDINGS = [
        *TextFormScreen.BINDINGS,
        Binding("f2", "prompts", messages.KEY_PROMPTS, id="debrief.prompts"),
    ]

    def __init__(
        self, week: int, record: Debrief | None = None, draft: Draft | None = None
    ) -> None:
        key = draft_key("debrief", week=week, record_id=record.id if record else "")
        super().__init__(key, record, draft)
        self.week_number = week

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="debrief-body"):
            with VerticalScroll(id="debrief-form"):
                yield Static(messages.DEBRIEF_INTRO, classes="form-intro")
                yield from self.compose_fields()
                yield Static(Text(messages.DEBRIEF_THEMES, style="bold"), classes="form-heading")
                yield SelectionList[str](
                    *(Selection(Text(t.label), t.id) for t in self.app.curriculum.program.themes),
                    id="debrief-themes",
                )
            yield Static(messages.DEBRIEF_PROMPTS, id="debrief-prompts")
        yield FittingFooter()

    def compose_fields(self) -> ComposeResult:
        """The text boxes, with a reminder above the safety box: steps, not details."""
        for widget in super().compose_fields():
            if widget.id == "field-safety_concerns":
                yield Static(
                    messages.DEBRIEF_SAFETY_REMINDER,
                    id="debrief-safety-reminder",
                    classes="form-hint",
                )
            yield widget

    def on_mount(self) -> None:
        self.title = messages.DEBRIEF_TITLE.format(week=self.week_number)
        themes = self.query_one("#debrief-themes", SelectionList)
        chosen: list[str] = []
        if self.initial_draft is not None and self.initial_draft.fields.get("_themes"):
            chosen = self.initial_draft.fields["_themes"].split(",")
        elif self.record is not None:
            chosen = list(self.record.themes)
        for theme in chosen:
            themes.select(theme)
        self.query_one("#debrief-prompts").display = False
        self.query_one(f"#field-{self.FIELDS[0][0]}").focus()

    def extra_draft_fields(self) -> dict[str, str]:
        themes = self.query_one("#debrief-themes", SelectionList).selected
        return {"_themes": ",".join(themes), "_week": str(self.week_number)}

    def action_prompts(self) -> None:
        """Show or hide the reflection prompts."""
        prompts = self.query_one("#debrief-prompts")
        prompts.display = not prompts.display

    def problem(self) -> str | None:
        if not any(text.strip() for text in self.field_texts().values()):
            return messages.DEBRIEF_EMPTY
        return None

    def build_record(self, reviewed: dict[str, Any]) -> Debrief:
        from biy_tui.core.store import Debrief

        plan_id = self.record.plan_id if self.record else None
        date = self.record.date if self.record else dt.date.today()
        return Debrief(
            week=self.week_number,
            date=date,
            plan_id=plan_id,
            themes=list(self.query_one("#debrief-themes", SelectionList).selected),
            id=self.record.id if self.record else "",
            **reviewed,
        )

    def store_record(self, store: Store, record: Debrief) -> Debrief:
        return store.save_debrief(record, draft_key=self.draft_key)

    def after_save(self, saved: Debrief) -> None:
        self.notify(messages.DEBRIEF_SAVED.format(week=self.week_number), timeout=5)
        week = self.app.curriculum.week(self.week_number)
        self.app.pop_screen()
        if week is not None and week.intensity == "heavy":
            self.app.push_screen(HeavyWeekOffer())


class HeavyWeekOffer(BiyModal[None]):
    """A gentle offer of self-care after a heavy week's debrief."""

    HELP = messages.HEAVY_WEEK_OFFER
    BINDINGS = [
        Binding("s", "self_care", messages.SELFCARE_TITLE, id="debrief.self_care"),
        Binding("escape", "dismiss", messages.KEY_NOT_NOW, id="debrief.dismiss"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(messages.HEAVY_WEEK_OFFER, classes="dialog")
        yield FittingFooter()

    def action_self_care(self) -> None:
        """Open the self-care entry."""
        self.dismiss()
        self.app.records.open_form("selfcare")


class SelfCareScreen(TextFormScreen["SelfCare"]):
    """The facilitator's own check-in: energy, stress, needs, boundaries, plan."""

    FIELDS = (
        ("what_i_need", messages.SELFCARE_NEED),
        ("boundaries", messages.SELFCARE_BOUNDARIES),
        ("my_plan", messages.SELFCARE_PLAN),
    )

    def __init__(self, record: SelfCare | None = None, draft: Draft | None = None) -> None:
        key = draft_key("selfcare", record_id=record.id if record else "")
        super().__init__(key, record, draft)

    def _level(self, name: str) -> int:
        if self.initial_draft is not None and self.initial_draft.fields.get(f"_{name}"):
            try:
                return int(self.initial_draft.fields[f"_{name}"])
            except ValueError:
                return 3
        if self.record is not None:
            return int(getattr(self.record, name))
        return 3

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="selfcare-form"):
            yield Static(messages.SELFCARE_INTRO, classes="form-intro")
            yield Static(Text(messages.SELFCARE_ENERGY, style="bold"), classes="form-heading")
            yield LevelPicker(
                list(messages.SELFCARE_ENERGY_LEVELS), self._level("energy"), id="energy"
            )
            yield Static(Text(messages.SELFCARE_STRESS, style="bold"), classes="form-heading")
            yield LevelPicker(
                list(messages.SELFCARE_STRESS_LEVELS), self._level("stress"), id="stress"
            )
            yield from self.compose_fields()
        yield FittingFooter()

    def on_mount(self) -> None:
        self.title = messages.SELFCARE_TITLE
        self.query_one("#energy").focus()

    def on_level_picker_changed(self) -> None:
        self._typed()

    def extra_draft_fields(self) -> dict[str, str]:
        return {
            "_energy": str(self.query_one("#energy", LevelPicker).value),
            "_stress": str(self.query_one("#stress", LevelPicker).value),
        }

    def build_record(self, reviewed: dict[str, Any]) -> SelfCare:
        from biy_tui.core.store import SelfCare

        return SelfCare(
            date=self.record.date if self.record else dt.date.today(),
            energy=self.query_one("#energy", LevelPicker).value,
            stress=self.query_one("#stress", LevelPicker).value,
            id=self.record.id if self.record else "",
            **reviewed,
        )

    def store_record(self, store: Store, record: SelfCare) -> SelfCare:
        return store.save_self_care(record, draft_key=self.draft_key)

    def after_save(self, saved: SelfCare) -> None:
        self.notify(messages.SELFCARE_SAVED, timeout=6)
        self.app.pop_screen()

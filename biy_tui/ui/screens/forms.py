"""What the free-text forms share: autosaved drafts and the privacy review on save.

A form is a screen of :class:`GuardedTextArea` fields. While she types, the
text is kept as a draft a few seconds after she stops (and at once when she
leaves, or when biy is asked to close), so nothing typed is lost. On save,
every field with anything the guard finds goes through the review dialog;
only reviewed text reaches the store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static, TextArea

from biy_tui.core.text import messages
from biy_tui.ui.dialogs.privacy_review import GuardedTextArea, PrivacyReview
from biy_tui.ui.draft_keeper import DraftKeeper
from biy_tui.ui.screens.base import BiyScreen, writable_store

if TYPE_CHECKING:
    from biy_tui.core.store import Debrief, Draft, SelfCare, Store

RecordT = TypeVar("RecordT", bound="Debrief | SelfCare")
"""The kind of record a text form saves."""

_DEBRIEF = "debrief:week-"
_CHECKIN = "checkin:week-"
_PLAN = "plan:week-"
_SELFCARE = "selfcare:new"
_EDIT = "edit:"


def draft_key(form: str, *, week: int = 0, record_id: str = "") -> str:
    """The key a form's draft is kept under.

    Args:
        form: ``"debrief"``, ``"checkin"``, ``"plan"`` or ``"selfcare"``.
        week: the debrief's, check-in's or plan's week.
        record_id: the saved record being edited, if any (wins over the form).
    """
    if record_id:
        return f"{_EDIT}{record_id}"
    prefix = {"debrief": _DEBRIEF, "checkin": _CHECKIN, "plan": _PLAN}.get(form)
    return f"{prefix}{week}" if prefix else _SELFCARE


def read_draft_key(key: str) -> tuple[str, str]:
    """What a draft belongs to: ``("debrief", week)``, ``("checkin", week)``,
    ``("plan", week)``, ``("selfcare", "")``, ``("edit", record id)``, or
    ``("", key)`` for a key biy does not know."""
    for form, prefix in (("debrief", _DEBRIEF), ("checkin", _CHECKIN), ("plan", _PLAN)):
        if key.startswith(prefix) and key.removeprefix(prefix).isdigit():
            return form, key.removeprefix(prefix)
    if key == _SELFCARE:
        return "selfcare", ""
    if key.startswith(_EDIT):
        return "edit", key.removeprefix(_EDIT)
    return "", key


async def review_text(screen: BiyScreen[Any], text: str) -> str | None:
    """One text through the privacy guard, as the forms do (call from a worker).

    Returns the reviewed text (empty for empty), or None when she went back to edit.
    """
    from biy_tui.core.privacy import approve, find

    guard = screen.app.records.guard_kwargs
    text = text.strip()
    if not text:
        return ""
    if find(text, **guard):
        result = await screen.app.push_screen_wait(PrivacyReview(text, **guard))
        if result is None or result.action != "save" or result.text is None:
            return None
        return result.text
    return approve(text, **guard)


class TextFormScreen(BiyScreen[None], Generic[RecordT]):
    """A form of free-text fields with drafts and privacy review (subclass it)."""

    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = ()
    """(record field, label) for each text box, in order."""

    BINDINGS = [
        Binding("ctrl+s", "save", messages.PRIVACY_KEY_SAVE, priority=True, id="form.save"),
        Binding("escape", "leave", messages.KEY_BACK_KEEPS_A_DRAFT, priority=True, id="form.leave"),
    ]

    def __init__(
        self, draft_key: str, record: RecordT | None = None, draft: Draft | None = None
    ) -> None:
        super().__init__()
        self.draft_key = draft_key
        self.record = record
        self.initial_draft = draft
        self.drafts = DraftKeeper(
            self,
            draft_key,
            fields=self.draft_fields,
            has_anything=lambda: any(text.strip() for text in self.field_texts().values()),
            kept=messages.DRAFT_KEPT,
            had_draft=draft is not None,
        )

    # --- building ---------------------------------------------------------------

    def compose_fields(self) -> ComposeResult:
        """The labelled text boxes, prefilled from the record or the draft."""
        guard = self.app.records.guard_kwargs
        for name, label in self.FIELDS:
            yield Static(Text(label, style="bold"), classes="form-heading")
            yield GuardedTextArea(
                self.initial_text(name),
                id=f"field-{name}",
                classes="form-text",
                soft_wrap=True,
                **guard,
            )

    def initial_text(self, name: str) -> str:
        """A field's starting text: the draft's, else the record's, else empty."""
        if self.initial_draft is not None and name in self.initial_draft.fields:
            return str(self.initial_draft.fields[name])
        if self.record is not None:
            return str(getattr(self.record, name, "") or "")
        return ""

    def field_texts(self) -> dict[str, str]:
        """Every text box's current text."""
        return {name: self.query_one(f"#field-{name}", TextArea).text for name, _ in self.FIELDS}

    def extra_draft_fields(self) -> dict[str, str]:
        """Non-text parts of the form to keep in the draft (themes, levels)."""
        return {}

    # --- drafts -----------------------------------------------------------------

    @on(TextArea.Changed)
    def _typed(self) -> None:
        self.drafts.changed()

    def draft_fields(self) -> dict[str, str]:
        """What a draft keeps: the texts and the rest of the form."""
        return {**self.field_texts(), **self.extra_draft_fields()}

    def autosave(self) -> None:
        """Keep the draft in the background."""
        self.drafts.autosave()

    def flush_draft_now(self) -> bool:
        """Keep the draft right now, on this thread (biy is closing). True when kept."""
        return self.drafts.keep_now()

    def action_leave(self) -> None:
        """Go back; what was typed is kept as a draft."""
        if self.drafts.leave():
            self.app.pop_screen()

    # --- saving -----------------------------------------------------------------

    def worker_failed(self) -> None:
        """A background call failed unexpectedly: the form works on, drafts included."""
        self.drafts.save_failed()

    def action_save(self) -> None:
        """Review every field with the guard, then save (once, however often she presses)."""
        if self.drafts.saving:
            return
        store = writable_store(self)
        if store is None:
            return
        problem = self.problem()
        if problem:
            self.notify(problem, severity="warning", timeout=6)
            return
        self._review_then_save(store)

    def problem(self) -> str | None:
        """What stops the form from being saved, if anything (subclasses add checks)."""
        return None

    @work(exclusive=True, group="review")
    async def _review_then_save(self, store: Store) -> None:
        from biy_tui.core.privacy import approve, find, learned_from

        guard = self.app.records.guard_kwargs
        learned = learned_from(store)  # words she redacted before, as keyed hashes
        reviewed: dict[str, Any] = {}
        for name, _ in self.FIELDS:
            area = self.query_one(f"#field-{name}", TextArea)
            if isinstance(area, GuardedTextArea):
                area.learned = learned  # from now on, underline her learned words as she types
            text = area.text.strip()
            if not text:
                reviewed[name] = ""
                continue
            if find(text, learned=learned, **guard):
                review = PrivacyReview(text, store=store, learned=learned, **guard)
                result = await self.app.push_screen_wait(review)
                if result is None or result.action != "save" or result.text is None:
                    area.focus()
                    return
                reviewed[name] = result.text
                if result.text != area.text:
                    area.text = str(result.text)
            else:
                reviewed[name] = approve(text, learned=learned, **guard)
        if self.drafts.saving:
            return
        record = self.build_record(reviewed)
        self.drafts.save(
            store, lambda: self.store_record(store, record), self._stored, messages.FORM_SAVE_FAILED
        )

    def build_record(self, reviewed: dict[str, Any]) -> RecordT:
        """The record to save, from the reviewed texts (subclasses implement)."""
        raise NotImplementedError

    def store_record(self, store: Store, record: RecordT) -> RecordT:
        """Save the record with the right store method (subclasses implement)."""
        raise NotImplementedError

    def _stored(self, saved: RecordT) -> None:
        self.record = saved
        self.app.records.records_changed()
        self.after_save(saved)

    def after_save(self, saved: RecordT) -> None:
        """What happens once saved (subclasses: a notice, maybe another screen)."""
        self.app.pop_screen()

"""The agenda for a week's session: a plan as a document, opened, changed and saved.

Opening a week shows its saved plan (or the draft kept when she last left it);
``s`` updates that plan and ``S`` saves it as another plan, so a plan is never
duplicated by accident. Label, notes and "online" are set with ``i`` (text
through the privacy guard). Unsaved changes are kept as a draft when she leaves
or biy closes, and offered back. Handouts are named per plan.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from biy_tui.core.planning import (
    Agenda,
    Planner,
    agenda_from_draft,
    agenda_from_plan,
    agenda_to_draft,
    merge_unsaved,
    plan_from_agenda,
)
from biy_tui.core.text import messages
from biy_tui.ui.render.agenda_view import agenda_line, agenda_summary
from biy_tui.ui.screens.base import BiyScreen, WeekScreenMixin, store_in_background, writable_store
from biy_tui.ui.widgets.footer import FittingFooter

if TYPE_CHECKING:
    from biy_tui.ui.records import RecordsHost


def plan_draft_key(week: int) -> str:
    """The draft key of a week's unsaved agenda."""
    from biy_tui.ui.screens.forms import draft_key

    return draft_key("plan", week=week)


def ensure_plan_loaded(screen: BiyScreen[Any], week: int, then: Any = None) -> None:
    """Open the week's kept draft or newest saved plan, once per sitting."""
    planner: Planner = screen.app.planner
    store = screen.app.store
    if planner.looked_up(week) or store is None:
        return
    key = plan_draft_key(week)

    def look() -> tuple[Any, list[Any]]:
        return store.draft(key), store.plans_for_week(week)

    def found(result: tuple[Any, list[Any]]) -> None:
        draft, plans = result
        if planner.looked_up(week):
            return
        by_id = {p.id: agenda_from_plan(p) for p in plans}
        if draft is not None:
            agenda = agenda_from_draft(week, dict(draft.fields), planner.default_session_minutes)
            saved = by_id.get(agenda.plan_id or "")
            if saved is None:
                agenda = dataclasses.replace(agenda, plan_id=None)
            planner.load(agenda, saved or planner.saved(week))
            screen.notify(messages.AGENDA_DRAFT_BACK.format(week=week), timeout=6)
        elif plans:
            saved = agenda_from_plan(plans[0])
            working = planner.current(week)
            agenda = merge_unsaved(saved, working) if working.items or working.choices else saved
            planner.load(agenda, saved)
            screen.notify(plan_name(saved, plans, opened=True), timeout=6)
        else:
            planner.mark_looked_up(week)
        if callable(then):
            then()

    store_in_background(screen, look, found, "{why}", group="plan-load")


def plan_name(agenda: Agenda, plans: list[Any], opened: bool = False) -> str:
    """Which plan this is, in words: "plan 1 of 2 · Tuesday group · saved 2 Dec"."""
    ids = [p.id for p in plans]
    parts: list[str] = []
    if agenda.plan_id in ids and len(ids) > 1:
        parts.append(
            messages.AGENDA_PLAN_OF.format(number=ids.index(agenda.plan_id) + 1, count=len(ids))
        )
    if agenda.label:
        parts.append(agenda.label)
    if agenda.date and agenda.plan_id:
        day = dt.date.fromisoformat(agenda.date)
        parts.append(messages.AGENDA_PLAN_SAVED_ON.format(date=f"{day.day} {day:%b %Y}"))
    name = " · ".join(parts)
    return messages.AGENDA_LOADED_PLAN.format(name=name) if opened else name


class AgendaScreen(WeekScreenMixin, BiyScreen[None]):
    """Build the session: reorder, time, save, and print a handout."""

    HELP = messages.AGENDA_HELP
    BINDINGS = [
        # Escape goes back everywhere; its footer place goes to F1 and g at 80 columns.
        Binding("escape", "leave", messages.KEY_BACK, show=False, id="agenda.back"),
        Binding("s", "save", messages.PRIVACY_KEY_SAVE, id="agenda.save"),
        Binding(
            "S", "save_as_new", messages.KEY_SAVE_AS_ANOTHER_PLAN, show=False, id="agenda.save_new"
        ),
        Binding("i", "details", messages.KEY_LABEL_NOTES_ONLINE, show=False, id="agenda.details"),
        Binding("e", "export", messages.KEY_HANDOUT, id="agenda.handout"),
        Binding("c", "choose", messages.KEY_GROUP_CHOICE, show=False, id="agenda.choose"),
        Binding("r", "run", messages.KEY_RUN, id="agenda.run"),
        Binding("x,delete", "remove", messages.KEY_REMOVE, show=False, id="agenda.remove"),
        Binding("ctrl+up,K", "move(-1)", messages.KEY_UP, show=False, id="agenda.up"),
        Binding("ctrl+down,J", "move(1)", messages.KEY_DOWN, show=False, id="agenda.down"),
        Binding(
            "plus,equals_sign", "minutes(5)", messages.KEY_PLUS_5_MIN, show=False, id="agenda.more"
        ),
        Binding("minus", "minutes(-5)", messages.KEY_MINUS_5_MIN, show=False, id="agenda.less"),
        Binding("l", "length", messages.KEY_LENGTH, show=False, id="agenda.length"),
        Binding("n", "new_plan", messages.KEY_NEW_PLAN, show=False, id="agenda.new"),
        Binding("o", "open_saved", messages.KEY_NEXT_SAVED_PLAN, show=False, id="agenda.open"),
    ]

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number
        self._plans: list[Any] = []
        self._saving = False

    @property
    def planner(self) -> Planner:
        return self.app.planner

    @property
    def agenda(self) -> Agenda:
        return self.planner.current(self.number)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="agenda-panes"):
            yield OptionList(id="agenda-list")
            with VerticalScroll(id="agenda-summary-scroll"):
                yield Static(id="agenda-summary")
        yield Static(Text(messages.AGENDA_MORE_KEYS, style="dim"), id="agenda-keys")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.title = messages.TITLE_AGENDA.format(week=self.number, title=self.week.title)
        self.query_one("#agenda-list").focus()
        self.refresh_agenda()
        ensure_plan_loaded(self, self.number, self._loaded)
        self._list_plans()

    def _loaded(self) -> None:
        self.refresh_agenda(0)

    def _list_plans(self) -> None:
        store = self.app.store
        if store is not None:
            store_in_background(
                self,
                lambda: store.plans_for_week(self.number),
                self._got_plans,
                "{why}",
                group="plans",
            )

    def _got_plans(self, plans: list[Any]) -> None:
        self._plans = list(plans)
        self.refresh_agenda()

    def on_screen_resume(self) -> None:
        self.refresh_agenda()

    def refresh_agenda(self, highlight: int | None = None) -> None:
        """Redraw the list and the summary from the planner's agenda."""
        agenda = self.agenda
        listing = self.query_one("#agenda-list", OptionList)
        keep = listing.highlighted if highlight is None else highlight
        listing.clear_options()
        listing.add_options(
            Option(agenda_line(timed, self.week), id=f"item-{timed.index}")
            for timed in agenda.timeline()
        )
        if agenda.items:
            listing.highlighted = max(0, min(keep or 0, len(agenda.items) - 1))
        summary = agenda_summary(agenda, self.week, self.curriculum.program)
        self.query_one("#agenda-summary", Static).update(summary)
        parts = [messages.AGENDA_UNSAVED_MARK] if self.planner.is_dirty(self.number) else []
        if agenda.plan_id or agenda.label:
            parts.append(plan_name(agenda, self._plans))
        parts.append(
            messages.LABEL_MINUTES_OF.format(total=agenda.total, session=agenda.session_minutes)
        )
        self.sub_title = " · ".join(p for p in parts if p)

    def _index(self) -> int | None:
        return self.query_one("#agenda-list", OptionList).highlighted

    def _change(self, agenda: Agenda, highlight: int | None = None) -> None:
        self.planner.set(agenda)
        self.refresh_agenda(highlight)

    # --- editing ---------------------------------------------------------------

    def action_move(self, offset: int) -> None:
        """Move the highlighted item up or down."""
        index = self._index()
        if index is not None:
            self._change(self.agenda.move(index, offset), index + offset)

    def action_minutes(self, delta: int) -> None:
        """Give the highlighted item more or fewer minutes."""
        index = self._index()
        if index is not None and index < len(self.agenda.items):
            item = self.agenda.items[index]
            self._change(self.agenda.set_minutes(index, item.minutes + delta), index)

    def action_remove(self) -> None:
        """Take the highlighted item off the agenda."""
        index = self._index()
        if index is not None:
            self._change(self.agenda.remove(index), index)

    def action_length(self) -> None:
        """Change this session's length."""
        from biy_tui.ui.dialogs.prompt import NumberPrompt

        def done(minutes: int | None) -> None:
            if minutes is not None:
                self._change(self.agenda.with_session_minutes(minutes))

        self.app.push_screen(
            NumberPrompt(
                messages.AGENDA_LENGTH_PROMPT,
                self.agenda.session_minutes,
                10,
                600,
                messages.AGENDA_LENGTH_INVALID,
            ),
            done,
        )

    def action_details(self) -> None:
        """Set the plan's group label, notes, and whether the session is online."""
        from biy_tui.ui.screens.plan_details import PlanDetailsScreen

        agenda = self.agenda

        def done(result: tuple[str, str, bool] | None) -> None:
            if result is not None:
                label, notes, online = result
                current = self.agenda
                self._change(dataclasses.replace(current, label=label, notes=notes, online=online))

        self.app.push_screen(PlanDetailsScreen(agenda.label, agenda.notes, agenda.online), done)

    def _unsaved_blocks(self) -> bool:
        if self.planner.is_dirty(self.number):
            self.notify(messages.AGENDA_UNSAVED_SWITCH, severity="warning", timeout=8)
            return True
        return False

    def action_new_plan(self) -> None:
        """Start a second, empty plan for this week (for another group)."""
        if self._unsaved_blocks():
            return
        self.planner.start_new(self.number)
        self.refresh_agenda(0)
        self.notify(messages.AGENDA_NEW_PLAN.format(week=self.number), timeout=4)

    # --- leaving ---------------------------------------------------------------

    def action_leave(self) -> None:
        """Go back; unsaved changes are kept as a draft (and here when she returns)."""
        if self._saving:  # the save closes nothing here, but it must land before a draft
            self.notify(messages.AGENDA_STILL_SAVING, timeout=4)
            return
        if self.planner.is_dirty(self.number) and keep_plan_draft(self.app, self.number):
            self.notify(messages.AGENDA_DRAFT_KEPT, timeout=6)
        self.app.pop_screen()

    # --- elsewhere -------------------------------------------------------------

    def action_choose(self) -> None:
        """Let the group choose an activity for the agenda."""
        from biy_tui.ui.screens.choose import ChooseScreen

        self.app.push_screen(ChooseScreen(self.number))

    def action_run(self) -> None:
        """Run the session with a soft timer."""
        if not self.agenda.items:
            self.notify(messages.RUN_EMPTY, timeout=4)
            return
        from biy_tui.ui.screens.run import RunScreen

        self.app.push_screen(RunScreen(self.number))

    def handout_name(self, agenda: Agenda) -> str:
        """The handout's file name: one per plan, so one plan never overwrites another's."""
        if agenda.plan_id:
            return f"week-{self.number:02d}-plan-{agenda.plan_id.rsplit('-', 1)[-1]}-handout.html"
        return f"week-{self.number:02d}-unsaved-plan-handout.html"

    def action_export(self) -> None:
        """Write a printable handout (HTML) and say where."""
        self._export(self.agenda, self.handout_name(self.agenda))

    @work(thread=True, exclusive=True, exit_on_error=False, group="export")
    def _export(self, agenda: Agenda, name: str) -> None:
        from biy_tui.core import paths
        from biy_tui.core.reports.handout import render_handout

        target = paths.exports_dir() / name
        try:
            paths.write_private(
                target, render_handout(agenda, self.week, self.curriculum.program, "html")
            )
        except OSError as exc:
            why = (exc.strerror or type(exc).__name__).lower()
            self.app.call_from_thread(
                self.notify,
                messages.AGENDA_EXPORT_FAILED.format(path=target, why=why),
                severity="warning",
            )
            return
        self.app.call_from_thread(
            self.notify, messages.AGENDA_EXPORTED.format(path=target), timeout=8
        )

    # --- the store -------------------------------------------------------------

    def action_save(self) -> None:
        """Save the agenda: update the plan it came from (or save it, the first time)."""
        self._save(as_new=False)

    def action_save_as_new(self) -> None:
        """Save the agenda as another plan for this week; the opened one stays as it was."""
        self._save(as_new=True)

    def worker_failed(self) -> None:
        """A background call failed unexpectedly: saving works again."""
        self._saving = False

    def _save(self, as_new: bool) -> None:
        if self._saving:
            return
        store = writable_store(self)
        if store is None:
            return
        self._saving = True
        self._review_and_save(store, as_new)

    @work(exclusive=True, group="plan-review")
    async def _review_and_save(self, store: Any, as_new: bool) -> None:
        from biy_tui.core.privacy.reviewed import is_reviewed
        from biy_tui.ui.screens.forms import review_text

        agenda = self.agenda
        saved = self.planner.saved(self.number)
        texts: dict[str, str] = {}
        for name in ("label", "notes"):
            text = getattr(agenda, name)
            unchanged = not as_new and agenda.plan_id and text == getattr(saved, name)
            if text and not is_reviewed(text) and not unchanged:
                reviewed = await review_text(self, text)
                if reviewed is None:
                    self._saving = False
                    return
                text = reviewed
            texts[name] = text
        if as_new:
            agenda = dataclasses.replace(agenda, plan_id=None)
        on = dt.date.fromisoformat(agenda.date) if agenda.date else dt.date.today()
        plan = plan_from_agenda(agenda, on, texts["label"], texts["notes"])
        key = plan_draft_key(self.number)

        def failed() -> None:
            self._saving = False

        store_in_background(
            self,
            lambda: (store.save_plan(plan, draft_key=key), store.plans_for_week(self.number)),
            lambda result: self._saved_ok(result, as_new),
            messages.AGENDA_SAVE_FAILED,
            failed,
        )

    def _saved_ok(self, result: tuple[Any, list[Any]], as_new: bool) -> None:
        self._saving = False
        saved, plans = result
        self._plans = list(plans)
        self.planner.load(agenda_from_plan(saved))
        self.refresh_agenda()
        name = plan_name(self.agenda, self._plans)
        template = messages.AGENDA_SAVED_AS_NEW if as_new else messages.AGENDA_SAVED
        self.notify(template.format(week=self.number, name=name), timeout=5)
        self.app.records.records_changed()

    def action_open_saved(self) -> None:
        """Open the next saved plan for this week (they cycle, newest first)."""
        if self._unsaved_blocks():
            return
        store = self.app.store
        if store is not None:
            store_in_background(
                self, lambda: store.plans_for_week(self.number), self._show_saved, "{why}"
            )

    def _show_saved(self, plans: list[Any]) -> None:
        self._plans = list(plans)
        if not plans:
            self.notify(messages.AGENDA_NO_SAVED_PLANS.format(week=self.number), timeout=5)
            return
        ids = [p.id for p in plans]
        now = self.agenda.plan_id
        index = (ids.index(now) + 1) % len(ids) if now in ids else 0
        agenda = agenda_from_plan(plans[index])
        self.planner.load(agenda)
        self.refresh_agenda(0)
        self.notify(plan_name(agenda, self._plans, opened=True), timeout=5)


def keep_plan_draft(app: RecordsHost, week: int) -> bool:
    """Keep a week's unsaved agenda as a draft now (on this thread). True when kept."""
    store = app.store
    if store is None or app.read_only:
        return False
    from biy_tui.core.store import StoreError

    try:
        store.save_draft(plan_draft_key(week), agenda_to_draft(app.planner.current(week)))
    except StoreError:
        return False
    return True

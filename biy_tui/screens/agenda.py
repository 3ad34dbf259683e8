"""The agenda for a week's session: order, timings, balance, materials; save and export."""

from __future__ import annotations

import datetime as dt

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from biy_tui import messages
from biy_tui.planning import Agenda, Planner, agenda_from_plan, plan_from_agenda
from biy_tui.screens.base import WeekScreenMixin, store_in_background, writable_store
from biy_tui.widgets.agenda_view import agenda_line, agenda_summary


class AgendaScreen(WeekScreenMixin, Screen[None]):
    """Build the session: reorder, time, save, and print a handout."""

    HELP = (
        "The agenda for this week's session. Times run from the start of the session. "
        "Move an item with Ctrl+Up and Ctrl+Down (or K and J), change its minutes with + and -, "
        "remove it with x. Press l to change this session's length, s to save the plan, "
        "e to write a printable handout, c to let the group choose an activity, r to run the "
        "session, n to start a second plan for this week and o to open the next saved plan."
    )
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("ctrl+up,K", "move(-1)", "Up", show=False),
        Binding("ctrl+down,J", "move(1)", "Down", show=False),
        Binding("plus,equals_sign", "minutes(5)", "+5 min", show=False),
        Binding("minus", "minutes(-5)", "-5 min", show=False),
        Binding("x,delete", "remove", "Remove"),
        Binding("l", "length", "Length"),
        Binding("s", "save", "Save"),
        Binding("e", "export", "Handout"),
        Binding("c", "choose", "Group choice"),
        Binding("r", "run", "Run"),
        Binding("n", "new_plan", "New plan", show=False),
        Binding("o", "open_saved", "Saved plans", show=False),
    ]

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number
        self._saved: list[object] = []
        self._saved_index = -1

    @property
    def planner(self) -> Planner:
        return self.app.planner  # type: ignore[attr-defined, no-any-return]

    @property
    def agenda(self) -> Agenda:
        return self.planner.current(self.number)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="agenda-panes"):
            yield OptionList(id="agenda-list")
            with VerticalScroll(id="agenda-summary-scroll"):
                yield Static(id="agenda-summary")
        yield Footer()

    def on_mount(self) -> None:
        self.title = f"Agenda · week {self.number}: {self.week.title}"
        self.query_one("#agenda-list").focus()
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
        self.sub_title = f"{agenda.total} of {agenda.session_minutes} min"

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
        from biy_tui.screens.prompt import NumberPrompt

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

    def action_new_plan(self) -> None:
        """Start a second, empty plan for this week (for another group)."""
        self.planner.start_new(self.number)
        self.refresh_agenda(0)
        self.notify(messages.AGENDA_NEW_PLAN.format(week=self.number), timeout=4)

    # --- elsewhere -------------------------------------------------------------

    def action_choose(self) -> None:
        """Let the group choose an activity for the agenda."""
        from biy_tui.screens.choose import ChooseScreen

        self.app.push_screen(ChooseScreen(self.number))

    def action_run(self) -> None:
        """Run the session with a soft timer."""
        if not self.agenda.items:
            self.notify(messages.RUN_EMPTY, timeout=4)
            return
        from biy_tui.screens.run import RunScreen

        self.app.push_screen(RunScreen(self.number))

    def action_export(self) -> None:
        """Write a printable handout (HTML) and say where."""
        self._export(self.agenda)

    @work(thread=True, exclusive=True, exit_on_error=False, group="export")
    def _export(self, agenda: Agenda) -> None:
        from biy_tui import paths
        from biy_tui.reports.handout import render_handout

        target = paths.exports_dir() / f"week-{self.number:02d}-handout.html"
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
        """Save the agenda as this week's plan (in the background)."""
        store = writable_store(self)
        if store is None:
            return
        agenda = self.agenda
        on = dt.date.fromisoformat(agenda.date) if agenda.date else dt.date.today()
        plan = plan_from_agenda(agenda, on)
        store_in_background(
            self, lambda: store.save_plan(plan), self._saved_ok, messages.AGENDA_SAVE_FAILED
        )

    def _saved_ok(self, saved: object) -> None:
        agenda = agenda_from_plan(saved)  # type: ignore[arg-type]
        if self.agenda.week == agenda.week:
            self.planner.set(agenda)
        self.refresh_agenda()
        self.notify(messages.AGENDA_SAVED.format(week=self.number), timeout=4)
        refresh = getattr(self.app, "records_changed", None)
        if callable(refresh):
            refresh()

    def action_open_saved(self) -> None:
        """Open the next saved plan for this week (they cycle, newest first)."""
        store = getattr(self.app, "store", None)
        if store is not None:
            store_in_background(
                self, lambda: store.plans_for_week(self.number), self._show_saved, "{why}"
            )

    def _show_saved(self, plans: list[object]) -> None:
        if not plans:
            return
        self._saved_index = (self._saved_index + 1) % len(plans)
        agenda = agenda_from_plan(plans[self._saved_index])  # type: ignore[arg-type]
        self.planner.set(agenda)
        self.refresh_agenda(0)
        self.notify(messages.AGENDA_LOADED_PLAN.format(date=agenda.date), timeout=4)

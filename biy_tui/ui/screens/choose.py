"""Choose with the group: pick 2-4 options, show them large to the room, count hands.

The room view is meant to be turned toward the group: big numbers and titles,
nothing else. Each number key adds a hand to that option; the choice (options
and tally, counts only) is kept with the plan and the chosen activity goes on
the agenda.
"""

from __future__ import annotations

from rich.align import Align
from rich.console import Group
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Header, SelectionList, Static
from textual.widgets.selection_list import Selection

from biy_tui.core.planning import Choice, Decided, Planner
from biy_tui.core.text import messages
from biy_tui.ui.render.module_view import activity_line
from biy_tui.ui.screens.base import BiyModal, BiyScreen, WeekScreenMixin
from biy_tui.ui.widgets.footer import FittingFooter

MIN_OPTIONS = 2
MAX_OPTIONS = 4


class ChooseScreen(WeekScreenMixin, BiyScreen[None]):
    """Pick the options to offer the group."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", messages.KEY_BACK, id="choose.pop_screen"),
        Binding("enter", "show", messages.KEY_SHOW_THE_ROOM, priority=True, id="choose.show"),
    ]

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="choose-body"):
            yield Static(messages.CHOOSE_PICK, id="choose-hint")
            yield SelectionList[str](
                *(Selection(activity_line(a), a.id) for a in self.week.activities),
                id="choose-list",
            )
        yield FittingFooter()

    def on_mount(self) -> None:
        self.title = messages.TITLE_WITH_WEEK.format(title=messages.CHOOSE_TITLE, week=self.number)
        self.query_one("#choose-list").focus()

    @on(SelectionList.SelectedChanged, "#choose-list")
    def _limit(self, event: SelectionList.SelectedChanged[str]) -> None:
        chosen = event.selection_list.selected
        if len(chosen) > MAX_OPTIONS:
            event.selection_list.deselect(chosen[-1])
            self.notify(messages.CHOOSE_TOO_MANY, timeout=4)

    def action_show(self) -> None:
        """Open the room view with the ticked options."""
        chosen = self.query_one("#choose-list", SelectionList).selected
        if not MIN_OPTIONS <= len(chosen) <= MAX_OPTIONS:
            self.notify(messages.CHOOSE_TOO_FEW, timeout=4)
            return
        order = [a.id for a in self.week.activities if a.id in chosen]
        self.app.switch_screen(RoomScreen(self.number, order))


class RoomScreen(WeekScreenMixin, BiyScreen[None]):
    """The large-text view shown to the room, with a show-of-hands tally."""

    HELP = messages.ROOM_HINT
    BINDINGS = [
        Binding("escape", "app.pop_screen", messages.KEY_BACK, id="choose.pop_screen"),
        Binding("enter", "decide", messages.KEY_MOST_HANDS, id="choose.decide"),
        *[
            Binding(str(n), f"hand({n})", messages.KEY_OPTION_N.format(n=n), show=False)
            for n in range(1, 5)
        ],
        *[
            Binding(key, f"unhand({n})", messages.KEY_TAKE_ONE_FROM_N.format(n=n), show=False)
            for n, key in enumerate(("exclamation_mark", "at", "number_sign", "dollar_sign"), 1)
        ],
    ]

    def __init__(self, number: int, options: list[str]) -> None:
        super().__init__()
        self.number = number
        self.options = options
        self.tally = [0] * len(options)
        self.revoted = False

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Static(id="room", classes="room")
        yield Static(messages.ROOM_HINT, id="room-hint")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.title = messages.CHOOSE_TITLE
        self.render_room()

    def render_room(self) -> None:
        """Draw the options large: number, title, style and minutes, hands so far."""
        blocks = []
        for index, activity_id in enumerate(self.options):
            activity = self.week.activity(activity_id)
            title = activity.title if activity else activity_id
            line = Text(justify="center")
            line.append(f" {index + 1} ", style="reverse bold")
            line.append(f"  {title.upper()}", style="bold")
            hands = self.tally[index]
            sub = Text(justify="center", style="dim")
            if activity:
                sub.append(
                    messages.LABEL_MINUTES.format(minutes=activity.minutes)
                    + f" · {activity.summary or activity.style}"
                )
            count = Text("✋ " * hands if hands <= 12 else f"✋ × {hands}", justify="center")
            blocks += [line, sub, count, Text("")]
        self.query_one("#room", Static).update(Align.center(Group(*blocks), vertical="middle"))

    def action_hand(self, option: int) -> None:
        """Count one more hand for an option."""
        if 1 <= option <= len(self.options):
            self.tally[option - 1] += 1
            self.render_room()

    def action_unhand(self, option: int) -> None:
        """Take one hand away from an option (a miscount)."""
        if 1 <= option <= len(self.options) and self.tally[option - 1] > 0:
            self.tally[option - 1] -= 1
            self.render_room()

    def action_decide(self) -> None:
        """Go with the most hands; a tie goes back to the group (never decided silently)."""
        choice = Choice(tuple(self.options), tuple(self.tally))
        if not choice.leaders():
            self.notify(messages.ROOM_NO_HANDS, timeout=4)
            return
        if choice.is_tie:
            self.app.push_screen(TieScreen(self.number, choice), self._after_tie)
            return
        self._record(choice, choice.leaders()[0], "revote" if self.revoted else "hands")

    def _after_tie(self, outcome: str | None) -> None:
        if outcome is None:
            return
        choice = Choice(tuple(self.options), tuple(self.tally))
        if outcome == "revote":
            self.options = list(choice.leaders())
            self.tally = [0] * len(self.options)
            self.revoted = True
            self.render_room()
            self.notify(messages.ROOM_REVOTE, timeout=6)
        else:
            self._record(choice, outcome, "facilitator")

    def _record(self, choice: Choice, chosen: str, decided_by: Decided) -> None:
        planner: Planner = self.app.planner
        activity = self.week.activity(chosen)
        agenda = planner.current(self.number)
        already = agenda.contains(chosen)
        agenda = agenda.record_choice(Choice(choice.options, choice.tally, chosen, decided_by))
        if activity is not None:
            agenda = agenda.add(activity)
        planner.set(agenda)
        title = activity.title if activity else chosen
        if decided_by == "facilitator":
            template = messages.ROOM_PICKED_ON_AGENDA if already else messages.ROOM_PICKED
        else:
            template = messages.ROOM_CHOSEN_ON_AGENDA if already else messages.ROOM_CHOSEN
        self.notify(template.format(title=title), timeout=6)
        self.app.pop_screen()


class TieScreen(WeekScreenMixin, BiyModal[str | None]):
    """A tie: count again ("revote"), or the facilitator picks one (its id)."""

    HELP = messages.ROOM_TIE_HELP
    BINDINGS = [
        Binding("v", "revote", messages.KEY_COUNT_AGAIN, id="tie.revote"),
        *[
            Binding(str(n), f"pick({n})", messages.KEY_CHOOSE_N.format(n=n), show=False)
            for n in range(1, 5)
        ],
        Binding("escape", "back", messages.KEY_BACK_TO_COUNTING, id="tie.back"),
    ]

    def __init__(self, number: int, choice: Choice) -> None:
        super().__init__()
        self.number = number
        self.choice = choice

    def compose(self) -> ComposeResult:
        tied = self.choice.leaders()
        names = []
        for option in tied:
            activity = self.week.activity(option)
            position = self.choice.options.index(option) + 1
            names.append(
                messages.ROOM_TIE_OPTION.format(
                    title=activity.title if activity else option, number=position
                )
            )
        hands = max(self.choice.tally)
        with Vertical(classes="dialog", id="tie-card"):
            yield Static(Text(messages.ROOM_TIE_TITLE, style="bold"))
            yield Static(
                Text(messages.ROOM_TIE_BODY(n=hands, options=messages.ROOM_TIE_AND.join(names)))
            )
        yield FittingFooter()

    def action_revote(self) -> None:
        """Count hands again between the tied options."""
        self.dismiss("revote")

    def action_pick(self, number: int) -> None:
        """Choose one of the tied options (numbered as in the room)."""
        if 1 <= number <= len(self.choice.options):
            option = self.choice.options[number - 1]
            if option in self.choice.leaders():
                self.dismiss(option)

    def action_back(self) -> None:
        """Back to counting; nothing is recorded."""
        self.dismiss(None)

"""A week's module: what it is about, and its activities to choose from.

The "About" tab holds the content note (first), themes, goals, preparation and
grounding. The "Activities" tab lists the activities, filtered by learning style
(keys 1-4, combinable) and by text; the highlighted activity's details sit
beside the list. From here she adds activities to the session's agenda.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import (
    Header,
    Input,
    OptionList,
    Static,
    TabbedContent,
    TabPane,
)
from textual.widgets.option_list import Option

from biy_tui.core.curriculum import Curriculum, Week
from biy_tui.core.curriculum.models import STYLE_LABELS, STYLES, Activity
from biy_tui.core.text import messages
from biy_tui.ui.render.module_view import (
    activity_list_line,
    render_activity,
    render_week_intro,
)
from biy_tui.ui.screens.base import BiyScreen
from biy_tui.ui.screens.program import week_details
from biy_tui.ui.widgets.footer import FittingFooter
from biy_tui.ui.widgets.style_filter import StyleFilter


def matches(activity: Activity, styles: frozenset[str], text: str) -> bool:
    """Whether an activity passes the style filter and the search text."""
    if styles and activity.style not in styles:
        return False
    if not text:
        return True
    haystack = " ".join(
        (activity.title, activity.summary, activity.steps, " ".join(activity.materials))
    ).lower()
    return all(word in haystack for word in text.lower().split())


class WeekScreen(BiyScreen[None]):
    """One weekly module: about the week, and its activities."""

    BINDINGS = [
        Binding("escape", "back", messages.KEY_BACK, id="week.back"),
        Binding("i", "tab('about')", messages.KEY_ABOUT, show=False, id="week.tab_about"),
        Binding("v", "tab('activities')", messages.KEY_ACTIVITIES, id="week.tab_activities"),
        Binding("1", "style(1)", messages.KEY_READING, show=False, id="week.style_1"),
        Binding("2", "style(2)", messages.KEY_INDIVIDUAL, show=False, id="week.style_2"),
        Binding("3", "style(3)", messages.KEY_DISCUSSION, show=False, id="week.style_3"),
        Binding("4", "style(4)", messages.KEY_CREATIVE, show=False, id="week.style_4"),
        Binding("0", "all_styles", messages.KEY_ALL_STYLES, show=False, id="week.all_styles"),
        Binding("slash", "search", messages.KEY_SEARCH, key_display="/", id="week.search"),
        Binding("a", "add", messages.KEY_ADD_TO_AGENDA, id="week.add"),
        Binding("p", "agenda", messages.RECORD_PLAN_AGENDA, id="week.agenda"),
        Binding("c", "choose", messages.KEY_GROUP_CHOICE, id="week.choose"),
        Binding("k", "check_in", messages.KEY_CHECK_IN, show=False, id="week.check_in"),
        Binding("d", "debrief", messages.KEY_DEBRIEF, show=False, id="week.debrief"),
    ]

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number

    @property
    def curriculum(self) -> Curriculum:
        return self.app.curriculum

    @property
    def week(self) -> Week | None:
        return self.curriculum.week(self.number)

    def compose(self) -> ComposeResult:
        yield Header()
        week = self.week
        if week is None:
            with VerticalScroll(id="module-scroll"):
                yield Static(week_details(self.curriculum, self.number), id="module")
            yield FittingFooter()
            return
        initial = "about" if week.intensity != "gentle" else "activities"
        with TabbedContent(initial=initial, id="week-tabs"):
            with (
                TabPane(messages.LABEL_ABOUT_THIS_WEEK, id="about"),
                VerticalScroll(id="module-scroll"),
            ):
                yield Static(render_week_intro(week, self.curriculum.program), id="module")
                yield Static(messages.WEEK_TO_ACTIVITIES, classes="form-intro")
            with TabPane(messages.KEY_ACTIVITIES, id="activities"), Vertical():
                yield StyleFilter(id="style-filter")
                yield Input(
                    placeholder=messages.ACTIVITY_SEARCH_PLACEHOLDER,
                    id="activity-search",
                    compact=True,
                )
                with Horizontal(id="activity-panes"):
                    yield OptionList(id="activity-list")
                    with VerticalScroll(id="activity-detail-scroll"):
                        yield Static(id="activity-detail")
        yield FittingFooter()

    def on_mount(self) -> None:
        week = self.week
        self.title = (
            messages.TITLE_WEEK.format(week=week.week, title=week.title)
            if week
            else messages.LABEL_WEEK_N.format(week=self.number)
        )
        if week is None:
            return
        from biy_tui.ui.screens.agenda import ensure_plan_loaded

        ensure_plan_loaded(self, self.number)
        self.refresh_list()
        if week.intensity != "gentle":
            self.query_one("#module-scroll").focus()
        else:
            self.query_one("#activity-list").focus()

    # --- the list --------------------------------------------------------------

    def visible_activities(self) -> list[Activity]:
        """The activities passing the current filter and search, in file order."""
        week = self.week
        if week is None:
            return []
        styles = self.query_one(StyleFilter).selected
        text = self.query_one("#activity-search", Input).value.strip()
        return [a for a in week.activities if matches(a, styles, text)]

    def refresh_list(self) -> None:
        """Rebuild the list after a filter change, keeping the highlight when it can."""
        listing = self.query_one("#activity-list", OptionList)
        current = self.highlighted_activity()
        shown = self.visible_activities()
        listing.clear_options()
        options: list[Option] = []
        for style in STYLES:
            in_style = [a for a in shown if a.style == style]
            if in_style:
                options.append(Option(Text(STYLE_LABELS[style], style="bold"), disabled=True))
                options += [Option(activity_list_line(a), id=a.id) for a in in_style]
        listing.add_options(options)
        if not shown:
            self.query_one("#activity-detail", Static).update(messages.NO_ACTIVITIES_MATCH)
            return
        ids = [option.id for option in options]
        wanted = current.id if current and current.id in ids else shown[0].id
        listing.highlighted = ids.index(wanted)

    def highlighted_activity(self) -> Activity | None:
        """The activity under the cursor, if any."""
        week = self.week
        if week is None:
            return None
        listing = self.query_one("#activity-list", OptionList)
        if listing.highlighted is None or listing.option_count == 0:
            return None
        option_id = listing.get_option_at_index(listing.highlighted).id
        return week.activity(option_id) if option_id else None

    @on(OptionList.OptionHighlighted, "#activity-list")
    def _show_activity(self) -> None:
        activity = self.highlighted_activity()
        if activity is not None:
            self.query_one("#activity-detail", Static).update(render_activity(activity))
            self.query_one("#activity-detail-scroll").scroll_home(animate=False)

    @on(OptionList.OptionSelected, "#activity-list")
    def _selected(self) -> None:
        self.action_add()

    @on(StyleFilter.Changed)
    def _filter_changed(self) -> None:
        if self.week is not None:
            self.refresh_list()

    @on(Input.Changed, "#activity-search")
    def _search_changed(self) -> None:
        self.refresh_list()

    @on(Input.Submitted, "#activity-search")
    def _search_done(self) -> None:
        self.query_one("#activity-list").focus()

    # --- actions ---------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys for the activity list only work when there is a week, and not while typing."""
        if action in {
            "style",
            "all_styles",
            "add",
            "choose",
            "agenda",
            "search",
            "tab",
            "check_in",
            "debrief",
        }:
            if self.week is None:
                return False
            if isinstance(self.focused, Input) and action != "tab":
                return False
        return True

    def action_back(self) -> None:
        """Leave the search box first; otherwise go back to the weeks."""
        if isinstance(self.focused, Input):
            self.query_one("#activity-list").focus()
            return
        self.app.pop_screen()

    def action_tab(self, tab: str) -> None:
        """Show the About or Activities tab."""
        self.query_one(TabbedContent).active = tab
        target = "#module-scroll" if tab == "about" else "#activity-list"
        self.query_one(target).focus()

    def action_style(self, number: int) -> None:
        """Toggle one learning style in the filter (1-4)."""
        self.action_tab("activities")
        self.query_one(StyleFilter).toggle(STYLES[number - 1])

    def action_all_styles(self) -> None:
        """Show every learning style."""
        self.query_one(StyleFilter).clear()

    def action_search(self) -> None:
        """Focus the search box."""
        self.action_tab("activities")
        self.query_one("#activity-search").focus()

    def action_add(self) -> None:
        """Add the highlighted activity to this week's agenda."""
        activity = self.highlighted_activity()
        if activity is None:
            self.action_tab("activities")
            return
        planner = self.app.planner
        if planner.current(self.number).contains(activity.id):
            self.notify(messages.AGENDA_ALREADY_ON.format(title=activity.title), timeout=4)
            return
        agenda = planner.add(self.number, activity)
        self.notify(
            messages.ADDED_TO_AGENDA.format(
                title=activity.title, total=agenda.total, length=agenda.session_minutes
            ),
            timeout=4,
        )

    def action_agenda(self) -> None:
        """Open this week's agenda."""
        from biy_tui.ui.screens.agenda import AgendaScreen

        self.app.push_screen(AgendaScreen(self.number))

    def action_check_in(self) -> None:
        """Log this week's check-in (or carry on with the saved one)."""
        self.app.records.open_form("checkin", self.number)

    def action_debrief(self) -> None:
        """Write this week's debrief (or carry on with the saved one)."""
        self.app.records.open_form("debrief", self.number)

    def action_choose(self) -> None:
        """Let the group choose among a few of this week's activities."""
        from biy_tui.ui.screens.choose import ChooseScreen

        self.app.push_screen(ChooseScreen(self.number))

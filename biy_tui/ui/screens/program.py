"""The program overview: the weeks in their parts, and what each week holds."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group, RenderableType
from rich.text import Text
from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from biy_tui.core.curriculum import STYLE_LABELS, Curriculum
from biy_tui.core.overview import Overview
from biy_tui.core.text import messages
from biy_tui.ui.render.module_view import INTENSITY_MARK, prose, style_counts
from biy_tui.ui.screens.base import BiyScreen
from biy_tui.ui.widgets.footer import FittingFooter


def week_label(curriculum: Curriculum, number: int, overview: Overview | None = None) -> Text:
    """The overview's line for one week: marks for current, planned and logged."""
    week = curriculum.week(number)
    overview = overview or Overview()
    current = overview.current_week == number
    label = Text(no_wrap=True, overflow="ellipsis")
    label.append("▶" if current else " ", style="bold")
    label.append(f"{number:>3} ")
    label.append("✓" if number in overview.logged else " ")
    label.append("✎ " if number in overview.planned else "  ")
    if week is None:
        label.append("unavailable", style="italic dim")
        return label
    label.append(week.title, style="bold" if current else "")
    return label


def legend(curriculum: Curriculum, overview: Overview) -> Text:
    """The line under the list: what the marks mean, and styles not had lately."""
    text = Text(messages.LABEL_NOW_PLANNED_LOGGED, style="dim")
    if overview.planned:
        current = overview.current_week or 1
        lately = overview.mix.not_lately(current)
        names = ", ".join(STYLE_LABELS[s].lower() for s in lately)
        text.append("\n")
        text.append(
            messages.NOT_LATELY.format(styles=names) if lately else messages.ALL_STYLES_LATELY
        )
    return text


def week_details(curriculum: Curriculum, number: int) -> RenderableType:
    """The overview's detail panel for one week."""
    week = curriculum.week(number)
    if week is None:
        problem = curriculum.unavailable.get(number)
        return Group(
            Text(messages.LABEL_WEEK_N.format(week=number), style="bold"),
            Text(messages.WEEK_UNAVAILABLE_TITLE),
            Text(""),
            Text(str(problem) if problem else ""),
            Text(""),
            Text(messages.WEEK_UNAVAILABLE_HELP, style="dim"),
        )
    program = curriculum.program
    themes = ", ".join(program.theme_label(t) for t in week.themes)
    return Group(
        Text(messages.LABEL_WEEK_N.format(week=week.week), style="dim"),
        Text(week.title, style="bold"),
        prose(week.summary) if week.summary else Text(""),
        Text(""),
        Text(messages.LABEL_FEELS.format(mark=INTENSITY_MARK[week.intensity])),
        Text(messages.LABEL_THEMES.format(themes=themes)),
        Text(
            messages.LABEL_ACTIVITIES_COUNT.format(
                count=len(week.activities), styles=style_counts(week)
            )
        ),
        Text(""),
        Text(messages.OVERVIEW_HINT, style="dim"),
    )


class ProgramScreen(BiyScreen[None]):
    """The first screen: every week of the program, grouped by part."""

    BINDINGS = [
        # The overview says "press Enter to open it"; the footer keeps room for F1 and g.
        Binding("enter", "open_week", messages.KEY_OPEN, show=False, id="overview.open"),
        Binding("k", "check_in", messages.KEY_CHECK_IN, id="overview.check_in"),
        Binding("d", "debrief", messages.KEY_DEBRIEF, id="overview.debrief"),
        Binding("s", "app.self_care", messages.SELFCARE_TITLE, show=False, id="overview.self_care"),
        Binding(
            "h", "app.open('history')", messages.KEY_HISTORY, show=False, id="overview.history"
        ),
        Binding("t", "app.open('trends')", messages.KEY_TRENDS, show=False, id="overview.trends"),
        Binding(
            "m", "app.open('member_check')", messages.KEY_MEMBER, show=False, id="overview.member"
        ),
        Binding("r", "app.open('report')", messages.KEY_REPORT, show=False, id="overview.report"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="overview"):
            with Vertical(id="weeks-column"):
                yield OptionList(*self._options(), id="weeks")
                yield Static(id="weeks-legend")
            with VerticalScroll(id="week-details-scroll"):
                yield Static(id="week-details")
        yield FittingFooter()

    def _options(self) -> Iterable[Option]:
        curriculum: Curriculum = self.app.curriculum
        overview: Overview = self.app.overview
        numbers = curriculum.week_numbers
        placed: set[int] = set()
        for part in curriculum.program.parts:
            in_part = [n for n in numbers if curriculum.part_of(n) == part.id]
            if not in_part:
                continue
            yield Option(Text(part.title, style="bold"), id=f"part-{part.id}", disabled=True)
            for number in in_part:
                placed.add(number)
                yield Option(week_label(curriculum, number, overview), id=f"week-{number}")
        others = [n for n in numbers if n not in placed]
        if others:
            yield Option(
                Text(messages.LABEL_OTHER_WEEKS, style="bold"), id="part-other", disabled=True
            )
            for number in others:
                yield Option(week_label(curriculum, number, overview), id=f"week-{number}")

    def overview_changed(self) -> None:
        """Redraw the marks after the records changed; jump to the current week once."""
        weeks = self.query_one("#weeks", OptionList)
        keep = weeks.highlighted
        weeks.clear_options()
        weeks.add_options(list(self._options()))
        overview: Overview = self.app.overview
        curriculum: Curriculum = self.app.curriculum
        self.query_one("#weeks-legend", Static).update(legend(curriculum, overview))
        target = keep
        untouched = keep == self._first_index
        if not self._jumped and untouched and overview.current_week is not None:
            self._jumped = True
            try:
                target = weeks.get_option_index(f"week-{overview.current_week}")
            except OptionDoesNotExist:  # the week is not in the list
                target = keep
        if target is not None:
            weeks.highlighted = target

    _jumped = False
    _first_index: int | None = None

    def on_mount(self) -> None:
        self.title = messages.OVERVIEW_TITLE
        curriculum: Curriculum = self.app.curriculum
        overview: Overview = self.app.overview
        self.query_one("#weeks-legend", Static).update(legend(curriculum, overview))
        weeks = self.query_one("#weeks", OptionList)
        weeks.focus()
        first = next(
            (i for i in range(weeks.option_count) if not weeks.get_option_at_index(i).disabled),
            None,
        )
        if first is not None:
            weeks.highlighted = first
        self._first_index = first

    def selected_week(self) -> int | None:
        """The week number under the cursor, if any."""
        weeks = self.query_one("#weeks", OptionList)
        if weeks.highlighted is None:
            return None
        option_id = weeks.get_option_at_index(weeks.highlighted).id or ""
        return int(option_id.removeprefix("week-")) if option_id.startswith("week-") else None

    @on(OptionList.OptionHighlighted, "#weeks")
    def _show_details(self) -> None:
        number = self.selected_week()
        if number is not None:
            curriculum: Curriculum = self.app.curriculum
            self.query_one("#week-details", Static).update(week_details(curriculum, number))

    @on(OptionList.OptionSelected, "#weeks")
    def _selected(self) -> None:
        self.action_open_week()

    def action_open_week(self) -> None:
        """Open the highlighted week."""
        number = self.selected_week()
        if number is None:
            return
        from biy_tui.ui.screens.week import WeekScreen

        self.app.push_screen(WeekScreen(number))

    def action_check_in(self) -> None:
        """Log the check-in of the highlighted week's session."""
        number = self.selected_week()
        if number is not None:
            self.app.records.open_form("checkin", number)

    def action_debrief(self) -> None:
        """Write the debrief of the highlighted week's session."""
        number = self.selected_week()
        if number is not None:
            self.app.records.open_form("debrief", number)

    def commands(self) -> Iterable[SystemCommand]:
        """Palette commands: the highlighted week's check-in and debrief, and any week."""
        yield SystemCommand(
            messages.PALETTE_CHECK_IN, messages.PALETTE_CHECK_IN_HELP, self.action_check_in
        )
        yield SystemCommand(
            messages.PALETTE_DEBRIEF, messages.PALETTE_DEBRIEF_HELP, self.action_debrief
        )
        curriculum: Curriculum = self.app.curriculum
        for number, week in curriculum.weeks.items():

            def open_week(n: int = number) -> None:
                from biy_tui.ui.screens.week import WeekScreen

                self.app.push_screen(WeekScreen(n))

            summary = " ".join(week.summary.split())
            yield SystemCommand(
                messages.PALETTE_OPEN_WEEK.format(week=number, title=week.title), summary, open_week
            )

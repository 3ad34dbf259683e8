"""Trends: how the weeks went, as terminal charts.

Attendance, first-timers, the mood shift from opening to closing, what the group
said about the sessions, and the learning-style mix of the saved plans, each
across the program's weeks with the boundary between its parts marked. A dip
is put to the facilitator as a question she could take to the group, never as
an alarm. The store is read and the series computed in a worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from biy_tui.core.curriculum import STYLE_LABELS
from biy_tui.core.text import format_decimal, messages
from biy_tui.ui.render.charts import (
    ColumnChart,
    StyleMixChart,
    share_bar,
    sparkline,
    sparkline_axis,
)
from biy_tui.ui.render.record_view import short_date
from biy_tui.ui.screens.base import BiyScreen
from biy_tui.ui.widgets.footer import FittingFooter

if TYPE_CHECKING:
    from biy_tui.core.curriculum import Curriculum
    from biy_tui.core.reports.series import Series, Trends
    from biy_tui.core.store import CheckIn, Plan, Store

CHARTS = ("attendance", "first-time", "mood", "feedback", "styles")


def _number(value: float) -> str:
    return format_decimal(value, 0 if value >= 10 or value == int(value) else 1)


def _note(sentence: str) -> Text:
    return Text(sentence, style="italic")


def _intro(title: str, note: str) -> list[RenderableType]:
    return [Text(title, style="bold"), Text(note, style="dim"), Text("")]


def recent_logs(store: Store, today: dt.date | None = None) -> list[CheckIn | Plan]:
    """Check-ins and plans that could be in the latest cycle, without reading old years.

    When the newest record is within :data:`CYCLE_DAYS` of today, its cycle starts
    no earlier than twice that before today, so older files need not be read.
    Returns an empty list when nothing is that recent (then read everything).
    """
    from biy_tui.core.reports.series import CYCLE_DAYS
    from biy_tui.core.store import CheckIn, Plan

    today = today or dt.date.today()
    newest = today - dt.timedelta(days=CYCLE_DAYS)
    found: list[CheckIn | Plan] = [
        r for r in store.current_cycle("checkin", today, cycles=2) if isinstance(r, CheckIn)
    ]
    found += [r for r in store.current_cycle("plan", today, cycles=2) if isinstance(r, Plan)]
    return found if any(r.date >= newest for r in found) else []


def feedback_key(trends: Trends) -> Text:
    """Which answers count as the top two: the usual pair, then any scale with its own."""
    asked = [s for s in trends.feedback if s.overall is not None]
    if not asked:
        return Text("")
    pairs = [s.top_levels for s in asked]
    usual = max(pairs, key=pairs.count)
    key = Text(messages.TRENDS_FEEDBACK_KEY.format(words=" or ".join(f"“{w}”" for w in usual)))
    for scale in asked:
        if scale.top_levels != usual:
            words = " or ".join(f"“{w}”" for w in scale.top_levels)
            key.append(
                " " + messages.TRENDS_FEEDBACK_KEY_OTHER.format(scale=scale.label, words=words)
            )
    key.stylize("dim")
    return key


class TrendsScreen(BiyScreen[None]):
    """Charts across the weeks, from the check-ins and plans saved."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", messages.KEY_BACK),
        Binding("a", "toggle_scope", messages.KEY_CYCLE_ALL),
        *[
            Binding(str(n), f"jump({n})", name, show=False)
            for n, name in enumerate(
                (
                    messages.TRENDS_ATTENDANCE,
                    messages.TRENDS_FIRST_TIME,
                    messages.TRENDS_MOOD,
                    messages.TRENDS_FEEDBACK,
                    messages.TRENDS_STYLES,
                ),
                1,
            )
        ],
    ]

    def __init__(self) -> None:
        super().__init__()
        self.all_history = False
        self.trends: Trends | None = None

    @property
    def curriculum(self) -> Curriculum:
        return self.app.curriculum

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="trends-scope")
        with VerticalScroll(id="trends-scroll"):
            yield Static(id="trends-empty")
            for name in CHARTS:
                yield Static(id=f"chart-{name}", classes="trend-chart")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.title = messages.TRENDS_TITLE
        self.query_one("#trends-scroll").focus()
        self._show_empty(messages.HISTORY_OPENING)
        self.reload()

    def overview_changed(self) -> None:
        """The records opened or changed (the app calls this): chart them again."""
        self.reload()

    def reload(self) -> None:
        """Read the records and compute the series in the background."""
        store: Store | None = self.app.store
        if store is not None:
            self._compute(store, self.all_history)

    @work(thread=True, exclusive=True, exit_on_error=False, group="trends")
    def _compute(self, store: Store, all_history: bool) -> None:
        from biy_tui.core.reports.series import latest_cycle, weekly_trends
        from biy_tui.core.store import CheckIn, Plan, StoreError

        try:
            both: list[CheckIn | Plan] = [] if all_history else recent_logs(store)
            if not both:
                both = [r for r in store.records("checkin") if isinstance(r, CheckIn)]
                both += [r for r in store.records("plan") if isinstance(r, Plan)]
        except StoreError as exc:
            self.app.call_from_thread(
                self.notify, messages.HISTORY_READ_FAILED.format(why=exc), severity="warning"
            )
            return
        if not all_history:
            both = latest_cycle(both)
        check_ins = [r for r in both if isinstance(r, CheckIn)]
        plans = [r for r in both if isinstance(r, Plan)]
        dates = [c.date for c in check_ins] + [p.date for p in plans]
        curriculum = self.curriculum
        trends = weekly_trends(
            check_ins, plans, curriculum.program, curriculum.weeks, curriculum.week_numbers
        )
        span = (min(dates), max(dates)) if dates else None
        self.app.call_from_thread(self._show, trends, span, all_history)

    # --- drawing ------------------------------------------------------------------

    def _show_empty(self, sentence: str) -> None:
        empty = self.query_one("#trends-empty", Static)
        empty.update(_note(sentence))
        empty.display = True
        for chart in self.query(".trend-chart"):
            chart.display = False

    def _show(
        self, trends: Trends, span: tuple[dt.date, dt.date] | None, all_history: bool
    ) -> None:
        if all_history != self.all_history:
            return
        self.trends = trends
        scope = self.query_one("#trends-scope", Static)
        if trends.empty or span is None:
            scope.update("")
            self._show_empty(messages.TRENDS_EMPTY)
            return
        first, last = (short_date(d) for d in span)
        wording = messages.TRENDS_SCOPE_ALL if all_history else messages.TRENDS_SCOPE_CYCLE
        scope.update(Text(wording.format(first=first, last=last), style="dim", no_wrap=True))
        self.query_one("#trends-empty").display = False
        charts = {
            "attendance": self._attendance(trends),
            "first-time": self._first_time(trends),
            "mood": self._mood(trends),
            "feedback": self._feedback(trends),
            "styles": self._styles(trends),
        }
        for name, renderable in charts.items():
            chart = self.query_one(f"#chart-{name}", Static)
            chart.update(renderable)
            chart.display = True

    def _part_titles(self, trends: Trends) -> dict[int, str]:
        """The first week shown of each part, with the part's title."""
        titles: dict[int, str] = {}
        for part in self.curriculum.program.parts:
            shown = [w for w in trends.weeks if part.first_week <= w <= part.last_week]
            if shown:
                titles[shown[0]] = part.title
        return titles

    def _columns(self, trends: Trends, series: Series, signed: bool = False) -> ColumnChart:
        return ColumnChart(
            series.weeks,
            series.values,
            trends.boundaries,
            self._part_titles(trends),
            height=6 if signed else 5,
            signed=signed,
            fmt=_number,
        )

    def _attendance(self, trends: Trends) -> RenderableType:
        from biy_tui.core.reports.series import dip

        parts = _intro(messages.TRENDS_ATTENDANCE, messages.TRENDS_ATTENDANCE_NOTE)
        if trends.check_ins == 0:
            return Group(*parts, _note(messages.TRENDS_NO_CHECKINS))
        values = [v for _, v in trends.present.points()]
        mean = sum(values) / len(values)
        parts += [
            self._columns(trends, trends.present),
            Text(messages.TRENDS_ATTENDANCE_SUMMARY(n=trends.check_ins, mean=_number(mean))),
        ]
        low = dip(trends.present)
        if low is not None:
            parts.append(_note(messages.TRENDS_ATTENDANCE_DIP.format(week=low)))
        return Group(*parts)

    def _first_time(self, trends: Trends) -> RenderableType:
        parts = _intro(messages.TRENDS_FIRST_TIME, messages.TRENDS_FIRST_TIME_NOTE)
        if trends.check_ins == 0:
            return Group(*parts, _note(messages.TRENDS_NO_CHECKINS))
        total = sum(
            round(v * (trends.sessions.value(w) or 0)) for w, v in trends.first_time.points()
        )
        parts += [
            self._columns(trends, trends.first_time),
            Text(messages.TRENDS_FIRST_TIME_SUMMARY(n=total)),
        ]
        return Group(*parts)

    def _mood(self, trends: Trends) -> RenderableType:
        from biy_tui.core.reports.series import setback

        parts = _intro(messages.TRENDS_MOOD, messages.TRENDS_MOOD_NOTE)
        points = trends.mood_shift.points()
        if not points:
            return Group(*parts, _note(messages.TRENDS_NO_MOOD))
        mean = sum(v for _, v in points) / len(points)
        direction = messages.TRENDS_LIGHTER if mean >= 0 else messages.TRENDS_HEAVIER
        parts += [
            self._columns(trends, trends.mood_shift, signed=True),
            Text(
                messages.TRENDS_MOOD_SUMMARY.format(
                    amount=format_decimal(abs(mean)), direction=direction
                )
            ),
        ]
        low = setback(trends.mood_shift)
        if low is not None:
            drop = -dict(trends.mood_shift.points()).get(low, 0.0)
            template = (
                messages.TRENDS_MOOD_DIP_LARGE if drop >= 1.0 else messages.TRENDS_MOOD_DIP_SMALL
            )
            parts.append(_note(template.format(week=low, amount=f"{drop:.0f}")))
        return Group(*parts)

    def _feedback(self, trends: Trends) -> RenderableType:
        from biy_tui.core.reports.series import dip

        parts = _intro(messages.TRENDS_FEEDBACK, messages.TRENDS_FEEDBACK_NOTE)
        if trends.check_ins == 0 or not trends.feedback:
            return Group(*parts, _note(messages.TRENDS_NO_CHECKINS))
        table = Table.grid(padding=(0, 1))
        table.add_column(no_wrap=True, max_width=22, overflow="ellipsis")
        table.add_column(no_wrap=True)
        table.add_column(no_wrap=True)
        table.add_column(no_wrap=True)
        notes: list[RenderableType] = []
        weeks_label = Text(messages.TRENDS_WEEKS_LABEL, style="dim")
        table.add_row("", "", weeks_label, sparkline_axis(trends.weeks, trends.boundaries))
        for scale in trends.feedback:
            share = "" if scale.overall is None else f"{scale.overall:4.0%}"
            table.add_row(
                scale.label,
                share_bar(scale.overall),
                share or Text(messages.TRENDS_FEEDBACK_NONE, style="dim"),
                sparkline(scale.by_week.values, scale.by_week.weeks, trends.boundaries),
            )
            low = dip(scale.by_week)
            if low is not None:
                notes.append(
                    _note(messages.TRENDS_FEEDBACK_DIP.format(scale=scale.label, week=low))
                )
        parts += [table, feedback_key(trends), *notes]
        return Group(*parts)

    def _styles(self, trends: Trends) -> RenderableType:
        from biy_tui.core.reports.series import quiet_style

        parts = _intro(messages.TRENDS_STYLES, messages.TRENDS_STYLES_NOTE)
        if not trends.styles:
            return Group(*parts, _note(messages.TRENDS_NO_PLANS))
        parts.append(
            StyleMixChart(
                trends.styles,
                trends.boundaries,
                self._part_titles(trends),
                messages.TRENDS_PART_BEGINS,
            )
        )
        quiet = quiet_style(trends.styles)
        if quiet is not None:
            parts.append(_note(messages.TRENDS_STYLES_QUIET.format(style=STYLE_LABELS[quiet])))
        return Group(*parts)

    # --- keys -----------------------------------------------------------------------

    def action_toggle_scope(self) -> None:
        """Switch between the latest cycle and all history."""
        self.all_history = not self.all_history
        self.reload()

    def action_jump(self, number: int) -> None:
        """Scroll to one chart (1-5)."""
        chart = self.query_one(f"#chart-{CHARTS[number - 1]}")
        if chart.display:
            self.query_one("#trends-scroll", VerticalScroll).scroll_to_widget(
                chart, animate=False, top=True
            )

    def commands(self) -> Iterable[SystemCommand]:
        """Palette commands: the scope, and each chart."""
        yield SystemCommand(
            messages.COMMAND_TRENDS_LATEST_CYCLE_OR_ALL_HISTORY,
            messages.COMMAND_KEY_A,
            self.action_toggle_scope,
        )
        for n, name in enumerate(CHARTS, 1):
            yield SystemCommand(
                messages.COMMAND_TRENDS_CHART.format(n=n),
                name,
                lambda n=n: self.action_jump(n),
            )

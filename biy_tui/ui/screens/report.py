"""The report screen: choose the weeks and the format, preview, write the file.

The report is built in a worker thread from the open records (read only:
plans, check-ins and debriefs; never self-care, never drafts) with small
counts hidden, previewed as Rich Markdown in one ``Static``, and written
owner-only to the exports folder. Debrief text is never part of a report
made here: that stays a deliberate choice on the command line
(``biy report --include-text``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from rich.markdown import Markdown
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Header, Input, Select, Static

from biy_tui.core.text import messages
from biy_tui.ui.screens.base import BiyScreen
from biy_tui.ui.widgets.footer import FittingFooter

if TYPE_CHECKING:
    from biy_tui.core.reports.model import Report

FORMATS: list[tuple[str, str]] = [
    ("Markdown (.md)", "md"),
    ("HTML with charts (.html)", "html"),
    ("Spreadsheet (.csv)", "csv"),
    ("Exchange for merging (.json)", "json"),
]
MIN_CELL_FLOOR = 3


def _week(value: str) -> int | None:
    value = value.strip()
    return int(value) if value.isdigit() else None


class ReportScreen(BiyScreen[None]):
    """Build, preview and write a de-identified evaluation report."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", messages.KEY_BACK),
        Binding("ctrl+s", "write", messages.KEY_WRITE_FILE, priority=True),
        Binding("w", "write", messages.KEY_WRITE_FILE, show=False),
        Binding("f2", "next_format", messages.REPORT_FORMAT),
        Binding("f3", "all_weeks", messages.REPORT_ALL_WEEKS),
        Binding("f5", "preview", messages.KEY_PREVIEW, show=False),
    ]

    def __init__(self, today: dt.date | None = None) -> None:
        super().__init__()
        self.today = today
        """The date printed as "generated" (today unless a test fixes it)."""
        self.report: Report | None = None
        """The report last built for the preview (what ``write`` writes)."""
        self.written: str | None = None
        """Where the last file was written (for tests and the notice)."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(messages.REPORT_INTRO, id="report-intro")
        with Horizontal(id="report-controls"):
            yield Static(messages.REPORT_WEEKS_FROM, classes="report-label")
            yield Input(
                placeholder="1", id="report-from", type="integer", max_length=4, valid_empty=True
            )
            yield Static(messages.REPORT_WEEKS_TO, classes="report-label")
            yield Input(
                placeholder="20", id="report-to", type="integer", max_length=4, valid_empty=True
            )
            yield Select(FORMATS, value="md", allow_blank=False, id="report-format")
        with VerticalScroll(id="report-preview-scroll", can_focus=True):
            yield Static(messages.REPORT_BUILDING, id="report-preview")
        yield FittingFooter()

    def on_mount(self) -> None:
        """Name the screen and build the first preview."""
        self.title = messages.REPORT_SCREEN_TITLE
        self.query_one("#report-preview-scroll").focus()
        self.action_preview()

    # --- choosing -------------------------------------------------------------

    @property
    def weeks(self) -> tuple[int | None, int | None]:
        """The first and last week typed, as typed now (None: open end; never swapped)."""
        first = _week(self.query_one("#report-from", Input).value)
        last = _week(self.query_one("#report-to", Input).value)
        return first, last

    def _backwards(self) -> bool:
        """Say so (and return True) when the last week typed comes before the first."""
        first, last = self.weeks
        if first is not None and last is not None and last < first:
            self.notify(
                messages.REPORT_RANGE_BACKWARDS_APP.format(first=first, last=last),
                severity="warning",
                timeout=10,
            )
            return True
        return False

    @property
    def format(self) -> str:
        """The chosen file format."""
        value = self.query_one("#report-format", Select).value
        return value if isinstance(value, str) else "md"

    @on(Input.Submitted)
    @on(Input.Blurred)
    def _range_changed(self) -> None:
        self.action_preview()

    def action_all_weeks(self) -> None:
        """Clear the range: every week."""
        for box in ("#report-from", "#report-to"):
            self.query_one(box, Input).value = ""
        self.action_preview()

    def action_next_format(self) -> None:
        """Move to the next file format."""
        values = [v for _, v in FORMATS]
        select = self.query_one("#report-format", Select)
        select.value = values[(values.index(self.format) + 1) % len(values)]

    def overview_changed(self) -> None:
        """The records opened or changed: build the preview again."""
        self.action_preview()

    # --- building -------------------------------------------------------------

    def action_preview(self) -> None:
        """Build the report from the records and show it."""
        if self.app.store is None:
            self.query_one("#report-preview", Static).update(Text(messages.REPORT_NO_STORE))
            return
        if self._backwards():
            return
        self._build(*self.weeks)

    @work(thread=True, exclusive=True, exit_on_error=False, group="report-preview")
    def _build(self, first: int | None, last: int | None, write: str | None = None) -> None:
        from biy_tui.core.reports.aggregate import build_report
        from biy_tui.core.reports.grid import RangeRefused, snap
        from biy_tui.core.reports.scope import Scope
        from biy_tui.core.store import StoreError

        app = self.app
        asked = Scope(first_week=first, last_week=last)
        try:
            snapped = snap(asked, app.curriculum)
        except RangeRefused as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="warning", timeout=10)
            return
        widened = snapped.notice(asked)
        store = app.store
        if store is None:  # the records were closed meanwhile: nothing to count
            return
        try:
            records = [*store.records("checkin"), *store.records("debrief"), *store.records("plan")]
        except StoreError as exc:
            self.app.call_from_thread(
                self.notify, messages.REPORT_READ_FAILED.format(why=exc), severity="warning"
            )
            return
        report = build_report(
            records,
            app.curriculum,
            snapped.scope,
            min_cell=max(MIN_CELL_FLOOR, app.settings.min_cell),
            today=self.today,
        )
        self.app.call_from_thread(self._show, report, widened)
        if write is not None:
            self.app.call_from_thread(self._write, report, write)

    def _show(self, report: Report, widened: str | None = None) -> None:
        from biy_tui.core.reports.render import render_md

        if widened and (self.report is None or self.report.scope != report.scope):
            self.notify(widened, timeout=10)
        self.report = report
        preview = self.query_one("#report-preview", Static)
        if not report.sessions.rows and not report.style_weeks.rows:
            preview.update(Text(messages.REPORT_EMPTY))
            return
        preview.update(Markdown(render_md(report)))

    # --- writing --------------------------------------------------------------

    def action_write(self) -> None:
        """Write the report for the weeks typed now (even in a box not yet left), owner-only."""
        if self.app.store is None:
            self.notify(messages.REPORT_NO_STORE, severity="warning")
            return
        if self._backwards():
            return
        self._build(*self.weeks, write=self.format)

    @work(thread=True, exclusive=True, exit_on_error=False, group="report-write")
    def _write(self, report: Report, fmt: str) -> None:
        from biy_tui.core import paths
        from biy_tui.core.reports.render import render_as

        stamp = report.generated
        scope = report.scope.replace(" ", "-").replace("–", "-").replace(",", "")
        target = paths.exports_dir() / f"biy-report-{scope}-{stamp}.{fmt}"
        try:
            paths.write_private(target, render_as(report, fmt))
        except OSError as exc:
            why = (exc.strerror or type(exc).__name__).lower()
            self.app.call_from_thread(
                self.notify,
                messages.REPORT_WRITE_FAILED.format(path=target, why=why),
                severity="warning",
                timeout=10,
            )
            return
        self.app.call_from_thread(self._written, str(target))

    def _written(self, path: str) -> None:
        self.written = path
        self.notify(messages.REPORT_WRITTEN.format(path=path), timeout=10)

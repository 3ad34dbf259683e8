"""The group check-in: head counts, show-of-hands tallies and themes — never names.

Everything here is a count. Tallies are taken per level of the program's
scales (opening and closing mood, session feedback); no tally may count more
hands than people present, and the screen says so in plain words.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, SelectionList, Static
from textual.widgets.selection_list import Selection

from biy_tui import messages
from biy_tui.curriculum import Curriculum, Scale
from biy_tui.screens.base import store_in_background, writable_store
from biy_tui.widgets.tally import TallyCounter

COUNT_FIELDS = (
    ("present", messages.CHECKIN_PRESENT),
    ("first_time", messages.CHECKIN_FIRST_TIME),
    ("online", messages.CHECKIN_ONLINE),
    ("in_person", messages.CHECKIN_IN_PERSON),
)


def check_counts(
    counts: dict[str, int], tallies: dict[str, list[int]], labels: dict[str, str]
) -> str | None:
    """The first problem with a check-in, as one plain sentence (None when fine).

    Args:
        counts: present, first_time, online and in_person.
        tallies: hands per level, per scale id.
        labels: each scale's label, for the message.
    """
    present = counts["present"]
    if present <= 0:
        return messages.CHECKIN_NOBODY
    if counts["first_time"] > present:
        return messages.CHECKIN_FIRST_TOO_MANY.format(first=counts["first_time"], present=present)
    if counts["online"] + counts["in_person"] > present:
        return messages.CHECKIN_WHERE_TOO_MANY.format(
            online=counts["online"], in_person=counts["in_person"], present=present
        )
    for scale_id, tally in tallies.items():
        hands = sum(tally)
        if hands > present:
            return messages.CHECKIN_TOO_MANY_HANDS.format(
                scale=labels.get(scale_id, scale_id), hands=hands, present=present
            )
    return None


class CheckInScreen(Screen[None]):
    """Log a session's check-in as counts and tallies."""

    HELP = (
        "Record the session as counts only. Type how many were present (and how many for the "
        "first time, online, in person), then count hands for each level of each scale: "
        "+ or Space adds a hand, - takes one away, the arrow keys or Tab move on. Tick the "
        "themes that came up. Ctrl+S saves; biy refuses more hands than people present."
    )
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("ctrl+s", "save", "Save", priority=True),
    ]

    def __init__(self, week: int, record: Any | None = None) -> None:
        super().__init__()
        self.week_number = week
        self.record = record
        self.plan_id: str | None = getattr(record, "plan_id", None)

    @property
    def curriculum(self) -> Curriculum:
        return self.app.curriculum  # type: ignore[attr-defined, no-any-return]

    def scales(self) -> list[Scale]:
        """The scales used this week (the week's list, or all of the program's)."""
        program = self.curriculum.program
        week = self.curriculum.week(self.week_number)
        if week is not None and week.check_in_scales:
            return [s for s in program.scales if s.id in week.check_in_scales]
        return list(program.scales)

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="checkin-form"):
            yield Static(messages.CHECKIN_INTRO, classes="form-intro")
            yield Static("", id="checkin-problem", classes="form-problem")
            with Horizontal(classes="form-row"):
                yield Static(messages.CHECKIN_DATE, classes="form-label")
                yield Input(id="checkin-date", classes="form-date", compact=True)
            yield Static(Text(messages.CHECKIN_COUNTS, style="bold"), classes="form-heading")
            with Horizontal(classes="count-row"):
                for name, label in COUNT_FIELDS:
                    with Vertical(classes="count-cell"):
                        yield Input("0", type="integer", id=f"count-{name}", compact=True)
                        yield Static(label, classes="count-label")
            for kind, heading in (
                ("opening", messages.CHECKIN_OPENING),
                ("closing", messages.CHECKIN_CLOSING),
                ("feedback", messages.CHECKIN_FEEDBACK),
            ):
                scales = [s for s in self.scales() if s.kind == kind]
                if not scales:
                    continue
                yield Static(Text(heading, style="bold"), classes="form-heading")
                for scale in scales:
                    yield Static(
                        Text(scale.question or scale.label, style="italic"),
                        classes="scale-question",
                    )
                    for level, words in enumerate(scale.levels):
                        yield TallyCounter(scale.id, level, words, id=f"tally-{scale.id}-{level}")
                    yield Static("", id=f"total-{scale.id}", classes="scale-total")
            yield Static(Text(messages.CHECKIN_THEMES, style="bold"), classes="form-heading")
            yield SelectionList[str](
                *(Selection(Text(t.label), t.id) for t in self.curriculum.program.themes),
                id="checkin-themes",
            )
        yield Footer()

    def on_mount(self) -> None:
        self.title = messages.CHECKIN_TITLE.format(week=self.week_number)
        record = self.record
        date = record.date if record is not None else dt.date.today()
        self.query_one("#checkin-date", Input).value = date.isoformat()
        if record is not None:
            for name, _ in COUNT_FIELDS:
                value = getattr(record.attendance, name)
                self.query_one(f"#count-{name}", Input).value = str(value)
            for tallies in (record.opening, record.closing, record.feedback):
                for scale_id, counts in tallies.items():
                    for level, count in enumerate(counts):
                        for counter in self.query(f"#tally-{scale_id}-{level}"):
                            if isinstance(counter, TallyCounter):
                                counter.count = count
            themes = self.query_one("#checkin-themes", SelectionList)
            for theme in record.themes:
                themes.select(theme)
        elif self.plan_id is None:
            self._find_plan()
        self.query_one("#count-present", Input).focus()
        self._update_totals()

    @work(thread=True, exclusive=True, exit_on_error=False, group="plan")
    def _find_plan(self) -> None:
        store = getattr(self.app, "store", None)
        if store is None:
            return
        plans = store.plans_for_week(self.week_number)
        if plans:
            self.plan_id = plans[0].id

    # --- reading the form ------------------------------------------------------

    def counts(self) -> dict[str, int] | str:
        """The four head counts, or a sentence saying which one is not a number."""
        out: dict[str, int] = {}
        for name, label in COUNT_FIELDS:
            raw = self.query_one(f"#count-{name}", Input).value.strip() or "0"
            try:
                value = int(raw)
            except ValueError:
                return messages.CHECKIN_BAD_NUMBER.format(field=label)
            if value < 0:
                return messages.CHECKIN_BAD_NUMBER.format(field=label)
            out[name] = value
        return out

    def tallies(self) -> dict[str, list[int]]:
        """Hands per level for each scale on the form."""
        out: dict[str, list[int]] = {}
        for counter in self.query(TallyCounter):
            levels = out.setdefault(counter.scale_id, [])
            while len(levels) <= counter.level:
                levels.append(0)
            levels[counter.level] = counter.count
        return out

    @on(TallyCounter.Changed)
    @on(Input.Changed)
    def _update_totals(self) -> None:
        counts = self.counts()
        present = counts["present"] if isinstance(counts, dict) else None
        for scale_id, tally in self.tallies().items():
            hands = sum(tally)
            line = Text(messages.CHECKIN_HANDS.format(count=hands), style="dim")
            if present is not None and hands > present:
                line.append(f"  (more than the {present} present)", style="bold")
            for total in self.query(f"#total-{scale_id}"):
                if isinstance(total, Static):
                    total.update(line)

    def problem(self) -> str | None:
        """What stops the check-in from being saved, in plain words."""
        counts = self.counts()
        if isinstance(counts, str):
            return counts
        labels = {s.id: s.label for s in self.curriculum.program.scales}
        return check_counts(counts, self.tallies(), labels)

    # --- saving ----------------------------------------------------------------

    def action_save(self) -> None:
        """Check the counts and save the check-in."""
        problem_box = self.query_one("#checkin-problem", Static)
        try:
            date = dt.date.fromisoformat(self.query_one("#checkin-date", Input).value.strip())
        except ValueError:
            problem_box.update(messages.CHECKIN_BAD_DATE)
            self.notify(messages.CHECKIN_BAD_DATE, severity="warning")
            return
        problem = self.problem()
        if problem:
            problem_box.update(Text(problem))
            self.notify(problem, severity="warning", timeout=8)
            return
        problem_box.update("")
        store = writable_store(self)
        if store is None:
            return
        from biy_tui.store import Attendance, CheckIn

        counts = self.counts()
        assert isinstance(counts, dict)
        tallies = self.tallies()
        kinds = {s.id: s.kind for s in self.curriculum.program.scales}
        themes = list(self.query_one("#checkin-themes", SelectionList).selected)
        record = CheckIn(
            week=self.week_number,
            date=date,
            plan_id=self.plan_id,
            attendance=Attendance(**counts),
            opening={k: v for k, v in tallies.items() if kinds.get(k) == "opening"},
            closing={k: v for k, v in tallies.items() if kinds.get(k) == "closing"},
            feedback={k: v for k, v in tallies.items() if kinds.get(k) == "feedback"},
            themes=themes,
            id=getattr(self.record, "id", ""),
        )
        store_in_background(
            self, lambda: store.save_check_in(record), self._saved, messages.FORM_SAVE_FAILED
        )

    def _saved(self, saved: Any) -> None:
        self.record = saved
        self.notify(messages.CHECKIN_SAVED.format(week=self.week_number), timeout=5)
        refresh = getattr(self.app, "records_changed", None)
        if callable(refresh):
            refresh()
        self.app.pop_screen()

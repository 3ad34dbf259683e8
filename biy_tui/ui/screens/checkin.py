"""The group check-in: head counts, show-of-hands tallies and themes — never names.

Everything here is a count. Tallies are taken per level of the program's
scales (opening and closing mood, session feedback); no tally may count more
hands than people present, and the screen says so in plain words.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Header, Input, SelectionList, Static
from textual.widgets.selection_list import Selection

from biy_tui.core.curriculum import Curriculum, Scale
from biy_tui.core.text import messages
from biy_tui.ui.draft_keeper import DraftKeeper
from biy_tui.ui.screens.base import BiyScreen, writable_store
from biy_tui.ui.widgets.footer import FittingFooter
from biy_tui.ui.widgets.tally import TallyCounter

if TYPE_CHECKING:
    from biy_tui.core.store import CheckIn, Draft

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


class _FormParts(NamedTuple):
    """The check-in form's widgets that its counting reads."""

    inputs: dict[str, Input]
    counters: list[TallyCounter]
    totals: dict[str, list[Static]]


class CheckInScreen(BiyScreen[None]):
    """Log a session's check-in as counts and tallies."""

    BINDINGS = [
        Binding("ctrl+s", "save", messages.PRIVACY_KEY_SAVE, priority=True, id="checkin.save"),
        Binding("escape", "leave", messages.KEY_BACK_KEEPS_A_DRAFT, id="checkin.back"),
    ]

    def __init__(
        self, week: int, record: CheckIn | None = None, draft: Draft | None = None
    ) -> None:
        super().__init__()
        self.week_number = week
        self.record = record
        self.initial_draft = draft
        self.plan_id: str | None = record.plan_id if record else None
        from biy_tui.ui.screens.forms import draft_key

        self.draft_key = draft_key("checkin", week=week, record_id=record.id if record else "")
        self._ready = False
        # Per scale, the (hands, more than present) its totals line shows now.
        self._shown_totals: dict[str, tuple[int, int | None]] = {}
        self.drafts = DraftKeeper(
            self,
            self.draft_key,
            fields=self.draft_fields,
            has_anything=self._has_anything,
            kept=messages.CHECKIN_DRAFT_KEPT,
            had_draft=draft is not None,
        )

    @property
    def curriculum(self) -> Curriculum:
        return self.app.curriculum

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
            yield Static(messages.CHECKIN_PRIVATE_HINT, id="checkin-private", classes="form-intro")
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
                        id=f"question-{scale.id}",
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
        yield FittingFooter()

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
        if self.initial_draft is not None:
            self._restore(dict(self.initial_draft.fields))
        self.query_one("#count-present", Input).focus()
        self._update_totals()
        self.call_after_refresh(self._start_watching)

    def _start_watching(self) -> None:
        self._ready = True

    # --- drafts ------------------------------------------------------------------

    def draft_fields(self) -> dict[str, str]:
        """What a check-in draft keeps: the counts, hands per level, themes and date."""
        import json

        fields = {name: self.query_one(f"#count-{name}", Input).value for name, _ in COUNT_FIELDS}
        fields["_date"] = self.query_one("#checkin-date", Input).value
        fields["_tallies"] = json.dumps(self.tallies(), sort_keys=True)
        fields["_themes"] = ",".join(self.query_one("#checkin-themes", SelectionList).selected)
        fields["_week"] = str(self.week_number)
        return fields

    def _restore(self, fields: dict[str, str]) -> None:
        import json

        for name, _ in COUNT_FIELDS:
            if name in fields:
                self.query_one(f"#count-{name}", Input).value = fields[name]
        if fields.get("_date"):
            self.query_one("#checkin-date", Input).value = fields["_date"]
        try:
            tallies = json.loads(fields.get("_tallies") or "{}")
        except ValueError:
            tallies = {}
        if isinstance(tallies, dict):
            for counter in self.query(TallyCounter):
                levels = tallies.get(counter.scale_id)
                if isinstance(levels, list) and counter.level < len(levels):
                    value = levels[counter.level]
                    counter.count = value if isinstance(value, int) and value >= 0 else 0
        themes = self.query_one("#checkin-themes", SelectionList)
        themes.deselect_all()
        for theme in filter(None, (fields.get("_themes") or "").split(",")):
            themes.select(theme)

    def _has_anything(self) -> bool:
        counts = self.counts()
        if isinstance(counts, str) or any(counts.values()):
            return True
        if any(any(levels) for levels in self.tallies().values()):
            return True
        return bool(self.query_one("#checkin-themes", SelectionList).selected)

    def _changed(self) -> None:
        if self._ready:
            self.drafts.changed()

    @on(SelectionList.SelectedChanged, "#checkin-themes")
    def _themes_changed(self) -> None:
        self._changed()

    def autosave(self) -> None:
        """Keep the counts as a draft in the background."""
        self.drafts.autosave()

    def flush_draft_now(self) -> bool:
        """Keep the draft right now, on this thread (leaving or closing). True when kept."""
        return self.drafts.keep_now()

    def action_leave(self) -> None:
        """Go back; the counts so far are kept as a draft."""
        if self.drafts.leave():
            self.app.pop_screen()

    def worker_failed(self) -> None:
        """A background call failed unexpectedly: the form works on, drafts included."""
        self.drafts.save_failed()

    @work(thread=True, exclusive=True, exit_on_error=False, group="plan")
    def _find_plan(self) -> None:
        store = self.app.store
        if store is None:
            return
        plans = store.plans_for_week(self.week_number)
        if plans:
            self.plan_id = plans[0].id

    # --- reading the form ------------------------------------------------------

    # The form's widgets never change once composed; every keystroke and every hand counted
    # reads them all (the totals line), so they are looked up once, not by a query each time
    # (a query walks the whole form: 36 of them on opening cost about half a second).
    _parts: _FormParts | None = None

    def _form_parts(self) -> _FormParts:
        """The count boxes, the tally counters and each scale's totals line (looked up once
        the form is mounted; before that, each call looks them up again)."""
        if self._parts is not None:
            return self._parts
        totals: dict[str, list[Static]] = {}
        for line in self.query(".scale-total"):
            if isinstance(line, Static) and line.id is not None:
                totals.setdefault(line.id.removeprefix("total-"), []).append(line)
        parts = _FormParts(
            {n: self.query_one(f"#count-{n}", Input) for n, _ in COUNT_FIELDS},
            list(self.query(TallyCounter)),
            totals,
        )
        if self.is_mounted:
            self._parts = parts
        return parts

    def counts(self) -> dict[str, int] | str:
        """The four head counts, or a sentence saying which one is not a number."""
        out: dict[str, int] = {}
        for name, label in COUNT_FIELDS:
            raw = self._form_parts().inputs[name].value.strip() or "0"
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
        for counter in self._form_parts().counters:
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
            over = present if present is not None and hands > present else None
            if self._shown_totals.get(scale_id) == (hands, over):
                continue  # the same words as shown: no need to lay the form out again
            self._shown_totals[scale_id] = (hands, over)
            line = Text(messages.CHECKIN_HANDS_COUNTED(n=hands), style="dim")
            if over is not None:
                line.append(messages.CHECKIN_MORE_THAN_PRESENT.format(present=over), style="bold")
            for total in self._form_parts().totals.get(scale_id, []):
                total.update(line)
        if self._shown_problem:
            # The message at the top follows the form: gone once fixed, updated if changed.
            now = self._date_problem() or self.problem()
            if now != self._shown_problem:
                self._show_problem(now)
        self._changed()

    _shown_problem: str | None = None

    def _show_problem(self, problem: str | None) -> None:
        self._shown_problem = problem
        self.query_one("#checkin-problem", Static).update(Text(problem or ""))

    def _show_scale_over(self) -> None:
        """When a scale counts more hands than present, bring all of it into view.

        Its question goes to the top of the form (at 80x24 the levels and the
        line saying "more than present" fit below it); focus stays on the level she
        was counting, or goes to the scale's first level when it was elsewhere.
        """
        counts = self.counts()
        if isinstance(counts, str):
            return
        present = counts["present"]
        if counts["first_time"] > present or counts["online"] + counts["in_person"] > present:
            return  # the problem she is told about is not a scale's
        over = next((sid for sid, tally in self.tallies().items() if sum(tally) > present), None)
        if over is None:
            return
        form = self.query_one("#checkin-form", VerticalScroll)
        form.scroll_to_widget(self.query_one(f"#question-{over}"), animate=False, top=True)
        focused = self.focused
        if not (isinstance(focused, TallyCounter) and focused.scale_id == over):
            self.query_one(f"#tally-{over}-0", TallyCounter).focus(scroll_visible=False)

    def _date_problem(self) -> str | None:
        try:
            dt.date.fromisoformat(self.query_one("#checkin-date", Input).value.strip())
        except ValueError:
            return messages.CHECKIN_BAD_DATE
        return None

    def problem(self) -> str | None:
        """What stops the check-in from being saved, in plain words."""
        counts = self.counts()
        if isinstance(counts, str):
            return counts
        labels = {s.id: s.label for s in self.curriculum.program.scales}
        return check_counts(counts, self.tallies(), labels)

    # --- saving ----------------------------------------------------------------

    def action_save(self) -> None:
        """Check the counts and save the check-in (once, however often she presses)."""
        if self.drafts.saving:
            return
        date_problem = self._date_problem()
        if date_problem:
            self._show_problem(date_problem)
            self.notify(date_problem, severity="warning")
            return
        date = dt.date.fromisoformat(self.query_one("#checkin-date", Input).value.strip())
        problem = self.problem()
        if problem:
            self._show_problem(problem)
            self._show_scale_over()
            self.notify(problem, severity="warning", timeout=8)
            return
        self._show_problem(None)
        store = writable_store(self)
        if store is None:
            return
        from biy_tui.core.store import Attendance, CheckIn

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
            id=self.record.id if self.record else "",
        )
        self.drafts.save(
            store, lambda: store.save_check_in(record), self._saved, messages.FORM_SAVE_FAILED
        )

    def _saved(self, saved: CheckIn) -> None:
        self.record = saved
        self.notify(messages.CHECKIN_SAVED.format(week=self.week_number), timeout=5)
        self.app.records.records_changed()
        self.app.pop_screen()

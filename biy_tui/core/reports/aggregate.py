"""Building a report from the records: counts, tallies and (when asked) scrubbed text.

Only plans, check-ins and debriefs are read — never self-care entries, never
drafts. Counts are gathered exactly here and then published through
:mod:`biy_tui.core.reports.release`, so exact small counts never leave this module.
A report always covers whole units of the fixed grid (:mod:`.grid`).
Debrief text is included only when the coordinator asks, and then only after
the privacy guard has run over it again and redacted whatever it finds (also
what the facilitator chose to keep at save time).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from biy_tui.core.curriculum import STYLE_LABELS, STYLES, Curriculum
from biy_tui.core.curriculum.models import Scale
from biy_tui.core.reports.grid import Unit, grid, snap, unit_of
from biy_tui.core.reports.model import (
    OTHER_PART,
    Cell,
    Column,
    CountTable,
    Mean,
    MeanSeries,
    Note,
    PartInfo,
    PartMean,
    Report,
    Row,
    WeekMean,
)
from biy_tui.core.reports.release import publish
from biy_tui.core.reports.scope import EVERYTHING, Scope, in_scope
from biy_tui.core.reports.tallies import answered, combine, mean_level
from biy_tui.core.store.records import CheckIn, Debrief, Plan, Record
from biy_tui.core.text import messages

if TYPE_CHECKING:
    from biy_tui.core.privacy.site import GuardKwargs

SESSION_KEYS = (
    "sessions",
    "online",
    "in_person",
    "both",
    "not_recorded",
    "debriefs",
    "follow_ups",
)
"""The columns of the sessions table (machine keys; the labels come from the catalogue)."""


def field_labels() -> dict[str, str]:
    """The debrief fields a report may carry, with their labels (self-care has none here)."""
    return dict(messages.REPORT_DEBRIEF_FIELDS)


def _session_columns() -> list[tuple[str, str]]:
    labels: dict[str, str] = messages.REPORT_SESSION_COLUMNS
    return [(key, labels[key]) for key in SESSION_KEYS]


def _week_label(week: int) -> str:
    return str(messages.REPORT_WEEK_N.format(week=week))


def _count_table(
    key: str,
    title: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[tuple[str, str, list[int], str | None]],
    *,
    row_totals: bool = False,
    col_totals: bool = True,
    protected: bool = False,
    row_floor: int = 0,
    order: str = "week",
) -> CountTable:
    """A table of exact counts, with the totals asked for (the grand total when both)."""
    built = [
        Row(k, label, list(cells), sum(cells) if row_totals else None, part)
        for k, label, cells, part in rows
    ]
    totals: list[Cell] | None = None
    grand: Cell | None = None
    if col_totals:
        sums = [sum(r[2][j] for r in rows) for j in range(len(columns))]
        totals = list(sums)
        grand = sum(sums) if row_totals else None
    return CountTable(
        key,
        title,
        [Column(k, label) for k, label in columns],
        built,
        row_totals,
        totals,
        grand,
        protected,
        row_floor,
        order,
    )


def _mode(check_in: CheckIn) -> str:
    online, in_person = check_in.attendance.online > 0, check_in.attendance.in_person > 0
    if online and in_person:
        return "both"
    if online:
        return "online"
    return "in_person" if in_person else "not_recorded"


def _sessions(
    check_ins: Sequence[CheckIn], debriefs: Sequence[Debrief], part_of: Mapping[int, str]
) -> CountTable:
    by_week: dict[int, Counter[str]] = defaultdict(Counter)
    for c in check_ins:
        by_week[c.week]["sessions"] += 1
        by_week[c.week][_mode(c)] += 1
    for d in debriefs:
        by_week[d.week]["debriefs"] += 1
        by_week[d.week]["follow_ups"] += 1 if d.follow_ups.strip() else 0
    rows = [
        (str(w), _week_label(w), [by_week[w][k] for k in SESSION_KEYS], part_of[w])
        for w in sorted(by_week)
    ]
    return _count_table("sessions", messages.REPORT_T_SESSIONS, _session_columns(), rows)


def _attendance(check_ins: Sequence[CheckIn], part_of: Mapping[int, str]) -> CountTable:
    first: Counter[int] = Counter()
    again: Counter[int] = Counter()
    for c in check_ins:
        new = min(c.attendance.first_time, c.attendance.present)
        first[c.week] += new
        again[c.week] += c.attendance.present - new
    weeks = sorted(set(first) | set(again))
    rows = [(str(w), _week_label(w), [first[w], again[w]], part_of[w]) for w in weeks]
    columns = (
        ("first_time", messages.REPORT_C_FIRST_TIME),
        ("returning", messages.REPORT_C_RETURNING),
    )
    return _count_table(
        "attendance",
        messages.REPORT_T_ATTENDANCE,
        columns,
        rows,
        row_totals=True,
        protected=True,
    )


def _mean(tally: Sequence[int]) -> Mean:
    n = answered(tally)
    level = mean_level(tally)
    return Mean(n, round(level * n) if level is not None else 0)


def _series(scale: Scale, check_ins: Sequence[CheckIn], part_of: Mapping[int, str]) -> MeanSeries:
    field = "feedback" if scale.kind == "feedback" else scale.kind
    per_week: dict[int, list[list[int]]] = defaultdict(list)
    for c in check_ins:
        tallies: dict[str, list[int]] = getattr(c, field)
        per_week[c.week].append(tallies.get(scale.id, []))
    weeks = sorted(per_week)
    joined = {w: combine(per_week[w]) for w in weeks}
    parts = list(dict.fromkeys(part_of[w] for w in weeks))
    by_part = {p: combine([joined[w] for w in weeks if part_of[w] == p]) for p in parts}
    return MeanSeries(
        scale.id,
        scale.label,
        scale.kind,
        len(scale.levels),
        [WeekMean(w, part_of[w], _mean(joined[w])) for w in weeks],
        [PartMean(p, _mean(by_part[p])) for p in parts],
        _mean(combine(list(joined.values()))),
    )


def _activities(
    plans: Sequence[Plan], curriculum: Curriculum, part_of: Mapping[int, str]
) -> tuple[CountTable, CountTable, CountTable]:
    def style_of(week: int, activity_id: str) -> str:
        found = curriculum.week(week)
        activity = found.activity(activity_id) if found else None
        return activity.style if activity else "other"

    titles: dict[str, str] = {}
    for week in curriculum.weeks.values():
        for activity in week.activities:
            titles.setdefault(activity.id, activity.title)
    used: Counter[str] = Counter()
    minutes: Counter[str] = Counter()
    by_week: dict[int, Counter[str]] = defaultdict(Counter)
    offered: Counter[str] = Counter()
    chosen: Counter[str] = Counter()
    for plan in plans:
        for item in plan.items:
            style = style_of(plan.week, item.activity)
            used[style] += 1
            minutes[style] += item.minutes
            by_week[plan.week][style] += 1
        for choice in plan.choices:
            offered.update(choice.options)
            if choice.chosen:
                chosen[choice.chosen] += 1
    styles = [*STYLES, *(["other"] if "other" in used else [])]
    labels = {**STYLE_LABELS, "other": messages.REPORT_NOT_IN_CURRICULUM}
    style_rows = [(s, labels[s], [used[s], minutes[s]], None) for s in styles]
    style_table = _count_table(
        "styles",
        messages.REPORT_T_STYLES,
        (("activities", messages.REPORT_C_ACTIVITIES), ("minutes", messages.REPORT_C_MINUTES)),
        style_rows,
    )
    week_rows = [
        (str(w), _week_label(w), [by_week[w][s] for s in styles], part_of[w])
        for w in sorted(by_week)
    ]
    week_table = _count_table(
        "style_weeks",
        messages.REPORT_T_STYLE_WEEKS,
        [(s, labels[s]) for s in styles],
        week_rows,
        row_totals=True,
    )

    def title(activity_id: str) -> str:
        return titles.get(activity_id) or activity_id

    ordered = sorted(offered, key=lambda found: (title(found).casefold(), found))
    choice_rows = [(a, title(a), [offered[a], chosen[a]], None) for a in ordered]
    choice_table = _count_table(
        "choices",
        messages.REPORT_T_CHOICES,
        (("offered", messages.REPORT_C_OFFERED), ("chosen", messages.REPORT_C_CHOSEN)),
        choice_rows,
        col_totals=False,
        order="label",
    )
    return style_table, week_table, choice_table


def theme_key(first_week: int, unit: str, theme: str) -> str:
    """A theme row's key: the unit (sortable by its first week) and the theme."""
    return f"{first_week:04d}:{unit}/{theme}"


def _themes(
    check_ins: Sequence[CheckIn],
    debriefs: Sequence[Debrief],
    curriculum: Curriculum,
    units: list[Unit],
) -> CountTable:
    """Sessions raising each theme, per unit of the grid (a part of the program).

    Counted per part, never per range: every report that shows a part shows
    the same theme counts for it, so two reports cannot be subtracted.
    """
    in_check_ins: Counter[tuple[str, str]] = Counter(
        (unit_of(c.week, units).id, t) for c in check_ins for t in set(c.themes)
    )
    in_debriefs: Counter[tuple[str, str]] = Counter(
        (unit_of(d.week, units).id, t) for d in debriefs for t in set(d.themes)
    )
    label = curriculum.program.theme_label
    first = {u.id: u.first for u in units}
    raised = sorted(
        set(in_check_ins) | set(in_debriefs),
        key=lambda ut: (first[ut[0]], label(ut[1]).casefold(), ut[1]),
    )
    rows = [
        (theme_key(first[u], u, t), label(t), [in_check_ins[(u, t)], in_debriefs[(u, t)]], u)
        for u, t in raised
    ]
    return _count_table(
        "themes",
        messages.REPORT_T_THEMES,
        (("check_ins", messages.REPORT_C_CHECK_INS), ("debriefs", messages.REPORT_C_DEBRIEFS)),
        rows,
        row_totals=True,
        col_totals=False,
        protected=True,
        row_floor=1,
        order="unit",
    )


def _notes(debriefs: Sequence[Debrief], guard: GuardKwargs) -> list[Note]:
    from biy_tui.core.privacy import redact

    notes: list[Note] = []
    for debrief in sorted(debriefs, key=lambda d: (d.week, d.date)):
        for name, label in field_labels().items():
            text = str(getattr(debrief, name)).strip()
            if text:
                notes.append(
                    Note(
                        debrief.week,
                        label,
                        redact(
                            text,
                            site_terms=guard.get("site_terms", ()),
                            program_terms=guard.get("program_terms", ()),
                        ).strip(),
                    )
                )
    return notes


def gather(
    records: Iterable[Record],
    curriculum: Curriculum,
    scope: Scope = EVERYTHING,
    *,
    include_text: bool = False,
    guard: GuardKwargs | None = None,
    today: dt.date | None = None,
) -> Report:
    """Count everything a report holds, exactly (nothing hidden yet: never publish this).

    Args:
        records: the records (self-care entries among them are ignored).
        curriculum: for part boundaries, scales, styles and labels.
        scope: which weeks or dates.
        include_text: carry debrief text (re-checked by the guard).
        guard: keyword arguments for the guard (site and program words).
        today: the date printed as "generated".
    """
    chosen = in_scope(records, scope)
    check_ins = [r for r in chosen if isinstance(r, CheckIn)]
    debriefs = [r for r in chosen if isinstance(r, Debrief)]
    plans = [r for r in chosen if isinstance(r, Plan)]
    weeks = {r.week for r in chosen}
    part_of = {w: curriculum.part_of(w) or OTHER_PART for w in weeks}
    program = curriculum.program
    styles, style_weeks, choices = _activities(plans, curriculum, part_of)
    if guard is None:
        guard = {"program_terms": curriculum.program_terms()}
    return Report(
        program=program.name,
        scope=scope.describe(),
        generated=(today or dt.date.today()).isoformat(),
        min_cell=1,
        parts=[PartInfo(p.id, p.title, p.first_week, p.last_week) for p in program.parts],
        sessions=_sessions(check_ins, debriefs, part_of),
        attendance=_attendance(check_ins, part_of),
        mood=[
            _series(s, check_ins, part_of)
            for s in (*program.scales_of("opening"), *program.scales_of("closing"))
        ],
        feedback=[_series(s, check_ins, part_of) for s in program.scales_of("feedback")],
        styles=styles,
        style_weeks=style_weeks,
        choices=choices,
        themes=_themes(check_ins, debriefs, curriculum, grid(curriculum)),
        notes=_notes(debriefs, guard) if include_text else None,
    )


def build_report(
    records: Iterable[Record],
    curriculum: Curriculum,
    scope: Scope = EVERYTHING,
    *,
    min_cell: int = 5,
    include_text: bool = False,
    guard: GuardKwargs | None = None,
    today: dt.date | None = None,
) -> Report:
    """Build a publishable report: counts gathered, then small cells hidden.

    Args:
        records: the records to report on (self-care is never read).
        curriculum: the loaded curriculum.
        scope: the weeks asked for, widened to whole parts of the program
            (:mod:`.grid`; a range of dates raises :class:`.grid.RangeRefused`).
        min_cell: counts below this are hidden (see :mod:`.release`).
        include_text: include debrief text, re-checked and redacted by the guard.
        guard: keyword arguments for the guard (site words); program words by default.
        today: the date printed as "generated" (today by default).
    """
    on_grid = snap(scope, curriculum).scope
    listed = list(records)
    exact = gather(listed, curriculum, on_grid, include_text=include_text, guard=guard, today=today)
    occupied = Counter(
        str(r.week)
        for r in in_scope(listed, on_grid)
        if isinstance(r, CheckIn) and r.attendance.present > 0
    )
    return publish(exact, min_cell, occupied)

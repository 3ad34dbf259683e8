"""A report as Markdown, CSV or JSON (no Textual); HTML lives in :mod:`.html`.

Markdown reads well printed and is what the app previews. CSV is **one long
table** that opens in any spreadsheet, one published figure per line::

    table,part,row,column,value
    attendance,finding-our-voices,Week 3,First time,<5
    attendance,,Total,Total,41

Filter on ``table`` to get one table back; ``part`` names the program part of
a week row. JSON is the exchange format (``"format": "biy-report"``,
``"schema": 2``, with a digest of its figures) read back by ``biy report merge``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

import msgspec

from biy_tui.core.reports.model import Cell, CountTable, Mean, MeanSeries, Report, Row, show
from biy_tui.core.reports.safe_html import md_inert
from biy_tui.core.text import format_decimal, format_signed, messages

DASH = "–"


def decimal(value: float, *, signed: bool = False, machine: bool = False) -> str:
    """One decimal place: as the reader's language writes it (fr-CA ``2,9``, through Babel),
    or with a dot for a spreadsheet or a program (``machine``: the CSV)."""
    if machine:
        return f"{value:+.1f}" if signed else f"{value:.1f}"
    return format_signed(value) if signed else format_decimal(value)


def average(mean: Mean, *, machine: bool = False) -> str:
    """An average to one decimal (``*``: of the weeks shown), or a dash when not published."""
    value = mean.value
    if value is None:
        return DASH
    text = decimal(value, machine=machine)
    return f"{text}*" if mean.partial else text


def shift(opening: Mean, closing: Mean) -> float | None:
    """Closing average minus opening average, when both are published."""
    before, after = opening.value, closing.value
    return None if before is None or after is None else after - before


def signed(value: float | None) -> str:
    """A shift with its sign (``+0.6``), or a dash."""
    return DASH if value is None else decimal(value, signed=True)


def mood_pair(report: Report) -> tuple[MeanSeries, MeanSeries] | None:
    """The first opening and first closing scale: the mood shift is between them."""
    opening = next((s for s in report.mood if s.kind == "opening"), None)
    closing = next((s for s in report.mood if s.kind == "closing"), None)
    return (opening, closing) if opening and closing else None


def legend(report: Report) -> str:
    """What ``<5`` and ``x`` mean, in one paragraph."""
    if report.min_cell <= 1:
        return messages.REPORT_LEGEND_EXACT
    merged = messages.REPORT_LEGEND_MERGED if report.sources > 1 else ""
    return messages.REPORT_LEGEND.format(t=report.min_cell) + merged


# --- Markdown ------------------------------------------------------------------


def _esc(text: str) -> str:
    # md_inert: no Markdown viewer makes an image, a link or a tag of data text.
    return md_inert(text).replace("|", "\\|").replace("\n", " ")


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(_esc(h) for h in headers) + " |"]
    lines.append("|" + "|".join("---" for _ in headers) + "|")
    lines += ["| " + " | ".join(_esc(c) for c in row) + " |" for row in rows]
    return [*lines, ""]


def _part_row(report: Report, part: str | None, width: int) -> list[str]:
    info = next((p for p in report.parts if p.id == part), None)
    title = (
        messages.REPORT_PART_WEEKS.format(
            title=f"**{info.title}**", first=info.first_week, last=info.last_week
        )
        if info
        else f"**{messages.REPORT_OTHER_WEEKS}**"
    )
    return [title, *([""] * (width - 1))]


def _with_parts(
    report: Report, rows: Sequence[tuple[str | None, list[str]]], width: int
) -> list[list[str]]:
    """Rows with a heading row wherever a new part of the program begins."""
    out: list[list[str]] = []
    current: object = object()
    for part, cells in rows:
        if part is not None and part != current:
            out.append(_part_row(report, part, width))
            current = part
        out.append(cells)
    return out


def _cells(row: Row, table: CountTable) -> list[str]:
    cells = [show(c) for c in row.cells]
    return [*cells, show(row.total)] if table.row_totals else cells


def count_table_md(report: Report, table: CountTable, first: str = "") -> list[str]:
    """A count table as Markdown lines, with part headings and a total row."""
    total = [messages.REPORT_TOTAL] if table.row_totals else []
    headers = [first, *(c.label for c in table.columns), *total]
    rows = _with_parts(
        report, [(r.part, [r.label, *_cells(r, table)]) for r in table.rows], len(headers)
    )
    if table.totals is not None:
        rows.append(
            [
                f"**{messages.REPORT_TOTAL}**",
                *(show(c) for c in table.totals),
                *([show(table.grand)] if table.row_totals else []),
            ]
        )
    return _table(headers, rows)


def _per_session(present: Cell | None, sessions: Cell | None) -> str:
    if isinstance(present, int) and isinstance(sessions, int) and sessions:
        return decimal(present / sessions)
    return DASH


def attendance_md(report: Report) -> list[str]:
    """Attendance per week: sessions, present, first time, returning, per session."""
    table, sessions = report.attendance, report.sessions
    headers = list(messages.REPORT_ATTENDANCE_HEADERS)
    body: list[tuple[str | None, list[str]]] = []
    for row in table.rows:
        held = sessions.cell(row.key, "sessions")
        body.append(
            (
                row.part,
                [
                    row.label,
                    show(held),
                    show(row.total),
                    *(show(c) for c in row.cells),
                    _per_session(row.total, held),
                ],
            )
        )
    rows = _with_parts(report, body, len(headers))
    held_total = sessions.totals[0] if sessions.totals else None
    if table.totals is not None:
        rows.append(
            [
                f"**{messages.REPORT_TOTAL}**",
                show(held_total),
                show(table.grand),
                *(show(c) for c in table.totals),
                _per_session(table.grand, held_total),
            ]
        )
    return _table(headers, rows)


def mood_md(report: Report) -> list[str]:
    """Mood per week from opening to closing, with each part and the whole report."""
    pair = mood_pair(report)
    if pair is None:
        return [messages.REPORT_NO_MOOD, ""]
    opening, closing = pair
    headers = [
        messages.REPORT_COL_WEEK,
        messages.REPORT_C_HANDS.format(label=opening.label),
        messages.REPORT_C_AVERAGE,
        messages.REPORT_C_HANDS.format(label=closing.label),
        messages.REPORT_C_AVERAGE,
        messages.REPORT_C_SHIFT,
    ]
    closing_weeks = {w.week: w.mean for w in closing.weeks}
    body: list[tuple[str | None, list[str]]] = []
    for w in opening.weeks:
        after = closing_weeks.get(w.week, Mean(0, None))
        body.append(
            (
                w.part,
                [
                    messages.REPORT_WEEK_N.format(week=w.week),
                    show(w.mean.n),
                    average(w.mean),
                    show(after.n),
                    average(after),
                    signed(shift(w.mean, after)),
                ],
            )
        )
    rows = _with_parts(report, body, len(headers))
    closing_parts = {p.part: p.mean for p in closing.parts}
    for p in opening.parts:
        after = closing_parts.get(p.part, Mean(0, None))
        rows.append(
            [
                f"**{report.part_title(p.part)}**",
                show(p.mean.n),
                average(p.mean),
                show(after.n),
                average(after),
                signed(shift(p.mean, after)),
            ]
        )
    rows.append(
        [
            f"**{messages.REPORT_ALL_WEEKS}**",
            show(opening.overall.n),
            average(opening.overall),
            show(closing.overall.n),
            average(closing.overall),
            signed(shift(opening.overall, closing.overall)),
        ]
    )
    scale = messages.REPORT_MOOD_SCALE.format(levels=opening.levels)
    return [scale, "", *_table(headers, rows)]


def _mean_cell(mean: Mean) -> str:
    return f"{average(mean)} ({show(mean.n)})"


def feedback_md(report: Report) -> list[str]:
    """Session feedback: each scale's average per week, per part and overall."""
    if not report.feedback:
        return [messages.REPORT_NO_FEEDBACK, ""]
    headers = [
        messages.REPORT_COL_WEEK,
        *(
            messages.REPORT_FEEDBACK_COLUMN.format(label=s.label, levels=s.levels)
            for s in report.feedback
        ),
    ]
    weeks = sorted({w.week for s in report.feedback for w in s.weeks})
    lookup = [{w.week: w for w in s.weeks} for s in report.feedback]
    body: list[tuple[str | None, list[str]]] = []
    for week in weeks:
        found = [m.get(week) for m in lookup]
        part = next((f.part for f in found if f is not None), None)
        body.append(
            (
                part,
                [
                    messages.REPORT_WEEK_N.format(week=week),
                    *(_mean_cell(f.mean) if f else DASH for f in found),
                ],
            )
        )
    rows = _with_parts(report, body, len(headers))
    parts = list(dict.fromkeys(p.part for s in report.feedback for p in s.parts))
    for part in parts:
        means = [next((p.mean for p in s.parts if p.part == part), None) for s in report.feedback]
        rows.append(
            [f"**{report.part_title(part)}**", *(_mean_cell(m) if m else DASH for m in means)]
        )
    rows.append(
        [f"**{messages.REPORT_ALL_WEEKS}**", *(_mean_cell(s.overall) for s in report.feedback)]
    )
    return [
        messages.REPORT_FEEDBACK_INTRO,
        "",
        *_table(headers, rows),
    ]


def _sessions_sentence(report: Report) -> str:
    totals = report.sessions.totals or []
    keys = [c.key for c in report.sessions.columns]
    get = {k: totals[i] if i < len(totals) else 0 for i, k in enumerate(keys)}
    return messages.REPORT_SESSIONS(
        n=len(report.sessions.rows), **{k: show(v) for k, v in get.items()}
    )


def render_md(report: Report) -> str:
    """The report as Markdown (also the source of the HTML and the app's preview)."""
    sites = f" · {messages.REPORT_MERGED(n=report.sources)}" if report.sources > 1 else ""
    lines = [
        f"# {messages.REPORT_TITLE.format(program=md_inert(report.program))}",
        "",
        messages.REPORT_GENERATED.format(
            scope=report.scope[:1].upper() + report.scope[1:], date=report.generated
        )
        + sites,
        "",
        f"> {legend(report)}",
        "",
        f"## {messages.REPORT_H_SESSIONS}",
        "",
        _sessions_sentence(report),
        "",
        *count_table_md(report, report.sessions, messages.REPORT_COL_WEEK),
        f"## {messages.REPORT_H_ATTENDANCE}",
        "",
        *attendance_md(report),
        f"## {messages.REPORT_H_MOOD}",
        "",
        *mood_md(report),
        f"## {messages.REPORT_H_FEEDBACK}",
        "",
        *feedback_md(report),
        f"## {messages.REPORT_H_ACTIVITIES}",
        "",
        f"### {messages.REPORT_H_BY_STYLE}",
        "",
        *count_table_md(report, report.styles, messages.REPORT_COL_STYLE),
        f"### {messages.REPORT_H_BY_WEEK}",
        "",
        *count_table_md(report, report.style_weeks, messages.REPORT_COL_WEEK),
        f"### {messages.REPORT_H_CHOICES}",
        "",
        messages.REPORT_CHOICES_INTRO,
        "",
        *(
            count_table_md(report, report.choices, messages.REPORT_COL_ACTIVITY)
            if report.choices.rows
            else [messages.REPORT_NO_CHOICES, ""]
        ),
        f"## {messages.REPORT_H_THEMES}",
        "",
        messages.REPORT_THEMES_INTRO,
        "",
        *(
            count_table_md(report, report.themes, messages.REPORT_COL_THEME)
            if report.themes.rows
            else [messages.REPORT_NO_THEMES, ""]
        ),
    ]
    if report.notes is not None:
        lines += [
            f"## {messages.REPORT_H_NOTES}",
            "",
            messages.REPORT_NOTES_INTRO,
            "",
        ]
        week: int | None = None
        for note in report.notes:
            if note.week != week:
                week = note.week
                lines += [f"### {messages.REPORT_WEEK_N.format(week=week)}", ""]
            label = messages.FIELD_LABEL.format(field=_esc(note.field))
            lines.append(f"- *{label}* {_esc(note.text)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# --- CSV -------------------------------------------------------------------------


def _csv_rows(report: Report) -> Iterable[tuple[str, str, str, str, str]]:
    yield ("report", "", "program", "", report.program)
    yield ("report", "", "scope", "", report.scope)
    yield ("report", "", "generated", "", report.generated)
    yield ("report", "", "min_cell", "", str(report.min_cell))
    yield ("report", "", "sources", "", str(report.sources))
    total = messages.REPORT_TOTAL
    for table in report.tables():
        for row in table.rows:
            for col, cell in zip(table.columns, row.cells, strict=True):
                yield (table.key, row.part or "", row.label, col.label, show(cell))
            if table.row_totals:
                yield (table.key, row.part or "", row.label, total, show(row.total))
        if table.totals is not None:
            for col, cell in zip(table.columns, table.totals, strict=True):
                yield (table.key, "", total, col.label, show(cell))
            if table.row_totals:
                yield (table.key, "", total, total, show(table.grand))
    for series in [*report.mood, *report.feedback]:
        key = "mood" if series in report.mood else "feedback"
        hands = messages.REPORT_CSV_HANDS.format(label=series.label)
        mean = messages.REPORT_CSV_AVERAGE.format(label=series.label)
        for w in series.weeks:
            week = messages.REPORT_WEEK_N.format(week=w.week)
            yield (key, w.part, week, hands, show(w.mean.n))
            yield (key, w.part, week, mean, average(w.mean, machine=True))
        for p in series.parts:
            yield (key, p.part, report.part_title(p.part), hands, show(p.mean.n))
            yield (key, p.part, report.part_title(p.part), mean, average(p.mean, machine=True))
        everything = messages.REPORT_ALL_WEEKS
        yield (key, "", everything, hands, show(series.overall.n))
        yield (key, "", everything, mean, average(series.overall, machine=True))
    for note in report.notes or []:
        yield ("notes", "", messages.REPORT_WEEK_N.format(week=note.week), note.field, note.text)


def render_csv(report: Report) -> str:
    """The report as one long CSV table: ``table,part,row,column,value``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("table", "part", "row", "column", "value"))
    writer.writerows(_csv_rows(report))
    return out.getvalue()


# --- JSON ------------------------------------------------------------------------


def render_json(report: Report) -> str:
    """The report as the JSON exchange format (published figures only), with its digest."""
    from biy_tui.core.reports.digest import with_digest

    report = with_digest(_inert_report(report))
    return msgspec.json.format(msgspec.json.encode(report), indent=1).decode("utf-8") + "\n"


def _inert_report(report: Report) -> Report:
    """The same report with every text in it inert (cleaned before the digest is made)."""
    from biy_tui.core.inert import clean

    def scrub(value: object) -> object:
        if isinstance(value, str):
            return clean(value)
        if isinstance(value, list):
            return [scrub(item) for item in value]
        if isinstance(value, dict):
            return {clean(str(k)): scrub(v) for k, v in value.items()}
        return value

    return msgspec.convert(scrub(msgspec.to_builtins(report)), Report)


def render_as(report: Report, fmt: str) -> str:
    """The report in one format: ``md``, ``csv``, ``json`` or ``html``."""
    from biy_tui.core.inert import clean  # the last pass before a file: no escape byte in it

    if fmt == "html":
        from biy_tui.core.reports.html import render_html

        return clean(render_html(report))
    if fmt == "csv":
        return clean(render_csv(report))
    if fmt == "json":
        return render_json(report)  # control characters are escaped as \u001b by JSON
    return clean(render_md(report))

"""Reading report files back and merging reports from several sites or groups.

A report file holds only published figures: a count hidden at one site stays
hidden, carried as the range a reader may know it lies in. Merging adds
counts cell by cell (exact when every part is exact, else a range), adds the
hands and level sums behind averages, and then applies small-cell suppression
again to the merged counts. Nothing in a merged report is more precise than
what the merged files published.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar

import msgspec

from biy_tui.core.reports.digest import identities
from biy_tui.core.reports.model import (
    Cell,
    Column,
    CountTable,
    Mean,
    MeanSeries,
    Note,
    PartMean,
    Report,
    Row,
    WeekMean,
    add,
)
from biy_tui.core.reports.reading import ReportFileError, read_report, refuse_repeats
from biy_tui.core.reports.release import publish

if TYPE_CHECKING:
    from biy_tui.core.privacy.site import GuardKwargs

__all__ = ["ReportFileError", "merge_reports", "read_report", "refuse_repeats"]

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


def _union(groups: Iterable[Iterable[T]], key: Callable[[T], K]) -> list[T]:
    seen: dict[K, T] = {}
    for group in groups:
        for item in group:
            seen.setdefault(key(item), item)
    return list(seen.values())


def _order(rows: list[Row], order: str) -> list[str]:
    if order == "week" and all(r.key.isdigit() for r in rows):
        return [r.key for r in sorted(rows, key=lambda r: int(r.key))]
    if order == "unit":  # themes per unit of the grid: "0007:growth-circle/shame"
        return [
            r.key
            for r in sorted(
                rows, key=lambda r: (r.key.partition("/")[0], r.label.casefold(), r.key)
            )
        ]
    if order == "label":
        return [r.key for r in sorted(rows, key=lambda r: (r.label.casefold(), r.key))]
    return [r.key for r in rows]


def _sum(cells: Iterable[Cell]) -> Cell:
    total: Cell = 0
    for cell in cells:
        total = add(total, cell)
    return total


def merge_table(tables: Sequence[CountTable]) -> CountTable:
    """Add tables with the same key cell by cell (a missing row or column counts 0)."""
    first = tables[0]
    columns = _union((t.columns for t in tables), lambda c: c.key)
    keys = _order(_union((t.rows for t in tables), lambda r: r.key), first.order)
    found = [{r.key: r for r in t.rows} for t in tables]
    col_index = [{c.key: i for i, c in enumerate(t.columns)} for t in tables]

    def cell(n: int, row: Row | None, column: Column) -> Cell:
        i = col_index[n].get(column.key)
        return row.cells[i] if row is not None and i is not None else 0

    rows: list[Row] = []
    for key in keys:
        parts = [f.get(key) for f in found]
        sample = next(r for r in parts if r is not None)
        cells = [_sum(cell(n, r, c) for n, r in enumerate(parts)) for c in columns]
        total = _sum(r.total or 0 for r in parts if r is not None) if first.row_totals else None
        part = next((r.part for r in parts if r is not None and r.part), None)
        rows.append(Row(key, sample.label, cells, total, part))
    totals: list[Cell] | None = None
    if first.totals is not None:
        totals = []
        for column in columns:
            per = [
                t.totals[col_index[n][column.key]] if t.totals and column.key in col_index[n] else 0
                for n, t in enumerate(tables)
            ]
            totals.append(_sum(per))
    grand = _sum(t.grand or 0 for t in tables) if first.grand is not None else None
    return msgspec.structs.replace(first, columns=columns, rows=rows, totals=totals, grand=grand)


def _merge_mean(means: Iterable[Mean]) -> Mean:
    listed = list(means)
    n = _sum(m.n for m in listed)
    sums = [m.sum for m in listed]
    exact = isinstance(n, int) and all(s is not None for s in sums)
    return Mean(n, sum(s or 0 for s in sums) if exact else None)


def merge_series(series: Sequence[MeanSeries]) -> MeanSeries:
    """Add one scale's hands and level sums week by week, part by part and overall."""
    first = series[0]
    weeks: dict[int, list[WeekMean]] = {}
    for s in series:
        for w in s.weeks:
            weeks.setdefault(w.week, []).append(w)
    parts: dict[str, list[Mean]] = {}
    for s in series:
        for p in s.parts:
            parts.setdefault(p.part, []).append(p.mean)
    return msgspec.structs.replace(
        first,
        weeks=[
            WeekMean(w, found[0].part, _merge_mean(x.mean for x in found))
            for w, found in sorted(weeks.items())
        ],
        parts=[PartMean(p, _merge_mean(found)) for p, found in parts.items()],
        overall=_merge_mean(s.overall for s in series),
    )


def _merge_all_series(groups: Sequence[Sequence[MeanSeries]]) -> list[MeanSeries]:
    by_scale: dict[str, list[MeanSeries]] = {}
    for group in groups:
        for s in group:
            by_scale.setdefault(s.scale, []).append(s)
    return [merge_series(found) for found in by_scale.values()]


def _notes(reports: Sequence[Report], guard: GuardKwargs) -> list[Note] | None:
    if all(r.notes is None for r in reports):
        return None
    from biy_tui.core.privacy import redact

    notes = [n for r in reports for n in (r.notes or [])]
    notes.sort(key=lambda n: n.week)
    return [
        Note(
            n.week,
            n.field,
            redact(
                n.text,
                site_terms=guard.get("site_terms", ()),
                program_terms=guard.get("program_terms", ()),
            ),
        )
        for n in notes
    ]


def _joined(values: Iterable[str]) -> str:
    return "; ".join(dict.fromkeys(values))


def merge_reports(
    reports: Sequence[Report],
    min_cell: int,
    *,
    guard: GuardKwargs | None = None,
    today: dt.date | None = None,
) -> Report:
    """Combine reports into one and apply small-cell suppression to the merged counts.

    Args:
        reports: the published reports (at least one).
        min_cell: the threshold; the merged report uses the highest of this and
            the thresholds of the merged reports.
        guard: keyword arguments for the privacy guard, run again over any text.
        today: the date printed as "generated".
    """
    first = reports[0]

    def table(name: str) -> CountTable:
        return merge_table([getattr(r, name) for r in reports])

    merged = Report(
        program=_joined(r.program for r in reports),
        scope=_joined(r.scope for r in reports),
        generated=(today or dt.date.today()).isoformat(),
        min_cell=first.min_cell,
        sources=sum(r.sources for r in reports),
        parts=_union((r.parts for r in reports), lambda p: p.id),
        mood=_merge_all_series([r.mood for r in reports]),
        feedback=_merge_all_series([r.feedback for r in reports]),
        sessions=table("sessions"),
        attendance=table("attendance"),
        styles=table("styles"),
        style_weeks=table("style_weeks"),
        choices=table("choices"),
        themes=table("themes"),
        notes=_notes(reports, guard or {}),
        merged_from=sorted(set().union(*(identities(r) for r in reports)) - {""}),
    )
    threshold = max([min_cell, *(r.min_cell for r in reports)])
    return publish(merged, threshold)

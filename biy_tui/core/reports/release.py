"""The release model: what of the exact counts may leave the machine (no Textual).

Every report biy makes from the same records is a view of **one protected base
table**, so no report, and no set of reports, can be subtracted to anything
that table hides:

- The grid is fixed (:mod:`.grid`): a report covers whole parts of the
  program over every record, so a week's row is the same in every report that
  shows it, and so are a part's theme counts.
- Each base row is protected on its own. A row is a few counts and their
  total (first-timers + returning = present; check-ins + debriefs = sessions
  raising a theme). Counts below the threshold are hidden, and then more of
  the row is hidden until no small count can be worked out exactly from the
  rest; a hidden count is published only as the range a reader can work out
  anyway (exact: one equation with known bounds). What the reader knows
  includes the exact sessions table: a week's total is at least the sessions
  someone came to, and a theme came up in at most as many check-ins and
  debriefs as its unit held.
- A row is protected at every threshold from 3 up to the one asked for, and
  each figure is published as the widest of those: reports of the same
  records at two thresholds tell together no more than the lower one alone.
- Totals over several rows are never base figures: they are added up from the
  published rows, exact only when every row is, else a range. So they add
  nothing a reader could not add herself.
- An average (mood, feedback) is published for a week only when at least the
  threshold of hands stands behind it, the week's attendance is published,
  and the answers were not all, or all but one, at the same level
  (attribute disclosure). A part's or the report's average is the average of
  the weeks shown, marked when it leaves weeks out.
- A merged report adds published figures only; a count hidden anywhere stays
  a range (:mod:`.merge`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

import msgspec

from biy_tui.core.reports.model import (
    Cell,
    CountTable,
    Hidden,
    HiddenWhy,
    Mean,
    MeanSeries,
    PartMean,
    Report,
    Row,
    WeekMean,
    add,
    high,
    low,
)

_SHOWN, _SMALL, _COMP, _GIVEN, _WITHHELD = "shown", "small", "complement", "given", "withheld"
INF = math.inf


LOWEST_THRESHOLD = 3
"""The lowest threshold any report may use (the CLI and the app refuse less)."""


def _bounds(
    status: str, value: int | None, given: Hidden | None, k: int, floor: int, cap: float
) -> tuple[float, float]:
    """What a reader knows about one figure of a row before the row's equation."""
    if status == _SHOWN:
        assert value is not None
        return value, value
    if status == _SMALL:
        return floor, min(k - 1, cap)
    if status == _COMP:
        return k, cap
    if status == _WITHHELD:
        return floor, cap
    assert given is not None
    return given.lo, min(cap, INF if given.hi is None else given.hi)


def _derived(bounds: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Each figure's exact range given the others and ``sum(cells) == total`` (total last).

    With a single equation and a box for each figure, the range of one figure
    is its box cut by what the others allow — exact, not an approximation.
    """
    cells, total = bounds[:-1], bounds[-1]
    out: list[tuple[float, float]] = []
    for j, (lo, hi) in enumerate(cells):  # sums of the others, never inf - inf
        others_lo = sum(b[0] for i, b in enumerate(cells) if i != j)
        others_hi = sum(b[1] for i, b in enumerate(cells) if i != j)
        out.append((max(lo, total[0] - others_hi), min(hi, total[1] - others_lo)))
    lo_sum, hi_sum = sum(b[0] for b in cells), sum(b[1] for b in cells)
    out.append((max(total[0], lo_sum), min(total[1], hi_sum)))
    return out


def _pinned(
    status: Sequence[str], ranges: Sequence[tuple[float, float]], caps: Sequence[float]
) -> bool:
    """Whether a hidden figure is left at one value (a figure capped at 0 was never secret)."""
    return any(
        s in (_SMALL, _WITHHELD, _GIVEN) and cap > 0 and lo >= hi
        for s, (lo, hi), cap in zip(status, ranges, caps, strict=True)
    )


Published = tuple[list[Cell], Cell]


def _protect_at(
    cells: Sequence[Cell], total: Cell, k: int, total_floor: int, caps: Sequence[float]
) -> Published:
    """One row protected at one threshold."""
    figures = [*cells, total]
    values = [f if isinstance(f, int) else None for f in figures]
    given = [f if isinstance(f, Hidden) else None for f in figures]
    status = [_GIVEN if v is None else (_SMALL if v < k else _SHOWN) for v in values]
    last = values[-1]
    floors = [0] * len(cells) + [min(total_floor, last if last is not None else 0)]

    def ranges() -> list[tuple[float, float]]:
        known = zip(status, values, given, floors, caps, strict=True)
        return _derived([_bounds(s, v, g, k, f, c) for s, v, g, f, c in known])

    found = ranges()
    while _pinned(status, found, caps):
        # Hide one more: a cell before the total, the smallest first.
        candidates = [i for i, s in enumerate(status) if s == _SHOWN]
        if not candidates:
            # Even "<5" or "5 or more" says too much (three sessions, three
            # people; a theme raised in every session of its unit): say nothing
            # about how small or how large any hidden figure of the row is.
            status = [_WITHHELD if s in (_SMALL, _COMP) else s for s in status]
            found = ranges()
            if _pinned(status, found, caps):
                # A unit of one session: that a theme is listed tells it came up
                # there (README). Publish no more than the threshold says.
                caps = [INF] * len(caps)
                found = ranges()
            break
        candidates.sort(key=lambda i: (i == len(figures) - 1, values[i] or 0))
        status[candidates[0]] = _COMP
        found = ranges()
    return _cells_of(status, values, found)


def _cells_of(
    status: Sequence[str], values: Sequence[int | None], found: Sequence[tuple[float, float]]
) -> Published:
    out: list[Cell] = []
    for s, v, (lo, hi) in zip(status, values, found, strict=True):
        if s == _SHOWN:
            assert v is not None
            out.append(v)
        else:
            why: HiddenWhy = "small" if s == _SMALL else ("range" if s == _GIVEN else "complement")
            out.append(Hidden(why, int(lo), None if hi == INF else int(hi)))
    return out[:-1], out[-1]


def _hull(runs: Sequence[Published]) -> Published:
    """The figures as the widest of several protections (exact only where all are)."""
    first = runs[0]
    figures = [[*cells, total] for cells, total in runs]
    bounds: list[tuple[float, float]] = []
    status: list[str] = []
    values: list[int | None] = []
    for j, mine in enumerate([*first[0], first[1]]):
        seen = [f[j] for f in figures]
        lo = min(low(c) for c in seen)
        highs = [high(c) for c in seen]
        hi = INF if any(h is None for h in highs) else max(h or 0 for h in highs)
        bounds.append((lo, hi))
        exact = all(isinstance(c, int) for c in seen) and lo == hi
        last = seen[-1]
        status.append(
            _SHOWN
            if exact
            else (_SMALL if isinstance(last, Hidden) and last.why == "small" else _COMP)
        )
        if isinstance(last, Hidden) and last.why == "range":
            status[-1] = _GIVEN
        values.append(mine if exact and isinstance(mine, int) else None)
    return _cells_of(status, values, _derived(bounds))


def protect_row(
    cells: Sequence[Cell],
    total: Cell,
    k: int,
    total_floor: int = 0,
    caps: Sequence[int | None] | None = None,
) -> Published:
    """Hide what must be hidden in one row of counts with its total.

    The row is protected at every threshold from :data:`LOWEST_THRESHOLD` up
    to ``k``, and each figure is published as the widest of those: so a
    report at one threshold tells nothing that a report at a lower one does
    not (two reports of the same records with ``--min-cell 3`` and ``8``
    cannot be intersected to a small count).

    Args:
        cells: the row's counts (exact, or ranges carried in from a merge).
        total: their sum.
        k: the threshold (counts below it are small).
        total_floor: what every reader knows the total is at least (a week
            with three sessions had at least three people present; a theme
            listed was raised at least once).
        caps: what every reader knows each cell is at most (a theme is raised
            in at most as many check-ins as the sessions table shows); None
            for no such bound.

    Returns:
        The row's cells and total as published: exact numbers or ranges.
    """
    known = [INF if c is None else float(c) for c in (caps or [None] * len(cells))]
    limits = [*known, sum(known)]
    runs = [
        _protect_at(cells, total, j, total_floor, limits)
        for j in range(min(LOWEST_THRESHOLD, k), k + 1)
    ]
    return runs[0] if len(runs) == 1 else _hull(runs)


def _sum(cells: Iterable[Cell]) -> Cell:
    total: Cell = 0
    for cell in cells:
        total = add(total, cell)
    return total


def protect_table(
    table: CountTable,
    k: int,
    floors: Mapping[str, int] | None = None,
    caps: Mapping[str, Sequence[int | None]] | None = None,
) -> CountTable:
    """Protect every row of a protected table on its own, then add the totals up again.

    Row totals are part of each row's protection; column totals and the grand
    total are sums of published rows (exact only when every row is).
    ``floors`` gives, per row key, what a reader knows the row's total is at
    least (else the table's ``row_floor``); ``caps``, what she knows each cell
    is at most.
    """
    if not table.protected or k <= 1:
        return table
    rows: list[Row] = []
    for row in table.rows:
        total = row.total if row.total is not None else _sum(row.cells)
        floor = (floors or {}).get(row.key, table.row_floor)
        cells, shown_total = protect_row(row.cells, total, k, floor, (caps or {}).get(row.key))
        rows.append(
            msgspec.structs.replace(
                row, cells=cells, total=shown_total if table.row_totals else None
            )
        )
    totals = (
        [_sum(r.cells[j] for r in rows) for j in range(len(table.columns))]
        if table.totals is not None
        else None
    )
    grand = _sum(r.total or 0 for r in rows) if table.grand is not None else None
    return msgspec.structs.replace(table, rows=rows, totals=totals, grand=grand)


# --- averages ----------------------------------------------------------------------


def _spread_sums(n: int, levels: int) -> set[int]:
    """Every sum of levels that ``n`` hands can give with no level holding ``n - 1`` or more."""
    cap = n - 2
    if cap < 0:
        return set()
    reach: dict[int, set[int]] = {0: {0}}  # hands placed -> sums possible
    for level in range(1, levels + 1):
        nxt: dict[int, set[int]] = {}
        for placed, sums in reach.items():
            for here in range(min(cap, n - placed) + 1):
                nxt.setdefault(placed + here, set()).update(s + here * level for s in sums)
        reach = nxt
    return reach.get(n, set())


def nearly_unanimous(n: int, total: int, levels: int) -> bool:
    """Whether ``n`` hands summing to ``total`` must have all, or all but one, at one level.

    A published average tells how many hands and the sum of their levels. If
    every way of spreading ``n`` hands over the levels with that sum puts
    ``n - 1`` or more of them on one level, the average tells what (nearly)
    every person in the room answered.
    """
    if n <= 1 or levels <= 1:
        return True
    if n >= 4:
        # Hands can always be spread except at the two ends (checked against
        # the exact count for small groups in the tests).
        return not (n + 2 <= total <= n * levels - 2)
    return total not in _spread_sums(n, levels)


def _hidden_mean() -> Mean:
    return Mean(Hidden("complement", 0, None), None)


def protect_mean(mean: Mean, levels: int, k: int, attendance_shown: bool) -> Mean:
    """A week's average as published: only with enough hands and spread answers."""
    n, total = mean.n, mean.sum
    if not isinstance(n, int) or total is None or not attendance_shown:
        return _hidden_mean()
    if n < k or nearly_unanimous(n, total, levels):
        return _hidden_mean()
    return Mean(n, total)


def _aggregate(means: Sequence[Mean]) -> Mean:
    shown = [m for m in means if isinstance(m.n, int) and m.sum is not None]
    n = sum(m.n for m in shown if isinstance(m.n, int))
    total = sum(m.sum or 0 for m in shown)
    return Mean(n, total, partial=len(shown) < len(means))


def protect_series(series: MeanSeries, k: int, attendance: CountTable) -> MeanSeries:
    """Publish a scale's weekly averages, and averages of the weeks shown per part and overall."""
    if k <= 1:
        return series
    shown_weeks = {r.key for r in attendance.rows if isinstance(r.total, int)}
    weeks = [
        WeekMean(w.week, w.part, protect_mean(w.mean, series.levels, k, str(w.week) in shown_weeks))
        for w in series.weeks
    ]
    parts = list(dict.fromkeys(w.part for w in weeks))
    return msgspec.structs.replace(
        series,
        weeks=weeks,
        parts=[PartMean(p, _aggregate([w.mean for w in weeks if w.part == p])) for p in parts],
        overall=_aggregate([w.mean for w in weeks]),
    )


def _theme_caps(report: Report) -> dict[str, list[int | None]]:
    """What the (exact) sessions table tells about each theme row: at most one per session.

    A theme is counted once per check-in and once per debrief, so in a unit of
    the grid it was raised in at most as many check-ins, and as many debriefs,
    as the sessions table shows for the unit's weeks.
    """
    from biy_tui.core.reports.grid import units_of

    units = {u.id: u for u in units_of((p.id, p.first_week, p.last_week) for p in report.parts)}
    columns = [c.key for c in report.sessions.columns]
    where = [columns.index(k) if k in columns else None for k in ("sessions", "debriefs")]
    caps: dict[str, list[int | None]] = {}
    for row in report.themes.rows:
        unit = units.get(row.part or "")
        if unit is None:
            continue  # a unit of another grid (a merge of other curricula): no cap known
        held = [r for r in report.sessions.rows if r.key.isdigit() and unit.holds(int(r.key))]
        found: list[int | None] = []
        for col in where:
            cells = [r.cells[col] for r in held] if col is not None else []
            exact = col is not None and all(isinstance(c, int) for c in cells)
            found.append(sum(c for c in cells if isinstance(c, int)) if exact else None)
        caps[row.key] = found
    return caps


def publish(report: Report, min_cell: int, occupied: Mapping[str, int] | None = None) -> Report:
    """Apply the release model to exact (or merged) counts.

    Args:
        report: exact counts from :func:`.aggregate.gather`, or merged ones.
        min_cell: the threshold; 1 or less publishes everything exactly.
        occupied: per week, the sessions someone came to (what a week's total
            is at least); else the sessions held. Never more than the total:
            a floor cut to the total would tell the total.
    """
    held = {
        r.key: r.cells[0] for r in report.sessions.rows if r.cells and isinstance(r.cells[0], int)
    }
    if occupied is not None:
        held = {k: min(v, occupied.get(k, 0)) for k, v in held.items()}
    attendance = protect_table(report.attendance, min_cell, held)
    themes = protect_table(report.themes, min_cell, caps=_theme_caps(report))
    return msgspec.structs.replace(
        report,
        min_cell=min_cell,
        attendance=attendance,
        mood=[protect_series(s, min_cell, attendance) for s in report.mood],
        feedback=[protect_series(s, min_cell, attendance) for s in report.feedback],
        themes=themes,
    )

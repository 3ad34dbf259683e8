"""Small-cell suppression of one table on its own (the previous model; no Textual).

Reports no longer use this module: suppressing each table of each report on
its own was defeated by subtracting two reports (review 2026-12, F1). Reports
go through :mod:`biy_tui.core.reports.release` instead. It is kept for its tests and
as the "before" of ``benchmarks/bench_report_usefulness.py``.

The rules (also in the README, "Reports"):

1. **Primary suppression.** Every count of people below the threshold
   (``min_cell``, default 5) is hidden and shown as ``<5`` — zero included.
   Hiding zeros too means a ``<5`` never tells the reader "at least one", and
   a zero is the cheapest cell to hide when another must be protected.
2. **Complementary suppression.** A table publishes totals, so one hidden
   cell in a row with a published total could be recovered by subtraction.
   More cells are hidden (shown as ``x``; a reader may assume each is at least
   the threshold) until *every* hidden cell could still take another value
   that agrees with everything published.

The check is exact for tables whose totals add up along rows and columns (all
biy's protected tables): such a table is a small network, and a hidden cell
can change without changing anything published exactly when it lies on a
cycle of hidden cells that can all move by one within what the reader knows
about them (``<5`` means 0–4; ``x`` means at least 5). When one cannot, the
cheapest published cells (small ones, interior before totals) that close
such a cycle are hidden too. ``tests/unit/reports/test_suppress.py`` checks
the result by brute force against every alternative table.

Cells already hidden on the way in (ranges from a merge) are derived only from
published figures, so they are taken to be free to move.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import msgspec

from biy_tui.core.reports.model import (
    Cell,
    CountTable,
    Hidden,
    Mean,
    MeanSeries,
    PartMean,
    Row,
    WeekMean,
)

Node = tuple[str, int]
FREE: Node = ("free", 0)
"""Where rows or columns without a published total meet: nothing constrains them."""

_SHOWN, _SMALL, _COMPLEMENT, _GIVEN = "shown", "small", "complement", "given"
_WITHHELD = "withheld"


@dataclass
class _Edge:
    """One cell of the table, as an edge between its row and its column."""

    u: Node
    v: Node
    sign: int  # +1 inside the table and for the grand total, -1 for a row or column total
    value: int | None  # None: hidden on the way in (a merged range), value unknown
    status: str
    lo: int = 0
    hi: int | None = None
    weight: int = 1
    given: Hidden | None = None
    floor: int = 0


@dataclass
class Grid:
    """A table of counts with its totals, as the suppression sees it.

    ``None`` in ``cells`` marks a cell that cannot hold anything (a week that
    belongs to another part); it is known to be zero and never shown.
    """

    cells: list[list[Cell | None]]
    row_totals: list[Cell] | None = None
    col_totals: list[Cell] | None = None
    grand: Cell | None = None
    row_floor: int = 0
    positions: list[tuple[str, int, int]] = field(default_factory=list)


def _nodes(grid: Grid) -> tuple[bool, bool, bool]:
    return grid.row_totals is not None, grid.col_totals is not None, grid.grand is not None


def _edges(grid: Grid, min_cell: int) -> list[_Edge]:
    rt, ct, has_grand = _nodes(grid)
    edges: list[_Edge] = []
    grid.positions = []

    def add(
        cell: Cell,
        u: Node,
        v: Node,
        sign: int,
        weight: int,
        floor: int,
        where: tuple[str, int, int],
    ) -> None:
        if isinstance(cell, Hidden):
            edge = _Edge(u, v, sign, None, _GIVEN, cell.lo, cell.hi, weight, cell)
        elif cell < min_cell:
            edge = _Edge(u, v, sign, cell, _SMALL, floor, min_cell - 1, weight, floor=floor)
        else:
            edge = _Edge(u, v, sign, cell, _SHOWN, min_cell, None, weight, floor=floor)
        edges.append(edge)
        grid.positions.append(where)

    for i, row in enumerate(grid.cells):
        for j, cell in enumerate(row):
            if cell is not None:
                add(
                    cell,
                    ("r", i) if rt else FREE,
                    ("c", j) if ct else FREE,
                    1,
                    1,
                    0,
                    ("cell", i, j),
                )
    total_row: Node = ("R", 0) if ct and has_grand else FREE
    total_col: Node = ("C", 0) if rt and has_grand else FREE
    if grid.row_totals is not None:
        for i, cell in enumerate(grid.row_totals):
            add(cell, ("r", i), total_col, -1, 2, min(grid.row_floor, min_cell - 1), ("rt", i, 0))
    if grid.col_totals is not None:
        for j, cell in enumerate(grid.col_totals):
            add(cell, total_row, ("c", j), -1, 2, 0, ("ct", j, 0))
    if grid.grand is not None:
        add(grid.grand, total_row, total_col, 1, 4, 0, ("grand", 0, 0))
    return edges


def _can(edge: _Edge, dx: int) -> bool:
    """Whether the edge's flow can move by ``dx`` within what a reader knows of the cell."""
    if edge.status == _GIVEN:
        return True
    assert edge.value is not None
    new = edge.value + edge.sign * dx
    return new >= edge.lo and (edge.hi is None or new <= edge.hi)


def _arcs(
    edges: Sequence[_Edge], skip: int, hidden_only: bool
) -> dict[Node, list[tuple[Node, int, int]]]:
    """Arcs of the residual network: (to, cost, edge index), hidden edges cost nothing."""
    arcs: dict[Node, list[tuple[Node, int, int]]] = {}
    for k, edge in enumerate(edges):
        if k == skip:
            continue
        if edge.status == _SHOWN:
            if hidden_only:
                continue
            cost = edge.weight * (1 + (edge.value or 0))
        else:
            cost = 0
        if _can(edge, 1):
            arcs.setdefault(edge.u, []).append((edge.v, cost, k))
        if _can(edge, -1):
            arcs.setdefault(edge.v, []).append((edge.u, cost, k))
    return arcs


def _path(
    arcs: dict[Node, list[tuple[Node, int, int]]], src: Node, dst: Node
) -> tuple[int, list[int]] | None:
    """The cheapest path from ``src`` to ``dst`` (cost, edge indices), or None."""
    if src == dst:
        return 0, []
    tie = itertools.count()
    queue: list[tuple[int, int, Node, list[int]]] = [(0, next(tie), src, [])]
    done: set[Node] = set()
    while queue:
        cost, _, node, used = heapq.heappop(queue)
        if node == dst:
            return cost, used
        if node in done:
            continue
        done.add(node)
        for to, step, k in arcs.get(node, ()):
            if to not in done:
                heapq.heappush(queue, (cost + step, next(tie), to, [*used, k]))
    return None


def _routes(edges: Sequence[_Edge], k: int, hidden_only: bool) -> list[tuple[int, list[int]]]:
    """Cycles through edge ``k`` that would let it move (each as cost and edges)."""
    edge = edges[k]
    arcs = _arcs(edges, k, hidden_only)
    found: list[tuple[int, list[int]]] = []
    for dx, src, dst in ((1, edge.v, edge.u), (-1, edge.u, edge.v)):
        if _can(edge, dx):
            path = _path(arcs, src, dst)
            if path is not None:
                found.append(path)
    return found


def derivable(edges: Sequence[_Edge], k: int) -> bool:
    """Whether hidden edge ``k`` is fixed by what is published (no cycle lets it move)."""
    return not _routes(edges, k, hidden_only=True)


def protect(grid: Grid, min_cell: int) -> Grid:
    """Hide small counts and enough others that no hidden count can be worked out.

    Args:
        grid: the counts (exact, or already hidden after a merge).
        min_cell: the threshold; 1 or less hides nothing.

    Returns:
        The same layout with :class:`Hidden` cells where counts are not published.
    """
    if min_cell <= 1:
        return grid
    edges = _edges(grid, min_cell)
    for _ in range(len(edges) + 3):
        stuck = [k for k, e in enumerate(edges) if e.status != _SHOWN and derivable(edges, k)]
        if not stuck:
            break
        routes = _routes(edges, stuck[0], hidden_only=False)
        if routes:
            _, used = min(routes, key=lambda r: r[0])
            for k in used:
                if edges[k].status == _SHOWN:
                    edges[k].status = _COMPLEMENT
        elif any(e.status == _SHOWN for e in edges):  # nothing closes a cycle: hide it all
            for edge in edges:
                if edge.status == _SHOWN:
                    edge.status = _COMPLEMENT
        elif any(e.status in (_SMALL, _COMPLEMENT) for e in edges):
            # Even "<5" says too much here (a few sessions of one person each):
            # withhold every count without saying how small it is.
            for edge in edges:
                if edge.status in (_SMALL, _COMPLEMENT):
                    edge.status, edge.lo, edge.hi = _WITHHELD, edge.floor, None
        else:
            break
    return _rebuild(grid, edges, min_cell)


def _out(edge: _Edge, min_cell: int) -> Cell:
    if edge.status == _GIVEN:
        assert edge.given is not None
        return edge.given
    assert edge.value is not None
    if edge.status == _SMALL:
        return Hidden("small", edge.lo, min_cell - 1)
    if edge.status == _COMPLEMENT:
        return Hidden("complement", min_cell, None)
    if edge.status == _WITHHELD:
        return Hidden("complement", edge.lo, None)
    return edge.value


def _rebuild(grid: Grid, edges: Sequence[_Edge], min_cell: int) -> Grid:
    cells = [list(row) for row in grid.cells]
    row_totals = list(grid.row_totals) if grid.row_totals is not None else None
    col_totals = list(grid.col_totals) if grid.col_totals is not None else None
    grand = grid.grand
    for edge, (kind, i, j) in zip(edges, grid.positions, strict=True):
        value = _out(edge, min_cell)
        if kind == "cell":
            cells[i][j] = value
        elif kind == "rt" and row_totals is not None:
            row_totals[i] = value
        elif kind == "ct" and col_totals is not None:
            col_totals[i] = value
        elif kind == "grand":
            grand = value
    return Grid(cells, row_totals, col_totals, grand, grid.row_floor)


def suppress_table(table: CountTable, min_cell: int) -> CountTable:
    """Apply small-cell suppression to a protected table (others are returned as they are)."""
    if not table.protected:
        return table
    grid = Grid(
        [list(r.cells) for r in table.rows],
        [r.total if r.total is not None else 0 for r in table.rows] if table.row_totals else None,
        list(table.totals) if table.totals is not None else None,
        table.grand,
        table.row_floor,
    )
    done = protect(grid, min_cell)
    rows = [
        Row(
            r.key,
            r.label,
            [c if c is not None else 0 for c in done.cells[i]],
            done.row_totals[i] if done.row_totals is not None else r.total,
            r.part,
        )
        for i, r in enumerate(table.rows)
    ]
    return msgspec.structs.replace(table, rows=rows, totals=done.col_totals, grand=done.grand)


def _mean(mean: Mean, n: Cell | None) -> Mean:
    assert n is not None
    return Mean(n, mean.sum if isinstance(n, int) else None)


def suppress_means(series: MeanSeries, min_cell: int) -> MeanSeries:
    """Publish a scale's averages only where enough hands stand behind them.

    The hands behind each week's average, each part's and the whole report's
    add up (weeks within a part, parts to the whole), so they are protected as
    one table: weeks as rows, parts as columns, part totals and a grand total.
    An average is shown only where its count of hands is.
    """
    parts = list(dict.fromkeys(w.part for w in series.weeks))
    by_part = {p.part: p.mean for p in series.parts}
    grid = Grid(
        [[w.mean.n if w.part == part else None for part in parts] for w in series.weeks],
        None,
        [by_part[p].n if p in by_part else 0 for p in parts],
        series.overall.n,
    )
    done = protect(grid, min_cell)
    weeks = [
        WeekMean(w.week, w.part, _mean(w.mean, done.cells[i][parts.index(w.part)]))
        for i, w in enumerate(series.weeks)
    ]
    assert done.col_totals is not None
    part_means = [
        PartMean(p, _mean(by_part.get(p, Mean(0, 0)), done.col_totals[j]))
        for j, p in enumerate(parts)
    ]
    return msgspec.structs.replace(
        series, weeks=weeks, parts=part_means, overall=_mean(series.overall, done.grand)
    )

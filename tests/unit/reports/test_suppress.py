"""Small-cell suppression: nothing below the threshold shows, and nothing hidden can be worked out.

The check here is independent of the suppression code: it tries every way of
moving each hidden interior cell by -1, 0 or +1 (enough, because any other
table that agrees with the published figures differs from the real one by
such unit cycles), recomputes the totals, and keeps the moves that leave every
published figure unchanged and every hidden one within what a reader knows of
it (``<5``: 0–4, ``x``: 5 or more). Every hidden cell must change in some move.
"""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biy_tui.core.reports.model import Hidden, show
from biy_tui.core.reports.suppress import Grid, protect

Pos = tuple[str, int, int]


def fits(value: int, published: object) -> bool:
    if isinstance(published, int):
        return value == published
    assert isinstance(published, Hidden)
    return value >= published.lo and (published.hi is None or value <= published.hi)


def movable(actual: Grid, published: Grid) -> set[Pos]:
    """Hidden cells that some other table, agreeing with all that is published, changes."""
    rows = len(actual.cells)
    cols = len(actual.cells[0])
    per_row: list[list[tuple[dict[int, int], int]]] = []
    for i in range(rows):
        hidden = [
            j
            for j in range(cols)
            if actual.cells[i][j] is not None and isinstance(published.cells[i][j], Hidden)
        ]
        options = []
        for deltas in itertools.product((-1, 0, 1), repeat=len(hidden)):
            move = dict(zip(hidden, deltas, strict=True))
            if not all(
                fits(actual.cells[i][j] + d, published.cells[i][j]) for j, d in move.items()
            ):
                continue
            d_row = sum(deltas)
            if actual.row_totals is not None:
                assert published.row_totals is not None
                if not fits(actual.row_totals[i] + d_row, published.row_totals[i]):
                    continue
            options.append((move, d_row))
        per_row.append(options)
    seen: set[Pos] = set()
    for combo in itertools.product(*per_row):
        d_cols = [sum(m.get(j, 0) for m, _ in combo) for j in range(cols)]
        if actual.col_totals is not None:
            assert published.col_totals is not None
            if not all(
                fits(actual.col_totals[j] + d_cols[j], published.col_totals[j]) for j in range(cols)
            ):
                continue
        if actual.grand is not None and not fits(actual.grand + sum(d_cols), published.grand):
            continue
        for i, (move, d_row) in enumerate(combo):
            seen.update(("cell", i, j) for j, d in move.items() if d)
            if d_row:
                seen.add(("rt", i, 0))
        seen.update(("ct", j, 0) for j, d in enumerate(d_cols) if d)
        if sum(d_cols):
            seen.add(("grand", 0, 0))
    return seen


def hidden_positions(published: Grid) -> set[Pos]:
    found = {
        ("cell", i, j)
        for i, row in enumerate(published.cells)
        for j, c in enumerate(row)
        if isinstance(c, Hidden)
    }
    found |= {
        ("rt", i, 0) for i, c in enumerate(published.row_totals or []) if isinstance(c, Hidden)
    }
    found |= {
        ("ct", j, 0) for j, c in enumerate(published.col_totals or []) if isinstance(c, Hidden)
    }
    if isinstance(published.grand, Hidden):
        found.add(("grand", 0, 0))
    return found


def count() -> st.SearchStrategy[int]:
    return st.one_of(st.integers(0, 4), st.integers(0, 4), st.integers(5, 40))


@st.composite
def grids(draw: st.DrawFn) -> tuple[Grid, int]:
    min_cell = draw(st.sampled_from([3, 4, 5]))
    rows = draw(st.integers(1, 3))
    cols = draw(st.integers(1, 3))
    structural = draw(st.booleans()) and cols > 1
    cells: list[list[int | None]] = []
    for _ in range(rows):
        row: list[int | None] = [draw(count()) for _ in range(cols)]
        if structural:  # like weeks x parts: one cell per row
            keep = draw(st.integers(0, cols - 1))
            row = [v if j == keep else None for j, v in enumerate(row)]
        cells.append(row)
    if structural:  # a part with no weeks is not a column at all
        used = [j for j in range(cols) if any(r[j] is not None for r in cells)]
        cells = [[r[j] for j in used] for r in cells]
        cols = len(used)
    rt = draw(st.booleans()) and not structural
    ct = draw(st.booleans()) or structural
    grand = (rt or ct) and draw(st.booleans())
    floor = 1 if rt and draw(st.booleans()) else 0
    if floor:
        for row in cells:
            if sum(v or 0 for v in row) == 0:
                row[0] = 1
    sums = [sum(v or 0 for v in row) for row in cells]
    col_sums = [sum(row[j] or 0 for row in cells) for j in range(cols)]
    grid = Grid(
        [list(r) for r in cells],
        sums if rt else None,
        col_sums if ct else None,
        sum(sums) if grand else None,
        floor,
    )
    return grid, min_cell


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grids())
def test_no_hidden_count_can_be_worked_out(case: tuple[Grid, int]) -> None:
    actual, min_cell = case
    published = protect(actual, min_cell)
    # nothing below the threshold is published
    for i, row in enumerate(published.cells):
        for j, cell in enumerate(row):
            if isinstance(cell, int) and actual.cells[i][j] is not None:
                assert cell >= min_cell and cell == actual.cells[i][j]
    for cell in [*(published.row_totals or []), *(published.col_totals or []), published.grand]:
        assert not isinstance(cell, int) or cell >= min_cell
    # every hidden count could still be something else
    assert hidden_positions(published) <= movable(actual, published)


def test_one_small_cell_in_a_row_takes_a_second_one_with_it() -> None:
    grid = Grid([[3, 12, 20]], [35], None, None)
    published = protect(grid, 5)
    shown = [show(c) for c in published.cells[0]]
    assert shown == ["<5", "≥5", "20"]  # the smaller neighbour is hidden, the total stays
    assert published.row_totals == [35]


def test_zero_is_hidden_like_any_small_count() -> None:
    published = protect(Grid([[0, 9], [7, 8]], None, [7, 17], None), 5)
    assert show(published.cells[0][0]) == "<5"
    assert hidden_positions(published) <= movable(
        Grid([[0, 9], [7, 8]], None, [7, 17], None), published
    )


def test_threshold_one_hides_nothing() -> None:
    grid = Grid([[0, 1]], [1], None, None)
    assert protect(grid, 1).cells == [[0, 1]]

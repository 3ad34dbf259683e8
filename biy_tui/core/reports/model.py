"""What an evaluation report holds, as typed data (no Textual).

A :class:`Report` is what may leave the facilitator's machine: counts of
sessions and activities, counts of people with small cells hidden
(:class:`Hidden`), averages only where enough hands stand behind them, and —
only when asked — debrief text that went through the privacy guard again.
The same structs are the JSON exchange format (``"format": "biy-report"``,
``"schema": 1``), so a file read back is validated field by field.

A *cell* is either a published whole number or a :class:`Hidden` count. A
hidden count carries only what the reader may know about it anyway: the range
it lies in (``<5`` means 0–4; a count hidden to protect another one is known
to be at least the threshold; after a merge, the sum of such ranges).
"""

from __future__ import annotations

from typing import Final, Literal

import msgspec

FORMAT: Final = "biy-report"
SCHEMA: Final = 2
"""Version 2: hidden counts carry the exact range a reader can work out; reports carry a digest."""

HiddenWhy = Literal["small", "complement", "range"]


class Hidden(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A count that is not published, with the range a reader may know it lies in.

    Attributes:
        why: ``small`` (below the threshold), ``complement`` (hidden so that a
            small count cannot be worked out from the totals), or ``range``
            (a merge of counts that were hidden in some of the merged reports).
        lo: the lowest value it can have.
        hi: the highest value it can have (None: no upper bound).
    """

    why: HiddenWhy
    lo: int = 0
    hi: int | None = None


Cell = int | Hidden


def low(cell: Cell) -> int:
    """The lowest value a cell can have."""
    return cell if isinstance(cell, int) else cell.lo


def high(cell: Cell) -> int | None:
    """The highest value a cell can have (None: unbounded)."""
    return cell if isinstance(cell, int) else cell.hi


def add(a: Cell, b: Cell) -> Cell:
    """The sum of two cells: exact when both are, else a range."""
    if isinstance(a, int) and isinstance(b, int):
        return a + b
    ha, hb = high(a), high(b)
    return Hidden("range", low(a) + low(b), None if ha is None or hb is None else ha + hb)


def show(cell: Cell | None) -> str:
    """How a cell is printed: ``12``, ``<5``, ``x``, or a range after a merge."""
    if cell is None:
        return ""
    if isinstance(cell, int):
        return str(cell)
    if cell.why == "small" and cell.hi is not None and cell.lo == 0:
        return f"<{cell.hi + 1}"
    if cell.hi is None and cell.lo == 0:
        return "x"
    if cell.hi is None:
        return f"≥{cell.lo}"
    if cell.lo == 0:
        return f"<{cell.hi + 1}"
    return f"{cell.lo}–{cell.hi}"


class Column(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A column of a table: a stable key (for merging) and a label (for people)."""

    key: str
    label: str


class Row(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A row of a table; ``part`` is the program part of a week row."""

    key: str
    label: str
    cells: list[Cell]
    total: Cell | None = None
    part: str | None = None


class CountTable(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A table of counts with optional row totals, column totals and a grand total.

    ``protected`` tables count people (or what people raised) and go through
    small-cell suppression; the others count sessions and activities.
    ``row_floor`` is what every reader knows about each row total (a listed
    session had at least one person present, so its total is at least 1).
    """

    key: str
    title: str
    columns: list[Column]
    rows: list[Row]
    row_totals: bool = False
    totals: list[Cell] | None = None
    grand: Cell | None = None
    protected: bool = False
    row_floor: int = 0
    order: str = "week"
    """How rows are ordered (also after a merge): ``week`` numbers, ``label``, ``unit``
    (themes: by unit of the grid, then label), or ``given``."""

    def cell(self, row_key: str, column_key: str) -> Cell | None:
        """Return one cell by row and column key (None when absent)."""
        col = next((i for i, c in enumerate(self.columns) if c.key == column_key), None)
        row = next((r for r in self.rows if r.key == row_key), None)
        if col is None or row is None:
            return None
        return row.cells[col]


class Mean(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """An average level: the hands counted and the sum of their levels.

    ``sum`` is None whenever ``n`` is hidden: an average is published only
    when at least the threshold of hands stands behind it.
    """

    n: Cell
    sum: int | None = None
    partial: bool = False
    """An average over a part or the whole report that leaves out weeks whose own
    average is not published (it is then the average of the weeks shown)."""

    @property
    def value(self) -> float | None:
        """The average level (1 = lowest), or None when hidden or nobody answered."""
        if self.sum is None or not isinstance(self.n, int) or self.n == 0:
            return None
        return self.sum / self.n


class WeekMean(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A scale's average for one week."""

    week: int
    part: str
    mean: Mean


class PartMean(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A scale's average over one part of the program."""

    part: str
    mean: Mean


class MeanSeries(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One check-in scale's averages: per week, per part, and over the whole report."""

    scale: str
    label: str
    kind: str
    levels: int
    weeks: list[WeekMean]
    parts: list[PartMean]
    overall: Mean


class PartInfo(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A part of the program, so the report can mark where the next one begins."""

    id: str
    title: str
    first_week: int
    last_week: int


class Note(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A piece of debrief text, re-checked by the privacy guard when the report was made."""

    week: int
    field: str
    text: str


OTHER_PART: Final = "other"
"""The part id of weeks outside every part of the program."""


class Report(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """A de-identified, aggregated evaluation report (also the JSON exchange format)."""

    format: str = FORMAT
    schema: int = SCHEMA
    program: str
    scope: str
    generated: str
    min_cell: int
    sources: int = 1
    parts: list[PartInfo]
    sessions: CountTable
    attendance: CountTable
    mood: list[MeanSeries]
    feedback: list[MeanSeries]
    styles: CountTable
    style_weeks: CountTable
    choices: CountTable
    themes: CountTable
    notes: list[Note] | None = None
    """Debrief text: None unless the coordinator asked for it."""
    digest: str = ""
    """A digest of the report's content (see :mod:`.digest`), set when it is written."""
    merged_from: list[str] = msgspec.field(default_factory=list)
    """The digests of the reports a merged report was made from (empty for a site report)."""

    def tables(self) -> list[CountTable]:
        """Every count table, in the order a report shows them."""
        return [
            self.sessions,
            self.attendance,
            self.styles,
            self.style_weeks,
            self.choices,
            self.themes,
        ]

    def part_title(self, part_id: str) -> str:
        """The title of a part (its id when unknown)."""
        return next((p.title for p in self.parts if p.id == part_id), part_id)

"""Terminal charts drawn with block characters, as Rich renderables.

Each chart measures the width it is given when it is drawn, so the same chart
fits 80 columns and uses the room at 120. Part boundaries are a dotted column
(or line) so the two parts of the program read as two stretches. Colour is left
to the theme (the widget's own text colour); the charts never use red or any
alarm colour, and the styles of the mix are told apart by shading, not hue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from biy_tui.core.curriculum import STYLE_LABELS, STYLES

BLOCKS = " ▁▂▃▄▅▆▇█"
"""A column's top cell, in eighths of a cell (index 0 to 8)."""
BOUNDARY = "┊"
NO_DATA = "·"
STYLE_GLYPHS = {"reading": "█", "individual": "▓", "discussion": "▒", "creative-movement": "░"}
DIM = Style(dim=True)


def _fit(label: str, width: int) -> str:
    return label if len(label) <= width else label[: max(0, width - 1)] + "…"


class ColumnChart:
    """One column per week, bottom to top (or up and down from a middle line when signed).

    Args:
        weeks: the weeks, in order.
        values: one value per week (None: no data that week).
        boundaries: weeks after which a dotted line marks a new part.
        part_titles: the first week of each part shown, with the part's title.
        height: rows of bars (split in two when ``signed``).
        signed: values can be negative; zero is the middle line.
        fmt: how the scale labels on the left are written.
    """

    def __init__(
        self,
        weeks: Sequence[int],
        values: Sequence[float | None],
        boundaries: Iterable[int] = (),
        part_titles: Mapping[int, str] | None = None,
        height: int = 6,
        signed: bool = False,
        fmt: Callable[[float], str] = lambda v: f"{v:g}",
    ) -> None:
        self.weeks = list(weeks)
        self.values = list(values)
        self.boundaries = set(boundaries)
        self.part_titles = dict(part_titles or {})
        self.height = max(2, height)
        self.signed = signed
        self.fmt = fmt

    # --- layout ----------------------------------------------------------------

    def _top(self) -> float:
        present = [abs(v) for v in self.values if v is not None]
        return max(present, default=0.0) or 1.0

    def _column_width(self, width: int, label_width: int) -> int:
        gaps = sum(1 for w in self.weeks[:-1] if w in self.boundaries)
        room = width - label_width - gaps
        return max(1, min(4, room // max(1, len(self.weeks))))

    def _cells(self, value: float | None, top: float, rows: int) -> list[str]:
        """The cells of one column above the baseline, top row first."""
        if value is None or value <= 0:
            return [" "] * rows
        eighths = max(1, round(value / top * rows * 8))
        return [BLOCKS[max(0, min(8, eighths - (rows - 1 - r) * 8))] for r in range(rows)]

    def _cells_below(self, value: float | None, top: float, rows: int) -> list[str]:
        """The cells of one column below the middle line (for negative values), top first."""
        if value is None or value >= 0:
            return [" "] * rows
        halves = max(1, round(-value / top * rows * 2))
        return [
            "█" if halves - 2 * r >= 2 else "▀" if halves - 2 * r == 1 else " " for r in range(rows)
        ]

    def _grid(self, cw: int) -> tuple[list[list[str]], int]:
        """Rows of cells (one string per column), and the index of the baseline row."""
        top = self._top()
        bar = max(1, cw - 1)
        if self.signed:
            half = self.height // 2
            above = [self._cells(v, top, half) for v in self.values]
            below = [self._cells_below(v, top, half) for v in self.values]
            rows = [[col[r] * bar for col in above] for r in range(half)]
            axis = [("─" * cw) if v is not None else NO_DATA.center(cw, "─") for v in self.values]
            rows.append(axis)
            rows += [[col[r] * bar for col in below] for r in range(half)]
            return rows, half
        columns = [self._cells(v, top, self.height) for v in self.values]
        rows = [[col[r] * bar for col in columns] for r in range(self.height)]
        axis = [("─" * cw) if v is not None else NO_DATA.center(cw, "─") for v in self.values]
        rows.append(axis)
        return rows, self.height

    def _labels(self) -> list[str]:
        """The left-hand scale label of each row."""
        top = self._top()
        if self.signed:
            half = self.height // 2
            labels = [""] * (2 * half + 1)
            labels[0], labels[half], labels[-1] = f"+{self.fmt(top)}", "0", f"-{self.fmt(top)}"
            return labels
        labels = [""] * (self.height + 1)
        labels[0], labels[-1] = self.fmt(top), "0"
        return labels

    def _marks(self, starts: list[int], total: int) -> list[str]:
        """An empty row with the part boundaries marked."""
        line = [" "] * total
        for n, week in enumerate(self.weeks[:-1]):
            if week in self.boundaries:
                line[starts[n + 1] - 1] = BOUNDARY
        return line

    def _week_row(self, starts: list[int], total: int) -> str:
        line = self._marks(starts, total)
        free = 0
        for week, start in zip(self.weeks, starts, strict=True):
            label = str(week)
            if start >= free and start + len(label) <= total:
                line[start : start + len(label)] = label
                free = start + len(label) + 1
        return "".join(line)

    def _part_row(self, starts: list[int], total: int) -> str:
        line = self._marks(starts, total)
        placed = [
            (starts[self.weeks.index(w)], t) for w, t in self.part_titles.items() if w in self.weeks
        ]
        placed.sort()
        for n, (start, title) in enumerate(placed):
            end = placed[n + 1][0] - 1 if n + 1 < len(placed) else total
            text = _fit(title, max(0, end - start))
            line[start : start + len(text)] = text
        return "".join(line).rstrip()

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        labels = self._labels()
        label_width = max(len(label) for label in labels) + 1
        cw = self._column_width(options.max_width, label_width)
        rows, baseline = self._grid(cw)
        starts: list[int] = []
        position = 0
        for n, week in enumerate(self.weeks):
            starts.append(position)
            position += cw
            if week in self.boundaries and n < len(self.weeks) - 1:
                position += 1
        total = position
        for r, row in enumerate(rows):
            yield Segment(f"{labels[r]:>{label_width - 1}} ", DIM)
            for n, (week, cell) in enumerate(zip(self.weeks, row, strict=True)):
                padded = cell.ljust(cw) if r != baseline else cell
                style = DIM if r == baseline or NO_DATA in cell else None
                yield Segment(padded, style)
                if week in self.boundaries and n < len(self.weeks) - 1:
                    yield Segment(BOUNDARY, DIM)
            yield Segment.line()
        pad = " " * label_width
        yield Segment(pad + self._week_row(starts, total), DIM)
        yield Segment.line()
        if self.part_titles:
            yield Segment(pad + self._part_row(starts, total), DIM)
            yield Segment.line()


def sparkline(
    values: Sequence[float | None], weeks: Sequence[int], boundaries: Iterable[int] = ()
) -> Text:
    """One character per week for shares from 0 to 1 (a dot where there is no data)."""
    marks = set(boundaries)
    line = Text(no_wrap=True, overflow="ellipsis")
    for n, (week, value) in enumerate(zip(weeks, values, strict=True)):
        if value is None:
            line.append(NO_DATA, style="dim")
        else:
            line.append(BLOCKS[1 + round(max(0.0, min(1.0, value)) * 7)])
        if week in marks and n < len(weeks) - 1:
            line.append(BOUNDARY, style="dim")
    return line


def sparkline_axis(weeks: Sequence[int], boundaries: Iterable[int] = ()) -> Text:
    """The line under (or over) a sparkline: first and last week, and the part boundaries."""
    marks = set(boundaries)
    line: list[str] = []
    for n, week in enumerate(weeks):
        line.append(" ")
        if week in marks and n < len(weeks) - 1:
            line.append(BOUNDARY)
    if weeks:
        first, last = str(weeks[0]), str(weeks[-1])
        line[: len(first)] = first
        if len(line) >= len(first) + len(last) + 1:
            line[len(line) - len(last) :] = last
    return Text("".join(line), style="dim", no_wrap=True)


def share_bar(share: float | None, width: int = 10) -> Text:
    """A horizontal bar for a share from 0 to 1, in eighths of a cell."""
    bar = Text(no_wrap=True)
    if share is None:
        bar.append(NO_DATA.ljust(width), style="dim")
        return bar
    eighths = round(max(0.0, min(1.0, share)) * width * 8)
    full, rest = divmod(eighths, 8)
    partial = " ▏▎▍▌▋▊▉"[rest] if rest else ""
    bar.append("█" * full + partial)
    bar.append("░" * (width - full - len(partial)), style="dim")
    return bar


def apportion(minutes: Mapping[str, int], width: int) -> dict[str, int]:
    """Cells per style for a bar ``width`` wide (largest remainder; sums to ``width``)."""
    total = sum(minutes.get(s, 0) for s in STYLES)
    if total <= 0 or width <= 0:
        return dict.fromkeys(STYLES, 0)
    exact = {s: minutes.get(s, 0) * width / total for s in STYLES}
    cells: dict[str, int] = {s: int(v) for s, v in exact.items()}
    left = width - sum(cells.values())
    for style in sorted(STYLES, key=lambda s: (-(exact[s] - cells[s]), STYLES.index(s)))[:left]:
        cells[style] += 1
    return cells


class StyleMixChart:
    """One row per planned week: a bar shaded by learning style, and its minutes.

    Args:
        styles: for each week with a plan, minutes per style.
        boundaries: weeks after which a new part begins.
        part_titles: the first week of each part, with the part's title.
        begins: the line drawn at a boundary, with a ``{part}`` slot.
    """

    def __init__(
        self,
        styles: Mapping[int, Mapping[str, int]],
        boundaries: Iterable[int] = (),
        part_titles: Mapping[int, str] | None = None,
        begins: str = "{part}",
    ) -> None:
        self.styles = dict(styles)
        self.boundaries = sorted(boundaries)
        self.part_titles = dict(part_titles or {})
        self.begins = begins

    def legend(self) -> Text:
        """Which shading is which style."""
        legend = Text()
        for n, style in enumerate(STYLES):
            if n:
                legend.append("  ")
            legend.append(STYLE_GLYPHS[style] * 2)
            legend.append(f" {STYLE_LABELS[style]}", style="dim")
        return legend

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        weeks = sorted(self.styles)
        totals = {w: sum(self.styles[w].values()) for w in weeks}
        longest = max(totals.values(), default=0) or 1
        tail = max(len(f" {t} min") for t in [*totals.values(), 0])
        width = max(4, options.max_width - 4 - tail)
        drawn: set[int] = set()
        for week in weeks:
            for boundary in self.boundaries:
                if boundary < week and boundary not in drawn and weeks[0] <= boundary:
                    drawn.add(boundary)
                    title = self.part_titles.get(
                        next((w for w in sorted(self.part_titles) if w > boundary), -1), ""
                    )
                    label = f" {self.begins.format(part=title)} " if title else " "
                    yield Text("    " + label.center(width, "┄"), style="dim", no_wrap=True)
            cells = apportion(self.styles[week], round(totals[week] / longest * width))
            row = Text(no_wrap=True)
            row.append(f"{week:>3} ", style="dim")
            for style in STYLES:
                row.append(STYLE_GLYPHS[style] * cells[style])
            row.append(f" {totals[week]} min", style="dim")
            yield row
        yield Text("")
        yield self.legend()

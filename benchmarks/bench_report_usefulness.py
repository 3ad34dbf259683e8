"""How much of a report is still published exactly under the release model (budgets.md, Reports).

Run: ``uv run python benchmarks/bench_report_usefulness.py [SEED]``.

A realistic store: three cycles of the 20-week program, one session a week,
groups of 4–14 (a cycle's group shrinks and grows a little from week to week),
first-timers mostly in the first weeks, mood and feedback hands from most of
the room, one to three themes a session and a debrief most weeks. For the
report of every week (and each part's report) it counts the figures about
people — attendance (week rows and totals), mood and feedback averages (week,
part and overall), themes — and prints the share published exactly:

- *before*: the previous model (each table suppressed on its own, for the
  range asked; :mod:`biy_tui.core.reports.suppress`), which differencing defeats;
- *after*: the release model (:mod:`biy_tui.core.reports.release`).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections import defaultdict
from pathlib import Path

import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from biy_tui.core import paths
from biy_tui.core.curriculum import load_curriculum
from biy_tui.core.reports.aggregate import build_report, gather
from biy_tui.core.reports.grid import snap
from biy_tui.core.reports.model import Cell, CountTable, Mean, MeanSeries, Report, Row
from biy_tui.core.reports.scope import Scope
from biy_tui.core.reports.suppress import suppress_means, suppress_table
from biy_tui.core.store.records import Attendance, CheckIn, Debrief, Record

K = 5


def _tally(rng: random.Random, hands: int, levels: int, lean: float) -> list[int]:
    tally = [0] * levels
    for _ in range(hands):
        level = min(levels - 1, max(0, round(rng.gauss(lean * (levels - 1), 0.9))))
        tally[level] += 1
    return tally


def realistic_store(seed: int) -> list[Record]:
    rng = random.Random(seed)
    curriculum = load_curriculum(paths.shipped_curriculum_dir())
    themes = [t.id for t in curriculum.program.themes]
    records: list[Record] = []
    start = dt.date(2024, 1, 8)
    for cycle in range(3):
        size = rng.randint(6, 14)
        for week in range(1, 21):
            date = start + dt.timedelta(weeks=cycle * 26 + week - 1)
            present = max(4, min(14, size + rng.randint(-3, 1)))
            first = present if week == 1 else (rng.choice([0, 0, 0, 1, 1, 2]) if week < 6 else 0)
            hands = present - rng.choice([0, 0, 0, 1])
            lean_in = 0.35 + 0.02 * week
            records.append(
                CheckIn(
                    week=week,
                    date=date,
                    attendance=Attendance(present=present, first_time=first, in_person=present),
                    opening={"arriving": _tally(rng, hands, 5, lean_in)},
                    closing={"leaving": _tally(rng, hands, 5, lean_in + 0.15)},
                    feedback={
                        s: _tally(rng, hands, 4, 0.75) for s in ("heard", "mattered", "overall")
                    },
                    themes=rng.sample(themes, rng.randint(1, 3)),
                )
            )
            if rng.random() < 0.8:
                records.append(
                    Debrief(week=week, date=date, themes=rng.sample(themes, rng.randint(0, 2)))
                )
    return records


# --- the previous model, for "before" --------------------------------------------


def _themes_over_range(themes: CountTable) -> CountTable:
    """The old themes table: one row per theme over the whole range (not per part)."""
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    labels: dict[str, str] = {}
    for row in themes.rows:
        theme = row.key.partition("/")[2]
        labels[theme] = row.label
        for j, cell in enumerate(row.cells):
            assert isinstance(cell, int)
            sums[theme][j] += cell
    rows = [Row(t, labels[t], list(c), sum(c)) for t, c in sorted(sums.items())]
    return msgspec.structs.replace(themes, rows=rows, row_floor=1)


def before(report: Report) -> Report:
    """What the previous model published for the same counts."""
    return msgspec.structs.replace(
        report,
        min_cell=K,
        attendance=suppress_table(msgspec.structs.replace(report.attendance, row_floor=1), K),
        mood=[suppress_means(s, K) for s in report.mood],
        feedback=[suppress_means(s, K) for s in report.feedback],
        themes=suppress_table(_themes_over_range(report.themes), K),
    )


# --- counting ----------------------------------------------------------------------


def _cells(table: CountTable) -> list[Cell]:
    found: list[Cell] = []
    for row in table.rows:
        found += row.cells
        if row.total is not None:
            found.append(row.total)
    found += table.totals or []
    if table.grand is not None:
        found.append(table.grand)
    return found


def _means(series: list[MeanSeries]) -> list[Mean]:
    return [
        m
        for s in series
        for m in [*(w.mean for w in s.weeks), *(p.mean for p in s.parts), s.overall]
        if not (isinstance(m.n, int) and m.n == 0)
    ]


def shares(report: Report) -> dict[str, tuple[int, int]]:
    """Per kind of figure: (published exactly, all)."""

    def exact_cells(cells: list[Cell]) -> tuple[int, int]:
        return sum(isinstance(c, int) for c in cells), len(cells)

    def exact_means(means: list[Mean]) -> tuple[int, int]:
        return sum(m.value is not None and not m.partial for m in means), len(means)

    return {
        "attendance": exact_cells(_cells(report.attendance)),
        "mood and feedback averages": exact_means(_means([*report.mood, *report.feedback])),
        "themes": exact_cells(_cells(report.themes)),
    }


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    curriculum = load_curriculum(paths.shipped_curriculum_dir())
    records = realistic_store(seed)
    print(f"store: {len(records)} records, 3 cycles x 20 weeks, groups of 4-14 (seed {seed})")
    totals: dict[str, dict[str, list[int]]] = {"before": {}, "after": {}}
    for scope in (Scope(), Scope(1, 6), Scope(7, 20)):
        on_grid = snap(scope, curriculum).scope
        exact = gather(records, curriculum, on_grid)
        for name, report in (
            ("before", before(exact)),
            ("after", build_report(records, curriculum, on_grid, min_cell=K)),
        ):
            for kind, (shown, every) in shares(report).items():
                got = totals[name].setdefault(kind, [0, 0])
                got[0] += shown
                got[1] += every
                if scope == Scope():
                    print(
                        f"  all weeks, {name:6} {kind:28} {shown:4}/{every:<4}"
                        f" = {shown / every:.0%}"
                    )
    print("every report (all weeks, part 1, part 2):")
    for kind in totals["after"]:
        b, a = totals["before"][kind], totals["after"][kind]
        print(f"  {kind:28} before {b[0] / b[1]:.0%}  after {a[0] / a[1]:.0%}")
    b_all = [sum(v[i] for v in totals["before"].values()) for i in (0, 1)]
    a_all = [sum(v[i] for v in totals["after"].values()) for i in (0, 1)]
    print(
        f"  {'all figures about people':28} before {b_all[0] / b_all[1]:.0%}  after "
        f"{a_all[0] / a_all[1]:.0%}"
    )


if __name__ == "__main__":
    main()

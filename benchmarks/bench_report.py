"""Time to build an evaluation report over 20 000 records (store filled by bench_store.build).

Run: ``uv run python benchmarks/bench_report.py [COUNT]``. Prints the median of
several runs of each step: reading the records (read-only open included) and
building the published report (counting, suppression), and rendering each format.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_store import build
from biy_tui.core import paths
from biy_tui.core.curriculum import load_curriculum
from biy_tui.core.reports.aggregate import build_report
from biy_tui.core.reports.render import render_as
from biy_tui.core.store import Store


def median_ms(action, runs: int = 7) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    curriculum = load_curriculum(paths.shipped_curriculum_dir())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        build(root, count)

        def read() -> list:  # type: ignore[type-arg]
            with Store.open(root, read_only=True) as store:
                return [
                    *store.records("checkin"),
                    *store.records("debrief"),
                    *store.records("plan"),
                ]

        records = read()
        report = build_report(records, curriculum)
        figures = {
            "read (open read-only + records)": median_ms(read),
            "build report (count + suppress)": median_ms(lambda: build_report(records, curriculum)),
            "  with --include-text (guard)": median_ms(
                lambda: build_report(records, curriculum, include_text=True), 3
            ),
        }
        for fmt in ("md", "csv", "json", "html"):
            figures[f"render {fmt}"] = median_ms(lambda f=fmt: render_as(report, f))  # type: ignore[misc]
        figures["end to end (read + build + md)"] = median_ms(
            lambda: render_as(build_report(read(), curriculum), "md"), 5
        )
        print(f"records: {count} stored, {len(records)} read (self-care never read)")
        for name, ms in figures.items():
            print(f"{name:<34}{ms:8.1f} ms")


if __name__ == "__main__":
    main()

"""Load-and-validate time of the shipped curriculum and of 1 000 generated weeks.

Usage: ``uv run python benchmarks/bench_curriculum.py [--runs N]``

Budgets (budgets.md): the shipped curriculum ≤ 50 ms; 1 000 generated weeks
≤ 2 s, growing linearly (checked against 250 weeks in the same run).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biy_tui.core.curriculum import load_curriculum  # noqa: E402


def generate(folder: Path, weeks: int, template: str) -> None:
    """Write ``weeks`` copies of a real week file with new numbers."""
    for number in range(21, 21 + weeks):
        text = template.replace("week = 1\n", f"week = {number}\n", 1)
        (folder / f"week-{number:04d}.toml").write_text(text, encoding="utf-8")


def timed(base: Path, site: Path | None, runs: int) -> tuple[float, int]:
    times = []
    count = 0
    for _ in range(runs):
        start = time.perf_counter()
        cur = load_curriculum(base, site)
        times.append(time.perf_counter() - start)
        count = len(cur.weeks)
        assert not cur.problems, cur.problems[:3]
    return statistics.median(times), count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    base = ROOT / "curriculum"
    shipped, count = timed(base, None, args.runs)
    size = sum(p.stat().st_size for p in base.glob("*.toml")) / 1024
    print(
        f"shipped curriculum: {count} weeks, {size:.0f} KiB, median {shipped * 1000:.1f} ms "
        f"(budget 50 ms: {'ok' if shipped <= 0.05 else 'OVER'})"
    )
    template = (base / "week-01.toml").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        small, large = Path(tmp) / "250", Path(tmp) / "1000"
        small.mkdir()
        large.mkdir()
        generate(small, 250, template)
        generate(large, 1000, template)
        runs = max(3, args.runs // 3)
        t_small, _ = timed(base, small, runs)
        t_large, n = timed(base, large, runs)
    per_week_small = t_small / 270
    per_week_large = t_large / 1020
    print(
        f"1 000 generated weeks (+ shipped, {n} in all): median {t_large:.2f} s "
        f"(budget 2 s: {'ok' if t_large <= 2 else 'OVER'})"
    )
    print(
        f"linearity: {per_week_large * 1000:.2f} ms/week at 1 000 vs "
        f"{per_week_small * 1000:.2f} ms/week at 250 (ratio {per_week_large / per_week_small:.2f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

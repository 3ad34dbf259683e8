"""Time to usable: biy with 20 000 records, until its records are open and the
overview's marks drawn, against a hello-world Textual app's first frame.

Usage: ``uv run python benchmarks/bench_usable.py [--pairs N] [--records N] [--context]``

This is what a facilitator waits for before she can press k or d on the right
week. Budget (budgets.md): ≤ 1.2× hello-world in time, peak RSS ≤ 1.3×.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, paired, python
from bench_startup import fill_store, line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=10)
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument(
        "--context",
        action="store_true",
        help="also time hello-world with the overview's widgets (what Textual costs for them)",
    )
    args = parser.parse_args()
    hello = [python(), str(ROOT / "benchmarks" / "hello_app.py")]
    biy = [python(), "-m", "biy_tui"]
    with tempfile.TemporaryDirectory() as tmp:
        base_env = {**os.environ, "BIY_HOME": str(Path(tmp) / "empty")}
        full_home = Path(tmp) / "full"
        fill_store(full_home / "data", args.records)
        usable = {**base_env, "BIY_HOME": str(full_home), "BIY_BENCHMARK_EXIT": "usable"}
        print(f"usable (records open, overview marks drawn), {args.records} records")
        print(line(paired(biy, hello, args.pairs, usable, base_env), 1.2, 1.3))
        if args.context:
            widgets = [python(), str(ROOT / "benchmarks" / "hello_widgets_app.py")]
            r = paired(widgets, hello, args.pairs, base_env, base_env)
            print(
                "context: hello-world with the overview's widgets (Header, OptionList, "
                f"Statics, Footer) against hello-world: {r['ratio']:.2f}x, "
                f"memory {r['mem_ratio']:.2f}x"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

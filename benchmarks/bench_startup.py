"""biy's first frame against a hello-world Textual app, paired in one run.

Usage: ``uv run python benchmarks/bench_startup.py [--pairs N] [--records N]``

Prints the median time and peak memory of each and the median pair ratio. The
records open in a worker after the first frame, so two runs are timed: to the
first frame (the budget), and until the records are open too (stricter).
Budgets (budgets.md): ≤ 1.5× hello-world with an empty store, ≤ 1.6× (time and
peak RSS) with a 20 000-record store. The 20 000-record case needs the store
(``--records``); it is skipped when the store package is not there.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, paired, python, verdict


def fill_store(data_dir: Path, records: int) -> None:
    """Fill a store with ``records`` fake records, in a child process.

    A child, so this process stays small: a forked child's peak memory starts
    from its parent's.
    """
    code = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
        "from bench_store import build; build(Path(sys.argv[2]), int(sys.argv[3]))"
    )
    here = str(Path(__file__).resolve().parent)
    subprocess.run([python(), "-c", code, here, str(data_dir), str(records)], check=True)


def line(r: dict[str, float], budget: float, mem_budget: float | None) -> str:
    """One result line: medians, the time ratio and the memory ratio against budgets."""
    text = (
        f"  biy {r['a_s'] * 1000:.0f} ms, {r['a_mib']:.1f} MiB | "
        f"hello {r['b_s'] * 1000:.0f} ms, {r['b_mib']:.1f} MiB | "
        f"ratio {r['ratio']:.2f}x (budget {budget}x: {verdict(r['ratio'], budget)}) | "
        f"memory {r['mem_ratio']:.2f}x"
    )
    if mem_budget is not None:
        text += f" (budget {mem_budget}x: {verdict(r['mem_ratio'], mem_budget)})"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=10)
    parser.add_argument("--records", type=int, default=20_000)
    args = parser.parse_args()
    hello = [python(), str(ROOT / "benchmarks" / "hello_app.py")]
    biy = [python(), "-m", "biy_tui"]
    with tempfile.TemporaryDirectory() as tmp:
        base_env = {**os.environ, "BIY_HOME": str(Path(tmp) / "empty")}
        frame_env = {**base_env, "BIY_BENCHMARK_EXIT": "frame"}
        records_env = {**base_env, "BIY_BENCHMARK_EXIT": "records"}
        full_home = Path(tmp) / "full"
        fill_store(full_home / "data", args.records)
        full_frame = {**frame_env, "BIY_HOME": str(full_home)}
        full_records = {**records_env, "BIY_HOME": str(full_home)}
        print(f"first frame, empty store ({args.pairs} pairs, alternating)")
        print(line(paired(biy, hello, args.pairs, frame_env, base_env), 1.5, None))
        print(f"first frame, {args.records} records stored")
        print(line(paired(biy, hello, args.pairs, full_frame, base_env), 1.6, 1.6))
        print("first frame and records open (stricter; no budget), empty store")
        print(line(paired(biy, hello, args.pairs, records_env, base_env), 1.5, None))
        print(f"first frame and records open (stricter; no budget), {args.records} records")
        print(line(paired(biy, hello, args.pairs, full_records, base_env), 1.6, 1.6))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Shared helpers for the benchmarks: paired runs, medians, and peak memory per child.

Every figure is a ratio against a floor measured in the same run, alternating
A, B, A, B … as budgets.md asks, because the machines drift between batches.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_child(argv: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run a child process; return (seconds, peak RSS in MiB) for that child alone."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(argv), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise SystemExit(f"benchmark child failed ({proc.returncode}): {argv}\n{err}")
    if proc.stderr:
        proc.stderr.close()
    return elapsed, usage.ru_maxrss / 1024


def paired(
    a: Sequence[str], b: Sequence[str], pairs: int, env_a: dict[str, str], env_b: dict[str, str]
) -> dict[str, float]:
    """Alternate A and B ``pairs`` times; return medians and the median pair ratio (A/B)."""
    times_a, times_b, mem_a, mem_b, ratios, mem_ratios = [], [], [], [], [], []
    run_child(a, env_a)  # warm the file cache once each
    run_child(b, env_b)
    for _ in range(pairs):
        ta, ma = run_child(a, env_a)
        tb, mb = run_child(b, env_b)
        times_a.append(ta)
        times_b.append(tb)
        mem_a.append(ma)
        mem_b.append(mb)
        ratios.append(ta / tb)
        mem_ratios.append(ma / mb)
    return {
        "a_s": statistics.median(times_a),
        "b_s": statistics.median(times_b),
        "ratio": statistics.median(ratios),
        "a_mib": statistics.median(mem_a),
        "b_mib": statistics.median(mem_b),
        "mem_ratio": statistics.median(mem_ratios),
    }


def verdict(value: float, budget: float) -> str:
    """``ok`` or ``OVER`` against a budget (lower is better)."""
    return "ok" if value <= budget else "OVER"


def python() -> str:
    """The interpreter of the project's environment."""
    return sys.executable

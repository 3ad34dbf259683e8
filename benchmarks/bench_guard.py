"""Measure the privacy guard: per-kind recall and precision, clean notes flagged, speed.

Run: ``uv run python benchmarks/bench_guard.py [--seed N] [--notes N]``

The corpus is generated (fake data only, see ``tests/unit/privacy/corpus.py``).
Targets from ``shared/design/budgets.md``: recall >= 0.99 on structured
identifiers and >= 0.95 on names, precision >= 0.90, <= 5 % of clean notes
flagged, <= 5 ms median on a 2 KB note. Speed is also printed as a ratio
against a floor measured in the same run, alternating (regex word split of the
same note), because the machines drift.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biy_tui.core.privacy import KINDS, find  # noqa: E402
from tests.unit.privacy.corpus import PROGRAM_TERMS, SITE_TERMS, STRUCTURED, generate  # noqa: E402
from tests.unit.privacy.scoring import score  # noqa: E402


def _two_kb_notes(seed: int, count: int = 20) -> list[str]:
    notes = generate(seed=seed + 1, identifying=200, clean=100)
    texts = [n.text for n in notes]
    out: list[str] = []
    i = 0
    while len(out) < count:
        chunk = ""
        while len(chunk) < 2048:
            chunk += texts[i % len(texts)] + "\n"
            i += 1
        out.append(chunk[:2048])
    return out


def _cold_start_ms() -> tuple[float, float]:
    """Median ms for a fresh process: import + first call, and the bare interpreter floor."""
    guard = "import biy_tui.core.privacy as p; p.find('Talked with Maria at 613-555-0199.')"
    times: dict[str, list[float]] = {"guard": [], "floor": []}
    for _ in range(7):
        for name, code in (("floor", "import re, dataclasses"), ("guard", guard)):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
            times[name].append(time.perf_counter() - start)
    return statistics.median(times["guard"]) * 1000, statistics.median(times["floor"]) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--notes", type=int, default=360, help="identifying notes (clean: 200)")
    args = parser.parse_args()

    notes = generate(seed=args.seed, identifying=args.notes)
    result = score(notes)
    print(f"corpus: {len(notes)} notes ({result.clean_notes} clean), seed {args.seed}")
    print(f"{'kind':<10} {'labelled':>8} {'recall':>7} {'found':>6} {'precision':>9}")
    for kind in KINDS:
        labelled, found = result.labelled[kind], result.found[kind]
        if not labelled and not found:
            continue  # place, case_number, learned: see benchmarks/bench_guard_realistic.py
        recall = result.caught[kind] / labelled if labelled else float("nan")
        precision = result.correct[kind] / found if found else float("nan")
        print(f"{kind:<10} {labelled:>8} {recall:>7.3f} {found:>6} {precision:>9.3f}")
    structured, names = result.recall(STRUCTURED), result.recall(("name",))
    precision, clean = result.precision(), result.clean_rate
    print(f"structured recall {structured:.4f} (target >= 0.99)")
    print(f"name recall       {names:.4f} (target >= 0.95)")
    print(f"precision         {precision:.4f} (target >= 0.90)")
    print(f"clean notes flagged {clean:.2%} (target <= 5 %)")

    texts = _two_kb_notes(args.seed)
    kwargs = {"site_terms": SITE_TERMS, "program_terms": PROGRAM_TERMS}
    find(texts[0], **kwargs)  # warm: lists loaded, patterns compiled
    word = re.compile(r"\w+")
    guard_times: list[float] = []
    ratios: list[float] = []
    for _ in range(10):
        for text in texts:
            start = time.perf_counter()
            for _ in range(20):
                word.findall(text)
            floor = (time.perf_counter() - start) / 20
            start = time.perf_counter()
            find(text, **kwargs)
            took = time.perf_counter() - start
            guard_times.append(took)
            ratios.append(took / floor)
    median_ms = statistics.median(guard_times) * 1000
    print(f"median per 2 KB note {median_ms:.2f} ms (budget 5 ms); ")
    print(f"  ratio to a plain regex word split of the same note: {statistics.median(ratios):.0f}x")
    cold, floor_ms = _cold_start_ms()
    print(f"fresh process import + first call {cold:.0f} ms (interpreter floor {floor_ms:.0f} ms,")
    print(f"  so the guard's own cold start is about {cold - floor_ms:.0f} ms)")
    ok = structured >= 0.99 and names >= 0.95 and precision >= 0.90 and clean <= 0.05
    return 0 if ok and median_ms <= 5 else 1


if __name__ == "__main__":
    sys.exit(main())

"""Looking back with 20 000 records: history, search, trends and the member check.

Run with ``uv run python benchmarks/bench_history.py [--records N] [--rounds N]``.

The store is filled with ``bench_store.build(root, count)``; check-ins carry
tallies on the shipped program's scales and every fourth record is a plan, so
the trends have real work to do (``--plain`` keeps bench_store's own records).

Two sets of figures, medians over ``--rounds`` fresh opens:

* core: what the screens' workers do — open the store (≤ 50 ms), the first
  history page (this parses all history once), the first search of all
  history (≤ 100 ms), the trends series (read check-ins and plans, keep the
  latest cycle, compute every series) and the member check.
* screens: a headless app at 120x40 with the records open; the time from
  pushing the History (or Trends) screen until its first page (or its charts)
  are on screen. The UI stays responsive meanwhile: the work is in a worker.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_store

from biy_tui.core import paths
from biy_tui.core.curriculum import load_curriculum
from biy_tui.core.reports.last_session import last_session
from biy_tui.core.reports.series import latest_cycle, weekly_trends
from biy_tui.core.store import CheckIn, Plan, Record, Store
from biy_tui.core.store.records import PlanItem
from biy_tui.ui.screens.history import newest_page
from biy_tui.ui.screens.member_check import newest_logs
from biy_tui.ui.screens.trends import recent_logs

CURRICULUM = load_curriculum(paths.shipped_curriculum_dir())
_plain_record = bench_store.make_record


def tally(rng: random.Random, levels: int) -> list[int]:
    return [rng.randrange(4) for _ in range(levels)]


def session_record(n: int, rng: random.Random) -> Record:
    """bench_store's record, with program-scale tallies on check-ins; every 4th a plan."""
    record = _plain_record(n, rng)
    program = CURRICULUM.program
    if n % 4 == 3:
        week = CURRICULUM.weeks[1 + n % 20]
        picked = rng.sample(week.activities, 3)
        return Plan(
            week=week.week,
            date=record.date,
            session_minutes=120,
            items=[PlanItem(activity=a.id, minutes=a.minutes) for a in picked],
        )
    if isinstance(record, CheckIn):
        scales = {kind: program.scales_of(kind) for kind in ("opening", "closing", "feedback")}
        return CheckIn(
            week=record.week,
            date=record.date,
            attendance=record.attendance,
            opening={s.id: tally(rng, len(s.levels)) for s in scales["opening"]},
            closing={s.id: tally(rng, len(s.levels)) for s in scales["closing"]},
            feedback={s.id: tally(rng, len(s.levels)) for s in scales["feedback"]},
            themes=record.themes,
        )
    return record


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:7.1f} ms"


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def trends_of(store: Store) -> Any:
    """What the trends screen's worker does (latest cycle)."""
    both = recent_logs(store)
    if not both:
        both = [r for r in store.records("checkin") if isinstance(r, CheckIn)]
        both += [r for r in store.records("plan") if isinstance(r, Plan)]
    both = latest_cycle(both)
    return weekly_trends(
        [r for r in both if isinstance(r, CheckIn)],
        [r for r in both if isinstance(r, Plan)],
        CURRICULUM.program,
        CURRICULUM.weeks,
        CURRICULUM.week_numbers,
    )


def trends_all_of(store: Store) -> Any:
    """Trends over all history (the 'a' key)."""
    return weekly_trends(
        [r for r in store.records("checkin") if isinstance(r, CheckIn)],
        [r for r in store.records("plan") if isinstance(r, Plan)],
        CURRICULUM.program,
        CURRICULUM.weeks,
        CURRICULUM.week_numbers,
    )


def member_check_of(store: Store) -> Any:
    """What the member-check screen's worker does."""
    return last_session(*newest_logs(store))


def bench_core(root: Path, rounds: int) -> None:
    """Each figure on a freshly opened store, so it pays for reading history itself."""
    jobs: dict[str, Callable[[Store], Any]] = {
        "history page 1": lambda s: (
            newest_page(s, "", 18, dt.date.today()) or s.history(None, 0, 18)
        ),
        "search all": lambda s: s.search("boundaries trust"),
        "trends (latest cycle)": trends_of,
        "trends (all history)": trends_all_of,
        "member check": member_check_of,
    }
    samples: dict[str, list[float]] = {name: [] for name in ["open", *jobs, "history page 2"]}
    for _ in range(rounds):
        for name, job in jobs.items():
            took, store = timed(lambda: Store.open(root))
            samples["open"].append(took)
            samples[name].append(timed(lambda s=store, j=job: j(s))[0])  # type: ignore[misc]
            if name == "history page 1":
                samples["history page 2"].append(timed(lambda s=store: s.history(None, 1, 18))[0])
            store.close()
    budgets = {"open": "≤ 50 ms", "search all": "≤ 100 ms"}
    print("core (what the screens' workers do), each on a freshly opened store:")
    for name, values in samples.items():
        note = f"   (budget {budgets[name]})" if name in budgets else ""
        print(f"  {name:<24} median {median_ms(values)}{note}")


async def _screen_ready(root: Path, which: str) -> float:
    from biy_tui.ui.app import build_app
    from biy_tui.ui.screens.history import HistoryScreen
    from biy_tui.ui.screens.trends import TrendsScreen

    app = build_app(CURRICULUM, data_dir=root)
    async with app.run_test(size=(120, 40)) as pilot:
        while app.store is None:
            await pilot.pause(0.01)
        await app.workers.wait_for_complete()
        await pilot.pause()
        start = time.perf_counter()
        if which == "floor":
            from textual.screen import Screen
            from textual.widgets import Footer, Header, Static

            class Floor(Screen[None]):
                def compose(self) -> Any:
                    yield Header()
                    yield Static("hello")
                    yield Footer()

            app.push_screen(Floor())
        elif which == "history":
            screen: Any = HistoryScreen()
            app.push_screen(screen)
            while screen.listing is None:
                await asyncio.sleep(0.001)
        else:
            screen = TrendsScreen()
            app.push_screen(screen)
            while screen.trends is None:
                await asyncio.sleep(0.001)
        await pilot.pause()  # one refresh: the page or the charts are drawn
        return time.perf_counter() - start


def bench_screens(root: Path, rounds: int) -> None:
    """Alternate floor, history, trends; report medians and ratios to the floor."""
    print("screens (headless app, 120x40, push → first page / charts drawn):")
    order = ("floor", "history", "trends")
    samples: dict[str, list[float]] = {which: [] for which in order}
    for _ in range(rounds):
        for which in order:
            samples[which].append(asyncio.run(_screen_ready(root, which)))
    floor = samples["floor"]
    for which in order:
        ratios = [t / f for t, f in zip(samples[which], floor, strict=True)]
        ratio = "" if which == "floor" else f"   {statistics.median(ratios):.2f}x the floor"
        label = "floor (Header+Static)" if which == "floor" else which
        print(f"  {label:<24} median {median_ms(samples[which])}{ratio}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--plain", action="store_true", help="bench_store's records as they are")
    args = parser.parse_args(argv)
    if not args.plain:
        bench_store.make_record = session_record
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        start = time.perf_counter()
        bench_store.build(root, args.records)
        print(f"built {args.records} records in {time.perf_counter() - start:.1f} s")
        with Store.open(root) as store:
            print(f"  {store.counts()}")
        bench_core(root, args.rounds)
        bench_screens(root, max(3, args.rounds // 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

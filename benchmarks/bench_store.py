"""Store benchmark: durable save, open, search, and a kill -9 loop (see budgets.md).

Run with ``uv run python benchmarks/bench_store.py [--kills N] [--pairs N]``.

* save: a durable save (temp file, fsync, replace, folder fsync) into a store of
  1 000 records (A) and of 20 000 records (B), alternating A, B, A, B …; prints
  the median of the pair ratios B/A (budget ≤ 1.5×) and B's median (≤ 25 ms).
  Stock TinyDB (in-place JSON, whole file) is timed alongside for orientation.
* open: opening a 20 000-record store (≤ 50 ms; history is read lazily).
* search: the first search after open, which parses all history (≤ 100 ms),
  and a repeated search.
* kill loop: a forked writer is SIGKILLed at random moments N times (default
  1 000); prints unreadable stores, lost acknowledged records, leftover temp files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from biy_tui.core.privacy.reviewed import mark_reviewed
from biy_tui.core.store import (
    Attendance,
    CheckIn,
    Debrief,
    Record,
    SelfCare,
    Store,
    importing,
    review,
)
from biy_tui.core.store.atomic import TEMP_PATTERN
from biy_tui.core.store.records import kind_of

TODAY = dt.date(2026, 11, 25)
WORDS = [
    *("circle", "grounding", "collage", "breath", "safety"),
    *("hope", "boundaries", "trust", "voice", "rest"),
]


def make_record(n: int, rng: random.Random) -> Record:
    """A realistic small record dated somewhere in the last seven years."""
    day = TODAY - dt.timedelta(days=rng.randrange(7 * 365))
    text = mark_reviewed(" ".join(rng.choice(WORDS) for _ in range(rng.randrange(8, 40))))
    kind = n % 3
    if kind == 0:
        return Debrief(
            week=1 + n % 20, date=day, what_worked=text, follow_ups=mark_reviewed(text[:40])
        )
    if kind == 1:
        return CheckIn(
            week=1 + n % 20,
            date=day,
            attendance=Attendance(present=rng.randrange(20, 25), first_time=rng.randrange(3)),
            opening={"mood": [rng.randrange(5) for _ in range(5)]},
            closing={"mood": [rng.randrange(5) for _ in range(5)]},
            themes=["shame", "self-esteem"],
        )
    return SelfCare(date=day, energy=rng.randrange(11), stress=rng.randrange(11), my_plan=text)


def build(root: Path, count: int) -> None:
    """Fill a store with ``count`` records (bulk import, then one open to settle)."""
    rng = random.Random(count)
    records = [make_record(n, rng) for n in range(count)]
    prepared = []
    now = dt.datetime.now(dt.UTC)
    with Store.open(root) as store:
        for record in records:  # review + validation as a save does, without the disk
            new_file = store._new_name(kind_of(record), record.date.year)
            prepared.append(review.prepare(record, None, lambda f=new_file: f, now))  # type: ignore[misc]
            name = store._name_of(prepared[-1].id)
            assert name is not None
            store._part_for(name).count += 1
    with Store.open(root) as store:
        importing.import_records(store, prepared)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def bench_save(small: Path, big: Path, pairs: int) -> None:
    rng = random.Random(1)
    a_times: list[float] = []
    b_times: list[float] = []
    with Store.open(small) as a, Store.open(big) as b:
        for store in (a, b):  # warm up: first save of the session also parses its file
            store.save_debrief(Debrief(week=1, date=TODAY, what_worked=mark_reviewed("warm")))
        for n in range(pairs):
            for store, times in ((a, a_times), (b, b_times)):
                record = Debrief(week=1 + n % 20, date=TODAY, what_worked=mark_reviewed("ok"))
                record = make_record(3 * n, rng) if n % 2 else record
                times.append(timed(lambda s=store, r=record: s.save(r)))  # type: ignore[misc]
    ratios = [b_t / a_t for a_t, b_t in zip(a_times, b_times, strict=True)]
    ratio = statistics.median(ratios)
    print(f"save @ 1 000 records   median {median_ms(a_times):7.2f} ms")
    print(f"save @ 20 000 records  median {median_ms(b_times):7.2f} ms   (budget ≤ 25 ms)")
    verdict = "ok" if ratio <= 1.5 and median_ms(b_times) <= 25 else "OVER BUDGET"
    print(
        f"save ratio 20k/1k      median of {pairs} pairs {ratio:5.2f}x (budget ≤ 1.5x)  {verdict}"
    )


def bench_stock_tinydb(count: int, pairs: int) -> None:
    """The floor from budgets.md: stock TinyDB, one JSON file, in-place writes."""
    from tinydb import TinyDB

    with tempfile.TemporaryDirectory() as tmp:
        db = TinyDB(Path(tmp) / "db.json")
        rng = random.Random(2)

        db.insert_multiple(
            {"n": n, "text": " ".join(rng.choice(WORDS) for _ in range(30))} for n in range(count)
        )
        times = [timed(lambda: db.insert({"x": 1})) for _ in range(max(3, pairs // 3))]
        db.close()
    print(
        f"stock TinyDB insert @ {count} (not durable, for orientation) {median_ms(times):7.1f} ms"
    )


def bench_open_search(big: Path, rounds: int) -> None:
    opens: list[float] = []
    firsts: list[float] = []
    warms: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        store = Store.open(big)
        opens.append(time.perf_counter() - start)
        firsts.append(timed(lambda s=store: s.search("boundaries trust")))  # type: ignore[misc]
        warms.append(timed(lambda s=store: s.search("collage breath")))  # type: ignore[misc]
        store.close()
    print(f"open @ 20 000 records  median {median_ms(opens):7.2f} ms   (budget ≤ 50 ms)")
    print(f"search, first (parses all history) median {median_ms(firsts):7.2f} ms   (≤ 100 ms)")
    print(f"search, again          median {median_ms(warms):7.2f} ms")


def _writer(root: Path, acks: Path, seed: int) -> None:
    code = 0
    try:
        rng = random.Random(seed)
        fd = os.open(acks, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with Store.open(root, lock_timeout=5) as store:
            n = 0
            while True:
                n += 1
                saved = store.save(make_record(n, rng))
                os.write(fd, f"{saved.id}\n".encode())
                if n % 4 == 0:
                    store.save_draft("debrief:new", {"what_worked": f"typing {n}"})
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def bench_kills(kills: int) -> int:
    if not hasattr(os, "fork"):
        print("kill loop: skipped (needs fork)")
        return 0
    unreadable = lost = leftovers = 0
    with tempfile.TemporaryDirectory() as tmp:
        root, acks = Path(tmp) / "data", Path(tmp) / "acks"
        Store.open(root).close()
        rng = random.Random(3)
        start = time.perf_counter()
        for _ in range(kills):
            pid = os.fork()
            if pid == 0:  # pragma: no cover
                _writer(root, acks, rng.randrange(1 << 30))
            time.sleep(rng.uniform(0, 0.03))
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            try:
                with Store.open(root) as store:
                    if any(n.quarantined for n in store.notices):
                        unreadable += 1
                    leftovers += sum(1 for p in root.rglob("*") if TEMP_PATTERN.match(p.name))
                    stored = {r.id for r in store.records()}
            except Exception:
                unreadable += 1
                continue
            acked = {line.decode() for line in acks.read_bytes().split(b"\n")[:-1]}
            lost += len(acked - stored)
        elapsed = time.perf_counter() - start
        print(
            f"kill -9 loop: {kills} runs, {len(acked)} acknowledged records, {elapsed:.1f} s: "
            f"{unreadable} unreadable stores, {lost} lost acknowledged records, "
            f"{leftovers} temp files left after the next open"
        )
    return unreadable + lost + leftovers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000, help="kill -9 runs (default 1000)")
    parser.add_argument("--pairs", type=int, default=30, help="A/B save pairs (default 30)")
    parser.add_argument("--rounds", type=int, default=10, help="open/search rounds")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        small, big = Path(tmp) / "small", Path(tmp) / "big"
        start = time.perf_counter()
        build(small, 1_000)
        build(big, 20_000)
        size = sum(p.stat().st_size for p in big.glob("*.json")) / 1e6
        files = len(list(big.glob("*.json")))
        print(f"built stores in {time.perf_counter() - start:.1f} s ({files} files, {size:.1f} MB)")
        bench_save(small, big, args.pairs)
        bench_open_search(big, args.rounds)
        shutil.rmtree(small)
    bench_stock_tinydb(20_000, args.pairs)
    failures = bench_kills(args.kills) if args.kills > 0 else 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

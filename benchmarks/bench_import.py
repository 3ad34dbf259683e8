"""Import and recovery benchmark: 20 000 records in, kill -9 at every swap, doctor on damage.

Run with ``uv run python benchmarks/bench_import.py [--records N] [--kill-step N]``.

* import: an export of N records (default 20 000) is validated, checked by the
  privacy guard and written through the journal into an empty store; prints
  each stage's time and the whole.
* kill loop: the same import is run in a forked child that SIGKILLs itself at
  its k-th ``os.replace`` (every swap of the journal and of READY), for every k
  (or every ``--kill-step``-th); after each kill the store is opened read-only
  (any command finishes or undoes an import) and must hold all N records or
  none. Prints kills, completions, partial imports (must be 0) and leftovers.
* doctor on damage: one bit flipped in the middle of every data file of an
  N-record store that has backups (some records saved twice), then
  ``run_doctor``; prints records before, after, salvaged and lost.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import build

from biy_tui.core import privacy
from biy_tui.core.privacy.reviewed import mark_reviewed
from biy_tui.core.store import Store, exchange, importing
from biy_tui.core.store.doctor import run_doctor
from biy_tui.core.store.journal import IMPORTING


def export_of(count: int, tmp: Path) -> bytes:
    src = tmp / "src"
    build(src, count)
    with Store.open(src, read_only=True) as store:
        data, _n = exchange.export_json(store)
    shutil.rmtree(src)
    return data


def bench_import(data: bytes, tmp: Path) -> list[Any]:
    start = time.perf_counter()
    records = exchange.validate(data, "export.json")
    checked = time.perf_counter()
    found = exchange.findings(records, privacy.find)
    guarded = time.perf_counter()
    with Store.open(tmp / "into") as store:
        result = importing.import_records(store, records)
    done = time.perf_counter()
    print(
        f"import {len(records)} records ({len(data) / 1e6:.1f} MB): validate "
        f"{checked - start:.2f} s, guard {guarded - checked:.2f} s "
        f"({sum(s for s, _r in found.values())} findings), write {done - guarded:.2f} s, "
        f"total {done - start:.2f} s; {result.added} added"
    )
    shutil.rmtree(tmp / "into")
    return records


def _child(root: Path, records: list[Any], k: int) -> None:
    real = os.replace
    calls = [0]

    def replace(*args: Any, **kwargs: Any) -> None:
        calls[0] += 1
        if calls[0] == k:
            os.kill(os.getpid(), signal.SIGKILL)
        real(*args, **kwargs)

    os.replace = replace  # type: ignore[assignment]
    code = 0
    try:
        with Store.open(root) as store:
            importing.import_records(store, records)
    except BaseException:
        code = 3
    os._exit(code)


def bench_kills(records: list[Any], tmp: Path, step: int) -> int:
    if not hasattr(os, "fork"):
        print("kill loop: skipped (needs fork)")
        return 0
    total = len(records)
    kills = completions = partial = leftovers = 0
    k = 0
    start = time.perf_counter()
    while True:
        k += step
        root = tmp / "kill"
        Store.open(root).close()
        pid = os.fork()
        if pid == 0:  # pragma: no cover
            _child(root, records, k)
        _pid, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status)
        with Store.open(root, read_only=True) as viewer:
            n = sum(viewer.counts()[kind] for kind in ("plan", "checkin", "debrief", "selfcare"))
        leftovers += (root / IMPORTING).exists()
        partial += n not in (0, total)
        shutil.rmtree(root)
        if not killed:
            break
        kills += 1
        completions += n == total
    print(
        f"kill -9 at swap k = {step}, {2 * step}, … of a {total}-record import: "
        f"{kills} kills ({completions} finished by the next command, {kills - completions} "
        f"undone), {partial} partial imports, {leftovers} journals left, "
        f"{time.perf_counter() - start:.1f} s"
    )
    return partial + leftovers


def bench_doctor(records: list[Any], tmp: Path) -> int:
    root = tmp / "damaged"
    with Store.open(root) as store:
        importing.import_records(store, records)
        rng = random.Random(5)
        for rec in rng.sample(store.records("debrief"), 200):  # give files backups
            store.save(msgspec.structs.replace(rec, what_worked=mark_reviewed("edited")))
    before = {r.id for r in Store.open(root, read_only=True).records()}
    files = sorted(root.glob("*-*.json"))
    for path in files:
        raw = bytearray(path.read_bytes())
        raw[len(raw) // 2] ^= 0x01
        path.write_bytes(bytes(raw))
    start = time.perf_counter()
    report = run_doctor(root, None)
    elapsed = time.perf_counter() - start
    with Store.open(root) as store:
        after = {r.id for r in store.records()}
    lost = len(before - after)
    print(
        f"doctor on {len(files)} damaged files ({len(before)} records): {elapsed:.2f} s, "
        f"{len(before & after)} records recovered, {lost} lost, "
        f"{report.problems} problems reported, exit would be "
        f"{1 if report.problems else 2 if report.repaired else 0}"
    )
    shutil.rmtree(root)
    return lost


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--kill-step", type=int, default=1, help="kill at every Nth swap")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        data = export_of(args.records, tmp)
        records = bench_import(data, tmp)
        failures = bench_kills(records, tmp, args.kill_step)
        bench_doctor(records, tmp)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

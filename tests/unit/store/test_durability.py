"""Crash safety: SIGKILL at random moments, and disk errors at every step of a save."""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pytest

from biy_tui.core.privacy.reviewed import mark_reviewed
from biy_tui.core.store import Store, StoreError, StoreWriteFailed
from biy_tui.core.store.atomic import TEMP_PATTERN
from tests.unit.store.conftest import DAY, check_in, debrief

KILLS = 200


def temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if TEMP_PATTERN.match(p.name)]


def _writer(root: Path, acks: Path, seed: int) -> None:
    """Run in a forked child: save records forever, acknowledging each one."""
    code = 0
    try:
        rng = random.Random(seed)
        fd = os.open(acks, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with Store.open(root, lock_timeout=5) as store:
            n = 0
            while True:
                n += 1
                day = DAY.replace(year=2025 + rng.randrange(2))
                record = debrief(n, day=day) if n % 3 else check_in(n, day=day)
                saved = store.save(record)
                os.write(fd, f"{saved.id}\n".encode())
                if n % 4 == 0:
                    store.save_draft(f"debrief:{seed}", {"what_worked": f"typing {n}"})
    except BaseException:
        code = 1
    finally:
        os._exit(code)


# The kill loop shares one xdist worker with the other real processes (tests/conftest.py);
# the fault-injection tests below run in-process and go to any worker.
@pytest.mark.serial
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_kill_9_while_writing_loses_nothing(data_dir: Path, tmp_path: Path) -> None:
    """SIGKILL a writer KILLS times: the store opens, every acknowledged record is there."""
    acks = tmp_path / "acks"
    rng = random.Random(20261125)
    with Store.open(data_dir):
        pass  # the folder and manifest exist before the first kill
    started = time.perf_counter()
    for run in range(KILLS):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            _writer(data_dir, acks, run)
        # Kill at a random moment after the writer is really writing: on a loaded machine
        # a fixed sleep could kill it before its first save, and then the run tests nothing.
        before = acks.stat().st_size if acks.exists() else 0
        deadline = time.monotonic() + 20
        while (acks.stat().st_size if acks.exists() else 0) <= before:
            if time.monotonic() > deadline:
                break
            time.sleep(0.001)
        time.sleep(rng.uniform(0.0, 0.025))
        os.kill(pid, signal.SIGKILL)
        _pid, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status), f"run {run}: the writer stopped by itself"
        with Store.open(data_dir) as store:
            assert not temp_files(data_dir), f"run {run}: a temporary file was left"
            assert not [n for n in store.notices if n.quarantined], f"run {run}: {store.notices}"
            stored = {r.id for r in store.records()}
            lines = acks.read_bytes().split(b"\n")[:-1]  # a cut-off last line was never acked
            acked = {line.decode() for line in lines}
            missing = acked - stored
            assert not missing, f"run {run}: {len(missing)} acknowledged record(s) lost"
    assert len(acked) > KILLS, "the writer hardly ever got to save"
    print(f"{KILLS} kills, {len(acked)} acknowledged records, {time.perf_counter() - started:.1f}s")


# --- fault injection -------------------------------------------------------------

FUNCS = ("open", "write", "fsync", "replace")
ERRNOS = (errno.ENOSPC, errno.EIO, errno.EACCES)


class Faults:
    """Counts calls to one ``os`` function and fails from the k-th call on."""

    def __init__(
        self,
        monkeypatch: pytest.MonkeyPatch,
        name: str,
        fail_at: int,
        err: int,
        *,
        once: bool = False,
    ) -> None:
        self.calls = 0
        real: Callable[..., Any] = getattr(os, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if fail_at and (self.calls == fail_at or (not once and self.calls > fail_at)):
                raise OSError(err, os.strerror(err))
            return real(*args, **kwargs)

        monkeypatch.setattr(os, name, wrapper)


def _base_store(root: Path) -> None:
    with Store.open(root) as store:
        store.save_debrief(debrief(1))
        store.save_debrief(debrief(2))
        store.save_draft("debrief:new", {"what_worked": "typing"})


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in root.glob("*.json")}


def _edit(store: Store) -> object:
    first = store.records("debrief")[-1]
    return store.save(msgspec.structs.replace(first, what_worked=mark_reviewed("taken out")))


def _delete(store: Store) -> object:
    return store.delete(store.records("debrief")[-1].id)


SAVES: dict[str, Callable[[Store], object]] = {
    "existing file": lambda s: s.save_debrief(debrief(3)),
    "edit (backups rewritten)": _edit,
    "delete (backups rewritten)": _delete,
    "discard draft": lambda s: s.discard_draft("debrief:new"),
    "new file": lambda s: s.save_check_in(check_in(3)),
    "draft": lambda s: s.save_draft("debrief:new", {"what_worked": "typing more"}),
}


@pytest.mark.parametrize("save", list(SAVES))
@pytest.mark.parametrize("func", FUNCS)
def test_disk_errors_at_every_step_change_nothing(
    save: str, func: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = tmp_path / "base"
    _base_store(base)
    probe = tmp_path / "probe"
    shutil.copytree(base, probe)
    with Store.open(probe) as store, monkeypatch.context() as patch:
        counter = Faults(patch, func, 0, 0)
        SAVES[save](store)
    total = counter.calls
    assert total >= 1, f"a save never calls os.{func}"
    failures = 0
    for err in ERRNOS:
        for once in (False, True):
            for k in range(1, total + 1):
                root = tmp_path / f"{err}-{once}-{k}"
                shutil.copytree(base, root)
                with Store.open(root) as store:
                    before_records = store.records()
                    before_drafts = store.drafts()
                    before_files = _snapshot(root)
                    with monkeypatch.context() as patch:
                        Faults(patch, func, k, err, once=once)
                        try:
                            SAVES[save](store)
                        except StoreWriteFailed as exc:
                            failures += 1
                            text = str(exc)
                            assert os.strerror(err) in text and "\n" not in text
                            assert "typing" not in text and "circle" not in text
                            failed = True
                        else:
                            failed = False
                    if failed:  # memory and disk both still hold the old state
                        assert store.records() == before_records
                        assert store.drafts() == before_drafts
                        assert _snapshot(root) == before_files
                    assert not temp_files(root)
                with Store.open(root) as again:
                    assert again.notices == []
                    if failed:
                        assert again.records() == before_records
                        assert again.drafts() == before_drafts
    assert failures >= len(ERRNOS), "no injected error reached the caller"


@pytest.mark.parametrize("func", FUNCS)
def test_disk_errors_at_every_step_of_an_import(
    func: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the commit point nothing changes; after it, the next open finishes the import."""
    from biy_tui.core.store import exchange, importing
    from biy_tui.core.store.errors import FileRefused, ImportUnfinished

    src = tmp_path / "src"
    with Store.open(src) as store:
        old = store.save_debrief(debrief(7, day=DAY.replace(year=2025)))
        store.save_check_in(check_in(7))
        data, _n = exchange.export_json(store)
        base = tmp_path / "base"
        _base_store(base)
        with Store.open(base) as into:
            importing.import_records(into, exchange.validate(data, "x"))
        new = store.save(msgspec.structs.replace(old, what_worked=mark_reviewed("changed")))
        store.save_debrief(debrief(8))
        data, _n = exchange.export_json(store)
    records = exchange.validate(data, "x")  # one update, one skip, one new record
    probe = tmp_path / "probe"
    shutil.copytree(base, probe)
    with Store.open(probe) as store, monkeypatch.context() as patch:
        counter = Faults(patch, func, 0, 0)
        importing.import_records(store, records)
    total = counter.calls
    outcomes = {"unchanged": 0, "finished later": 0, "done": 0}
    for err in ERRNOS:
        for k in range(1, total + 1):
            root = tmp_path / f"{err}-{k}"
            shutil.copytree(base, root)
            before = _snapshot(root)
            with Store.open(root) as store, monkeypatch.context() as patch:
                Faults(patch, func, k, err, once=True)
                try:
                    importing.import_records(store, records)
                    outcome = "done"
                except (StoreWriteFailed, FileRefused) as exc:  # a write, or reading a file back
                    assert "\n" not in str(exc) and "typing" not in str(exc)
                    outcome = "unchanged"
                except ImportUnfinished:
                    outcome = "finished later"
            outcomes[outcome] += 1
            if outcome == "unchanged":
                assert _snapshot(root) == before
            with Store.open(root) as again:
                n = len(again.records())
                assert n == (4 if outcome == "unchanged" else 5), (func, err, k, outcome)
                text = again.get(new.id).what_worked  # type: ignore[union-attr]
                assert (text == "changed") == (outcome != "unchanged")
                told = [str(n) for n in again.notices]
                assert told == [] or (outcome == "finished later" and "interrupted" in told[0])
            assert not temp_files(root)
    assert outcomes["unchanged"] >= 1


@pytest.mark.parametrize("err", ERRNOS)
def test_errors_while_opening_are_never_taken_for_damage(
    err: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """EACCES (or EIO, ENOSPC) at the k-th open of every file while opening: nothing moves."""
    base = tmp_path / "base"
    _base_store(base)
    with Store.open(base) as store:
        store.save_debrief(debrief(5))  # the debrief file has backups now
    with monkeypatch.context() as patch:
        counter = _OpenFaults(patch, 0, 0)
        Store.open(base).close()
    refused = 0
    for k in range(1, counter.calls + 1):
        root = tmp_path / f"k{k}"
        shutil.copytree(base, root)
        before = _snapshot(root)
        backups = sorted(p.name for p in (root / "backups").iterdir())
        with monkeypatch.context() as patch:
            _OpenFaults(patch, k, err)
            try:
                Store.open(root).close()
            except StoreError as exc:
                refused += 1
                assert "\n" not in str(exc) and "typing" not in str(exc)
        assert _snapshot(root) == before, k
        assert sorted(p.name for p in (root / "backups").iterdir()) == backups, k
        assert not (root / "quarantine").exists(), f"open {k}: an error was taken for damage"
        with Store.open(root) as again:
            assert len(again.records()) == 3 and again.notices == []
    assert refused >= 1


class _OpenFaults:
    """Fail the k-th file open, whether through ``os.open`` or the built-in ``open``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail_at: int, err: int) -> None:
        import builtins

        self.calls = 0
        real_os: Callable[..., Any] = os.open
        real_builtin: Callable[..., Any] = builtins.open

        def count() -> None:
            self.calls += 1
            if fail_at and self.calls == fail_at:
                raise OSError(err, os.strerror(err))

        def os_open(*args: Any, **kwargs: Any) -> Any:
            count()
            return real_os(*args, **kwargs)

        def builtin_open(*args: Any, **kwargs: Any) -> Any:
            count()
            return real_builtin(*args, **kwargs)

        monkeypatch.setattr(os, "open", os_open)
        monkeypatch.setattr(builtins, "open", builtin_open)

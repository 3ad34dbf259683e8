"""kill -9 between every file swap of an import, an encrypt, a decrypt: all or nothing."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from biy_tui.core.store import Store, StoreError, crypto, exchange, importing
from biy_tui.core.store.convert import change_encryption
from biy_tui.core.store.folder import STAGING
from biy_tui.core.store.journal import IMPORTING
from tests.unit.store.conftest import DAY, check_in, debrief

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
CANARY = b"circle felt warm"


def killed_at(k: int, action: Callable[[], object], func: str = "replace") -> bool:
    """Run ``action`` in a forked child that SIGKILLs itself at its k-th ``os.<func>`` call.

    Returns True when the child was killed, False when the action finished first.
    """
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        try:
            crypto.SCRYPT_N = 2**10
            real: Callable[..., Any] = getattr(os, func)
            calls = [0]

            def wrapper(*args: Any, **kwargs: Any) -> Any:
                calls[0] += 1
                if calls[0] == k:
                    os.kill(os.getpid(), signal.SIGKILL)
                return real(*args, **kwargs)

            setattr(os, func, wrapper)
            action()
        except BaseException:
            os._exit(3)
        os._exit(0)
    _pid, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return True
    assert os.WEXITSTATUS(status) == 0, "the action failed by itself"
    return False


def _import_file(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    with Store.open(src) as store:
        for n in range(6):  # three files: two years of debriefs and a check-in file
            store.save_debrief(debrief(n, day=DAY.replace(year=2024 + n % 2)))
        store.save_check_in(check_in(1))
        data, _count = exchange.export_json(store)
    out = tmp_path / "export.json"
    out.write_bytes(data)
    return out


def _base(root: Path) -> None:
    with Store.open(root) as store:
        store.save_debrief(debrief(99))


@pytest.mark.parametrize("func", ["replace", "fsync"])
def test_import_is_all_or_nothing_under_kill_at_every_swap(tmp_path: Path, func: str) -> None:
    export = _import_file(tmp_path)
    base = tmp_path / "base"
    _base(base)
    records = exchange.validate(export.read_bytes(), str(export))

    def do_import(root: Path) -> Callable[[], object]:
        def action() -> None:
            with Store.open(root) as store:
                importing.import_records(store, records)

        return action

    k, kills, completions, finished_told = 0, 0, 0, 0
    while True:
        k += 1
        root = tmp_path / f"run-{k}"
        shutil.copytree(base, root)
        was_killed = killed_at(k, do_import(root), func)
        with Store.open(root, read_only=True) as viewer:  # any command finishes or undoes it
            counts = viewer.counts()
            told = any("interrupted" in str(n) for n in viewer.notices)
            finished_told += told
        assert not (root / IMPORTING).exists(), f"kill {k}: the journal was left"
        total = counts["debrief"] + counts["checkin"]
        assert total in (1, 8), f"kill {k}: {total} records, a partial import"
        with Store.open(root) as store:
            assert store.notices == []  # the read-only look already finished it
        if was_killed:
            kills += 1
            completions += total == 8
            assert not told or total == 8  # "finished" only when it really was
        else:
            assert total == 8
            break
        shutil.rmtree(root)
    assert kills >= 4, "the import never reached its swaps"
    assert finished_told >= 1
    assert completions >= 1 and kills - completions >= 1  # both sides of the commit point seen


def _holds_plain(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and CANARY in p.read_bytes()]


@pytest.mark.parametrize("func", ["replace", "fsync"])
@pytest.mark.parametrize("direction", ["encrypt", "decrypt", "passphrase"])
def test_conversion_kill_at_every_swap_leaves_no_plaintext_in_a_locked_store(
    tmp_path: Path, direction: str, func: str
) -> None:
    base = tmp_path / "base"
    with Store.open(base) as store:
        for n in range(3):
            store.save_debrief(debrief(n))
        store.save_draft("debrief:x", {"what_worked": CANARY.decode()})
        store.save_check_in(check_in(1))
    if direction != "encrypt":
        change_encryption(base, None, "old pass")
    steps: dict[str, tuple[str | None, str | None]] = {
        "encrypt": (None, "new pass"),
        "decrypt": ("old pass", None),
        "passphrase": ("old pass", "new pass"),
    }
    old, new = steps[direction]
    k = 0
    while True:
        k += 1
        root = tmp_path / f"run-{k}"
        shutil.copytree(base, root)
        was_killed = killed_at(k, lambda r=root: change_encryption(r, old, new), func)
        needs = _needs_passphrase(root)
        if needs:  # a store that needs the passphrase holds no plaintext, ever
            leaks = [p for p in _holds_plain(root) if p.parent.name != "quarantine"]
            assert not leaks, f"kill {k}: plaintext in {leaks}"
        with contextlib.suppress(StoreError):  # a read-only look (an export) cleans up too
            Store.open(root, read_only=True).close()
        assert not (root / STAGING).exists(), f"kill {k}: a read-only command left leftovers"
        opened = _open_any(root, old, new)
        with opened:
            assert opened.counts()["debrief"] == 3 and opened.counts()["drafts"] == 1
        assert not (root / STAGING).exists(), f"kill {k}: leftovers"
        if not was_killed:
            break
        shutil.rmtree(root)
    assert k >= 3


def _needs_passphrase(root: Path) -> bool:
    """Looked at before any open (an open would already clean up): is the manifest sealed?

    biy decides from the manifest whether a store needs the passphrase; encrypting
    seals it last, decrypting opens it first.
    """
    return (root / "store.json").read_bytes().startswith(crypto.MAGIC)


def _open_any(root: Path, old: str | None, new: str | None) -> Store:
    from biy_tui.core.store import StoreError

    for phrase in (None, new, old):
        try:
            return Store.open(root, phrase)
        except StoreError:
            continue
    raise AssertionError("the store opens with neither passphrase")

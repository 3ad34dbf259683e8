"""Owner-only files whatever the umask, and one writer at a time."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from biy_tui.__main__ import run
from biy_tui.core.store import Store, StoreLocked, folder
from tests.unit.store.conftest import debrief


@pytest.fixture(params=[0o000, 0o022], ids=["umask-000", "umask-022"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_every_file_and_folder_is_owner_only(umask: int, data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        for n in range(4):
            store.save_debrief(debrief(n))
        store.save_draft("debrief:new", {"what_worked": "typing"})
    (data_dir / "debrief-2026.json").write_bytes(b"damaged")  # makes a quarantine file
    with Store.open(data_dir) as store:
        assert store.notices
    seen = {"dirs": 0, "files": 0}
    for path in [data_dir, *data_dir.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        if path.is_dir():
            seen["dirs"] += 1
            assert mode == 0o700, (path, oct(mode))
        else:
            seen["files"] += 1
            assert mode == 0o600, (path, oct(mode))
    assert (data_dir / folder.BACKUPS).is_dir() and (data_dir / folder.QUARANTINE).is_dir()
    assert seen["files"] >= 6


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_loose_permissions_are_tightened_at_open(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.save_debrief(debrief())
    os.chmod(data_dir, 0o755)
    os.chmod(data_dir / "debrief-2026.json", 0o644)
    with Store.open(data_dir):
        pass
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "debrief-2026.json").stat().st_mode) == 0o600


HOLDER = textwrap.dedent(
    """
    import sys, time
    from biy_tui.core.store import Store
    store = Store.open(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.readline()
    store.close()
    """
)


@pytest.fixture
def other_biy(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """A second, real process that holds the data folder open."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    yield proc
    assert proc.stdin is not None
    proc.stdin.write("\n")
    proc.stdin.flush()
    proc.wait(timeout=10)


def test_second_writer_is_told_within_a_second(
    other_biy: subprocess.Popen[str], data_dir: Path
) -> None:
    started = time.perf_counter()
    with pytest.raises(StoreLocked) as caught:
        Store.open(data_dir)
    assert time.perf_counter() - started < 1.0
    text = str(caught.value)
    assert str(data_dir) in text and "read-only" in text and "\n" not in text
    before = sorted(p.name for p in data_dir.iterdir())
    with Store.open(data_dir, read_only=True) as viewer:  # looking is allowed
        assert viewer.records() == []
    assert sorted(p.name for p in data_dir.iterdir()) == before


def test_cli_says_so_when_another_biy_has_the_folder(
    other_biy: subprocess.Popen[str], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.perf_counter()
    code = run(["--data-dir", str(data_dir), "doctor"])
    assert time.perf_counter() - started < 1.5
    out = capsys.readouterr()
    assert code == 1 and "another biy window" in out.out + out.err
    assert "Traceback" not in out.out + out.err


def test_lock_is_released_on_close(data_dir: Path) -> None:
    Store.open(data_dir).close()
    with Store.open(data_dir, lock_timeout=0.1), pytest.raises(StoreLocked):
        Store.open(data_dir, lock_timeout=0.1)

"""Property tests for salvage: any damage, never a crash, never more records, the backup kept."""

from __future__ import annotations

from pathlib import Path

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from biy_tui.core.store import Store, salvage
from biy_tui.core.store.fileformat import decode
from tests.unit.store.conftest import check_in, debrief

NAME = "debrief-2026.json"


def _files(root: Path) -> tuple[bytes, bytes, int, set[str], set[str]]:
    with Store.open(root) as store:
        first = [store.save_debrief(debrief(n)).id for n in range(3)]
        store.save_check_in(check_in(1))
        last = store.save_debrief(debrief(9)).id
    raw = (root / NAME).read_bytes()
    [backup] = sorted((root / "backups").glob(f"{NAME}.*.bak"))[-1:]
    return raw, backup.read_bytes(), 4, set(first), {*first, last}


def _ids(payload: bytes) -> set[str]:
    docs = msgspec.json.decode(payload)["records"]
    return {doc["id"] for doc in docs.values()}


@settings(max_examples=150, deadline=None, derandomize=True)
@given(data=st.data())
def test_any_damage_keeps_at_least_the_backup(tmp_path_factory, data) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("s")
    raw, backup_raw, count, backup_ids, all_ids = _files(root)
    damaged = bytearray(raw)
    how = data.draw(st.sampled_from(["flip", "cut", "zero", "insert"]))
    at = data.draw(st.integers(0, len(raw) - 1))
    if how == "flip":
        damaged[at] ^= data.draw(st.integers(1, 255))
    elif how == "cut":
        damaged = damaged[:at]
    elif how == "zero":
        end = data.draw(st.integers(at, len(raw)))
        damaged[at:end] = bytes(end - at)
    else:
        damaged[at:at] = data.draw(st.binary(min_size=1, max_size=20))
    header, payload = decode(backup_raw, "debrief", None)
    got = salvage.salvage(NAME, "debrief", bytes(damaged), None, (header, payload))
    ids = _ids(got.payload)
    assert backup_ids <= ids  # the checksummed backup is never lost
    assert got.count == len(ids) <= count
    if got.lost is not None:
        assert got.count + got.lost >= min(count, got.count)
    assert got.from_damaged <= count
    assert ids <= all_ids or len(ids) <= count  # a flipped id may rename, never multiply

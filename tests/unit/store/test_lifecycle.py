"""Text she removed leaves no copy in the data folder: drafts, edits, deletions, backups."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from biy_tui.core.privacy.reviewed import mark_reviewed
from biy_tui.core.store import Store, lifecycle
from tests.unit.store.conftest import debrief

CANARY = "Zorblatt Quennick"


def _bytes_of(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in folder.rglob("*") if p.is_file()]


def _holding(folder: Path, word: str) -> list[Path]:
    needle = word.encode()
    return [p for p, raw in _bytes_of(folder) if needle in raw]


def test_saved_draft_leaves_no_copy(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.save_draft("debrief:1", {"what_worked": f"{CANARY} called 403-555-0199"})
        store.save_draft("debrief:1", {"what_worked": f"{CANARY} called 403-555-0199 again"})
        store.save_draft("debrief:2", {"what_worked": "other"})  # a backup would hold the canary
        store.save_debrief(debrief(1, text="[name] called [phone]"), draft_key="debrief:1")
    assert _holding(data_dir, CANARY) == []
    assert _holding(data_dir, "403-555-0199") == []


def test_discarded_draft_leaves_no_copy(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.save_draft("selfcare:1", {"my_plan": CANARY})
        store.save_draft("selfcare:1", {"my_plan": CANARY + " more"})
        store.discard_draft("selfcare:1")
        store.save_draft("selfcare:2", {"my_plan": "new text"})
    assert _holding(data_dir, CANARY) == []


def test_edited_record_keeps_no_old_text_in_backups(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        kept = store.save_debrief(debrief(2, text="we drew together"))
        saved = store.save_debrief(debrief(1, text=f"{CANARY} shared"))
        store.save_debrief(debrief(3))
        edited = msgspec.structs.replace(saved, what_worked=mark_reviewed("[name] shared"))
        store.save_debrief(edited)
        assert store.get(kept.id) == kept
    assert _holding(data_dir, CANARY) == []
    assert list((data_dir / "backups").glob("debrief-*.bak"))  # backups still protect
    with Store.open(data_dir) as again:
        assert again.counts()["debrief"] == 3


def test_deleted_record_keeps_no_copy_in_backups(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        gone = store.save_debrief(debrief(1, text=CANARY))
        store.save_debrief(debrief(2))
        assert store.delete(gone.id)
    assert _holding(data_dir, CANARY) == []


def test_a_crash_before_backups_were_rewritten_is_finished_at_open(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(data_dir) as store:
        saved = store.save_debrief(debrief(1, text=CANARY))
        store.save_debrief(debrief(2))
        with monkeypatch.context() as patched:
            patched.setattr(lifecycle, "scrub", lambda *a: (_ for _ in ()).throw(OSError(5, "x")))
            edited = store.save_debrief(
                msgspec.structs.replace(saved, what_worked=mark_reviewed("taken out"))
            )
            assert store.get(edited.id) == edited  # saved, although the backups wait
    assert _holding(data_dir, CANARY)  # the crash left it in a backup, marker still there
    assert (data_dir / lifecycle.PENDING).exists()
    with Store.open(data_dir, read_only=True):
        pass
    with Store.open(data_dir):
        pass
    assert _holding(data_dir, CANARY) == []
    assert not (data_dir / lifecycle.PENDING).exists()


def test_stale_drafts_are_offered_after_the_set_time(data_dir: Path) -> None:
    import datetime as dt

    from biy_tui.core.settings import load_settings
    from biy_tui.core.text.messages import DRAFTS_STALE

    with Store.open(data_dir) as store:
        draft = store.save_draft("debrief:1", {"what_worked": "typing"})
        later = draft.updated + dt.timedelta(days=15)
        assert [d.key for d in store.stale_drafts(14, now=later)] == ["debrief:1"]
        assert store.stale_drafts(14, now=draft.updated + dt.timedelta(days=13)) == []
        assert store.stale_drafts(0, now=later) == []  # 0: never ask
    assert load_settings(data_dir / "none.toml", {}).stale_draft_days == 14
    assert (
        load_settings(data_dir / "none.toml", {"BIY_STALE_DRAFT_DAYS": "3"}).stale_draft_days == 3
    )
    one = DRAFTS_STALE(n=1, days=14)
    assert one.startswith("One draft") and "(s)" not in one
    assert DRAFTS_STALE(n=2, days=14).startswith("2 drafts")

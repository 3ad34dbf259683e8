"""Canaries: what she removed is gone, byte for byte, from data, cache and config folders.

Canaries go through every path text can take: drafts as she types, a save after
redaction, an edit that takes a name out, a discarded draft, a deleted record,
an import with ``--redact``, and encrypt/decrypt (with changes made while the
store was encrypted). Then every file under BIY_HOME is searched, in every
encoding a JSON writer might use.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import msgspec
import pytest

from biy_tui.__main__ import run
from biy_tui.core import paths, privacy
from biy_tui.core.privacy.reviewed import mark_reviewed
from biy_tui.core.store import Debrief, Store, exchange
from tests.unit.store.conftest import DAY, debrief, self_care

REMOVED = {
    "draft": "Zofia Kowalczyk",
    "redacted": "587-555-0142",
    "edited": "Marisol Quennell",
    "discarded": "Birchmount Thistlewood",
    "deleted": "Yevgenia Oyelaran",
    "imported": "Philippa Drummondsen",
    "encrypted-edit": "Ottoline Varga",
    "encrypted-draft": "Saoirse Blathnaid",
}
KEPT = "she kept this sentence on purpose"


def _forms(word: str) -> list[bytes]:
    forms = [word.encode(), json.dumps(word).encode()[1:-1], word.encode("utf-16-le")]
    forms.extend(part.encode() for part in word.split() if len(part) > 6)
    return forms


def _everything(home: Path) -> list[tuple[Path, bytes]]:
    roots = {home, paths.data_dir(), paths.cache_dir(), paths.config_dir()}
    found: list[tuple[Path, bytes]] = []
    for root in roots:
        if root.exists():
            found.extend((p, p.read_bytes()) for p in root.rglob("*") if p.is_file())
    return found


def test_nothing_she_removed_is_left_anywhere(
    biy_home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = paths.data_dir()
    with Store.open(root) as store:
        # drafts as she types, then saved after redacting everything
        typed = f"{REMOVED['draft']} called {REMOVED['redacted']} after group"
        for n in range(1, len(typed), 7):
            store.save_draft("debrief:2026-11-25", {"what_worked": typed[:n]})
        store.save_draft("debrief:2026-11-25", {"what_worked": typed})
        store.save_draft("selfcare:today", {"my_plan": "rest"})  # another draft file write
        reviewed = privacy.redact_all(typed)
        store.save_debrief(
            Debrief(week=3, date=DAY, what_worked=reviewed, follow_ups=mark_reviewed(KEPT)),
            draft_key="debrief:2026-11-25",
        )
        # a saved record edited to take a name out
        saved = store.save_debrief(debrief(4, text=f"{REMOVED['edited']} shared"))
        store.save_debrief(debrief(5))
        store.save_debrief(
            msgspec.structs.replace(saved, what_worked=mark_reviewed("[name] shared"))
        )
        # a draft discarded
        store.save_draft("debrief:x", {"what_worked": REMOVED["discarded"]})
        store.save_draft("debrief:x", {"what_worked": REMOVED["discarded"] + " and more"})
        store.discard_draft("debrief:x")
        # a record deleted
        gone = store.save_self_care(self_care(1))
        gone = store.save_self_care(
            msgspec.structs.replace(gone, what_i_need=mark_reviewed(REMOVED["deleted"]))
        )
        store.save_self_care(self_care(2))
        store.delete(gone.id)
        store.save_draft("selfcare:today", {"my_plan": "rest more"})
    # an import with --redact
    with Store.open(root, read_only=True) as viewer:
        data, _n = exchange.export_json(viewer)
    body = json.loads(data)
    first = next(r for r in body["records"] if r["kind"] == "debrief")
    extra = dict(first, id="", what_worked=f"{REMOVED['imported']} came")
    body["records"] = [extra]
    source = tmp_path / "from-another-tool.json"
    source.write_text(json.dumps(body))
    assert run(["--data-dir", str(root), "import", str(source)]) == 1  # refused first
    assert run(["--data-dir", str(root), "import", "--redact", str(source)]) == 0
    os.unlink(source)  # her own file outside biy's folders
    # encrypt, change text while encrypted, then decrypt
    with Store.open(root) as store:
        target = store.save_debrief(debrief(6, text=f"{REMOVED['encrypted-edit']} joined"))
    monkeypatch.setenv("BIY_PASSPHRASE", "a long passphrase")
    assert run(["--data-dir", str(root), "encrypt"]) == 0
    with Store.open(root, "a long passphrase") as store:
        store.save_debrief(
            msgspec.structs.replace(target, what_worked=mark_reviewed("[name] joined"))
        )
        store.save_draft("debrief:y", {"what_worked": REMOVED["encrypted-draft"]})
        store.discard_draft("debrief:y")
    monkeypatch.setenv("BIY_PASSPHRASE", "a long passphrase")
    assert run(["--data-dir", str(root), "decrypt"]) == 0
    capsys.readouterr()

    files = _everything(biy_home)
    assert any(KEPT.encode() in raw for _p, raw in files)  # the search does see text
    for label, word in REMOVED.items():
        for form in _forms(word):
            leaks = [str(p) for p, raw in files if form in raw]
            assert not leaks, f"{label}: {form!r} is still in {leaks}"

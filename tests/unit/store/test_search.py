"""Search finds exactly what a plain scan of every record finds, whatever is cached.

``Store.search`` is a TinyDB query per file over casefolded text built once per
content; a file not parsed yet whose bytes cannot hold the words is skipped
without parsing. These tests compare it with the plain definition
(``search_text`` of every saved record) on fresh opens (nothing parsed), on a
store already read, encrypted or not, and after every kind of change.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import msgspec
import pytest

from biy_tui.core.privacy.reviewed import mark_reviewed
from biy_tui.core.store import (
    Debrief,
    Record,
    SelfCare,
    Store,
    fileformat,
    folder,
    importing,
    storage,
)
from biy_tui.core.store.convert import change_encryption
from biy_tui.core.store.partition import TextQuery
from biy_tui.core.store.records import search_text, sort_key
from tests.unit.store.conftest import DAY, check_in, debrief

PASSPHRASE = "a long passphrase here"

TEXTS = [
    "Été au parc, on a ri",
    "l'ete sans accent",
    "Straße und STRASSE",
    "Naïve art, COLLAGE day",
    'she said "enough" twice',
    "a back\\slash and a/b slash",
    "line one\nline two",
    "5 \u212a of rain",  # the Kelvin sign casefolds to "k"
    "ÇA VA BIEN, merci",
    "quiet evening",
]

NEEDLES = [
    "été",
    "ÉTÉ",
    "ete",  # accents are kept: "ete" does not find "été" (as today)
    "ss",  # "ß" casefolds to "ss"
    "STRASSE",
    "naïve",
    "collage",
    '"enough"',
    "back\\slash",
    "a/b",
    "one\nline",
    "5 k",
    "ça va",
    "self-esteem",  # a theme id
    "shame",  # a check-in's theme
    "what_worked",  # a field name is not text
    "records",  # nor a table name
    "2026",  # nor a date
    "nowhere at all",
]


def _saved(store: Store) -> list[Record]:
    records: list[Record] = []
    for n, text in enumerate(TEXTS):
        day = DAY - dt.timedelta(days=200 * n)  # several years, so several files
        records.append(store.save_debrief(debrief(n, day=day, text=text)))
        records.append(
            store.save_self_care(
                SelfCare(date=day, energy=3, stress=2, my_plan=mark_reviewed(text))
            )
        )
        records.append(store.save_check_in(msgspec.structs.replace(check_in(n), date=day)))
    return records


def _expected(records: list[Record], text: str) -> list[str]:
    needle = text.strip().casefold()
    found = [r for r in records if needle in search_text(r)]
    found.sort(key=sort_key, reverse=True)
    return [r.id for r in found]


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_search_finds_what_a_plain_scan_finds(data_dir: Path, encrypted: bool) -> None:
    with Store.open(data_dir) as store:
        records = _saved(store)
    passphrase = None
    if encrypted:
        change_encryption(data_dir, None, PASSPHRASE)
        passphrase = PASSPHRASE
    assert any(_expected(records, n) for n in NEEDLES)
    for needle in NEEDLES:  # a fresh open each time: no file parsed yet
        with Store.open(data_dir, passphrase) as store:
            assert [r.id for r in store.search(needle)] == _expected(records, needle), needle
    with Store.open(data_dir, passphrase) as store:  # one store: files parsed, then cached
        for _ in range(2):
            for needle in NEEDLES:
                assert [r.id for r in store.search(needle)] == _expected(records, needle)
        assert [r.id for r in store.search("été", "selfcare")] == [
            r.id for r in store.records("selfcare") if "été" in search_text(r)
        ]
        assert store.search("été", limit=1) == store.search("été")[:1]


@pytest.mark.parametrize("piece", [1, 2, 3, 5, 8, 13])
def test_words_across_the_pieces_of_a_payload_are_found(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    """The bytes are folded a piece at a time: a match across two pieces still counts."""
    with Store.open(data_dir) as store:
        records = _saved(store)
    monkeypatch.setattr(storage, "_PIECE", piece)
    for needle in NEEDLES:
        with Store.open(data_dir) as store:
            assert [r.id for r in store.search(needle)] == _expected(records, needle), needle


def test_a_file_that_cannot_hold_the_words_is_not_parsed(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        drums = store.save_debrief(debrief(1, text="Drumming together"))
        store.save_debrief(debrief(2, day=DAY - dt.timedelta(days=400), text="quiet evening"))
        store.save_check_in(check_in(3))
    with Store.open(data_dir) as store:
        assert [r.id for r in store.search("DRUMMING")] == [drums.id]
        parsed = {name: part.storage.parsed for name, part in store._parts.items()}
        assert parsed == {store._name_of(drums.id): True, "debrief-2025.json": False} | {
            "checkin-2026.json": False
        }


def test_a_payload_written_with_unicode_escapes_is_still_searched(data_dir: Path) -> None:
    """Another writer may escape every accent (``\\u00e9``): the bytes are not trusted then."""
    with Store.open(data_dir) as store:
        saved = store.save_debrief(debrief(1, text="Été au parc"))
        name = store._name_of(saved.id) or ""
    raw = (data_dir / name).read_bytes()
    header, payload = fileformat.decode(raw, "debrief", None)
    escaped = json.dumps(json.loads(payload)).encode()  # ensure_ascii: "\u00c9t\u00e9"
    assert b"\\u00e9" in escaped
    folder.DataFolder(data_dir, None, 0).write(name, escaped, header.count)
    with Store.open(data_dir) as store:
        assert [r.id for r in store.search("été")] == [saved.id]
        assert [r.id for r in store.search("ÉTÉ au")] == [saved.id]


def test_a_repeated_search_is_answered_from_tinydb_query_cache(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = store.save_debrief(debrief(1, text="a long walk"))
    tested: list[object] = []
    real = TextQuery.__call__

    def spy(self: TextQuery, value: dict[str, object]) -> bool:
        tested.append(value)
        return real(self, value)

    monkeypatch.setattr(TextQuery, "__call__", spy)
    assert store.search("walk") == [saved]
    assert len(tested) == 1
    assert store.search("WALK ") == [saved]
    assert len(tested) == 1  # the same query again: TinyDB's cache answered


def test_the_same_search_follows_every_change(store: Store, tmp_path: Path) -> None:
    """The cached text and TinyDB's query cache are dropped whenever a file changes."""
    assert store.search("walk") == []
    first = store.save_debrief(debrief(1, text="a long walk"))
    assert store.search("walk") == [first]
    changed = store.save(msgspec.structs.replace(first, what_worked=mark_reviewed("a swim")))
    assert store.search("walk") == []
    assert store.search("swim") == [changed]
    again = store.save(msgspec.structs.replace(changed, what_worked=mark_reviewed("walk back")))
    assert store.search("walk") == [again]
    store.delete(again.id)
    assert store.search("walk") == []
    imported = Debrief(id=again.id, week=2, date=DAY, what_worked="walk in the import")
    importing.import_records(store, [mark_saved(imported)])
    assert [r.id for r in store.search("walk")] == [again.id]
    assert store.search("walk")[0].what_worked == "walk in the import"


def mark_saved(record: Debrief) -> Debrief:
    """An imported record carries the time it was saved."""
    return msgspec.structs.replace(record, saved_at=dt.datetime(2026, 11, 26, tzinfo=dt.UTC))


def test_tinydb_answers_refer_to_the_stored_documents(store: Store) -> None:
    """No copy of every matching document (TinyDB's query cache keeps answers)."""
    saved = store.save_debrief(debrief(1, text="a long walk"))
    part = store._parts[store._name_of(saved.id) or ""]
    found = part.table.search(TextQuery("walk", {saved.id: "a long walk"}))
    assert [doc.doc_id for doc in found] == [1]
    assert found[0].value is part.docs()["1"]  # type: ignore[attr-defined]
    assert dict(found[0]) == part.docs()["1"]
    with pytest.raises(TypeError):
        found[0]["what_worked"] = "changed behind the storage's back"  # type: ignore[index]
    assert saved.what_worked not in repr(found[0])

"""Learned redactions: keyed hashes of what she redacted, never the words."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pytest

from biy_tui.core.privacy import LearnedWords, Span, find, learned_from, redact_all, remember

KEY = bytes(range(32))


class FakeStore:
    """The store's side of learned words (Store.guard_key & co.), kept in a file."""

    def __init__(self, folder: Path) -> None:
        self.file = folder / "learned.bin"
        self.key = os.urandom(32)

    def guard_key(self) -> bytes:
        return self.key

    def learned_hashes(self) -> frozenset[bytes]:
        if not self.file.exists():
            return frozenset()
        data = self.file.read_bytes()
        return frozenset(data[i : i + 32] for i in range(0, len(data), 32))

    def add_learned_hashes(self, hashes: Iterable[bytes]) -> None:
        self.file.write_bytes(b"".join(sorted(self.learned_hashes() | set(hashes))))


def test_a_redacted_word_is_flagged_in_later_notes_in_any_case() -> None:
    text = "She goes by Snapdragon out there."
    words = LearnedWords(KEY)
    hashes = words.hashes_of(text, [Span(text.index("Snapdragon"), text.index(" out"), "name")])
    learned = words.with_hashes(hashes)
    later = "snapdragon was quiet tonight and SNAPDRAGON'S worker called."
    found = find(later, learned=learned)
    assert [(s.kind, s.text_in(later)) for s in found][:1] == [("learned", "snapdragon")]
    assert any(s.text_in(later) == "SNAPDRAGON" for s in found)
    assert not any(s.start == 0 for s in find(later))  # without her, the guard cannot know


def test_only_identifying_words_are_learned() -> None:
    text = "Talked with the Alpha House worker about Dimples and her kids at 403-555-0199."
    spans = [
        Span(text.index("Alpha"), text.index(" worker"), "place"),
        Span(text.index("Dimples"), text.index(" and her"), "name"),
        Span(text.index("403"), len(text) - 1, "phone"),
    ]
    words = LearnedWords(KEY)
    learned = words.with_hashes(words.hashes_of(text, spans))
    assert learned.knows("alpha") and learned.knows("Dimples")
    assert not learned.knows("house")  # a place word, never on its own
    assert not learned.knows("the") and not learned.knows("and")
    assert len(learned) == 2


def test_hashes_depend_on_the_key_and_show_nothing() -> None:
    one, other = LearnedWords(KEY), LearnedWords(bytes(32) + b"x")
    assert one.digest("Peaches") == one.digest("PEACHES") == one.digest("Peaches's")
    assert one.digest("Peaches") != other.digest("Peaches")
    assert b"peaches" not in one.digest("Peaches").lower()
    assert "Peaches" not in repr(one.with_hashes([one.digest("Peaches")]))
    with pytest.raises(ValueError):
        LearnedWords(b"short")


def test_redact_all_with_learned_words() -> None:
    words = LearnedWords(KEY)
    learned = words.with_hashes([words.digest("Snapdragon")])
    assert str(redact_all("snapdragon came back", learned=learned)) == "[learned] came back"


def test_store_round_trip_holds_no_redacted_word(tmp_path: Path) -> None:
    store = FakeStore(tmp_path)
    learned = learned_from(store)
    assert learned is not None and len(learned) == 0
    text = "Her street name is Velvetine Quasar, she works near Zorbling Park."
    spans = find(text)
    assert remember(store, learned.hashes_of(text, spans))
    again = learned_from(store)
    assert again is not None and again.knows("Velvetine") and again.knows("Zorbling")
    for path in tmp_path.rglob("*"):
        data = path.read_bytes().lower()
        for word in (b"velvetine", b"quasar", b"zorbling"):
            assert word not in data


def test_a_store_without_learned_words_is_fine() -> None:
    assert learned_from(object()) is None
    assert remember(object(), [b"x" * 32]) is False


def test_the_real_store_keeps_no_redacted_word(tmp_path: Path) -> None:
    from biy_tui.core.store import Store

    store = Store.open(tmp_path / "data")
    learned = learned_from(store)
    assert learned is not None
    text = "Velvetine Quasar is staying at Zorbling House."
    remember(store, learned.hashes_of(text, find(text)))
    assert learned_from(store) is not None
    store.close()
    with Store.open(tmp_path / "data") as reopened:  # the words are known again, as hashes
        again = learned_from(reopened)
    assert again is not None
    later = "velvetine came early."
    assert any(later[s.start : s.end].lower() == "velvetine" for s in again.find(later))
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes().lower()
            assert b"velvetine" not in data and b"zorbling" not in data

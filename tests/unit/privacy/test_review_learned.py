"""Pilot test: the review dialog learns her redactions as keyed hashes (issue 12)."""

from __future__ import annotations

import os
from collections.abc import Iterable

from textual.app import App, ComposeResult
from textual.widgets import Static

from biy_tui.core.privacy import LearnedWords
from biy_tui.ui.dialogs.privacy_review import PrivacyReview, ReviewResult


class FakeStore:
    """Store.guard_key / learned_hashes / add_learned_hashes, in memory."""

    def __init__(self) -> None:
        self.key = os.urandom(32)
        self.hashes: set[bytes] = set()
        self.calls = 0

    def guard_key(self) -> bytes:
        return self.key

    def learned_hashes(self) -> frozenset[bytes]:
        return frozenset(self.hashes)

    def add_learned_hashes(self, hashes: Iterable[bytes]) -> None:
        self.calls += 1
        self.hashes |= set(hashes)


class Host(App[None]):
    def __init__(self, text: str, store: FakeStore) -> None:
        super().__init__()
        self.text = text
        self.store = store
        self.results: list[ReviewResult | None] = []

    def compose(self) -> ComposeResult:
        yield Static("host")

    def on_mount(self) -> None:
        self.push_screen(PrivacyReview(self.text, store=self.store), self.results.append)


async def test_redacting_teaches_the_guard_and_the_store_keeps_only_hashes() -> None:
    store = FakeStore()
    app = Host("She goes by Cornflower out there, near Zorbling Park.", store)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
    result = app.results[0]
    assert result is not None and result.action == "save"
    assert "Cornflower" not in str(result.text)
    learned = LearnedWords(store.key, store.hashes)
    assert learned.knows("cornflower") and learned.knows("Zorbling") and not learned.knows("park")
    assert all(
        b"cornflower" not in h.lower() and b"zorbling" not in h.lower() for h in store.hashes
    )

    # A later note: a word the guard alone would pass is flagged, in any case.
    later = Host("CORNFLOWER was quiet tonight.", store)
    async with later.run_test() as pilot:
        await pilot.pause()
        screen = later.screen
        assert isinstance(screen, PrivacyReview)
        assert [s.kind for s in screen.spans] == ["learned"]


async def test_keeping_a_word_teaches_nothing() -> None:
    store = FakeStore()
    app = Host("Talked with Zanele after group.", store)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("k")
        await pilot.press("s")
        await pilot.pause()
    assert app.results[0] is not None and store.hashes == set()

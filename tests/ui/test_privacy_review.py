"""Pilot tests for the privacy review dialog and the guarded text area."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static

from biy_tui.core.privacy import ReviewedText
from biy_tui.ui.dialogs.privacy_review import (
    GuardedTextArea,
    PrivacyReview,
    ReviewResult,
    line_spans,
)

NOTE = "Call me at 613-555-0199 after group."


class Host(App[None]):
    """A tiny app that opens the review and keeps what it returns."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.results: list[ReviewResult | None] = []

    def compose(self) -> ComposeResult:
        yield Static("host")

    def on_mount(self) -> None:
        self.push_screen(PrivacyReview(self.text), self.results.append)


async def test_redact_key_returns_reviewed_text() -> None:
    app = Host(NOTE)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PrivacyReview)
        await pilot.press("r")
        await pilot.pause()
    result = app.results[0]
    assert result is not None and result.action == "save"
    assert isinstance(result.text, ReviewedText)
    assert str(result.text) == "Call me at [phone] after group."
    assert result.text.overrides == 0


async def test_keep_one_counts_an_override() -> None:
    app = Host(NOTE)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("k")
        await pilot.press("s")
        await pilot.pause()
    result = app.results[0]
    assert result is not None and result.text is not None
    assert str(result.text) == NOTE
    assert result.text.overrides == 1


async def test_cannot_save_while_something_is_unreviewed() -> None:
    app = Host("Talked with tasha, then called 613-555-0199.")
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PrivacyReview)
        assert len(screen.spans) == 2
        await pilot.press("s")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and app.results == []
        await pilot.press("k")  # keep the first piece only
        await pilot.press("s")
        await pilot.pause()
        assert app.screen is screen and app.results == []
        status = str(screen.query_one("#privacy-status", Static).render())
        assert "1 thing still needs a look" in status
        await pilot.press("r")  # redacts the rest, keeps what she kept
        await pilot.pause()
    result = app.results[0]
    assert result is not None and result.text is not None
    assert str(result.text) == "Talked with tasha, then called [phone]."
    assert result.text.overrides == 1


async def test_edit_returns_the_draft() -> None:
    app = Host(NOTE)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
    result = app.results[0]
    assert result == ReviewResult("edit", None, NOTE)


async def test_clean_text_saves_at_once() -> None:
    app = Host("A calm evening; hope came up a lot.")
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
    result = app.results[0]
    assert result is not None and result.text is not None and result.text.overrides == 0


def test_every_binding_has_a_description() -> None:
    for binding in PrivacyReview.BINDINGS:
        assert getattr(binding, "description", ""), binding


class Editor(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.counts: list[int] = []

    def compose(self) -> ComposeResult:
        yield GuardedTextArea(id="note")

    def on_guarded_text_area_flagged(self, event: GuardedTextArea.Flagged) -> None:
        self.counts.append(event.count)


async def test_guarded_text_area_marks_after_a_pause() -> None:
    app = Editor()
    async with app.run_test() as pilot:
        area = app.query_one(GuardedTextArea)
        area.PAUSE = 0.05
        area.focus()
        await pilot.press(*"call tasha")
        await pilot.pause(0.2)
        assert app.counts and app.counts[-1] == 1
        assert area._marks == {0: [(5, 10)]}
        line = area.get_line(0)
        assert any(span.start == 5 and span.end == 10 for span in line.spans)


def test_line_spans_split_over_lines() -> None:
    from biy_tui.core.privacy import Span

    text = "ab\ncd ef\ngh"
    assert line_spans(text, [Span(1, 5, "name"), Span(9, 11, "url")]) == [
        (0, 1, 2, "name"),
        (1, 0, 2, "name"),
        (2, 0, 2, "url"),
    ]

"""The privacy review: the dialog shown on save, and soft underlining while typing.

:class:`PrivacyReview` is a ``ModalScreen[ReviewResult | None]`` that every
logging screen pushes before saving free text. It shows the text with what the
guard found highlighted in context and lists each piece with its kind. She can
redact everything (``r``), go back and edit (``e``), or keep one occurrence as
"not identifying" (``k``, she sees exactly what she keeps). Saving (``s`` or
``enter``) is possible only when every flagged piece has been redacted or
kept; the dialog then dismisses with a :class:`ReviewResult` holding the
:class:`~biy_tui.core.privacy.ReviewedText` (which records only how many were kept).

Given the store (anything with the :class:`~biy_tui.core.privacy.LearnedStore`
methods), the dialog also flags words she redacted before, and on saving hands
the store the keyed hashes of the words she redacted this time: never the words.

:class:`GuardedTextArea` is a ``TextArea`` that runs the guard after a short
pause in typing and underlines what it found, softly, without interrupting.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.timer import Timer
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option

from biy_tui.core.privacy import (
    KIND_LABELS,
    LearnedWords,
    ReviewedText,
    Span,
    UnreviewedSpans,
    approve,
    find,
    learned_from,
    remember,
)
from biy_tui.core.text import messages
from biy_tui.ui.screens.base import BiyModal


@dataclass(frozen=True)
class ReviewResult:
    """What the facilitator chose in the review.

    Attributes:
        action: ``"save"`` (``text`` is set) or ``"edit"`` (go back to the editor).
        text: the reviewed text to store, when saving.
        draft: the text as it stood (for the editor, when editing).
    """

    action: Literal["save", "edit"]
    text: ReviewedText | None
    draft: str


def line_spans(text: str, spans: Iterable[Span]) -> list[tuple[int, int, int, str]]:
    """Turn character spans into ``(row, start_column, end_column, kind)`` per line.

    A TextArea addresses text by row and column; a span that runs over a line
    break is split into one piece per line.
    """
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    pieces: list[tuple[int, int, int, str]] = []
    row = 0
    for span in spans:
        while row + 1 < len(starts) and starts[row + 1] <= span.start:
            row += 1
        r, pos = row, span.start
        while pos < span.end:
            line_end = starts[r + 1] - 1 if r + 1 < len(starts) else len(text)
            end = min(span.end, line_end)
            if end > pos:
                pieces.append((r, pos - starts[r], end - starts[r], span.kind))
            r += 1
            if r >= len(starts):
                break
            pos = starts[r]
    return pieces


class PrivacyReview(BiyModal[ReviewResult | None]):
    """Review what could identify someone before free text is saved."""

    HELP = messages.PRIVACY_REVIEW_INTRO
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "redact_all", messages.PRIVACY_KEY_REDACT),
        Binding("e", "edit", messages.PRIVACY_KEY_EDIT),
        Binding("k", "keep", messages.PRIVACY_KEY_KEEP),
        Binding("s", "save", messages.PRIVACY_KEY_SAVE),
        Binding("enter", "save", messages.PRIVACY_KEY_SAVE, show=False),
        Binding("escape", "edit", messages.PRIVACY_KEY_EDIT, show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "privacy-review--flagged",
        "privacy-review--kept",
        "privacy-review--current",
    }
    DEFAULT_CSS = """
    PrivacyReview { align: center middle; }
    PrivacyReview > Vertical {
        width: 90%; max-width: 100; height: auto; max-height: 90%;
        padding: 1 2; background: $panel; border: round $primary;
    }
    PrivacyReview #privacy-title { text-style: bold; }
    PrivacyReview #privacy-intro { color: $text-muted; margin-bottom: 1; }
    PrivacyReview #privacy-text-box { height: auto; max-height: 12; border: tall $boost; }
    PrivacyReview #privacy-spans { height: auto; max-height: 8; margin-top: 1; }
    PrivacyReview #privacy-status { dock: bottom; height: auto; margin-top: 1; }
    PrivacyReview > .privacy-review--flagged { text-style: underline; background: $warning 15%; }
    PrivacyReview > .privacy-review--current {
        text-style: bold underline; background: $warning 35%;
    }
    PrivacyReview > .privacy-review--kept { text-style: italic; color: $text-muted; }
    """

    def __init__(
        self,
        text: str,
        *,
        site_terms: Iterable[str] = (),
        program_terms: Iterable[str] = (),
        store: object | None = None,
        learned: LearnedWords | None = None,
    ) -> None:
        super().__init__()
        self._site = tuple(site_terms)
        self._program = tuple(program_terms)
        self._store = store
        self._learned = learned if learned is not None else learned_from(store)
        self._new_hashes: frozenset[bytes] = frozenset()
        self._load(text, kept=())

    def _load(self, text: str, kept: Iterable[tuple[int, int]]) -> None:
        self.draft = text
        self.spans = find(
            text, site_terms=self._site, program_terms=self._program, learned=self._learned
        )
        keep = set(kept)
        self.kept = {i for i, s in enumerate(self.spans) if (s.start, s.end) in keep}

    @property
    def unreviewed(self) -> int:
        """How many flagged pieces are neither redacted nor kept."""
        return len(self.spans) - len(self.kept)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(messages.PRIVACY_REVIEW_TITLE, id="privacy-title")
            yield Static(messages.PRIVACY_REVIEW_INTRO, id="privacy-intro")
            with VerticalScroll(id="privacy-text-box"):
                yield Static(id="privacy-text")
            yield OptionList(id="privacy-spans")
            yield Static(id="privacy-status")

    def on_mount(self) -> None:
        self._refresh_view()
        self.query_one("#privacy-spans", OptionList).focus()

    @property
    def current(self) -> int | None:
        """Index of the highlighted span, if any."""
        if not self.spans:
            return None
        highlighted = self.query_one("#privacy-spans", OptionList).highlighted
        return 0 if highlighted is None else highlighted

    def _refresh_view(self, keep_highlight: int | None = None) -> None:
        options = self.query_one("#privacy-spans", OptionList)
        options.clear_options()
        for i, span in enumerate(self.spans):
            label = Text()
            label.append(span.text_in(self.draft), style="bold")
            label.append(f"  {KIND_LABELS.get(span.kind, span.kind)}")
            if i in self.kept:
                label.append(f"  ({messages.PRIVACY_REVIEW_KEPT})", style="italic")
            options.add_option(Option(label, id=str(i)))
        if self.spans:
            options.highlighted = min(keep_highlight or 0, len(self.spans) - 1)
        options.display = bool(self.spans)
        self._render_text()

    def _render_text(self) -> None:
        text = Text(self.draft)
        current = self.current
        for i, span in enumerate(self.spans):
            if i in self.kept:
                name = "privacy-review--kept"
            elif i == current:
                name = "privacy-review--current"
            else:
                name = "privacy-review--flagged"
            text.stylize(self.get_component_rich_style(name, partial=True), span.start, span.end)
        self.query_one("#privacy-text", Static).update(text)
        if not self.spans:
            status = messages.PRIVACY_REVIEW_NOTHING
        elif self.unreviewed:
            status = messages.PRIVACY_REVIEW_STILL_OPEN(n=self.unreviewed)
        else:
            status = messages.PRIVACY_REVIEW_ALL_LOOKED_AT
        self.query_one("#privacy-status", Static).update(status)

    @on(OptionList.OptionHighlighted, "#privacy-spans")
    def _highlighted(self) -> None:
        self._render_text()

    @on(OptionList.OptionSelected, "#privacy-spans")
    def _selected(self) -> None:
        self.action_save()

    def action_keep(self) -> None:
        """Mark the highlighted piece "not identifying" (again to undo)."""
        index = self.current
        if index is None:
            return
        self.kept ^= {index}
        self._refresh_view(keep_highlight=index)

    def action_redact_all(self) -> None:
        """Replace every piece not kept with ``[kind]`` and save."""
        if self._learned is not None:
            redacted = [s for i, s in enumerate(self.spans) if i not in self.kept]
            self._new_hashes |= self._learned.hashes_of(self.draft, redacted)
        parts: list[str] = []
        kept: list[tuple[int, int]] = []
        pos = 0
        length = 0
        for i, span in enumerate(self.spans):
            before = self.draft[pos : span.start]
            parts.append(before)
            length += len(before)
            piece = span.text_in(self.draft) if i in self.kept else f"[{span.kind}]"
            if i in self.kept:
                kept.append((length, length + len(piece)))
            parts.append(piece)
            length += len(piece)
            pos = span.end
        parts.append(self.draft[pos:])
        self._load("".join(parts), kept)
        self._refresh_view()
        self.action_save()

    def action_edit(self) -> None:
        """Go back to the editor with the text as it stands."""
        self.dismiss(ReviewResult("edit", None, self.draft))

    def action_save(self) -> None:
        """Save when every flagged piece has been redacted or kept."""
        kept = [(self.spans[i].start, self.spans[i].end) for i in self.kept]
        try:
            reviewed = approve(
                self.draft,
                kept,
                site_terms=self._site,
                program_terms=self._program,
                learned=self._learned,
            )
        except UnreviewedSpans:
            self._render_text()
            self.app.bell()
            return
        if self._store is not None and self._learned is not None:
            new = self._new_hashes - self._learned.hashes
            if new:
                remember(self._store, new)  # hashes only; the words stay in nobody's file
        self.dismiss(ReviewResult("save", reviewed, self.draft))


class GuardedTextArea(TextArea):
    """A TextArea that softly underlines what could identify someone as she types.

    The guard runs :attr:`PAUSE` seconds after the last change (it takes a few
    milliseconds), the underline is subtle, and a :class:`Flagged` message
    tells the screen how many pieces there are, for a calm hint such as
    :data:`biy_tui.core.text.messages.PRIVACY_LIVE_HINT`. Nothing is blocked here: the
    review happens on save, with :class:`PrivacyReview`.
    """

    PAUSE: ClassVar[float] = 0.6
    COMPONENT_CLASSES: ClassVar[set[str]] = {"guarded-text-area--flagged"}
    DEFAULT_CSS = """
    GuardedTextArea > .guarded-text-area--flagged { text-style: underline; }
    """

    class Flagged(Message):
        """The guard ran on the text: ``count`` pieces could identify someone."""

        def __init__(self, area: GuardedTextArea, count: int) -> None:
            super().__init__()
            self.area = area
            self.count = count

        @property
        def control(self) -> GuardedTextArea:
            return self.area

    def __init__(
        self,
        text: str = "",
        *,
        site_terms: Iterable[str] = (),
        program_terms: Iterable[str] = (),
        learned: LearnedWords | None = None,
        **kwargs: object,
    ) -> None:
        # TextArea takes a dozen differently typed keywords; they are passed through as given.
        super().__init__(text, **kwargs)  # type: ignore[arg-type]
        self._site = tuple(site_terms)
        self._program = tuple(program_terms)
        self.learned = learned
        self._marks: dict[int, list[tuple[int, int]]] = {}
        self._timer: Timer | None = None

    @on(TextArea.Changed)
    def _changed(self, event: TextArea.Changed) -> None:
        if event.text_area is not self:
            return
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(self.PAUSE, self.check_now)

    def check_now(self) -> None:
        """Run the guard now and update the underlines."""
        spans = find(
            self.text, site_terms=self._site, program_terms=self._program, learned=self.learned
        )
        marks: dict[int, list[tuple[int, int]]] = {}
        for row, start, end, _kind in line_spans(self.text, spans):
            marks.setdefault(row, []).append((start, end))
        self._marks = marks
        self.notify_style_update()  # drops the cached lines so they are drawn again
        self.refresh()
        self.post_message(self.Flagged(self, len(spans)))

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        marks = self._marks.get(line_index)
        if marks:
            style = self.get_component_rich_style("guarded-text-area--flagged", partial=True)
            for start, end in marks:
                line.stylize(style, start, end)
        return line

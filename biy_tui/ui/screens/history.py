"""History: every saved record by date, newest first, a page at a time.

One page (:data:`PER_PAGE` records) is in the list at any moment, however long
the history is; the store reads and sorts in a worker thread. A filter picks a
kind of record, ``/`` searches all text, Enter opens a record read-only and
``e`` asks the app to open it for editing (where the privacy review runs again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from biy_tui.core.text import format_number, messages
from biy_tui.ui.render.record_view import record_line
from biy_tui.ui.screens.base import BiyScreen
from biy_tui.ui.screens.record import RecordScreen, edit_record
from biy_tui.ui.widgets.footer import FittingFooter

if TYPE_CHECKING:
    from biy_tui.core.curriculum import Curriculum
    from biy_tui.core.store import Kind, Record, Store

PER_PAGE = 18
"""Records on one page: a screenful at 80x24, and never a long widget list."""
KINDS = ("", "checkin", "debrief", "plan", "selfcare")
"""The filter, in the order of keys 0-4 ("" is every kind)."""
RECENT_DAYS = 120
"""The first page is looked for in this many recent days first (see :func:`newest_page`)."""


@dataclass(frozen=True)
class Listing:
    """What one read of the store produced: a page, or every search hit."""

    records: list[Record]
    page: int
    pages: int
    total: int
    query: str = ""
    kind: str = ""


def as_kind(value: str) -> Kind | None:
    """The record kind a filter value names ("" for every kind: None)."""
    from biy_tui.core.store import KINDS

    return next((kind for kind in KINDS if kind == value), None)


def newest_page(store: Store, kind: str, per_page: int, today: dt.date) -> Listing | None:
    """The first page without reading all history, when recent files hold enough records.

    Every record left out is older than every record read (``Store.recent`` reads
    whole years from ``since`` on), so the newest ``per_page`` are exact; the
    total comes from the store's counts, which need no parsing. Returns None
    when the last :data:`RECENT_DAYS` hold less than a page.
    """
    from biy_tui.core.store.records import KINDS, sort_key

    since = today - dt.timedelta(days=RECENT_DAYS)
    one_kind = as_kind(kind)
    kinds = [one_kind] if one_kind else list(KINDS)
    found: list[Record] = []
    for one in kinds:
        found += store.recent(one, since)
    if len(found) < per_page:
        return None
    found.sort(key=sort_key, reverse=True)
    counts = store.counts()
    total = max(len(found), sum(counts[k] for k in kinds))
    pages = max(1, -(-total // per_page))
    return Listing(found[:per_page], 0, pages, total, "", kind)


class HistoryScreen(BiyScreen[None]):
    """Every saved record, newest first, a page at a time."""

    BINDINGS = [
        Binding("escape", "back", messages.KEY_BACK),
        Binding("enter", "open", messages.KEY_OPEN),
        Binding("e", "edit", messages.KEY_EDIT),
        Binding("slash", "search", messages.KEY_SEARCH, key_display="/"),
        Binding("f", "next_kind", messages.KEY_FILTER),
        # The page keys stay out of the footer (at 80 columns they pushed out "⏎ Open", and
        # in French "f Filter"): the status line names them when there is a page to turn.
        Binding("right_square_bracket", "page(1)", messages.KEY_OLDER, key_display="]", show=False),
        Binding("left_square_bracket", "page(-1)", messages.KEY_NEWER, key_display="[", show=False),
        Binding("pagedown", "page(1)", messages.KEY_OLDER, show=False, priority=True),
        Binding("pageup", "page(-1)", messages.KEY_NEWER, show=False, priority=True),
        *[
            Binding(str(n), f"kind({n})", messages.HISTORY_KINDS[kind], show=False)
            for n, kind in enumerate(KINDS)
        ],
    ]

    def __init__(self) -> None:
        super().__init__()
        self.kind = ""
        self.page = 0
        self.query_text = ""
        self.listing: Listing | None = None
        self._found: list[Any] = []
        """Every hit of the current search (paged here, without reading the store again)."""

    @property
    def curriculum(self) -> Curriculum:
        return self.app.curriculum

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="history-filter")
        yield Input(
            placeholder=messages.HISTORY_SEARCH_PLACEHOLDER, id="history-search", compact=True
        )
        yield OptionList(id="history-list")
        yield Static(id="history-empty")
        yield Static(id="history-status")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.title = messages.HISTORY_TITLE
        self.query_one("#history-search").display = False
        self.query_one("#history-list").focus()
        self._show_filter()
        self.reload()

    def overview_changed(self) -> None:
        """The records opened or changed (the app calls this): read the page again."""
        self.reload()

    # --- reading ------------------------------------------------------------------

    def reload(self) -> None:
        """Read the current page (or search) again, in the background."""
        store: Store | None = self.app.store
        if store is None:
            self._empty(messages.HISTORY_OPENING)
            return
        self._set_status(messages.HISTORY_LOADING)
        self._read(store, self.kind, self.page, self.query_text)

    @work(thread=True, exclusive=True, exit_on_error=False, group="history")
    def _read(self, store: Store, kind: str, page: int, query: str) -> None:
        from biy_tui.core.store import StoreError

        try:
            if query:
                found = store.search(query, as_kind(kind))
                listing = Listing(found, page, 0, len(found), query, kind)
            else:
                quick = newest_page(store, kind, PER_PAGE, dt.date.today()) if page == 0 else None
                got = quick or store.history(as_kind(kind), page, PER_PAGE)
                listing = Listing(got.records, got.page, got.pages, got.total, "", kind)
        except StoreError as exc:
            self.app.call_from_thread(
                self.notify, messages.HISTORY_READ_FAILED.format(why=exc), severity="warning"
            )
            return
        self.app.call_from_thread(self._arrived, listing)

    def _arrived(self, listing: Listing) -> None:
        if (listing.kind, listing.query) != (self.kind, self.query_text):
            return  # the filter or search changed while the store was read
        if listing.query:
            self._found = listing.records
            self._show_found(listing.page)
        else:
            self._show(listing)

    def _show_found(self, page: int) -> None:
        pages = max(1, -(-len(self._found) // PER_PAGE))
        page = min(max(0, page), pages - 1)
        chunk = self._found[page * PER_PAGE : (page + 1) * PER_PAGE]
        self._show(Listing(chunk, page, pages, len(self._found), self.query_text, self.kind))

    def _show(self, listing: Listing) -> None:
        self.listing = listing
        self.page = listing.page
        options = self.query_one("#history-list", OptionList)
        keep = options.highlighted
        options.clear_options()
        options.add_options(
            [
                Option(record_line(r, self.curriculum), id=str(n))
                for n, r in enumerate(listing.records)
            ]
        )
        if not listing.records:
            if listing.query:
                self._empty(messages.HISTORY_NOT_FOUND.format(text=listing.query))
            elif listing.kind:
                name = messages.HISTORY_KINDS[listing.kind].lower()
                self._empty(messages.HISTORY_EMPTY_KIND.format(kind=name))
            else:
                self._empty(messages.HISTORY_EMPTY)
            return
        self.query_one("#history-empty").display = False
        options.display = True
        options.highlighted = min(keep or 0, len(listing.records) - 1)
        status = messages.HISTORY_PAGE(
            n=listing.total,
            page=listing.page + 1,
            pages=listing.pages,
            total=format_number(listing.total),
        )
        if listing.query:
            found = messages.HISTORY_SEARCH_RESULTS.format(text=listing.query, total=listing.total)
            status = f"{found} · {status}"
        status = f"{status} · {messages.HISTORY_OPEN_KEY}"
        if listing.pages > 1:
            status = f"{status} · {messages.HISTORY_PAGE_KEYS}"
        self._set_status(status)

    def _empty(self, sentence: str) -> None:
        self.listing = None
        self.query_one("#history-list", OptionList).clear_options()
        self.query_one("#history-list").display = False
        empty = self.query_one("#history-empty", Static)
        empty.update(Text(sentence, style="italic"))
        empty.display = True
        self._set_status("")

    def _set_status(self, text: str) -> None:
        self.query_one("#history-status", Static).update(Text(text, style="dim"))

    def _show_filter(self) -> None:
        line = Text(f"{messages.HISTORY_SHOW} ", no_wrap=True, overflow="ellipsis")
        for n, kind in enumerate(KINDS):
            label = f" {n} {messages.HISTORY_KINDS[kind]} "
            line.append(label, style="bold reverse" if kind == self.kind else "")
        line.append(f" {messages.HISTORY_FILTER_KEYS}", style="dim")
        self.query_one("#history-filter", Static).update(line)

    def highlighted(self) -> Record | None:
        """The record under the cursor, if any."""
        options = self.query_one("#history-list", OptionList)
        if self.listing is None or options.highlighted is None:
            return None
        if not 0 <= options.highlighted < len(self.listing.records):
            return None
        return self.listing.records[options.highlighted]

    # --- keys -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While she types a search, letters and numbers are hers, not keys."""
        return not (isinstance(self.focused, Input) and action not in {"back", "page"})

    @on(OptionList.OptionSelected, "#history-list")
    def _selected(self) -> None:
        self.action_open()

    @on(Input.Submitted, "#history-search")
    def _search(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        self.query_one("#history-list").focus()
        if not text:
            self._stop_search()
            return
        self.query_text, self.page = text, 0
        self.reload()

    def _stop_search(self) -> None:
        box = self.query_one("#history-search", Input)
        box.value = ""
        box.display = False
        self.query_one("#history-list").focus()
        if self.query_text:
            self.query_text, self.page, self._found = "", 0, []
            self.reload()

    def action_back(self) -> None:
        """Leave the search first; otherwise go back."""
        if self.query_text or isinstance(self.focused, Input):
            self._stop_search()
            return
        self.app.pop_screen()

    def action_search(self) -> None:
        """Show the search box."""
        box = self.query_one("#history-search", Input)
        box.display = True
        box.focus()

    def action_kind(self, number: int) -> None:
        """Show one kind of record (0: every kind)."""
        self.kind = KINDS[number]
        self.page = 0
        self.query_one("#history-list", OptionList).highlighted = 0
        self._show_filter()
        self.reload()

    def action_next_kind(self) -> None:
        """Step to the next kind in the filter."""
        self.action_kind((KINDS.index(self.kind) + 1) % len(KINDS))

    def action_page(self, delta: int) -> None:
        """Turn to an older (+1) or newer (-1) page."""
        listing = self.listing
        if listing is None:
            return
        target = min(max(0, listing.page + delta), listing.pages - 1)
        if target == listing.page:
            return
        self.query_one("#history-list", OptionList).highlighted = 0
        if self.query_text:
            self._show_found(target)
        else:
            self.page = target
            self.reload()

    def action_open(self) -> None:
        """Open the highlighted record to read."""
        record = self.highlighted()
        if record is not None:
            self.app.push_screen(RecordScreen(record))

    def action_edit(self) -> None:
        """Open the highlighted record to change it."""
        edit_record(self, self.highlighted())

    def commands(self) -> Iterable[SystemCommand]:
        """Palette commands: filters, search, pages, open and edit."""
        for n, kind in enumerate(KINDS):
            name = messages.HISTORY_KINDS[kind]
            yield SystemCommand(
                messages.COMMAND_HISTORY_SHOW.format(kind=name.lower()),
                messages.COMMAND_KEY_N.format(key=n),
                lambda n=n: self.action_kind(n),
            )
        yield SystemCommand(
            messages.COMMAND_HISTORY_SEARCH, messages.COMMAND_KEY_SLASH, self.action_search
        )
        yield SystemCommand(
            messages.COMMAND_HISTORY_OLDER_PAGE,
            messages.COMMAND_KEY_BRACKET_OR_PAGE_DOWN,
            lambda: self.action_page(1),
        )
        yield SystemCommand(
            messages.COMMAND_HISTORY_NEWER_PAGE,
            messages.COMMAND_KEY_BRACKET_OR_PAGE_UP,
            lambda: self.action_page(-1),
        )
        yield SystemCommand(
            messages.COMMAND_HISTORY_OPEN_RECORD, messages.COMMAND_KEY_ENTER, self.action_open
        )
        yield SystemCommand(
            messages.COMMAND_HISTORY_EDIT_RECORD, messages.COMMAND_KEY_E, self.action_edit
        )

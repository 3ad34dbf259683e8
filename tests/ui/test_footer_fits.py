"""Footers fit the window: the screen's later keys give way, F1 and ``?`` never do
(at 80 columns Textual's footer cut them off the week screen, in English and French)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from biy_tui.ui.screens.checkin import CheckInScreen
from biy_tui.ui.screens.week import WeekScreen
from biy_tui.ui.widgets.footer import fitting
from tests.ui.conftest import wait_for


def shown_actions(app) -> list[str]:  # type: ignore[no-untyped-def]
    footer = app.screen.query_one(Footer)
    return [key.action for key in footer.query(FooterKey) if "-command-palette" not in key.classes]


def footer_width(app) -> int:  # type: ignore[no-untyped-def]
    footer = app.screen.query_one(Footer)
    return sum(key.outer_size.width for key in footer.query(FooterKey))


async def open_week_3(pilot, app) -> None:  # type: ignore[no-untyped-def]
    """Open week 3 once the records are open, and wait for its footer's keys."""
    await wait_for(pilot, lambda: app.store is not None)
    app.push_screen(WeekScreen(3))
    await pilot.pause()
    await wait_for(pilot, lambda: "supports" in shown_actions(app))


async def test_the_week_screen_keeps_f1_and_more_keys_at_80_columns(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_week_3(pilot, app)
        actions = shown_actions(app)
        assert "help" in actions
        assert actions[0] == "back"  # the screen's first key stays first
        assert footer_width(app) <= 80
        narrow = len(actions)
        await pilot.resize_terminal(140, 30)
        await wait_for(pilot, lambda: len(shown_actions(app)) > narrow)
        assert "choose" in shown_actions(app)  # room again: the keys that gave way come back


@given(
    st.lists(st.integers(1, 30), min_size=1, max_size=14),
    st.data(),
    st.integers(0, 200),
)
def test_what_is_kept_always_shows_and_the_rest_fits(widths, data, room) -> None:  # type: ignore[no-untyped-def]
    keep = data.draw(st.lists(st.booleans(), min_size=len(widths), max_size=len(widths)))
    app_level = data.draw(st.lists(st.booleans(), min_size=len(widths), max_size=len(widths)))
    shown = fitting(widths, keep, app_level, room)
    assert all(s for s, k in zip(shown, keep, strict=True) if k)
    kept = sum(w for w, k in zip(widths, keep, strict=True) if k)
    extra = sum(w for w, s, k in zip(widths, shown, keep, strict=True) if s and not k)
    assert extra == 0 or kept + extra <= room
    # nothing left out that would still have fitted
    for i, (w, s) in enumerate(zip(widths, shown, strict=True)):
        if not s:
            assert kept + extra + w > room, i


async def test_the_palette_key_gives_way_before_a_forms_own_keys(make_app) -> None:
    """At 60 columns "esc Back (keeps a draft)" gave way to "^p palette" (in French, at 80)."""
    app = make_app()
    async with app.run_test(size=(60, 24)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        app.records.open_form("checkin", 3)
        await wait_for(pilot, lambda: isinstance(app.screen, CheckInScreen))
        await wait_for(pilot, lambda: "supports" in shown_actions(app))
        await pilot.pause()
        assert "leave" in shown_actions(app)  # esc Back (keeps a draft)
        assert footer_width(app) <= 60


async def test_the_footer_is_not_rebuilt_when_its_keys_stay_the_same(make_app) -> None:
    """Every bindings refresh rebuilt every key (styles and all): at start-up that was a
    dozen rebuilds, the largest part of the time between the first frame and the marks."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_week_3(pilot, app)
        await pilot.pause()
        footer = app.screen.query_one(Footer)
        before = list(footer.query(FooterKey))
        for _ in range(3):
            app.screen.refresh_bindings()  # the same keys, asked again
            await pilot.pause()
        assert list(footer.query(FooterKey)) == before
        await pilot.resize_terminal(81, 24)  # one more column: still the same keys
        await pilot.pause()
        await pilot.pause()
        assert list(footer.query(FooterKey)) == before
        await pilot.resize_terminal(140, 30)  # room for more: rebuilt, with more keys
        await wait_for(pilot, lambda: len(list(footer.query(FooterKey))) > len(before))


async def test_history_shows_all_its_own_keys_at_80_columns_and_names_the_page_keys(
    make_app,
) -> None:  # type: ignore[no-untyped-def]
    """At 80×24 History's footer lost "[ Newer" (in French "] Avant" and "[ Après" too), and
    "⏎ Open" never shows (the list's own Enter comes first): the status line says both."""
    from textual.widgets import Static

    from biy_tui.core.text import messages
    from biy_tui.ui.screens.history import HistoryScreen
    from tests.ui.history_data import fill

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        fill(app.store, app.curriculum)
        screen = HistoryScreen()
        app.push_screen(screen)
        await wait_for(pilot, lambda: screen.listing is not None)
        await wait_for(pilot, lambda: "supports" in shown_actions(app))
        actions = shown_actions(app)
        assert {"back", "edit", "search", "next_kind"} <= set(actions), actions
        assert not {"page(1)", "page(-1)"} & set(actions), actions  # said in the status line
        assert footer_width(app) <= 80
        assert screen.listing is not None and screen.listing.pages > 1
        status = str(screen.query_one("#history-status", Static).content)
        assert messages.HISTORY_OPEN_KEY in status
        assert messages.HISTORY_PAGE_KEYS in status

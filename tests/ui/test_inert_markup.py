"""Pilot: curriculum text that looks like markup is drawn as the text it is, and never acts.

An activity titled ``[@click=app.quit]Click[/]`` is clicked everywhere it is drawn (the
activity list, its details, the notice after adding it, the agenda, the choose and room
views, the notice after the group chooses, the run view, the command palette) and the app
is still running; no cell on screen carries a click action from data; a title with a
stray ``[/]`` draws without a MarkupError; escape sequences never reach the screen; and
the handout written from it loads nothing.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.widgets import OptionList
from textual.widgets._toast import Toast

from biy_tui.core import paths
from biy_tui.core.reports.safe_html import CSP_META
from biy_tui.ui.screens.agenda import AgendaScreen
from biy_tui.ui.screens.choose import ChooseScreen, RoomScreen
from biy_tui.ui.screens.run import RunScreen
from biy_tui.ui.screens.week import WeekScreen
from tests.ui.conftest import wait_for
from tests.unit.curriculum.helpers import week_text, write

CLICK = "[@click=app.quit]Click[/]"
BROKEN = "Broken [/] markup [link=https://evil.example]x"
WEEK_TITLE = "[@click=app.quit]Quit week[/] [b]bold[/b]"


def hostile_site(tmp_path: Path) -> Path:
    summary = 'summary = "\\u001b[2J\\u001b]0;PWNED\\u0007 calm words \\u001b[41mred"\n'
    text = week_text(number=1, part="finding-our-voices", themes='["shame"]', extra=summary)
    text = text.replace('title = "A test week"', f'title = "{WEEK_TITLE}"', 1)
    text = text.replace('title = "An activity"', f'title = "{CLICK}"', 1)
    text = text.replace('title = "An activity"', f'title = "{BROKEN}"', 1)
    site = tmp_path / "site"
    write(site, "week-01.toml", text)
    return site


def screen_lines(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [strip.text for strip in app.screen._compositor.render_strips()]


def assert_no_data_actions(app, cells: list[tuple[int, int]]) -> None:  # type: ignore[no-untyped-def]
    """None of these cells carries a click action (data text drawn there cannot act)."""
    for x, y in cells:
        meta = app.screen.get_style_at(x, y).meta
        assert "@click" not in meta, (x, y, meta)


async def click_everywhere(pilot, needle: str, click: bool = True) -> int:  # type: ignore[no-untyped-def]
    """Click every place ``needle`` is drawn (on its middle); return how many places.

    Every cell of it is checked for a click action first: parsed as markup, the whole
    word would carry ``@click``, so one click on its middle is what a person would do.
    """
    app = pilot.app
    places = [
        (x, y) for y, line in enumerate(screen_lines(app)) for x in [line.find(needle)] if x >= 0
    ]
    assert_no_data_actions(app, [(x + dx, y) for x, y in places for dx in range(len(needle))])
    for x, y in places if click else []:
        await pilot.click(offset=(x + len(needle) // 2, y))
        assert app.is_running, (needle, x, y, app._exception, app.return_code)
    return len(places)


def shown(app, needle: str) -> bool:  # type: ignore[no-untyped-def]
    return any(needle in line for line in screen_lines(app))


def noticed(app, needle: str) -> bool:  # type: ignore[no-untyped-def]
    """A notice on screen whose text, as drawn (wrapped lines joined), holds ``needle``."""
    toasts = list(app.screen.query(Toast))
    drawn = [" ".join(t.render().plain.split()) for t in toasts]  # type: ignore[union-attr]
    return any(needle in text for text in drawn)


def escape_free(app) -> bool:  # type: ignore[no-untyped-def]
    return not any("\x1b" in line or "PWNED" in line for line in screen_lines(app))


async def test_markup_titles_are_plain_everywhere_they_are_drawn(
    make_app, tmp_path, monkeypatch
) -> None:
    # A folder whose path holds markup-like brackets is named exactly in the notice.
    exports = tmp_path / "x[@click=app.quit('a]y" / "[b]out[/b]"
    monkeypatch.setenv("BIY_EXPORT_DIR", str(exports))
    app = make_app(site=hostile_site(tmp_path))
    async with app.run_test(size=(140, 45), notifications=True, tooltips=True) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        await pilot.pause()
        # The overview list and details show the week title as written.
        assert shown(app, WEEK_TITLE)
        assert shown(app, "calm words red") and escape_free(app)
        assert await click_everywhere(pilot, WEEK_TITLE) >= 1
        # The command palette's entry for the week.
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Open week 1")
        await wait_for(pilot, lambda: shown(app, "Quit week"))
        assert await click_everywhere(pilot, WEEK_TITLE, click=False) >= 1
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running

        app.push_screen(WeekScreen(1))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WeekScreen)
        screen.action_tab("activities")
        await pilot.pause()
        assert shown(app, CLICK)  # the list and the details
        assert escape_free(app)
        assert await click_everywhere(pilot, CLICK) >= 2
        # Add both hostile activities; the notices show the titles as written.
        listing = screen.query_one("#activity-list", OptionList)
        ids = [listing.get_option_at_index(i).id for i in range(listing.option_count)]
        for activity_id in ("read-one", "read-two"):
            listing.highlighted = ids.index(activity_id)
            await pilot.pause()
            await pilot.press("a")
            await pilot.pause()
        assert app.is_running
        assert noticed(app, f"Added “{CLICK}”")
        assert noticed(app, f"Added “{BROKEN}”")
        await click_everywhere(pilot, CLICK)
        assert app.is_running

        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, AgendaScreen)
        assert shown(app, CLICK) and shown(app, "Broken [/] markup")
        assert await click_everywhere(pilot, CLICK) >= 1

        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ChooseScreen)
        assert shown(app, CLICK)
        await click_everywhere(pilot, CLICK)
        choose = app.screen.query_one("#choose-list")
        choose.select("read-one")  # type: ignore[attr-defined]
        choose.select("read-two")  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RoomScreen)
        assert shown(app, CLICK.upper())
        await click_everywhere(pilot, CLICK.upper())
        await pilot.press("1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, AgendaScreen)
        assert noticed(app, f"The group chose “{CLICK}”")
        await click_everywhere(pilot, CLICK)
        assert app.is_running

        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, RunScreen)
        assert shown(app, CLICK)
        assert await click_everywhere(pilot, CLICK) >= 1
        await pilot.press("escape")
        await pilot.pause()

        await pilot.press("e")  # the handout

        def handouts() -> list:  # type: ignore[type-arg]
            return sorted(paths.exports_dir().glob("week-01-*handout.html"))

        await wait_for(pilot, lambda: bool(handouts()))
        target = handouts()[0]
        await wait_for(pilot, lambda: noticed(app, "Handout written"))
        assert noticed(app, f"Handout written to {target}.")
        await click_everywhere(pilot, "Handout written")
        page = target.read_text(encoding="utf-8")
        assert "\x1b" not in page and CSP_META in page and "<a " not in page
        assert "[@click=app.quit]Click[/]" in page
        assert app.is_running and app.return_code is None


_PIECES = [
    "[@click=app.quit]",
    "[/]",
    "[bold red]",
    "[link=https://evil.example]",
    "\x1b[31m",
    "\x1b]0;T\x07",
    "\x1bP1$r\x1b\\",
    "\x9b2J",
    "\u202e",
    "\x07",
    "\x00",
    "\\",
    "x",
    "Letters ",
]


# Each example loads up to three generated titles (on the week's first three activities)
# and checks each one in the same App run: three examples, up to nine titles, for the cost
# of three App starts. The loading and cleaning are property-tested on their own too
# (tests/unit/test_inert.py, tests/unit/curriculum/test_inert_loading.py).
_OWN = ("read-one", "read-two", "alone-one")


@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    titles=st.lists(
        st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6).map("".join),
        min_size=1,
        max_size=len(_OWN),
    )
)
def test_any_loaded_title_is_drawn_as_its_sanitised_text(
    tmp_path_factory, titles: list[str]
) -> None:
    import asyncio

    from biy_tui.core.curriculum import CurriculumError, load_curriculum
    from biy_tui.core.inert import clean_line
    from biy_tui.ui.app import build_app
    from tests.unit.curriculum.test_inert_loading import toml_string

    tmp = tmp_path_factory.mktemp("prop")
    text = week_text(number=1, part="finding-our-voices", themes='["shame"]')
    for title in titles:
        text = text.replace('title = "An activity"', f"title = {toml_string(title)}", 1)
    site = tmp / "site"
    write(site, "week-01.toml", text)
    try:
        cur = load_curriculum(paths.shipped_curriculum_dir(), site)
    except CurriculumError:
        return
    if 1 not in cur.weeks:
        return
    wanted = [(_OWN[i], title) for i, title in enumerate(titles) if clean_line(title).strip()]
    if not wanted:
        return

    def needle(title: str) -> str:
        # A long title wraps in the details and is cut short in the list: its first 24
        # characters are drawn on one line in both (a tag taken as markup would not be).
        return clean_line(title).strip()[:24]

    async def run() -> None:
        app = build_app(cur, data_dir=tmp / "data")
        async with app.run_test(size=(160, 40), notifications=True) as pilot:
            app.push_screen(WeekScreen(1))
            await pilot.pause()
            app.screen.action_tab("activities")  # type: ignore[attr-defined]
            await pilot.pause()
            listing = app.screen.query_one("#activity-list", OptionList)
            ids = [listing.get_option_at_index(i).id for i in range(listing.option_count)]
            for activity_id, title in wanted:
                listing.highlighted = ids.index(activity_id)
                await pilot.pause()
                await pilot.press("a")
                await pilot.pause()
                assert shown(app, needle(title))
                assert noticed(app, f"Added “{clean_line(title)}”")
            # Every title's cells carry no action; then each is clicked (a click that
            # moves the screen must not hide a later title from the check above).
            for _id, title in wanted:
                assert await click_everywhere(pilot, needle(title), click=False) >= 1
            for _id, title in wanted:
                await click_everywhere(pilot, needle(title))
            assert app.is_running

    asyncio.run(run())

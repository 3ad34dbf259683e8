"""Pilot tests for the report screen: range, preview, format, write."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

from textual.widgets import Input, Static

from biy_tui.core import paths
from biy_tui.ui.dialogs.help import HelpScreen
from biy_tui.ui.screens.report import ReportScreen
from tests.ui.conftest import wait_for
from tests.ui.test_overview import static_text
from tests.unit.reports.fixtures import SELF_CARE, curriculum, save_all, small_site

TODAY = dt.date(2026, 11, 25)


async def test_preview_range_format_and_write(make_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    save_all(small_site(curriculum()), tmp_path / "data")
    app = make_app()
    notices: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        screen = ReportScreen(today=TODAY)
        app.push_screen(screen)
        await wait_for(pilot, lambda: screen.report is not None)
        preview = static_text(screen.query_one("#report-preview", Static))
        assert "Evaluation report: Believe In You" in preview
        assert "Week 2" in preview and "Week 7" in preview and SELF_CARE not in preview

        screen.report = None
        screen.query_one("#report-from", Input).focus()
        await pilot.press("7", "enter")
        await wait_for(pilot, lambda: screen.report is not None)
        assert screen.report is not None and screen.report.scope == "weeks 7–end"
        assert "Week 2" not in static_text(screen.query_one("#report-preview", Static))

        screen.query_one("#report-preview-scroll").focus()
        await pilot.press("f2")  # md -> html
        assert screen.format == "html"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: screen.written is not None)
        written = Path(screen.written or "")
        assert written.parent == paths.exports_dir() and written.suffix == ".html"
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
        assert "<svg" in written.read_text(encoding="utf-8")
        notices = [n.message for n in app._notifications]
        assert any(str(written) in n for n in notices)

        await pilot.press("f3")  # all weeks again
        await wait_for(
            pilot, lambda: screen.report is not None and screen.report.scope == "all weeks"
        )

        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.press("escape")
        assert not isinstance(app.screen, ReportScreen)


async def test_empty_records_say_so(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        screen = ReportScreen(today=TODAY)
        app.push_screen(screen)
        await wait_for(pilot, lambda: screen.report is not None)
        await pilot.pause()
        assert "No check-ins" in static_text(screen.query_one("#report-preview", Static))


async def _open_report(make_app, tmp_path: Path):  # type: ignore[no-untyped-def]
    save_all(small_site(curriculum()), tmp_path / "data")
    return make_app()


async def test_a_week_typed_counts_on_ctrl_s_without_leaving_the_box(
    make_app, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    app = await _open_report(make_app, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        screen = ReportScreen(today=TODAY)
        app.push_screen(screen)
        await wait_for(pilot, lambda: screen.report is not None)
        screen.query_one("#report-from", Input).focus()
        await pilot.press("7", "enter")
        await wait_for(
            pilot, lambda: screen.report is not None and screen.report.scope == "weeks 7–end"
        )
        await pilot.press("backspace", "1", "ctrl+s")  # still in the box
        await wait_for(pilot, lambda: screen.written is not None)
        text = Path(screen.written or "").read_text(encoding="utf-8")
        assert "Weeks 1–end" in text and "| Week 2 |" in text and "| Week 7 |" in text


async def test_a_range_inside_a_part_is_widened_with_a_sentence(make_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = await _open_report(make_app, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        screen = ReportScreen(today=TODAY)
        app.push_screen(screen)
        await wait_for(pilot, lambda: screen.report is not None)
        screen.query_one("#report-from", Input).focus()
        await pilot.press("2", "tab", "3", "ctrl+s")
        await wait_for(pilot, lambda: screen.written is not None)
        assert "Weeks 1–6" in Path(screen.written or "").read_text(encoding="utf-8")
        notices = [str(n.message) for n in app._notifications]
        assert any("weeks 2–3 became weeks 1–6" in n for n in notices), notices


async def test_a_backwards_range_is_refused_not_swapped(make_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = await _open_report(make_app, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        screen = ReportScreen(today=TODAY)
        app.push_screen(screen)
        await wait_for(pilot, lambda: screen.report is not None)
        screen.query_one("#report-from", Input).focus()
        await pilot.press("2", "5", "tab", "3", "ctrl+s")
        await wait_for(
            pilot, lambda: any("comes before" in str(n.message) for n in app._notifications)
        )
        await pilot.pause()
        assert screen.written is None
        notices = [str(n.message) for n in app._notifications]
        assert any(
            n == "The last week (3) comes before the first (25); change one of them, then write "
            "the file again."
            for n in notices
        ), notices
        assert screen.query_one("#report-from", Input).value == "25"

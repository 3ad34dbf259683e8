"""Start-up styles: parsed once, in the theme she chose (F9 still switches)."""

from __future__ import annotations

import pytest


async def test_the_styles_are_parsed_once_at_start_in_the_theme_she_chose(
    make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Setting the theme through its watcher parsed every style a second time before the
    first frame; the theme's colours are in place all the same, and F9 still switches."""
    from textual.css.stylesheet import Stylesheet

    from biy_tui.core.settings import Settings
    from biy_tui.ui.app import CALM, HIGH_CONTRAST

    reparsed: list[int] = []
    original = Stylesheet.reparse

    def counting(self: Stylesheet) -> None:
        reparsed.append(1)
        original(self)

    monkeypatch.setattr(Stylesheet, "reparse", counting)
    for theme in (CALM, HIGH_CONTRAST):
        reparsed.clear()
        app = make_app(settings=Settings(theme=theme.name))
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert reparsed == []
            assert app.theme == theme.name and f"-theme-{theme.name}" in app.classes
            weeks = app.screen.query_one("#weeks")
            assert weeks.styles.background.hex.upper() == str(theme.surface).upper()
            await pilot.press("f9")  # switching still goes through Textual's own path
            await pilot.pause()
            assert app.theme != theme.name and reparsed

"""The command palette's entries as plain text (no markup from data, ever).

Screens offer commands built from curriculum text ("Open week 3: <its title>", with the
week's summary as help). Textual's own system-commands provider parses both as content
markup, so a title like ``[@click=app.quit]`` would act and a stray ``[/]`` would break
the palette. This provider builds every entry as :class:`textual.content.Content` from the
plain string (made inert first), and highlights the fuzzy match by character offsets.
"""

from __future__ import annotations

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from biy_tui.core.inert import clean_line


def _plain(text: str) -> Content:
    return Content(clean_line(text))


def _highlight(matcher: Matcher, text: str) -> Content:
    content = Content(text)
    _, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets:
        if offset < len(text) and not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class PlainCommandsProvider(Provider):
    """The app's and the screen's commands, each shown as the plain text it is."""

    async def discover(self) -> Hits:
        """Every discoverable command, in name order."""
        commands = sorted(self.app.get_system_commands(self.screen), key=lambda c: c[0])
        for name, help_text, callback, discover in commands:
            if discover:
                yield DiscoveryHit(
                    _plain(name),
                    callback,
                    text=clean_line(name),
                    # Textual types help as str (parsed as markup); Content keeps it plain.
                    help=_plain(help_text),  # type: ignore[arg-type]
                )

    async def search(self, query: str) -> Hits:
        """The commands whose name matches what was typed, best first."""
        matcher = self.matcher(query)
        for name, help_text, callback, *_ in self.app.get_system_commands(self.screen):
            plain = clean_line(name)
            if (score := matcher.match(plain)) > 0:
                yield Hit(
                    score,
                    _highlight(matcher, plain),
                    callback,
                    text=plain,
                    # Textual types help as str (parsed as markup); Content keeps it plain.
                    help=_plain(help_text),  # type: ignore[arg-type]
                )

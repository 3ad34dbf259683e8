"""A footer whose keys fit the window: the screen's later keys give way, never F1 or ``?``.

Textual's :class:`~textual.widgets.Footer` lays every shown key in one line and
cuts what does not fit, so at 80 columns (and sooner in French) the last keys —
the app's own F1 "someone needs help now" and ``?`` "more keys" among them — were
cut off. This footer measures the keys and, when they do not all fit, leaves out
the command palette's key first (Ctrl+P still opens it), then the screen's later
keys, then the app's other keys, until the rest fit. F1 and ``?`` always stay, and
``?`` lists every key, so nothing becomes unreachable.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.events import Resize
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from biy_tui.core.text.fit import cells

ALWAYS = frozenset({"supports", "help", "app.supports", "app.help"})
"""Actions whose keys are always shown: help now (F1) and every key (``?``)."""

_PALETTE_SPACE = 2
"""The command palette key's border and right padding."""


def key_width(key_display: str, description: str) -> int:
    """Cells one key takes in the footer: `` key `` then ``description ``."""
    return cells(key_display) + 2 + (cells(description) + 1 if description else 0)


def fitting(widths: list[int], keep: list[bool], app_level: list[bool], room: int) -> list[bool]:
    """Which keys to show: the kept ones, then the screen's in order, then the app's.

    Args:
        widths: each key's width in cells, in the order shown.
        keep: True for a key that is always shown.
        app_level: True for a key the app binds (given way after the screen's).
        room: the cells the keys may take.

    Returns:
        One flag per key: shown or not (the order on screen stays as given).
    """
    shown = list(keep)
    used = sum(w for w, k in zip(widths, keep, strict=True) if k)
    rest = [i for i in range(len(widths)) if not keep[i] and not app_level[i]]
    rest += [i for i in range(len(widths)) if not keep[i] and app_level[i]]
    for i in rest:
        if used + widths[i] <= room:
            shown[i] = True
            used += widths[i]
    return shown


class FittingFooter(Footer):
    """Textual's footer, measured: keys that do not fit give way, F1 and ``?`` never."""

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        active = self.screen.active_bindings
        keys: list[tuple[Binding, bool, str]] = []
        seen: set[str] = set()
        for _node, binding, enabled, tooltip in active.values():
            if binding.show and binding.action not in seen:
                seen.add(binding.action)
                keys.append((binding, enabled, tooltip))
        displays = [self.app.get_key_display(binding) for binding, _, _ in keys]
        widths = [
            key_width(display, binding.description)
            for display, (binding, _, _) in zip(displays, keys, strict=True)
        ]
        palette: tuple[Binding, bool, str] | None = None
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            found = active.get(self.app.COMMAND_PALETTE_BINDING)
            if found is not None:
                palette = (found[1], found[2], found[3])
        room = self.size.width or self.app.size.width
        keep = [binding.action in ALWAYS for binding, _, _ in keys]
        app_level = [(binding.id or "").startswith("app.") for binding, _, _ in keys]
        if palette is not None:
            binding = palette[0]
            beside = room - _PALETTE_SPACE
            beside -= key_width(self.app.get_key_display(binding), binding.description)
            # The palette key gives way first: Ctrl+P opens the palette all the same.
            if sum(widths) > beside:
                palette = None
            else:
                room = beside
        shown = fitting(widths, keep, app_level, room)
        for show, display, (binding, enabled, tooltip) in zip(shown, displays, keys, strict=True):
            if show:
                yield FooterKey(
                    binding.key,
                    display,
                    binding.description,
                    binding.action,
                    disabled=not enabled,
                    tooltip=tooltip,
                ).data_bind(compact=Footer.compact)
        if palette is not None:
            binding, enabled, _tooltip = palette
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                classes="-command-palette",
                disabled=not enabled,
                tooltip=binding.tooltip or binding.description,
            )

    _laid_out_for = 0

    def on_resize(self, event: Resize) -> None:
        if self._bindings_ready and event.size.width != self._laid_out_for:
            self._laid_out_for = event.size.width
            self.call_after_refresh(self.recompose)

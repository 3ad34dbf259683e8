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
from textual.screen import Screen
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


_Key = tuple[str, str, str, str, bool, str, str]
"""One key as the footer shows it: key, display, description, action, disabled, tooltip,
classes."""


class FittingFooter(Footer):
    """Textual's footer, measured: keys that do not fit give way, F1 and ``?`` never.

    It is rebuilt only when the keys it shows change: Textual's footer rebuilds every key
    (and restyles it) each time the bindings are refreshed, which at start-up alone was a
    dozen times, the largest part of the time between the first frame and the marks.
    """

    _wanted: list[_Key] | None = None
    """The keys as last composed, or as a rebuild already asked for will compose them."""

    def _keys(self) -> list[_Key]:
        """The keys to show now, measured against the footer's width."""
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
        plan: list[_Key] = [
            (b.key, display, b.description, b.action, not enabled, tooltip, "")
            for show, display, (b, enabled, tooltip) in zip(shown, displays, keys, strict=True)
            if show
        ]
        if palette is not None:
            binding, enabled, _tooltip = palette
            plan.append(
                (
                    binding.key,
                    self.app.get_key_display(binding),
                    binding.description,
                    binding.action,
                    not enabled,
                    binding.tooltip or binding.description,
                    "-command-palette",
                )
            )
        return plan

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        self._wanted = self._keys()
        for key, display, description, action, disabled, tooltip, classes in self._wanted:
            footer_key = FooterKey(
                key, display, description, action, disabled=disabled, tooltip=tooltip
            )
            # Born with the footer's style: a key starts compact and is then told it is
            # not, each time restyled (two restylings per key, a dozen keys per rebuild).
            if classes:  # the palette key: compact, whatever the footer (as Textual's)
                footer_key.set_reactive(FooterKey.compact, True)
                footer_key.set_classes(f"{classes} -compact")
                yield footer_key
            else:
                footer_key.set_reactive(FooterKey.compact, self.compact)
                footer_key.set_class(self.compact, "-compact", update=False)
                yield footer_key.data_bind(compact=Footer.compact)

    def _rebuild_if_changed(self) -> None:
        keys = self._keys()
        if keys != self._wanted:
            self._wanted = keys
            self.call_after_refresh(self.recompose)

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Rebuild the keys only if the ones to show are not those shown."""
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self._rebuild_if_changed()

    def on_resize(self, event: Resize) -> None:
        if self._bindings_ready:
            self._rebuild_if_changed()

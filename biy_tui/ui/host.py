"""What the App's helpers (records, the curriculum reading) need from the App, once.

:class:`AppHost` is the part both :class:`~biy_tui.ui.records.RecordsHost` and
:class:`~biy_tui.ui.app_curriculum.CurriculumHost` share: the App's settings and
planner, and the few Textual calls they make. Each adds what only it needs.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel
    from textual.screen import Screen

    from biy_tui.core.planning import Planner
    from biy_tui.core.settings import Settings


class AppHost(Protocol):
    """The App's state and Textual calls that every helper of the App uses."""

    settings: Settings
    planner: Planner

    @property
    def screen_stack(self) -> list[Screen[Any]]:
        """The open screens, bottom first."""
        ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Show a notice."""

    def exit(self, result: None = None, return_code: int = 0, message: Any = None) -> None:
        """Close biy."""

    def call_from_thread(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run ``callback`` on the UI thread (from a worker thread)."""

    def call_after_refresh(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        """Run ``callback`` after the next refresh."""
        ...

    def run_worker(
        self,
        work: Callable[[], None] | Awaitable[None],
        name: str | None = "",
        group: str = "default",
        description: str = "",
        exit_on_error: bool = True,
        start: bool = True,
        exclusive: bool = False,
        thread: bool = False,
    ) -> object:
        """Run ``work`` in a worker."""
        ...

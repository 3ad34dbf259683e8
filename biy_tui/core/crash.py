"""Crash output that never contains the text of a note.

Python's default traceback prints source lines and, with some tools, local
variables; either could hold what a facilitator typed. biy instead prints the
exception's type and the innermost place (file and line) of biy's own code,
and nothing else. The exception's message is left out too, because a message
can quote a value.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import traceback
from types import TracebackType

from biy_tui.core.text import messages


def where(tb: TracebackType | None) -> str:
    """Return ``module:line`` of the innermost biy frame (or the innermost frame)."""
    frames = traceback.extract_tb(tb) if tb is not None else []
    ours = [f for f in frames if "biy_tui" in f.filename.replace("\\", "/")]
    chosen = ours or list(frames)
    if not chosen:
        return "unknown place"
    frame = chosen[-1]
    name = frame.filename.replace("\\", "/").rsplit("/", 1)[-1]
    return f"{name}:{frame.lineno}"


def describe(exc: BaseException) -> str:
    """Return the one safe sentence for an unexpected exception."""
    return messages.UNEXPECTED_ERROR.format(kind=type(exc).__name__, where=where(exc.__traceback__))


def report(exc: BaseException) -> None:
    """Print the safe sentence for ``exc`` to standard error."""
    with contextlib.suppress(Exception):  # stderr closed: nothing more we can do safely
        print(describe(exc), file=sys.stderr)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        print(messages.INTERRUPTED, file=sys.stderr)
        return
    exc.__traceback__ = tb
    report(exc)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        report(args.exc_value)


def install() -> None:
    """Replace the interpreter's crash printers with the safe ones."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook

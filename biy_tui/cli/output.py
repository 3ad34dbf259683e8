"""What the commands print is inert: a path or a word from outside never acts on a terminal.

biy's sentences carry folder names, file names and words she typed. A name can hold an
escape sequence (clear the screen, set the clipboard, make a link) or a bidi override
that makes the sentence read differently. The commands print through streams that make
such text inert (:func:`biy_tui.core.inert.clean`): standard error always (it carries
only sentences), standard output when it is a terminal. Into a pipe or a file, standard
output stays exactly what the command wrote (``biy scrub``, ``biy export`` are data).
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Iterator
from typing import TextIO

from biy_tui.core.inert import clean


class InertStream(io.TextIOBase):
    """A text stream that cleans what is written before passing it on."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(clean(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._stream.encoding

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return self._stream.errors

    @property
    def buffer(self) -> object:
        """The bytes underneath, for data written as bytes (JSON escapes its controls)."""
        return self._stream.buffer


@contextlib.contextmanager
def inert_output() -> Iterator[None]:
    """While a command runs: standard error always inert, standard output on a terminal."""
    saved = sys.stdout, sys.stderr
    if not isinstance(sys.stderr, InertStream):
        sys.stderr = InertStream(sys.stderr)
    if sys.stdout.isatty() and not isinstance(sys.stdout, InertStream):
        sys.stdout = InertStream(sys.stdout)
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        sys.stdout, sys.stderr = saved

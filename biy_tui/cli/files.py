"""Reading a file the user named, refusing anything that is not a plain file.

A named pipe given as a file would block the command forever on ``open``; a device
could stream without end. The file is opened without blocking and looked at
before anything is read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from biy_tui.core.text import messages


class NotPlainFile(OSError):
    """The path names a pipe, device or folder; ``strerror`` says so in the reader's language."""


def read_plain(path: Path, limit: int | None = None) -> bytes:
    """Return the bytes of ``path`` (at most ``limit`` + 1 of them when a limit is given).

    Raises:
        NotPlainFile: it is not a plain file.
        OSError: it cannot be read.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotPlainFile(errno.EINVAL, str(messages.NOT_A_PLAIN_FILE))
        with os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read() if limit is None else handle.read(limit + 1)
    finally:
        os.close(fd)

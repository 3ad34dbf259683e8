"""``BIY_PASSPHRASE`` (and ``BIY_NEW_PASSPHRASE``) for scripts: read once, then gone.

A passphrase left in ``os.environ`` would be inherited by every child process
and readable in ``/proc/PID/environ``; it is removed the first time it is read
and kept only in this module for the rest of the process.
"""

from __future__ import annotations

import os
from typing import Final

PASSPHRASE_ENV: Final = "BIY_PASSPHRASE"
NEW_PASSPHRASE_ENV: Final = "BIY_NEW_PASSPHRASE"
_taken: dict[str, str] = {}


def take(var: str = PASSPHRASE_ENV) -> str | None:
    """Return the passphrase given in ``var`` (empty means none), removing it from the env."""
    value = os.environ.pop(var, None)
    if value is not None:
        if value:
            _taken[var] = value
        else:
            _taken.pop(var, None)
    return _taken.get(var)


def forget() -> None:
    """Forget passphrases taken earlier (each command reads the environment afresh)."""
    _taken.clear()

"""The store's public face for commands that look after the data folder as a whole.

``biy export``/``import``/``doctor``/``encrypt``/``decrypt``/``passphrase`` and the app's
passphrase handling use these; everything else about records goes through
:class:`~biy_tui.core.store.Store`. The shell never imports the store's internal modules
(an import-linter contract in ``pyproject.toml`` says so).

Each name is imported when first used (PEP 562): the app's start asks only for
:func:`take_passphrase`, and must not pay for the import and export code (and the
privacy guard's word lists that come with it) before the overview is drawn.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from biy_tui.core.store.atomic import write_atomic as write_private_file
    from biy_tui.core.store.convert import change_encryption
    from biy_tui.core.store.doctor import run_doctor
    from biy_tui.core.store.envpass import NEW_PASSPHRASE_ENV
    from biy_tui.core.store.envpass import forget as forget_passphrase
    from biy_tui.core.store.envpass import take as take_passphrase
    from biy_tui.core.store.errors import refusal
    from biy_tui.core.store.exchange import MAX_IMPORT_BYTES, export_json, findings, redacted
    from biy_tui.core.store.exchange import validate as validate_import
    from biy_tui.core.store.importing import import_records

_WHERE: dict[str, tuple[str, str]] = {
    "MAX_IMPORT_BYTES": ("exchange", "MAX_IMPORT_BYTES"),
    "NEW_PASSPHRASE_ENV": ("envpass", "NEW_PASSPHRASE_ENV"),
    "change_encryption": ("convert", "change_encryption"),
    "export_json": ("exchange", "export_json"),
    "findings": ("exchange", "findings"),
    "forget_passphrase": ("envpass", "forget"),
    "import_records": ("importing", "import_records"),
    "redacted": ("exchange", "redacted"),
    "refusal": ("errors", "refusal"),
    "run_doctor": ("doctor", "run_doctor"),
    "take_passphrase": ("envpass", "take"),
    "validate_import": ("exchange", "validate"),
    "write_private_file": ("atomic", "write_atomic"),
}

__all__ = [
    "MAX_IMPORT_BYTES",
    "NEW_PASSPHRASE_ENV",
    "change_encryption",
    "export_json",
    "findings",
    "forget_passphrase",
    "import_records",
    "redacted",
    "refusal",
    "run_doctor",
    "take_passphrase",
    "validate_import",
    "write_private_file",
]
assert sorted(__all__) == sorted(_WHERE)


def __getattr__(name: str) -> object:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = where
    value = getattr(importlib.import_module(f"biy_tui.core.store.{module}"), attribute)
    globals()[name] = value
    return value

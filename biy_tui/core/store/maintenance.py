"""The store's public face for commands that look after the data folder as a whole.

``biy export``/``import``/``doctor``/``encrypt``/``decrypt``/``passphrase`` and the app's
passphrase handling use these; everything else about records goes through
:class:`~biy_tui.core.store.Store`. The shell never imports the store's internal modules
(an import-linter contract in ``pyproject.toml`` says so).
"""

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

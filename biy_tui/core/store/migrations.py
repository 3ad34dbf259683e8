"""Schema versions of the data files and the steps between them.

Each file carries the schema it was written with. Opening for writing brings
every older file up to :data:`~.fileformat.SCHEMA` at once (keeping the old file
as a backup); a read-only open migrates in memory only.

History:
    1. The pre-release layout: TinyDB's ``_default`` table, no ``kind`` tag,
       no privacy-override counts, plans without a group label.
    2. Records live in the ``records`` table (drafts in ``drafts``), carry their
       ``kind`` and their privacy-override counts; plans may have a label.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from biy_tui.core.store.fileformat import SCHEMA
from biy_tui.core.store.records import KINDS, TEXT_FIELDS

Tables = dict[str, Any]
TABLE: Final = "records"
DRAFTS_TABLE: Final = "drafts"


def _v1_to_v2(kind: str, tables: Tables) -> Tables:
    """Move records to the ``records`` table and add the fields version 2 added."""
    if kind not in KINDS:  # the manifest and drafts only change table name
        old = tables.pop("_default", None)
        if old is not None and kind == "drafts":
            tables[DRAFTS_TABLE] = old
        return tables
    docs: dict[str, Any] = tables.pop("_default", None) or {}
    moved: dict[str, Any] = {}
    for doc_id, doc in docs.items():
        new = dict(doc)
        new.setdefault("kind", kind)
        if TEXT_FIELDS[kind]:
            new.setdefault("privacy_overrides", 0)
            new.setdefault("overrides_by_field", {})
        moved[doc_id] = new
    tables[TABLE] = moved
    return tables


STEPS: Final[dict[int, Callable[[str, Tables], Tables]]] = {1: _v1_to_v2}
"""``STEPS[n]`` turns the tables of a schema-``n`` file into schema ``n + 1``."""


def migrate(kind: str, schema: int, tables: Tables) -> Tables:
    """Return ``tables`` (from a file of ``schema``) in the current schema."""
    while schema < SCHEMA:
        tables = STEPS[schema](kind, tables)
        schema += 1
    return tables

"""The privacy guard's secret on the store: :meth:`guard_key` and the learned hashes.

Kept apart from :mod:`.facade` so each module reads in one sitting; the file
format is in :mod:`.guardfile`.
"""

from __future__ import annotations

from collections.abc import Iterable

from biy_tui.core.store import guardfile
from biy_tui.core.store.core import StoreCore
from biy_tui.core.store.errors import StoreReadOnly
from biy_tui.core.store.fileformat import Damaged
from biy_tui.core.store.folder import GUARD
from biy_tui.core.text import messages


class GuardSecrets(StoreCore):
    """The guard's per-store key and learned hashes (see :class:`~.facade.Store`)."""

    def guard_key(self) -> bytes:
        """Return this store's random 32-byte secret for the guard's keyed hashes.

        Made on first call and kept in ``guard.json`` (encrypted when the store
        is, never exported). A read-only store without one yet gets a key that
        lives in memory only, so nothing it learns could be kept anyway.

        Raises:
            StoreWriteFailed: the new key could not be saved.
        """
        with self._mutex:
            return self._guard_state()[0]

    def learned_hashes(self) -> frozenset[bytes]:
        """Return the opaque hashes the guard asked the store to keep."""
        with self._mutex:
            return self._guard_state()[1]

    def add_learned_hashes(self, hashes: Iterable[bytes]) -> None:
        """Keep more opaque hashes (durably, before returning); never words.

        Raises:
            TypeError, ValueError: an item is not 1 to 64 bytes.
            StoreReadOnly: the store was opened read-only.
            StoreWriteFailed: the disk refused; nothing changed.
        """
        new = guardfile.checked(hashes)
        with self._mutex:
            if self.read_only:
                raise StoreReadOnly(messages.STORE_READ_ONLY)
            key, learned = self._guard_state()
            merged = learned.union(new)
            if merged != learned or self._guard_payload is None:
                self._write_guard(key, merged)

    def _guard_state(self) -> tuple[bytes, frozenset[bytes]]:
        if self._guard is None:
            if self._guard_payload is not None:
                try:
                    self._guard = guardfile.decode(self._guard_payload)
                except Damaged:  # damaged past its checksum: start again, nothing secret lost
                    self._guard_payload = None
            if self._guard is None:
                key = guardfile.decode(guardfile.encode_fresh())[0]
                if self.read_only:
                    self._guard = (key, frozenset())
                else:
                    self._write_guard(key, frozenset())
        assert self._guard is not None
        return self._guard

    def _write_guard(self, key: bytes, learned: frozenset[bytes]) -> None:
        payload = guardfile.encode(key, learned)
        folder = self._folder
        self._write(folder.root / GUARD, lambda: folder.write(GUARD, payload, len(learned)))
        self._guard_payload = payload
        self._guard = (key, learned)

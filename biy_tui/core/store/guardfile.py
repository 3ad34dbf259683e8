"""The privacy guard's own secret and what it learned, kept inside the store.

``guard.json`` holds a per-store random 32-byte key and a set of opaque hashes
(the guard computes keyed hashes of what she redacted, so it can flag the same
words again without ever keeping them). It is a data file like the others:
checksummed, owner-only, sealed when the store is encrypted, converted by
``biy encrypt``/``decrypt``/``passphrase``, and never part of ``biy export``.
Only bytes handed in by the guard are stored; no word ever is.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Iterable
from typing import Final

import msgspec

from biy_tui.core.store.fileformat import Damaged
from biy_tui.core.text import messages

KEY_BYTES: Final = 32
MAX_HASH_BYTES: Final = 64
"""A learned hash longer than this is refused (a hash, never a phrase)."""


class GuardData(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The payload of ``guard.json``."""

    key: str
    learned: list[str] = msgspec.field(default_factory=list)


def encode_fresh() -> bytes:
    """Return the payload of a new random key with nothing learned."""
    return encode(secrets.token_bytes(KEY_BYTES), ())


def decode(payload: bytes) -> tuple[bytes, frozenset[bytes]]:
    """Return the key and the learned hashes of a ``guard.json`` payload.

    Raises:
        Damaged: the payload is not a guard file.
    """
    try:
        data = msgspec.json.decode(payload, type=GuardData)
        key = base64.b64decode(data.key, validate=True)
        learned = frozenset(base64.b64decode(h, validate=True) for h in data.learned)
    except (msgspec.DecodeError, ValueError):
        raise Damaged(messages.DAMAGE_CONTENT) from None
    if len(key) != KEY_BYTES:
        raise Damaged(messages.DAMAGE_CONTENT)
    return key, learned


def encode(key: bytes, learned: Iterable[bytes]) -> bytes:
    """Return the payload for ``key`` and ``learned`` (sorted, so it is stable)."""
    data = GuardData(
        key=base64.b64encode(key).decode("ascii"),
        learned=sorted(base64.b64encode(h).decode("ascii") for h in learned),
    )
    return msgspec.json.encode(data)


def checked(hashes: Iterable[bytes]) -> list[bytes]:
    """Return ``hashes`` as bytes, refusing anything that is not short opaque bytes.

    Raises:
        TypeError: an item is not bytes.
        ValueError: an item is empty or longer than :data:`MAX_HASH_BYTES`.
    """
    out: list[bytes] = []
    for item in hashes:
        if not isinstance(item, bytes | bytearray | memoryview):
            raise TypeError("learned hashes must be bytes")
        value = bytes(item)
        if not 0 < len(value) <= MAX_HASH_BYTES:
            raise ValueError("a learned hash must be 1 to 64 bytes")
        out.append(value)
    return out

"""The bytes of a data file: a header line with a checksum, then the JSON payload.

A plain file is::

    {"format":"biy-store","schema":2,"kind":"debrief","count":12,"length":3456,"sha256":"…"}
    {"records":{"1":{…},"2":{…}}}

The header is checked at open (format, kind, schema, length, SHA-256), which is
cheap, while the payload is parsed only when its records are needed. In an
encrypted store the whole plain file is sealed (see :mod:`.crypto`).
"""

from __future__ import annotations

import hashlib
from typing import Final

import msgspec

from biy_tui.core.store.crypto import Cipher, SealError, is_sealed
from biy_tui.core.text import messages

FORMAT: Final = "biy-store"
SCHEMA: Final = 2
"""The current schema version (see :mod:`.migrations`)."""
_MAX_HEADER: Final = 1024


class Header(msgspec.Struct, frozen=True, kw_only=True):
    """The first line of every data file."""

    format: str
    schema: int
    kind: str
    count: int
    length: int
    sha256: str


class Damaged(Exception):
    """A file is not a valid biy data file; ``str()`` is a short content-free reason."""


class TooNew(Exception):
    """A file was written with a newer schema than this biy knows."""


def encode(
    kind: str, payload: bytes, count: int, cipher: Cipher | None, *, schema: int = SCHEMA
) -> bytes:
    """Return the file bytes for ``payload`` (sealed when ``cipher`` is given)."""
    header = Header(
        format=FORMAT,
        schema=schema,
        kind=kind,
        count=count,
        length=len(payload),
        sha256=hashlib.sha256(payload).hexdigest(),
    )
    plain = msgspec.json.encode(header) + b"\n" + payload
    return cipher.seal(plain) if cipher is not None else plain


def decode(raw: bytes, kind: str, cipher: Cipher | None) -> tuple[Header, bytes]:
    """Check a file's bytes and return its header and payload.

    Args:
        raw: the whole file.
        kind: the kind its name says it holds.
        cipher: the store's key, or None for a plain store.

    Raises:
        Damaged: anything about the file is wrong (the reason is safe to show).
        TooNew: the file comes from a newer biy.
    """
    if not raw:
        raise Damaged(messages.DAMAGE_EMPTY)
    if cipher is not None:
        if not is_sealed(raw):
            raise Damaged(messages.DAMAGE_NOT_SEALED)
        try:
            raw = cipher.open(raw)
        except SealError:
            raise Damaged(messages.DAMAGE_SEALED) from None
    elif is_sealed(raw):
        raise Damaged(messages.DAMAGE_UNEXPECTED_SEAL)
    end = raw.find(b"\n", 0, _MAX_HEADER)
    if end < 0:
        raise Damaged(messages.DAMAGE_HEADER)
    try:
        header = msgspec.json.decode(raw[:end], type=Header)
    except (msgspec.DecodeError, UnicodeDecodeError):
        raise Damaged(messages.DAMAGE_HEADER) from None
    if header.format != FORMAT:
        raise Damaged(messages.DAMAGE_FOREIGN)
    if header.schema > SCHEMA:
        raise TooNew(header.schema)
    if header.schema < 1:
        raise Damaged(messages.DAMAGE_HEADER)
    if header.kind != kind:
        raise Damaged(messages.DAMAGE_KIND)
    payload = raw[end + 1 :]
    if len(payload) != header.length:
        raise Damaged(messages.DAMAGE_LENGTH)
    if hashlib.sha256(payload).hexdigest() != header.sha256:
        raise Damaged(messages.DAMAGE_CHECKSUM)
    return header, payload

"""Encryption at rest: a passphrase-derived key and AEAD-sealed files.

A sealed file is ``MAGIC`` + a one-line JSON header (cipher, key-derivation
parameters and salt) + a 12-byte nonce + AES-256-GCM ciphertext. The magic and
header are authenticated as associated data, so neither can be altered
unnoticed. The key is derived once per open with scrypt; every file of a store
shares the store's salt, and every write uses a fresh random nonce. A wrong
passphrase and a damaged file look the same to AEAD; the store tells them apart
by trying more than one file.
"""

from __future__ import annotations

import base64
import os
import unicodedata
from typing import Final

import msgspec

# cryptography (about 6 MiB) is imported only when a store is encrypted, so an
# unencrypted store opens without it (time to usable, budgets.md).

MAGIC: Final = b"BIYENC1\n"
"""The versioned prefix of every sealed file."""

SCRYPT_N: int = 2**15
"""scrypt cost for new stores (32 MiB, about 0.1 s); tests lower it for speed."""
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
_NONCE: Final = 12
_MAX_HEADER: Final = 512


class SealError(Exception):
    """A sealed file could not be opened (damaged, foreign, or another key)."""


class KdfParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """How the key was derived; stored in every sealed file's header."""

    salt: str
    n: int
    r: int
    p: int
    kdf: str = "scrypt"
    cipher: str = "aes-256-gcm"

    @classmethod
    def fresh(cls) -> KdfParams:
        """Return parameters with a new random salt and the current cost."""
        salt = base64.b64encode(os.urandom(16)).decode("ascii")
        return cls(salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)


def normalise(passphrase: str) -> str:
    """Return the passphrase in Unicode NFC: "café" typed either way opens the same."""
    return unicodedata.normalize("NFC", passphrase)


def is_sealed(raw: bytes) -> bool:
    """Return True when ``raw`` starts with the sealed-file prefix."""
    return raw.startswith(MAGIC)


def _split(raw: bytes) -> tuple[bytes, KdfParams, bytes, bytes]:
    if not is_sealed(raw):
        raise SealError("not sealed")
    end = raw.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_HEADER)
    if end < 0:
        raise SealError("no header")
    try:
        params = msgspec.json.decode(raw[len(MAGIC) : end], type=KdfParams)
    except (msgspec.DecodeError, UnicodeDecodeError):
        raise SealError("bad header") from None
    if params.kdf != "scrypt" or params.cipher != "aes-256-gcm":
        raise SealError("unknown cipher")
    aad = raw[: end + 1]
    nonce = raw[end + 1 : end + 1 + _NONCE]
    if len(nonce) != _NONCE:
        raise SealError("truncated")
    return aad, params, nonce, raw[end + 1 + _NONCE :]


def read_params(raw: bytes) -> KdfParams:
    """Return the key parameters of a sealed file.

    Raises:
        SealError: the file is not sealed or its header is damaged.
    """
    return _split(raw)[1]


class Cipher:
    """A derived key, ready to seal and open files of one store."""

    def __init__(self, key: bytes, params: KdfParams) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead = AESGCM(key)
        self.key = key
        self.params = params
        self._header = MAGIC + msgspec.json.encode(params) + b"\n"

    @classmethod
    def derive(cls, passphrase: str, params: KdfParams, *, nfc: bool = True) -> Cipher:
        """Derive the key for ``passphrase`` with ``params`` (slow on purpose).

        The passphrase is NFC-normalised first; ``nfc=False`` derives from it as
        typed (only to open a store made before biy normalised).

        Raises:
            SealError: the parameters are not usable.
        """
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        try:
            salt = base64.b64decode(params.salt, validate=True)
            kdf = Scrypt(salt=salt, length=32, n=params.n, r=params.r, p=params.p)
            typed = normalise(passphrase) if nfc else passphrase
            key = kdf.derive(typed.encode("utf-8"))
        except (ValueError, TypeError, MemoryError):
            raise SealError("unusable key parameters") from None
        return cls(key, params)

    def seal(self, plain: bytes) -> bytes:
        """Return ``plain`` encrypted and authenticated, with the header in front."""
        nonce = os.urandom(_NONCE)
        return self._header + nonce + self._aead.encrypt(nonce, plain, self._header)

    def open(self, raw: bytes) -> bytes:
        """Return the plaintext of a sealed file.

        Raises:
            SealError: not sealed, sealed with other parameters, or not authentic.
        """
        from cryptography.exceptions import InvalidTag

        aad, params, nonce, ciphertext = _split(raw)
        if params != self.params:
            raise SealError("other key")
        try:
            return self._aead.decrypt(nonce, ciphertext, aad)
        except InvalidTag:
            raise SealError("not authentic") from None

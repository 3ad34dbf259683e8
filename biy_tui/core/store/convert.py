"""Encrypting or decrypting a whole data folder without ever risking the records.

The new form of every file (data, backups, quarantine) is written to a staging
folder and read back to verify it. Only then is a ``READY`` list written, and
the files are moved into place. Interrupted before ``READY``, the live files
were never touched and the staging copy is thrown away at the next open;
interrupted after it, the next open finishes the moves
(:func:`.recovery.finish_conversion`).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
from pathlib import Path

import msgspec

from biy_tui.core.store import atomic, fileformat, recovery
from biy_tui.core.store.crypto import Cipher, KdfParams, SealError, is_sealed
from biy_tui.core.store.errors import Notice, StoreError, reason
from biy_tui.core.store.facade import DEFAULT_BACKUPS, Store
from biy_tui.core.store.folder import BACKUPS, MANIFEST, QUARANTINE, STAGING, DataFolder, kind_for
from biy_tui.core.text import messages


def change_encryption(
    data_dir: Path,
    passphrase: str | None,
    new_passphrase: str | None,
    *,
    backups_kept: int = DEFAULT_BACKUPS,
) -> None:
    """Encrypt, decrypt or change the passphrase of every file in ``data_dir``.

    ``passphrase`` None and ``new_passphrase`` given encrypts; ``passphrase``
    given and ``new_passphrase`` None decrypts; both given changes the
    passphrase (every file is sealed again with a new key; nothing is ever
    written in plaintext).

    Args:
        data_dir: the data folder.
        passphrase: the current passphrase (for an encrypted store).
        new_passphrase: the passphrase to encrypt with, or None to decrypt.
        backups_kept: passed to :meth:`Store.open`.

    Raises:
        StoreError: already in the asked form, a wrong passphrase, or the disk
            refused (in which case nothing changed).
    """
    store = Store.open(data_dir, passphrase, backups_kept=backups_kept)
    try:
        old = store._folder
        if new_passphrase is not None and old.cipher is not None and passphrase is None:
            raise StoreError(messages.ENCRYPT_ALREADY.format(path=old.root))
        if old.cipher is None and (new_passphrase is None or passphrase is not None):
            raise StoreError(messages.DECRYPT_NOT_ENCRYPTED.format(path=old.root))
        for name in list(store._parts):  # any late damage is repaired before copying
            store._guarded(name, lambda p: p.tables())
        new = Cipher.derive(new_passphrase, KdfParams.fresh()) if new_passphrase else None
        _convert(old, new)
    except SealError:
        raise StoreError(messages.STORE_FOLDER_FAILED.format(path=data_dir, why="key")) from None
    finally:
        store.close()


def _convert(old: DataFolder, target: Cipher | None) -> None:
    root = old.root
    staging = root / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    # Decrypting stages every file sealed with a throwaway key that only READY holds:
    # no plaintext byte is written while the store still needs the passphrase.
    transit = Cipher(os.urandom(32), KdfParams.fresh()) if target is None else None
    new = target if target is not None else transit
    moves: list[str] = []
    removes: list[str] = []
    expected: dict[str, bytes] = {}
    try:
        atomic.ensure_private_dir(staging)
        for name in old.data_files():
            header, payload = old.decode(name, old.read(root / name))
            raw = fileformat.encode(header.kind, payload, header.count, new, schema=header.schema)
            _stage(staging, name, raw, expected, payload, moves)
        for name in old.backup_index():
            for path in old.backups(name):
                rel = f"{BACKUPS}/{path.name}"
                try:
                    header, payload = old.decode(name, old.read(path))
                except (OSError, fileformat.Damaged, fileformat.TooNew):
                    removes.append(rel)  # useless, and may hold the old form
                    continue
                raw = fileformat.encode(
                    header.kind, payload, header.count, new, schema=header.schema
                )
                _stage(staging, rel, raw, expected, payload, moves)
        for path in old.quarantined():
            rel = f"{QUARANTINE}/{path.name}"
            blob = old.read(path)
            if old.cipher is None and not is_sealed(blob):
                plain: bytes | None = blob
            elif old.cipher is not None and is_sealed(blob):
                try:
                    plain = old.cipher.open(blob)
                except SealError:
                    plain = None  # damaged past reading; it stays as it is
            else:
                plain = None
            if plain is not None and new is not None:
                _stage(staging, rel, new.seal(plain), expected, plain, moves)
        _verify(staging, new, expected)
        for sub in (staging / BACKUPS, staging / QUARANTINE, staging):
            if sub.is_dir():
                atomic.fsync_dir(sub)
        # Encrypting, the sealed manifest goes in last (the store needs the passphrase
        # only once everything is sealed); decrypting, the plain manifest goes first.
        moves.sort(key=lambda rel: (rel == MANIFEST) == (target is not None))
        body: dict[str, object] = {"move": moves, "remove": removes}
        if transit is not None:
            body["transit"] = {
                "key": base64.b64encode(transit.key).decode("ascii"),
                "params": msgspec.to_builtins(transit.params),
            }
        plan = json.dumps(body).encode("utf-8")
        atomic.write_atomic(staging / "READY", plan)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise StoreError(messages.STORE_WRITE_FAILED.format(path=root, why=reason(exc))) from None
    except (fileformat.Damaged, fileformat.TooNew) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise StoreError(messages.ENCRYPT_VERIFY_FAILED.format(file=exc)) from None
    except BaseException:  # StoreError, Ctrl+C, …: nothing was moved yet, so throw it away
        shutil.rmtree(staging, ignore_errors=True)
        raise
    notices: list[Notice] = []
    recovery.finish_conversion(root, read_only=False, notices=notices)


def _stage(
    staging: Path,
    rel: str,
    raw: bytes,
    expected: dict[str, bytes],
    content: bytes,
    moves: list[str],
) -> None:
    target = staging / rel
    atomic.ensure_private_dir(target.parent)
    atomic.write_new(target, raw)
    expected[rel] = content
    moves.append(rel)


def _verify(staging: Path, new: Cipher | None, expected: dict[str, bytes]) -> None:
    # ``new`` is the target key, or the transit key while decrypting
    """Read every staged file back and check it holds exactly what was meant."""
    for rel, content in expected.items():
        path = staging / rel
        with open(path, "rb") as handle:
            raw = handle.read()
        try:
            if rel.startswith(f"{QUARANTINE}/"):
                got = new.open(raw) if new is not None else raw
            else:
                name = Path(rel).name
                if rel.startswith(f"{BACKUPS}/"):
                    name = name.rsplit(".", 2)[0]
                kind = kind_for(name)
                assert kind is not None
                got = fileformat.decode(raw, kind, new)[1]
        except (SealError, fileformat.Damaged, fileformat.TooNew):
            got = b""
        if got != content:
            raise StoreError(messages.ENCRYPT_VERIFY_FAILED.format(file=rel))

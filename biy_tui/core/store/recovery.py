"""Opening a data folder safely: find the key, check every file, repair what is damaged.

Nothing here deletes a damaged file: it is moved to the quarantine folder, the
newest backup that passes every check is put in its place, and a
:class:`~.errors.Notice` tells the facilitator what happened and where the
damaged file is. A read-only open changes nothing on disk; it shows the backup
in memory instead.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import msgspec

from biy_tui.core.store import atomic, fileformat, salvage
from biy_tui.core.store.crypto import (
    MAGIC,
    Cipher,
    KdfParams,
    SealError,
    is_sealed,
    normalise,
    read_params,
)
from biy_tui.core.store.errors import (
    Notice,
    PassphraseRequired,
    StoreError,
    StoreTooNew,
    WrongPassphrase,
    reason,
    refusal,
)
from biy_tui.core.store.fileformat import Header
from biy_tui.core.store.folder import (
    DRAFTS,
    GUARD,
    MANIFEST,
    STAGING,
    DataFolder,
    kind_for,
    saved_when,
)
from biy_tui.core.text import messages


@dataclass
class Loaded:
    """A data file that passed every check: its header and payload."""

    name: str
    header: Header
    payload: bytes | None
    """None for a file of records that passed as it is on disk: read back when needed."""


def find_cipher(folder: DataFolder, passphrase: str | None) -> Cipher | None:
    """Decide whether the folder is encrypted and, if so, derive and verify the key.

    Raises:
        PassphraseRequired: the folder is encrypted and no passphrase was given.
        WrongPassphrase: no file in the folder opens with the passphrase.
    """
    # Only each file's first bytes say whether it is sealed: a long history is not
    # read twice (the scan reads every file next); a sealed file is read whole
    # only when its turn comes to try the passphrase.
    samples: dict[str, bytes] = {}
    for name in folder.data_files():
        with contextlib.suppress(OSError):
            if name == MANIFEST:
                samples[name] = folder.read(folder.root / name)
            else:
                samples[name] = atomic.read_prefix(folder.root / name, len(MAGIC))
    manifest = samples.get(MANIFEST, b"")
    plain_manifest = False  # a manifest that checks out as plain means a plain store
    if manifest and not is_sealed(manifest):
        try:
            fileformat.decode(manifest, "manifest", None)
            plain_manifest = True
        except fileformat.TooNew:
            plain_manifest = True
        except fileformat.Damaged:
            pass
    encrypted = not plain_manifest and any(is_sealed(raw) for raw in samples.values())
    if not encrypted:
        return None
    if passphrase is None:
        raise PassphraseRequired(messages.STORE_PASSPHRASE_REQUIRED.format(path=folder.root))
    candidates = [folder.root / name for name, raw in samples.items() if name != MANIFEST]
    candidates = [p for p in candidates if is_sealed(samples[p.name])]
    candidates += [path for name in folder.backup_index() for path in folder.backups(name)[:1]]

    def sealed() -> Iterator[bytes]:
        if is_sealed(manifest):
            yield manifest
        for path in candidates:
            with contextlib.suppress(OSError):
                raw = folder.read(path)
                if is_sealed(raw):
                    yield raw

    forms = [True] if normalise(passphrase) == passphrase else [True, False]
    for nfc in forms:  # NFC first; as typed, for a store made before biy normalised
        tried: dict[KdfParams, Cipher | None] = {}
        for raw in sealed():
            try:
                params = read_params(raw)
            except SealError:
                continue
            if params not in tried:
                try:
                    tried[params] = Cipher.derive(passphrase, params, nfc=nfc)
                except SealError:
                    tried[params] = None
            cipher = tried[params]
            if cipher is None:
                continue
            try:
                cipher.open(raw)
            except SealError:
                continue
            return cipher
    raise WrongPassphrase(messages.STORE_WRONG_PASSPHRASE.format(path=folder.root))


def scan(folder: DataFolder, *, read_only: bool, notices: list[Notice]) -> dict[str, Loaded]:
    """Check every data file; repair damaged or missing ones from backups.

    Returns:
        The usable files by name (after repair).

    Raises:
        StoreTooNew: a file comes from a newer biy (checked before anything changes).
    """
    names = set(folder.data_files()) | set(folder.backup_index())
    good: dict[str, Loaded] = {}
    bad: dict[str, str | None] = {}  # name -> why (None: the file is missing)
    for name in sorted(names):
        path = folder.root / name
        try:
            raw = folder.read(path)
        except FileNotFoundError:
            bad[name] = None
            continue
        except OSError as exc:  # an owner, a mode, a lock, a folder in the way: not damage
            raise refusal(path, exc) from None
        try:
            header, payload = folder.decode(name, raw)
        except fileformat.Damaged as exc:
            bad[name] = str(exc)
            continue
        except fileformat.TooNew:
            raise StoreTooNew(messages.STORE_TOO_NEW.format(file=path)) from None
        # A file of records is read back when first needed (see BiyStorage), so twenty
        # years of history are checked here without being held in memory.
        kept = payload if name in (MANIFEST, GUARD, DRAFTS) else None
        good[name] = Loaded(name, header, kept)
    for name, why in bad.items():
        loaded = repair(folder, name, why, read_only=read_only, notices=notices)
        if loaded is not None:
            good[name] = loaded
    return good


def repair(
    folder: DataFolder, name: str, why: str | None, *, read_only: bool, notices: list[Notice]
) -> Loaded | None:
    """Put a damaged (or missing) file back together, keeping the damaged copy aside.

    A file of records (or drafts) is salvaged record by record from the damaged
    copy and its newest good backup (:mod:`.salvage`); the manifest and the
    guard file are restored from their newest good backup. A missing file comes
    back from its newest backup.

    Args:
        folder: the data folder.
        name: the data file's name.
        why: a short reason it is damaged, or None when it is missing.
        read_only: show what could be recovered in memory only; change nothing.
        notices: where to add the sentence for the facilitator.

    Returns:
        The file as now usable, or None when nothing could be recovered.
    """
    path = folder.root / name
    backup = folder.good_backup(name)
    kind = kind_for(name)
    if why is not None and kind not in ("manifest", "guard"):
        return _salvage(folder, name, why, backup, read_only=read_only, notices=notices)
    if why is None and backup is None:
        return None  # missing and never backed up: nothing was there to lose
    if read_only:
        if why is not None:
            shown = (
                messages.STORE_SHOWN_BACKUP.format(when=saved_when(backup[0]))
                if backup
                else messages.STORE_SHOWN_NOTHING
            )
            notices.append(
                Notice(
                    messages.STORE_DAMAGED_READ_ONLY.format(file=path, why=why, shown=shown), path
                )
            )
        return Loaded(name, backup[2], backup[3]) if backup else None
    quarantined = _set_aside(folder, name) if why is not None else None
    if backup is None:
        text = (
            messages.STORE_MANIFEST_REBUILT
            if kind == "manifest"
            else messages.STORE_DAMAGED_NO_BACKUP
        )
        notices.append(
            Notice(text.format(file=path, why=why, quarantined=quarantined), path, quarantined)
        )
        return None
    when = saved_when(backup[0])
    try:
        folder.write_raw(name, backup[1])
    except OSError as exc:
        raise StoreError(
            messages.STORE_FOLDER_FAILED.format(path=folder.root, why=reason(exc))
        ) from None
    if why is None:
        text = messages.STORE_MISSING_RESTORED.format(file=path, when=when)
    else:
        text = messages.STORE_DAMAGED_RESTORED.format(
            file=path, why=why, quarantined=quarantined, when=when
        )
    notices.append(Notice(text, path, quarantined))
    return Loaded(name, backup[2], backup[3])


def _set_aside(folder: DataFolder, name: str) -> Path:
    try:
        return folder.quarantine(name)
    except OSError as exc:
        raise StoreError(
            messages.STORE_FOLDER_FAILED.format(path=folder.quarantine_dir, why=reason(exc))
        ) from None


def _salvage(
    folder: DataFolder,
    name: str,
    why: str,
    backup: tuple[Path, bytes, Header, bytes] | None,
    *,
    read_only: bool,
    notices: list[Notice],
) -> Loaded | None:
    path = folder.root / name
    kind = kind_for(name)
    assert kind is not None
    try:
        damaged: bytes | None = folder.read(path)
    except OSError:
        damaged = None
    got = salvage.salvage(
        name, kind, damaged, folder.cipher, (backup[2], backup[3]) if backup else None
    )
    forms = messages.COUNT_KIND["drafts"] if kind == "drafts" else messages.COUNT_RECORDS
    kept = forms(n=got.count)
    header = Header(
        format=fileformat.FORMAT,
        schema=fileformat.SCHEMA,
        kind=kind,
        count=got.count,
        length=len(got.payload),
        sha256=hashlib.sha256(got.payload).hexdigest(),
    )
    lost = 0 if kind == "drafts" else got.lost
    if read_only:
        shown = messages.STORE_SHOWN_SALVAGED.format(kept=kept)
        text = messages.STORE_DAMAGED_READ_ONLY.format(file=path, why=why, shown=shown)
        notices.append(Notice(text, path, None, lost))
        return Loaded(name, header, got.payload)
    if kind == "drafts":  # drafts keep no copies, not even a damaged one
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        quarantined = None
        text = messages.STORE_DRAFTS_SALVAGED.format(file=path, why=why, kept=kept)
    else:
        quarantined = _set_aside(folder, name)
        if got.lost == 0:
            template = messages.STORE_SALVAGED
        elif got.lost is None:
            template = messages.STORE_SALVAGED_UNSURE
        else:
            template = messages.STORE_SALVAGED_LOST
        lost_words = messages.COUNT_RECORDS(n=got.lost or 0)
        text = template.format(
            file=path, why=why, kept=kept, lost=lost_words, quarantined=quarantined
        )
    try:
        folder.write(name, got.payload, got.count)
    except OSError as exc:
        raise StoreError(
            messages.STORE_FOLDER_FAILED.format(path=folder.root, why=reason(exc))
        ) from None
    notices.append(Notice(text, path, quarantined, lost))
    return Loaded(name, header, got.payload)


def _transit(plan: dict[str, object]) -> Cipher | None:
    """The throwaway key a decrypt staged its files with (in READY), if any."""
    info = plan.get("transit")
    if not isinstance(info, dict):
        return None
    try:
        key = base64.b64decode(str(info["key"]), validate=True)
        return Cipher(key, msgspec.convert(info["params"], KdfParams))
    except (KeyError, ValueError, msgspec.ValidationError):
        return None


def finish_conversion(root: Path, *, read_only: bool, notices: list[Notice]) -> None:
    """Complete an encrypt/decrypt that was interrupted after it was verified.

    A staging folder with a ``READY`` list is rolled forward (its files are moved
    into place); one without is an unfinished copy and is removed (the live files
    were never touched).
    """
    staging = root / STAGING
    if not staging.exists():
        return
    ready = staging / "READY"
    if read_only:
        if ready.exists():
            raise StoreError(messages.STORE_PENDING_CONVERSION.format(path=root))
        return
    try:
        plan = json.loads(atomic.read_file(ready))
    except (FileNotFoundError, ValueError):  # never committed: the live files are untouched
        plan = None
    except OSError as exc:  # committed but unreadable now: keep everything, try again later
        raise StoreError(messages.STORE_FOLDER_FAILED.format(path=root, why=reason(exc))) from None
    if isinstance(plan, dict):
        transit = _transit(plan)
        try:
            for rel in plan.get("remove", []):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(root / rel)
            for rel in plan.get("move", []):
                src = staging / rel
                if src.exists():
                    atomic.ensure_private_dir((root / rel).parent)
                    if transit is None:
                        atomic.replace(src, root / rel)
                    else:  # decrypting: open the transit seal straight into place
                        atomic.write_atomic(root / rel, transit.open(src.read_bytes()))
                        os.unlink(src)
            for sub in ("", "backups", "quarantine"):
                if (root / sub).is_dir():
                    atomic.fsync_dir(root / sub)
        except (OSError, SealError) as exc:
            why = reason(exc) if isinstance(exc, OSError) else "damaged"
            raise StoreError(messages.STORE_FOLDER_FAILED.format(path=root, why=why)) from None
        notices.append(Notice(messages.STORE_CONVERSION_FINISHED))
    shutil.rmtree(staging, ignore_errors=True)

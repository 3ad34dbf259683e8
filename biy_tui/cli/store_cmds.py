"""``biy export``, ``biy import``, ``biy doctor``, ``biy encrypt``, ``biy decrypt``.

Each command calls the same :class:`~biy_tui.core.store.Store` facade as the app. A
problem is one sentence on standard error and exit code 1, never a traceback.
The passphrase is asked for without echo; scripts and tests may set
``BIY_PASSPHRASE`` instead (it is then used without asking, also as the new
passphrase for ``biy encrypt``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from biy_tui.core.text import messages

if TYPE_CHECKING:
    from collections.abc import Callable

    from biy_tui.core.store import Record, Store


class _Stop(Exception):
    """A sentence to print on standard error before exiting with code 1."""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the store commands."""
    export = sub.add_parser(
        "export",
        help=messages.CLI_STORE_WRITE_EVERY_RECORD_TO_ONE_FILE,
        description=messages.CLI_STORE_WRITE_EVERY_RECORD_NOT_DRAFTS_AS,
    )
    export.add_argument(
        "--format", choices=["json"], default="json", help=messages.CLI_STORE_FILE_FORMAT
    )
    export.add_argument(
        "--out", metavar="FILE", help=messages.CLI_STORE_THE_FILE_TO_WRITE_DEFAULT_PRINT
    )
    export.set_defaults(func=export_records)

    imp = sub.add_parser(
        "import",
        help=messages.CLI_STORE_ADD_THE_RECORDS_OF_AN_EXPORT,
        description=messages.CLI_STORE_CHECK_EVERY_RECORD_IN_FILE_ITS,
    )
    imp.add_argument("file", metavar="FILE", help=messages.CLI_STORE_A_FILE_MADE_BY_BIY_EXPORT)
    imp.add_argument(
        "--redact",
        action="store_true",
        help=messages.CLI_STORE_REPLACE_WHATEVER_COULD_IDENTIFY_SOMEONE_WITH,
    )
    imp.set_defaults(func=import_records)

    doctor = sub.add_parser(
        "doctor",
        help=messages.CLI_STORE_CHECK_EVERY_DATA_FILE_AND_REPAIR,
        description=messages.CLI_STORE_CHECK_EVERY_FILE_READABLE_CHECKSUM_SCHEMA,
    )
    doctor.set_defaults(func=doctor_check)

    enc = sub.add_parser(
        "encrypt",
        help=messages.CLI_STORE_PROTECT_YOUR_RECORDS_WITH_A_PASSPHRASE,
        description=messages.CLI_STORE_ENCRYPT_EVERY_DATA_FILE_BACKUP_AND,
    )
    enc.set_defaults(func=encrypt_records)
    dec = sub.add_parser(
        "decrypt",
        help=messages.CLI_STORE_REMOVE_THE_PASSPHRASE_PROTECTION_FROM_YOUR,
        description=messages.CLI_STORE_DECRYPT_EVERY_DATA_FILE_BACKUP_AND,
    )
    dec.set_defaults(func=decrypt_records)
    change = sub.add_parser(
        "passphrase",
        help=messages.CLI_STORE_CHANGE_THE_PASSPHRASE_OF_YOUR_RECORDS,
        description=messages.CLI_STORE_SEAL_EVERY_DATA_FILE_BACKUP_AND,
    )
    change.set_defaults(func=change_passphrase)


# --- helpers ---------------------------------------------------------------------


def _data_dir(args: argparse.Namespace) -> Path:
    from biy_tui.core import paths

    return paths.data_dir(getattr(args, "data_dir", None))


def _backups_kept() -> int:
    from biy_tui.core.settings import SettingsError, load_settings
    from biy_tui.core.store import DEFAULT_BACKUPS

    try:
        return load_settings().backups_kept
    except SettingsError:
        return DEFAULT_BACKUPS


def _ask(prompt: str) -> str:
    """Return the passphrase from ``BIY_PASSPHRASE`` or a prompt without echo."""
    from biy_tui.core.store import maintenance
    from biy_tui.core.text import messages

    env = maintenance.take_passphrase()
    if env:
        return env
    if not sys.stdin.isatty():
        raise _Stop(messages.PASSPHRASE_NO_TERMINAL)
    import getpass

    return getpass.getpass(prompt)


def _open(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    """Open the store, asking for the passphrase only when it is needed."""
    from biy_tui.core.store import PassphraseRequired, Store
    from biy_tui.core.text import messages

    folder = _data_dir(args)
    try:
        return Store.open(folder, read_only=read_only, backups_kept=_backups_kept())
    except PassphraseRequired:
        passphrase = _ask(messages.PASSPHRASE_ASK)
        return Store.open(folder, passphrase, read_only=read_only, backups_kept=_backups_kept())


def _from_env() -> bool:
    from biy_tui.core.store import maintenance

    return maintenance.take_passphrase() is not None


def _run(action: Callable[[], int]) -> int:
    """Run ``action()``; print a store error as one sentence and return 1."""
    from biy_tui.core.store import StoreError, maintenance

    maintenance.forget_passphrase()  # each command reads BIY_PASSPHRASE afresh (and removes it)
    maintenance.take_passphrase()

    try:
        return action()
    except (StoreError, _Stop) as exc:
        print(exc, file=sys.stderr)
        return 1


def _print_notices(store: Store) -> None:
    for notice in store.notices:
        print(notice, file=sys.stderr)


# --- commands --------------------------------------------------------------------


def export_records(args: argparse.Namespace) -> int:
    """Write every record to ``--out`` (owner-only) or standard output."""
    from biy_tui.core.store import maintenance
    from biy_tui.core.text import messages

    def action() -> int:
        with _open(args, read_only=True) as store:
            _print_notices(store)
            data, count = maintenance.export_json(store)
            lost = [n.lost for n in store.notices]
        unreadable = sum(1 if n is None else n for n in lost)
        out = Path(args.out).expanduser() if args.out else None
        if out is None:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            try:
                maintenance.write_private_file(out, data)
            except OSError as exc:
                from biy_tui.core.store import reason

                raise _Stop(messages.EXPORT_FAILED.format(path=out, why=reason(exc))) from None
        if unreadable:  # her backup must never look complete when it is not
            where = out if out is not None else "this export"
            raise _Stop(messages.EXPORT_INCOMPLETE(n=unreadable, path=where))
        if out is not None:
            print(messages.EXPORT_OK(n=count, path=out), file=sys.stderr)
        return 0

    return _run(action)


def import_records(args: argparse.Namespace) -> int:
    """Check every record of FILE (model, size, privacy guard), then add them all (or none)."""
    from biy_tui.cli.files import NotPlainFile, read_plain
    from biy_tui.core.store import maintenance, reason
    from biy_tui.core.text import messages

    def action() -> int:
        source = Path(args.file).expanduser()
        try:
            if source.stat().st_size > maintenance.MAX_IMPORT_BYTES:
                limit = maintenance.MAX_IMPORT_BYTES // 1_000_000
                raise _Stop(messages.IMPORT_TOO_BIG.format(path=source, limit=limit))
            data = read_plain(source, maintenance.MAX_IMPORT_BYTES)
        except NotPlainFile as exc:
            raise _Stop(messages.IMPORT_UNREADABLE.format(path=source, why=exc.strerror)) from None
        except OSError as exc:
            raise _Stop(messages.IMPORT_UNREADABLE.format(path=source, why=reason(exc))) from None
        records = maintenance.validate_import(data, str(source))
        records, redacted = _guard_import(args, records, str(source))
        with _open(args) as store:
            _print_notices(store)
            result = maintenance.import_records(store, records)
        if redacted:
            print(messages.IMPORT_REDACTED(n=redacted))
        print(
            messages.IMPORT_OK.format(
                path=source,
                added=messages.COUNT_ADDED(n=result.added),
                updated=messages.COUNT_UPDATED(n=result.updated),
                skipped=messages.COUNT_SKIPPED(n=result.skipped),
            )
        )
        return 0

    return _run(action)


def _guard_import(
    args: argparse.Namespace, records: list[Record], source: str
) -> tuple[list[Record], int]:
    """Refuse flagged text (counted per kind, never quoted), or redact it with ``--redact``."""
    from biy_tui.cli.scrub_cmds import _guard_kwargs
    from biy_tui.core import privacy
    from biy_tui.core.store import and_list, maintenance
    from biy_tui.core.text import messages

    kwargs = _guard_kwargs(args)

    def find(text: str) -> list[object]:
        return list(privacy.find(text, **kwargs))

    if getattr(args, "redact", False):
        return maintenance.redacted(records, find, lambda t: str(privacy.redact_all(t, **kwargs)))
    found = maintenance.findings(records, find)
    if not found:
        return records, 0
    parts = [
        messages.COUNT_FINDINGS(n=spans, what=messages.COUNT_KIND[kind](n=flagged))
        for kind, (spans, flagged) in found.items()
    ]
    raise _Stop(messages.IMPORT_FLAGGED.format(path=source, findings=and_list(parts)))


def doctor_check(args: argparse.Namespace) -> int:
    """Check every file; exit 1 when a problem could not be repaired."""
    from biy_tui.core.store import PassphraseRequired
    from biy_tui.core.store.maintenance import refusal, run_doctor
    from biy_tui.core.text import messages

    def action() -> int:
        folder = _data_dir(args)
        try:
            report = run_doctor(folder, None, backups_kept=_backups_kept())
        except NotADirectoryError as exc:  # a file stands where the folder (or a parent) should
            raise refusal(folder, exc) from None
        except PassphraseRequired:
            passphrase = _ask(messages.PASSPHRASE_ASK)
            report = run_doctor(folder, passphrase, backups_kept=_backups_kept())
        for line in report.lines:
            print(line)
        return 1 if report.problems else 2 if report.repaired else 0

    return _run(action)


def encrypt_records(args: argparse.Namespace) -> int:
    """Encrypt the whole data folder with a new passphrase."""
    from biy_tui.core.store.maintenance import change_encryption
    from biy_tui.core.text import messages

    def action() -> int:
        folder = _data_dir(args)
        if _is_encrypted(folder):
            raise _Stop(messages.ENCRYPT_ALREADY.format(path=folder))
        first = _ask(messages.PASSPHRASE_ASK_NEW)
        if not first:
            raise _Stop(messages.PASSPHRASE_EMPTY)
        if not _from_env() and _ask(messages.PASSPHRASE_ASK_AGAIN) != first:
            raise _Stop(messages.PASSPHRASE_MISMATCH)
        change_encryption(folder, None, first, backups_kept=_backups_kept())
        print(messages.ENCRYPT_OK.format(path=folder))
        return 0

    return _run(action)


def _is_encrypted(folder: Path) -> bool:
    """True when the data folder needs a passphrase to open."""
    from biy_tui.core.store import PassphraseRequired, Store

    try:
        Store.open(folder, read_only=True).close()
    except PassphraseRequired:
        return True
    return False


def decrypt_records(args: argparse.Namespace) -> int:
    """Decrypt the whole data folder."""
    from biy_tui.core.store.maintenance import change_encryption
    from biy_tui.core.text import messages

    def action() -> int:
        folder = _data_dir(args)
        if not _is_encrypted(folder):
            raise _Stop(messages.DECRYPT_NOT_ENCRYPTED.format(path=folder))
        passphrase = _ask(messages.PASSPHRASE_ASK)
        change_encryption(folder, passphrase, None, backups_kept=_backups_kept())
        print(messages.DECRYPT_OK.format(path=folder))
        return 0

    return _run(action)


def change_passphrase(args: argparse.Namespace) -> int:
    """Seal the whole data folder again with a new passphrase (never in plaintext)."""
    from biy_tui.core.store import maintenance
    from biy_tui.core.store.maintenance import change_encryption
    from biy_tui.core.text import messages

    def action() -> int:
        folder = _data_dir(args)
        if not _is_encrypted(folder):
            raise _Stop(messages.PASSPHRASE_CHANGE_NOT_ENCRYPTED.format(path=folder))
        old = _ask(messages.PASSPHRASE_ASK)
        scripted = maintenance.take_passphrase(maintenance.NEW_PASSPHRASE_ENV)
        new = scripted if scripted is not None else _prompt(messages.PASSPHRASE_ASK_NEW)
        if not new:
            raise _Stop(messages.PASSPHRASE_EMPTY)
        if scripted is None and _prompt(messages.PASSPHRASE_ASK_AGAIN) != new:
            raise _Stop(messages.PASSPHRASE_MISMATCH)
        change_encryption(folder, old, new, backups_kept=_backups_kept())
        print(messages.PASSPHRASE_CHANGED.format(path=folder))
        return 0

    return _run(action)


def _prompt(prompt: str) -> str:
    """Ask on the terminal without echo (never from the environment)."""
    from biy_tui.core.text import messages

    if not sys.stdin.isatty():
        raise _Stop(messages.PASSPHRASE_NO_TERMINAL)
    import getpass

    return getpass.getpass(prompt)

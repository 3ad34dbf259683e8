"""``biy doctor``: check every file of the data folder and repair what can be repaired."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from biy_tui.core.store import atomic
from biy_tui.core.store.errors import StoreLocked, refusal
from biy_tui.core.store.facade import DEFAULT_BACKUPS, Store
from biy_tui.core.store.fileformat import Damaged, TooNew
from biy_tui.core.store.folder import BACKUPS, QUARANTINE, DataFolder
from biy_tui.core.store.partition import Partition
from biy_tui.core.store.records import KINDS
from biy_tui.core.text import messages


@dataclass
class DoctorReport:
    """What the doctor found: lines to print, and how many problems remain."""

    lines: list[str] = field(default_factory=list)
    problems: int = 0
    repaired: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    files: int = 0


def describe_counts(counts: dict[str, int]) -> str:
    """Return "3 plans, 1 check-in, …" for a counts mapping."""
    kinds = [*KINDS, "drafts"]
    return ", ".join(messages.COUNT_KIND[k](n=counts.get(k, 0)) for k in kinds)


def _before_open(root: Path, report: DoctorReport) -> None:
    """Note what opening will repair: leftovers and loose permissions."""
    for sub in (root, root / BACKUPS, root / QUARANTINE):
        try:
            names = os.listdir(sub)
        except FileNotFoundError:
            continue
        for name in names:
            path = sub / name
            if atomic.TEMP_PATTERN.match(name):
                report.lines.append(
                    messages.DOCTOR_REPAIRED.format(what=messages.DOCTOR_LEFTOVER.format(file=path))
                )
        for path in [sub, *(sub / n for n in names)]:
            try:
                info = os.lstat(path)
            except OSError:
                continue
            if stat.S_ISLNK(info.st_mode) or atomic.TEMP_PATTERN.match(path.name):
                continue
            want = atomic.DIR_MODE if stat.S_ISDIR(info.st_mode) else atomic.FILE_MODE
            mode = stat.S_IMODE(info.st_mode)
            if os.name != "nt" and mode != want and path.name != ".convert":
                what = messages.DOCTOR_PERMISSIONS.format(file=path, mode=oct(mode)[2:])
                report.lines.append(messages.DOCTOR_REPAIRED.format(what=what))


def _check_backups(folder: DataFolder, report: DoctorReport) -> None:
    """Set aside backups that fail their checks (they could never be restored)."""
    for name in list(folder.backup_index()):
        for path in folder.backups(name):
            try:
                folder.decode(name, folder.read(path))
            except (OSError, Damaged, TooNew) as exc:
                why = str(exc) if isinstance(exc, Damaged) else type(exc).__name__
                try:
                    atomic.ensure_private_dir(folder.quarantine_dir)
                    target = folder.quarantine_dir / f"{path.name}.damaged"
                    atomic.replace(path, target)
                    folder.backup_index()[name].remove(int(path.name.rsplit(".", 2)[1]))
                except OSError:
                    report.problems += 1
                    what = messages.DOCTOR_BAD_BACKUP.format(file=path, why=why, where=path)
                    report.lines.append(messages.DOCTOR_PROBLEM.format(what=what))
                    continue
                what = messages.DOCTOR_BAD_BACKUP.format(file=path, why=why, where=target)
                report.lines.append(messages.DOCTOR_REPAIRED.format(what=what))


def _parse_all(part: Partition) -> object:
    return part.drafts() if part.kind == "drafts" else part.records()


def run_doctor(
    data_dir: Path, passphrase: str | None, *, backups_kept: int = DEFAULT_BACKUPS
) -> DoctorReport:
    """Check the data folder, repair what can be repaired, and report.

    Raises:
        PassphraseRequired, WrongPassphrase, StoreTooNew, StoreError: as :meth:`Store.open`.
    """
    report = DoctorReport()
    probe = DataFolder(data_dir, None, backups_kept)
    if not probe.data_files() and not probe.backup_index():
        report.lines.append(messages.DOCTOR_NO_STORE.format(path=data_dir))
        return report
    refused = probe.refused()
    if refused:  # not damage: doctor changes nothing and says what to do for each
        for path, exc in refused:
            report.lines.append(messages.DOCTOR_PROBLEM.format(what=refusal(path, exc)))
        report.problems += len(refused)
        report.lines.append(messages.DOCTOR_PROBLEMS(n=report.problems))
        return report
    _before_open(data_dir, report)
    try:
        store = Store.open(data_dir, passphrase, backups_kept=backups_kept)
    except StoreLocked as exc:
        report.lines.append(messages.DOCTOR_PROBLEM.format(what=exc))
        report.problems += 1
        return report
    with store:
        for name in list(store._parts):  # parse everything: damage hidden behind a good checksum
            store._guarded(name, _parse_all)
        for notice in store.notices:
            lost = notice.lost != 0 or (
                notice.quarantined is not None and "no good copy" in notice.message
            )
            if lost:
                report.problems += 1
            template = messages.DOCTOR_PROBLEM if lost else messages.DOCTOR_REPAIRED
            report.lines.append(template.format(what=notice.message))
        _check_backups(store._folder, report)
        report.lines.append(messages.DOCTOR_LOCK_OK.format(path=data_dir))
        quarantined = store._folder.quarantined()
        if quarantined:
            report.lines.append(
                messages.DOCTOR_QUARANTINE(n=len(quarantined), path=store._folder.quarantine_dir)
            )
        report.counts = store.counts()
        report.files = len(store._folder.data_files())
    report.repaired = sum(1 for line in report.lines if line.startswith("repaired"))
    counts = describe_counts(report.counts)
    if report.problems:
        report.lines.append(counts)
        report.lines.append(messages.DOCTOR_PROBLEMS(n=report.problems))
    elif report.repaired:
        report.lines.append(
            messages.DOCTOR_REPAIRED_SUMMARY(n=report.repaired, path=data_dir, counts=counts)
        )
    else:
        report.lines.append(
            messages.DOCTOR_OK(n=report.files, files=report.files, path=data_dir, counts=counts)
        )
    return report

"""Reading a report file back, checked field by field before anything is merged (no Textual).

A report file comes from another machine, so it is material to check, never to
trust: it must be a biy report of this schema, every field of the right type,
every count a whole number of zero or more, every hidden range with its low end
at or below its high end, every row as long as its table's columns, no small
count shown exactly, and the digest must match the figures (a hand-edited file
is refused). Each refusal is one sentence naming the file and the field. Text
that passes (labels, titles, notes) is made inert before it goes anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import msgspec

from biy_tui.core.reports.digest import content_digest
from biy_tui.core.reports.model import FORMAT, SCHEMA, Cell, Mean, MeanSeries, Report
from biy_tui.core.text import messages

MAX_REPORT_BYTES = 10 * 1024 * 1024
"""The largest report file read (10 MB: a report of every week for decades is under 1 MB)."""


_WHY = messages.REPORT_FIELD_PROBLEMS


class ReportFileError(ValueError):
    """A file is not a biy report this version can merge; ``str()`` is one sentence."""


def _bad(name: str, field: str, why: str) -> ReportFileError:
    from biy_tui.core.inert import clean_line

    return ReportFileError(
        clean_line(messages.REPORT_BAD_FIELD.format(file=name, field=field, why=why))
    )


def _cell_problem(cell: Cell | None) -> str | None:
    if cell is None:
        return None
    if isinstance(cell, int):
        return _WHY["negative"] if cell < 0 else None
    if cell.lo < 0:
        return _WHY["range_below_zero"]
    if cell.hi is not None and cell.hi < cell.lo:
        return _WHY["range_backwards"]
    return None


def _cells(report: Report) -> Iterator[tuple[str, Cell | None, bool]]:
    """Every count with where it is, and whether it counts people (protected)."""
    for table in report.tables():
        for i, row in enumerate(table.rows):
            for j, cell in enumerate(row.cells):
                yield f"{table.key}.rows[{i}].cells[{j}]", cell, table.protected
            yield f"{table.key}.rows[{i}].total", row.total, table.protected
        for j, cell in enumerate(table.totals or []):
            yield f"{table.key}.totals[{j}]", cell, False
        yield f"{table.key}.grand", table.grand, False


def _means(series: MeanSeries, where: str) -> Iterator[tuple[str, Mean]]:
    for i, w in enumerate(series.weeks):
        yield f"{where}.weeks[{i}]", w.mean
    for i, p in enumerate(series.parts):
        yield f"{where}.parts[{i}]", p.mean
    yield f"{where}.overall", series.overall


def check_report(report: Report, name: str) -> None:
    """Refuse a report whose figures cannot be what biy wrote.

    Raises:
        ReportFileError: naming the file and the first field found wrong.
    """
    if report.min_cell < 1:
        raise _bad(name, "min_cell", _WHY["min_cell"])
    if report.sources < 1:
        raise _bad(name, "sources", _WHY["sources"])
    for table in report.tables():
        width = len(table.columns)
        for i, row in enumerate(table.rows):
            if len(row.cells) != width:
                raise _bad(
                    name,
                    f"{table.key}.rows[{i}].cells",
                    messages.REPORT_ROW_WIDTH(n=len(row.cells), width=width),
                )
        if table.totals is not None and len(table.totals) != width:
            raise _bad(
                name,
                f"{table.key}.totals",
                messages.REPORT_TOTALS_WIDTH(n=len(table.totals), width=width),
            )
    for where, cell, protected in _cells(report):
        problem = _cell_problem(cell)
        if (
            problem is None
            and protected
            and report.min_cell > 1
            and isinstance(cell, int)
            and cell < report.min_cell
        ):
            problem = _WHY["small_exact"]
        if problem:
            raise _bad(name, where, problem)
    for kind, group in (("mood", report.mood), ("feedback", report.feedback)):
        for s, series in enumerate(group):
            if series.levels < 1:
                raise _bad(name, f"{kind}[{s}].levels", _WHY["levels"])
            for where, mean in _means(series, f"{kind}[{s}]"):
                problem = _cell_problem(mean.n)
                if (
                    problem is None
                    and mean.sum is not None
                    and isinstance(mean.n, int)
                    and not mean.n <= mean.sum <= mean.n * series.levels
                ):
                    problem = _WHY["level_sum"]
                if problem:
                    raise _bad(name, f"{where}.n", problem)
    if not report.digest or report.digest != content_digest(report):
        raise ReportFileError(messages.REPORT_NO_DIGEST.format(file=name))


def read_report(data: bytes, name: str) -> Report:
    """Read and check a report file.

    Args:
        data: the file's bytes.
        name: the file's name, for the message.

    Raises:
        ReportFileError: not JSON, not a biy report, another schema version,
            too large, nested too deeply, or a field that cannot be right.
    """
    if len(data) > MAX_REPORT_BYTES:
        raise ReportFileError(
            messages.REPORT_TOO_LARGE.format(file=name, limit=MAX_REPORT_BYTES // (1024 * 1024))
        )
    try:
        raw = msgspec.json.decode(data)
    except RecursionError:
        raise ReportFileError(messages.REPORT_TOO_DEEP.format(file=name)) from None
    except (msgspec.DecodeError, UnicodeDecodeError):  # bytes that are not UTF-8 in a string
        raise ReportFileError(messages.REPORT_NOT_A_REPORT.format(file=name)) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ReportFileError(messages.REPORT_NOT_A_REPORT.format(file=name))
    if raw.get("schema") != SCHEMA:
        found = raw.get("schema")
        raise ReportFileError(
            messages.REPORT_OTHER_SCHEMA.format(
                file=name, found=found if isinstance(found, int) else "unknown", schema=SCHEMA
            )
        )
    try:
        report = msgspec.convert(raw, Report)
    except RecursionError:
        raise ReportFileError(messages.REPORT_TOO_DEEP.format(file=name)) from None
    except msgspec.ValidationError as exc:
        why, _, where = str(exc).partition(" - at `")
        field = where.rstrip("`").removeprefix("$.").removeprefix("$") or messages.REPORT_TOP_LEVEL
        raise _bad(name, field, why.strip().rstrip(".").replace("`", "'")) from None
    check_report(report, name)
    return _inert(report)


def _inert(report: Report) -> Report:
    """The report with every text (labels, titles, notes) made inert (:mod:`biy_tui.core.inert`).

    Done after the digest is checked, so the digest still names the file as written.
    """
    from biy_tui.core.inert import clean

    raw: dict[str, Any] = msgspec.to_builtins(report)
    stack: list[dict[str, Any] | list[Any]] = [raw]
    while stack:  # iterative: the depth is already bounded, but never trust it
        item = stack.pop()
        keys: Iterable[Any] = item.keys() if isinstance(item, dict) else range(len(item))
        for key in list(keys):
            value = item[key]
            if isinstance(value, str):
                item[key] = clean(value)
            elif isinstance(value, dict | list):
                stack.append(value)
    return msgspec.convert(raw, Report)


def refuse_repeats(reports: list[tuple[str, Report]]) -> None:
    """Refuse the same report given twice, or a report already inside a merged one.

    Raises:
        ReportFileError: naming both files.
    """
    from biy_tui.core.reports.digest import identities

    seen: dict[str, str] = {}
    for name, report in reports:
        mine = identities(report)
        for digest in mine:
            if digest in seen:
                raise ReportFileError(
                    messages.REPORT_SAME_TWICE.format(file=name, other=seen[digest])
                )
        for digest in mine:
            seen[digest] = name

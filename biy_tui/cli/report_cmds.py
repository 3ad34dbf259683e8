"""``biy report`` and ``biy report merge``: de-identified evaluation reports.

``biy report`` reads the records read-only (it works while the app is open),
counts what a report holds, hides small counts, and prints or writes the
report (owner-only) as Markdown, CSV, JSON or HTML. ``biy report merge`` reads
JSON reports from several sites or groups, checks every field (and the
digest, so the same report is never counted twice), and combines them.
Reports cover whole parts of the program: a range of weeks is widened to the
parts it touches (with a sentence), a range of dates is refused. A problem
is one sentence on standard error and exit code 1; no note text is ever part
of a message.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from biy_tui.core.text import messages

if TYPE_CHECKING:
    from collections.abc import Callable

    from biy_tui.core.curriculum import Curriculum
    from biy_tui.core.privacy import GuardKwargs
    from biy_tui.core.reports.scope import Scope

FORMATS = ("md", "csv", "json", "html")
MIN_CELL_FLOOR = 3


class _Stop(Exception):
    """A sentence to print on standard error before exiting with code 1."""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``report`` command and its ``merge`` action."""
    report = sub.add_parser(
        "report",
        help=messages.CLI_REPORT_WRITE_A_DE_IDENTIFIED_EVALUATION_REPORT,
        description=messages.CLI_REPORT_SUMMARISE_SESSIONS_ATTENDANCE_MOOD_FEEDBACK_ACTIVITIES,
    )
    scope = report.add_argument_group("which records")
    scope.add_argument(
        "--weeks",
        metavar="A-B",
        help=messages.CLI_REPORT_A_RANGE_OF_WEEKS_E_G,
    )
    scope.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help=messages.CLI_REPORT_NOT_OFFERED_REPORTS_COVER_WHOLE_PARTS,
    )
    scope.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        help=messages.CLI_REPORT_NOT_OFFERED_REPORTS_COVER_WHOLE_PARTS,
    )
    _output_options(report)
    report.add_argument(
        "--include-text",
        action="store_true",
        help=messages.CLI_REPORT_ADD_DEBRIEF_TEXT_RE_CHECKED_AND,
    )
    report.set_defaults(func=make_report)
    actions = report.add_subparsers(dest="report_command", metavar="ACTION")
    merge = actions.add_parser(
        "merge",
        help=messages.CLI_REPORT_COMBINE_JSON_REPORTS_FROM_SEVERAL_SITES,
        description=messages.CLI_REPORT_ADD_THE_COUNTS_OF_JSON_REPORTS,
    )
    merge.add_argument(
        "files", nargs="+", metavar="FILE", help=messages.CLI_REPORT_JSON_REPORT_FILES
    )
    _output_options(merge)
    merge.set_defaults(func=merge_files)


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=FORMATS, default="md", help=messages.CLI_REPORT_FILE_FORMAT_DEFAULT_MD
    )
    parser.add_argument(
        "--out", metavar="FILE", help=messages.CLI_PLAN_WRITE_HERE_OWNER_ONLY_INSTEAD_OF
    )
    parser.add_argument(
        "--min-cell",
        type=int,
        metavar="N",
        help=messages.CLI_REPORT_HIDE_COUNTS_BELOW_N_DEFAULT_THE,
    )


# --- helpers ---------------------------------------------------------------------


def parse_weeks(value: str) -> tuple[int, int]:
    """Read ``1-6`` (or ``3``) as a first and last week.

    Raises:
        _Stop: not a range of weeks, or backwards.
    """
    from biy_tui.core.text import messages

    first, sep, last = value.strip().partition("-")
    try:
        start = int(first)
        end = int(last) if sep else start
    except ValueError:
        raise _Stop(messages.REPORT_BAD_WEEKS.format(value=value)) from None
    if start < 0 or end < 0:
        raise _Stop(messages.REPORT_BAD_WEEKS.format(value=value))
    if end < start:
        raise _Stop(messages.REPORT_RANGE_BACKWARDS)
    return start, end


def _date(value: str | None) -> dt.date | None:
    from biy_tui.core.text import messages

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise _Stop(messages.REPORT_BAD_DATE.format(value=value)) from None


def scope_from(args: argparse.Namespace) -> Scope:
    """The scope asked for on the command line."""
    from biy_tui.core.reports.scope import Scope
    from biy_tui.core.text import messages

    if args.weeks and (args.start or args.end):
        raise _Stop(messages.REPORT_WEEKS_AND_DATES)
    if args.weeks:
        first, last = parse_weeks(args.weeks)
        return Scope(first_week=first, last_week=last)
    start, end = _date(args.start), _date(args.end)
    if start and end and end < start:
        raise _Stop(messages.REPORT_RANGE_BACKWARDS)
    return Scope(start=start, end=end)


def min_cell(args: argparse.Namespace) -> int:
    """The threshold: ``--min-cell``, else the setting; never below 3."""
    from biy_tui.core.settings import SettingsError, load_settings
    from biy_tui.core.text import messages

    value = args.min_cell
    if value is None:
        try:
            value = load_settings().min_cell
        except SettingsError as exc:
            raise _Stop(str(exc)) from None
    if value < MIN_CELL_FLOOR:
        raise _Stop(messages.REPORT_MIN_CELL_TOO_LOW.format(value=value))
    return int(value)


def _curriculum(args: argparse.Namespace) -> tuple[Curriculum, GuardKwargs]:
    from biy_tui.cli.curriculum_cmds import resolve_site
    from biy_tui.core import paths
    from biy_tui.core.curriculum import CurriculumError
    from biy_tui.core.curriculum.cache import load_curriculum_cached
    from biy_tui.core.privacy import SiteTermsError, load_site_terms

    site = resolve_site(args.curriculum)
    try:
        curriculum = load_curriculum_cached(paths.shipped_curriculum_dir(), site)
        terms = load_site_terms(site)
    except CurriculumError as exc:
        raise _Stop(str(exc.problems[0]) if exc.problems else str(exc)) from None
    except SiteTermsError as exc:
        raise _Stop(str(exc)) from None
    return curriculum, terms.guard_kwargs(curriculum.program_terms())


def deliver(text: str, out: str | None) -> None:
    """Print the report, or write it owner-only and say where."""
    from biy_tui.core import paths
    from biy_tui.core.text import messages

    if not out:
        sys.stdout.write(text)
        return
    target = Path(out).expanduser()
    try:
        paths.write_private(target, text)
    except OSError as exc:
        why = (exc.strerror or type(exc).__name__).lower()
        raise _Stop(messages.REPORT_WRITE_FAILED.format(path=target, why=why)) from None
    print(messages.REPORT_WROTE.format(path=target), file=sys.stderr)


def _guarded(action: Callable[[], int]) -> int:
    from biy_tui.cli.store_cmds import _run

    try:
        return _run(action)
    except _Stop as exc:
        print(exc, file=sys.stderr)
        return 1


# --- commands --------------------------------------------------------------------


def make_report(args: argparse.Namespace) -> int:
    """Build a report from the records and print or write it."""

    def action() -> int:
        from biy_tui.cli.store_cmds import _open
        from biy_tui.core.reports.aggregate import build_report
        from biy_tui.core.reports.grid import RangeRefused, snap
        from biy_tui.core.reports.render import render_as

        asked = scope_from(args)
        threshold = min_cell(args)
        curriculum, guard = _curriculum(args)
        try:
            snapped = snap(asked, curriculum)
        except RangeRefused as exc:
            raise _Stop(str(exc)) from None
        scope = snapped.scope
        widened = snapped.notice(asked)
        if widened:
            print(widened, file=sys.stderr)
        with _open(args, read_only=True) as store:
            records = [*store.records("checkin"), *store.records("debrief"), *store.records("plan")]
        report = build_report(
            records,
            curriculum,
            scope,
            min_cell=threshold,
            include_text=args.include_text,
            guard=guard,
        )
        deliver(render_as(report, args.format), args.out)
        return 0

    return _guarded(action)


def merge_files(args: argparse.Namespace) -> int:
    """Merge JSON reports and print or write the result."""

    def action() -> int:
        from biy_tui.cli.files import read_plain
        from biy_tui.core.reports.merge import (
            ReportFileError,
            merge_reports,
            read_report,
            refuse_repeats,
        )
        from biy_tui.core.reports.reading import MAX_REPORT_BYTES
        from biy_tui.core.reports.render import render_as
        from biy_tui.core.text import messages

        threshold = min_cell(args)
        named = []
        for name in args.files:
            path = Path(name).expanduser()
            try:
                data = read_plain(path, MAX_REPORT_BYTES)
            except OSError as exc:
                why = (exc.strerror or type(exc).__name__).lower()
                raise _Stop(messages.REPORT_FILE_UNREADABLE.format(file=name, why=why)) from None
            try:
                named.append((name, read_report(data, name)))
            except ReportFileError as exc:
                raise _Stop(str(exc)) from None
        try:
            refuse_repeats(named)
        except ReportFileError as exc:
            raise _Stop(str(exc)) from None
        reports = [report for _, report in named]
        guard: GuardKwargs | None = None
        with contextlib.suppress(_Stop):  # without a curriculum, no program words: that is all
            guard = _curriculum(args)[1]
        merged = merge_reports(reports, threshold, guard=guard)
        deliver(render_as(merged, args.format), args.out)
        return 0

    return _guarded(action)

"""``biy plan list`` and ``biy plan export``: saved plans, and their printable handout."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from biy_tui.core.curriculum import Curriculum

from biy_tui.core.text import messages


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``plan`` command group."""
    plan = sub.add_parser("plan", help=messages.CLI_PLAN_LIST_SAVED_PLANS_AND_EXPORT_A)
    plan_sub = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    listing = plan_sub.add_parser("list", help=messages.CLI_PLAN_LIST_THE_SAVED_PLANS_OF_ONE)
    listing.add_argument("week", nargs="?", type=int, metavar="WEEK")
    listing.set_defaults(func=list_plans)
    export = plan_sub.add_parser(
        "export",
        help=messages.CLI_PLAN_PRINT_OR_WRITE_A_WEEK_S,
        description=messages.CLI_PLAN_WRITE_THE_HANDOUT_OF_A_SAVED,
    )
    export.add_argument("week", type=int, metavar="WEEK")
    export.add_argument(
        "--plan", type=int, default=1, metavar="N", help=messages.CLI_PLAN_WHICH_PLAN_1_NEWEST
    )
    export.add_argument("--format", choices=("md", "html"), default="md")
    export.add_argument(
        "--start",
        metavar="TIME",
        help=messages.CLI_PLAN_CLOCK_TIME_THE_SESSION_STARTS_18,
    )
    export.add_argument(
        "--out", metavar="FILE", help=messages.CLI_PLAN_WRITE_HERE_OWNER_ONLY_INSTEAD_OF
    )
    export.set_defaults(func=export_plan)


def _curriculum(args: argparse.Namespace) -> Curriculum:
    from biy_tui.cli.curriculum_cmds import resolve_site
    from biy_tui.core import paths
    from biy_tui.core.curriculum.cache import load_curriculum_cached

    return load_curriculum_cached(paths.shipped_curriculum_dir(), resolve_site(args.curriculum))


def list_plans(args: argparse.Namespace) -> int:
    """Print the saved plans, newest first, numbered per week."""
    from biy_tui.cli.store_cmds import _open, _run
    from biy_tui.core.inert import clean_line
    from biy_tui.core.store.records import Plan
    from biy_tui.core.text import messages

    def action() -> int:
        with _open(args, read_only=True) as store:
            plans = [r for r in store.records("plan") if isinstance(r, Plan)]
        if args.week is not None:
            plans = [p for p in plans if p.week == args.week]
        numbers: dict[int, int] = {}
        for plan in plans:
            numbers[plan.week] = numbers.get(plan.week, 0) + 1
            minutes = sum(i.minutes for i in plan.items)
            print(
                messages.PLAN_LIST_LINE.format(
                    week=f"{plan.week:>2}",
                    number=numbers[plan.week],
                    date=plan.date.isoformat(),
                    activities=messages.PLAN_LIST_ACTIVITIES(n=len(plan.items)),
                    minutes=minutes,
                    session=plan.session_minutes,
                )
                + (f"  {clean_line(plan.label)}" if plan.label else "")
                + ("  online" if plan.online else "")
            )
        return 0

    return _run(action)


def export_plan(args: argparse.Namespace) -> int:
    """Print or write the handout of one saved plan."""
    from biy_tui.cli.store_cmds import _open, _run
    from biy_tui.core import paths
    from biy_tui.core.curriculum import CurriculumError
    from biy_tui.core.planning import agenda_from_plan
    from biy_tui.core.reports.handout import render_handout
    from biy_tui.core.text import messages

    try:
        curriculum = _curriculum(args)
    except CurriculumError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    week = curriculum.week(args.week)
    if week is None:
        print(messages.PLAN_WEEK_UNKNOWN.format(week=args.week), file=sys.stderr)
        return 1
    if args.start is not None:
        from biy_tui.core.planning import parse_start

        try:
            parse_start(args.start)
        except ValueError:
            print(messages.PLAN_BAD_START.format(value=args.start), file=sys.stderr)
            return 2

    def action() -> int:
        with _open(args, read_only=True) as store:
            plans = store.plans_for_week(args.week)
        if not plans:
            print(messages.PLAN_NONE_SAVED.format(week=args.week), file=sys.stderr)
            return 1
        if not 1 <= args.plan <= len(plans):
            print(
                messages.PLAN_NUMBER_UNKNOWN(n=len(plans), week=args.week, number=args.plan),
                file=sys.stderr,
            )
            return 1
        agenda = agenda_from_plan(plans[args.plan - 1])
        text = render_handout(agenda, week, curriculum.program, args.format, args.start)
        if args.out:
            target = Path(args.out).expanduser()
            try:
                paths.write_private(target, text)
            except OSError as exc:
                why = (exc.strerror or type(exc).__name__).lower()
                print(messages.AGENDA_EXPORT_FAILED.format(path=target, why=why), file=sys.stderr)
                return 1
            print(messages.AGENDA_EXPORTED.format(path=target), file=sys.stderr)
        else:
            sys.stdout.write(text)
        return 0

    return _run(action)

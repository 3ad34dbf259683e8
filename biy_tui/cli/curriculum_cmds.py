"""``biy curriculum check [DIR]``: report every problem in the curriculum files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``curriculum`` command group."""
    cur = sub.add_parser("curriculum", help="check the curriculum files")
    cur_sub = cur.add_subparsers(dest="curriculum_command", metavar="ACTION", required=True)
    check = cur_sub.add_parser(
        "check",
        help="report every problem in the curriculum (exit 1 if any)",
        description=(
            "Check the shipped curriculum, or a site folder laid over it. "
            "Prints every problem, or a one-line summary when all is well."
        ),
    )
    check.add_argument("dir", nargs="?", metavar="DIR", help="a site curriculum folder")
    check.set_defaults(func=check_curriculum)


def resolve_site(args: argparse.Namespace) -> Path | None:
    """Return the site folder from the arguments or the settings, if any."""
    folder = getattr(args, "dir", None) or getattr(args, "curriculum", None)
    if folder:
        return Path(folder).expanduser()
    from biy_tui.settings import SettingsError, load_settings

    try:
        configured = load_settings().curriculum
    except SettingsError:
        return None
    return Path(configured).expanduser() if configured else None


def check_curriculum(args: argparse.Namespace) -> int:
    """Print every problem, or a summary; return 1 when anything is wrong."""
    from biy_tui import messages, paths
    from biy_tui.curriculum import STYLES, CurriculumError, load_curriculum

    base = paths.shipped_curriculum_dir()
    site = resolve_site(args)
    if site is not None and site.resolve() == base.resolve():
        site = None
    try:
        cur = load_curriculum(base, site)
    except CurriculumError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        if any(p.file.endswith(paths.PROGRAM_FILE_NAME) for p in exc.problems):
            print(messages.CURRICULUM_PROGRAM_BROKEN, file=sys.stderr)
        return 1
    if cur.problems:
        for problem in cur.problems:
            print(problem, file=sys.stderr)
        print(messages.CURRICULUM_PROBLEMS.format(count=len(cur.problems)), file=sys.stderr)
        return 1
    counts = {style: 0 for style in STYLES}
    for week in cur.weeks.values():
        for activity in week.activities:
            counts[activity.style] += 1
    by_style = ", ".join(f"{style} {n}" for style, n in counts.items())
    print(
        messages.CURRICULUM_OK.format(
            weeks=len(cur.weeks), activities=sum(counts.values()), by_style=by_style
        )
    )
    return 0

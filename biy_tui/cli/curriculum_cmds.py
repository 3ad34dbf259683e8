"""``biy curriculum check [DIR]``: report every problem in the curriculum files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from biy_tui.core.text import messages

if TYPE_CHECKING:
    from biy_tui.core.settings import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``curriculum`` command group."""
    cur = sub.add_parser("curriculum", help=messages.CLI_CURRICULUM_CHECK_THE_CURRICULUM_FILES)
    cur_sub = cur.add_subparsers(dest="curriculum_command", metavar="ACTION", required=True)
    check = cur_sub.add_parser(
        "check",
        help=messages.CLI_CURRICULUM_REPORT_EVERY_PROBLEM_IN_THE_CURRICULUM,
        description=messages.CLI_CURRICULUM_CHECK_THE_SHIPPED_CURRICULUM_OR_A,
    )
    check.add_argument(
        "dir", nargs="?", metavar="DIR", help=messages.CLI_CURRICULUM_A_SITE_CURRICULUM_FOLDER
    )
    check.set_defaults(func=check_curriculum)


def resolve_site(folder: str | None, settings: Settings | None = None) -> Path | None:
    """Return the site curriculum folder to lay over the shipped weeks, if any.

    Args:
        folder: a folder given on the command line; wins over the settings.
        settings: the settings already read (read here when omitted; unreadable
            settings mean no configured folder).

    Returns:
        The folder, or None when there is none or it is the shipped folder itself.
    """
    from biy_tui.core import paths

    if not folder:
        if settings is None:
            from biy_tui.core.settings import SettingsError, load_settings

            try:
                settings = load_settings()
            except SettingsError:
                return None
        folder = settings.curriculum
    if not folder:
        return None
    site = Path(folder).expanduser()
    if site.resolve() == paths.shipped_curriculum_dir().resolve():
        return None
    return site


def check_curriculum(args: argparse.Namespace) -> int:
    """Print every problem, or a summary; return 1 when anything is wrong.

    The weeks and program file are checked first, then the supports card (the
    shipped list, and the site's own list when there is one).
    """
    site = resolve_site(args.dir or args.curriculum)
    code = _check_weeks(site)
    return max(code, _check_supports(site))


def _check_weeks(site: Path | None) -> int:
    from biy_tui.core import paths
    from biy_tui.core.curriculum import STYLES, CurriculumError, load_curriculum
    from biy_tui.core.text import messages

    try:
        cur = load_curriculum(paths.shipped_curriculum_dir(), site)
    except CurriculumError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        if any(p.file.endswith(paths.PROGRAM_FILE_NAME) for p in exc.problems):
            print(messages.CURRICULUM_PROGRAM_BROKEN, file=sys.stderr)
        return 1
    if cur.problems:
        for problem in cur.problems:
            print(problem, file=sys.stderr)
        print(messages.CURRICULUM_PROBLEMS(n=len(cur.problems)), file=sys.stderr)
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


def _check_supports(site: Path | None) -> int:
    """Check the supports card's files: every problem, or one summary line."""
    from biy_tui.core import paths
    from biy_tui.core.curriculum.supports import load_supports, translation_problems
    from biy_tui.core.curriculum.supports_handout import summary
    from biy_tui.core.text import messages

    if site is not None and not site.is_dir():
        return 1  # already said by the weeks' check
    shipped = paths.shipped_curriculum_dir()
    card = load_supports(shipped, site)
    # The shipped card in every language is checked, whichever one biy speaks now.
    problems = list(dict.fromkeys([*card.problems, *translation_problems(shipped, site)]))
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(messages.SUPPORTS_PROBLEMS(n=len(problems)), file=sys.stderr)
        return 1
    print(summary(card))
    return 0

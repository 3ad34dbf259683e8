"""``biy supports``: print the "Someone needs help now" card, or write it to a file to print.

The card needs no records and no week file, so it works even when the curriculum or the
records cannot be opened: the one command a facilitator can always reach.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from biy_tui.core.text import messages


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``supports`` command."""
    cmd = sub.add_parser(
        "supports",
        help=messages.CLI_SUPPORTS_PRINT_THE_SAFETY_STEPS_AND_THE,
        description=messages.CLI_SUPPORTS_PRINT_THE_CARD_BIY_SHOWS_ON,
    )
    cmd.add_argument(
        "--format",
        choices=("md", "html"),
        default="md",
        help=messages.CLI_SUPPORTS_MARKDOWN_DEFAULT_OR_HTML,
    )
    cmd.add_argument(
        "--out", metavar="FILE", help=messages.CLI_SUPPORTS_WRITE_THE_CARD_TO_FILE_INSTEAD
    )
    cmd.set_defaults(func=print_supports)


def print_supports(args: argparse.Namespace) -> int:
    """Print or write the card; problems in the supports files go to stderr."""
    from biy_tui.cli.curriculum_cmds import resolve_site
    from biy_tui.core import paths
    from biy_tui.core.curriculum.supports import load_supports
    from biy_tui.core.curriculum.supports_handout import render_card
    from biy_tui.core.text import messages

    card = load_supports(paths.shipped_curriculum_dir(), resolve_site(args.curriculum))
    for problem in card.problems:
        print(problem, file=sys.stderr)
    text = render_card(card, args.format)
    if not args.out:
        sys.stdout.write(text)
        return 0
    out = Path(args.out).expanduser()
    try:
        paths.write_private(out, text)
    except OSError as exc:
        why = (exc.strerror or type(exc).__name__).lower()
        print(messages.SUPPORTS_CLI_FAILED.format(path=out, why=why), file=sys.stderr)
        return 1
    print(messages.SUPPORTS_CLI_WRITTEN.format(path=out))
    return 0

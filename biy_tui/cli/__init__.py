"""The ``biy`` command line: one parser, one module per group of subcommands.

Each module in :data:`COMMAND_MODULES` has ``register(subparsers)``, which adds
its subcommands and sets ``func`` (``Callable[[argparse.Namespace], int]``) on
each. Modules import their heavy dependencies inside the command function, so
``biy --help`` and the app start stay fast.
"""

from __future__ import annotations

import argparse
import importlib
from typing import NoReturn

from biy_tui import __version__

COMMAND_MODULES: tuple[str, ...] = (
    "biy_tui.cli.curriculum_cmds",
    "biy_tui.cli.store_cmds",
    "biy_tui.cli.scrub_cmds",
    "biy_tui.cli.plan_cmds",
    "biy_tui.cli.report_cmds",
    "biy_tui.cli.serve_cmds",
    "biy_tui.cli.supports_cmds",
)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one sentence and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"biy: {message}. Try 'biy --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    """Build the parser for every subcommand."""
    parser = Parser(
        prog="biy",
        description=(
            "A private session companion for peer facilitators. "
            "Run with no command to open the app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"biy {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for your records (default: $BIY_DATA_DIR or your user data folder)",
    )
    parser.add_argument(
        "--curriculum",
        metavar="DIR",
        help="a site curriculum folder laid over the shipped weeks",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser

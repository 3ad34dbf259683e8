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
from biy_tui.core.text import messages

COMMAND_MODULES: tuple[str, ...] = (
    "biy_tui.cli.curriculum_cmds",
    "biy_tui.cli.store_cmds",
    "biy_tui.cli.scrub_cmds",
    "biy_tui.cli.plan_cmds",
    "biy_tui.cli.report_cmds",
    "biy_tui.cli.serve_cmds",
    "biy_tui.cli.supports_cmds",
)


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, with the word before the usage line from the catalogue."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(
            usage, actions, groups, messages.CLI_USAGE_PREFIX if prefix is None else prefix
        )


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one sentence and exit code 2.

    argparse's own words (the usage prefix, the group titles, -h's help) come from
    biy's catalogue, so ``biy --help`` reads in the facilitator's language.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = messages.CLI_POSITIONALS
        self._optionals.title = messages.CLI_OPTIONS
        self.add_argument("-h", "--help", action="help", help=messages.CLI_HELP)

    def error(self, message: str) -> NoReturn:
        self.exit(2, messages.CLI_USAGE_ERROR.format(message=message) + "\n")


def _argparse_words(message: str) -> str:
    """argparse's own sentence in the facilitator's language (argparse calls ``_``)."""
    words: dict[str, str] = messages.CLI_ARGPARSE_WORDS
    return words.get(message, message)


_APP_OPTIONS = ("--data-dir", "--curriculum")


def opens_the_app(argv: list[str]) -> bool:
    """True when ``argv`` only opens the app: nothing but ``--data-dir`` and ``--curriculum``.

    The app's start then needs no subcommand: the parser is built without them
    (:func:`build_parser` with ``commands=False``), so opening biy imports none
    of the command modules. Anything else (a command, ``--help``, an unknown or
    misspelt option) gets the full parser and its usual answer.
    """
    rest = iter(argv)
    for arg in rest:
        if arg in _APP_OPTIONS:
            if next(rest, None) is None:
                return False  # the full parser says what is missing
            continue
        if not any(arg.startswith(f"{option}=") for option in _APP_OPTIONS):
            return False
    return True


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """Build the parser for every subcommand (only the app's options when not ``commands``)."""
    setattr(argparse, "_", _argparse_words)  # noqa: B010 (argparse reads its module global)
    parser = Parser(
        prog="biy",
        description=messages.CLI_BIY_A_PRIVATE_SESSION_COMPANION_FOR_PEER,
    )
    parser.add_argument(
        "--version", action="version", version=f"biy {__version__}", help=messages.CLI_VERSION
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=messages.CLI_BIY_FOLDER_FOR_YOUR_RECORDS_DEFAULT_BIY,
    )
    parser.add_argument(
        "--curriculum",
        metavar="DIR",
        help=messages.CLI_BIY_A_SITE_CURRICULUM_FOLDER_LAID_OVER,
    )
    if not commands:
        return parser
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

"""Entry point: ``biy`` opens the app; ``biy COMMAND`` runs a command.

``run(argv)`` returns an exit code and never shows a traceback: unexpected
errors are reported by type and place only, so the text of a note can never
reach the terminal or a log.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from collections.abc import Sequence


def run(argv: Sequence[str] | None = None) -> int:
    """Run biy with command-line arguments.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).

    Returns:
        The process exit code.
    """
    from biy_tui.core import crash

    crash.install()
    _choose_language()
    args_list = list(sys.argv[1:] if argv is None else argv)
    from biy_tui.cli import opens_the_app

    if opens_the_app(args_list):
        return _run(args_list, app=True)
    from biy_tui.cli.output import inert_output

    with inert_output():  # a path or a word from outside never acts on the terminal
        return _run(args_list, app=False)


def _run(args_list: list[str], app: bool) -> int:
    from biy_tui.core import crash

    try:
        from biy_tui.cli import build_parser

        parser = build_parser(commands=not app)
        args = parser.parse_args(args_list)
        func = getattr(args, "func", None)
        if func is None:
            from biy_tui.cli.app_cmd import open_app

            return open_app(args)
        try:
            code: int = func(args)
            sys.stdout.flush()
        except OSError as exc:
            if exc.errno not in _OUTPUT_FULL:
                raise
            return _output_incomplete(exc)
        return code
    except KeyboardInterrupt:
        from biy_tui.core.text import messages

        print(messages.INTERRUPTED, file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 0
    except Exception as exc:  # the last line of defence: no traceback, no note text
        crash.report(exc)
        return 70


_OUTPUT_FULL = frozenset(
    {errno.ENOSPC, errno.EFBIG, errno.EIO, getattr(errno, "EDQUOT", errno.ENOSPC)}
)
"""Write errors that escape a command: the store reports its own, so these are its output."""


def _output_incomplete(exc: OSError) -> int:
    from biy_tui.core.store import reason
    from biy_tui.core.text import messages

    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        # What is still buffered must not be flushed onto the full output at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    print(messages.OUTPUT_INCOMPLETE.format(why=reason(exc)), file=sys.stderr)
    return 1


def _choose_language() -> None:
    """Speak the language asked for, before any sentence or screen is built."""
    import os

    from biy_tui.core import text

    setting = None
    if not os.environ.get("BIY_LANG"):
        try:
            from biy_tui.core.settings import load_settings

            setting = load_settings().language
        except Exception:  # a broken settings file is reported later, in English or not
            setting = None
    text.use_language(text.choose_language(setting))


if __name__ == "__main__":
    sys.exit(run())

"""Entry point: ``biy`` opens the app; ``biy COMMAND`` runs a command.

``run(argv)`` returns an exit code and never shows a traceback: unexpected
errors are reported by type and place only, so the text of a note can never
reach the terminal or a log.
"""

from __future__ import annotations

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
    try:
        from biy_tui.cli import build_parser, opens_the_app

        parser = build_parser(commands=not opens_the_app(args_list))
        args = parser.parse_args(args_list)
        func = getattr(args, "func", None)
        if func is None:
            from biy_tui.cli.app_cmd import open_app

            return open_app(args)
        code: int = func(args)
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

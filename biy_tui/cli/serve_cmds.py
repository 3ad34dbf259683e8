"""``biy serve``: biy in a browser tab on this computer (see :mod:`biy_tui.ui.web`)."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``biy serve``."""
    from biy_tui.core.text import messages

    serve = sub.add_parser(
        "serve", help=messages.CLI_SERVE_HELP, description=messages.CLI_SERVE_HELP
    )
    serve.add_argument("--port", type=int, default=0, metavar="N", help=messages.CLI_SERVE_PORT)
    serve.add_argument("--no-open", action="store_true", help=messages.CLI_SERVE_NO_OPEN)
    serve.set_defaults(func=run_serve)


def _app_options(args: argparse.Namespace) -> list[str]:
    options: list[str] = []
    if getattr(args, "data_dir", None):
        options += ["--data-dir", str(args.data_dir)]
    if getattr(args, "curriculum", None):
        options += ["--curriculum", str(args.curriculum)]
    return options


def run_serve(args: argparse.Namespace) -> int:
    """Serve biy on 127.0.0.1 until the tab is closed or Ctrl+C is pressed."""
    from biy_tui.core.text import messages

    if not 0 <= args.port <= 65535:
        print(messages.SERVE_BAD_PORT.format(port=args.port), file=sys.stderr)
        return 2
    try:
        from biy_tui.ui import web
    except ImportError:
        print(messages.SERVE_NOT_INSTALLED, file=sys.stderr)
        return 1
    try:
        sock = web.bind(args.port)
    except OSError as exc:
        print(messages.SERVE_PORT_TAKEN.format(port=args.port, why=exc.strerror), file=sys.stderr)
        return 1

    def ready(url: str) -> None:
        print(url, flush=True)
        print(messages.SERVE_READY, flush=True)
        if not args.no_open:
            import webbrowser

            try:
                webbrowser.open(url)
            except Exception:  # no browser here: the address above still works
                print(messages.SERVE_NO_BROWSER, flush=True)

    server = web.GuardedServer(web.app_command(_app_options(args)), sock, on_ready=ready)
    server.serve()
    print(messages.SERVE_STOPPED, flush=True)
    return 0

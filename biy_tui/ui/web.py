"""``biy serve``: the app in a browser tab on this computer, locked to whoever started it.

textual-serve runs biy in a subprocess and relays it to xterm.js in the browser over a
websocket. On its own it is made for demos: it listens on every address, anyone who can
reach the port can drive the app, any web page open in the same browser can open the
websocket, the page loads a font from the internet, and its log prints tracebacks with
local variables. :class:`GuardedServer` keeps textual-serve's relay and closes each of
those doors:

- it listens on 127.0.0.1 only, on a socket it binds itself (a free port, or ``--port``);
- every path starts with a secret token made for this run, compared in constant time;
  anything else (page, static files, websocket) gets 403;
- the ``Host`` header must name this address (a DNS-rebinding page cannot reach it), and
  the websocket's ``Origin`` must be this address (no other page can drive biy);
- one tab at a time: a second one is refused with a sentence; the app obeys the store's
  single-writer lock like any window, because it is the ordinary biy in a subprocess;
- the page loads nothing from anywhere else (fonts and scripts are served locally) and a
  Content-Security-Policy header forbids it; no referrer, no framing, no caching;
- closing the tab ends biy the ordinary way (drafts kept, lock released), and so does
  Ctrl+C in the terminal; the server then stops;
- its log says what happened in one line, never a traceback or a variable.

This module imports no Textual and is imported only by ``biy serve``.
"""

from __future__ import annotations

import asyncio
import hmac
import html
import logging
import secrets
import shlex
import socket
import sys
from asyncio.subprocess import Process
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server

from biy_tui.core.text import messages

log = logging.getLogger("biy.serve")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

HOST = "127.0.0.1"

_STATIC = Path(str(__import__("textual_serve").__file__)).parent / "static"


def bind(port: int = 0) -> socket.socket:
    """A listening socket on 127.0.0.1 (``port`` 0: any free port).

    Raises:
        OSError: the port is taken or not allowed.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((HOST, port))
        sock.listen(16)
    except OSError:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


def content_security_policy(port: int) -> str:
    """The page may load only what this server serves, and talk only to its websocket."""
    return (
        "default-src 'none'; "
        "script-src 'self'; "
        "style-src 'self' 'unsafe-inline'; "
        "font-src 'self'; "
        "img-src 'self' data:; "
        f"connect-src ws://{HOST}:{port}; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )


def app_command(argv: Sequence[str]) -> str:
    """The command that runs biy itself, with the given global options (for display too)."""
    return shlex.join([sys.executable, "-m", "biy_tui", *argv])


class _BiyService(AppService):
    """textual-serve's app process, started without a shell and in its own session.

    Its own session keeps Ctrl+C in the terminal away from the app: the server asks it to
    quit instead, so it closes the ordinary way (drafts kept, lock released). Stopping
    waits for the process to end, and ends it only if it does not within a minute.
    """

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Process:
        environment = self._build_environment(width=width, height=height)
        environment.pop("BIY_PASSPHRASE", None)
        self._process = process = await asyncio.create_subprocess_exec(
            *shlex.split(self.command),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=environment,
            start_new_session=True,
        )
        assert process.stdin is not None
        self._stdin = process.stdin
        return process

    async def stop(self) -> None:
        await super().stop()
        process = self._process
        if process is not None and process.returncode is None:
            try:
                await asyncio.wait_for(process.wait(), timeout=60)
            except TimeoutError:
                process.terminate()  # biy keeps its drafts on SIGTERM too
                await process.wait()


class _OneLineLog(logging.Formatter):
    """Log records as one line, with an exception's type only (never its text or locals)."""

    def format(self, record: logging.LogRecord) -> str:
        line = record.getMessage() if isinstance(record.msg, str) else type(record.msg).__name__
        if record.exc_info and record.exc_info[0] is not None:
            line = f"{line} ({record.exc_info[0].__name__})"
        if isinstance(record.msg, BaseException):
            line = type(record.msg).__name__
        return line


class GuardedServer(Server):
    """textual-serve's relay behind a token, a Host and Origin check, and one tab at a time."""

    def __init__(
        self,
        command: str,
        sock: socket.socket,
        token: str | None = None,
        *,
        on_ready: Callable[[str], None] | None = None,
    ) -> None:
        self.sock = sock
        port = sock.getsockname()[1]
        self.token = token or secrets.token_urlsafe(24)
        super().__init__(command, host=HOST, port=port, title="biy")
        self.public_url = f"http://{HOST}:{port}"
        self.url = f"{self.public_url}/{self.token}/"
        self.on_ready = on_ready
        self.statics_path = _STATIC
        self._hosts = {f"{HOST}:{port}", f"localhost:{port}"}
        self._origins = {f"http://{HOST}:{port}", f"http://localhost:{port}"}
        self._session: AppService | None = None
        self._ended = False

    # --- logging: one line, never a traceback or a local variable -----------------

    def initialize_logging(self) -> None:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_OneLineLog())
        for name in ("textual-serve", "biy.serve", "aiohttp.access", "aiohttp.server"):
            logger = logging.getLogger(name)
            logger.handlers[:] = [handler]
            logger.propagate = False
            logger.setLevel(logging.WARNING)

    # --- the routes ----------------------------------------------------------------

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self._guard], client_max_size=64 * 1024)
        prefix = f"/{self.token}"
        app.add_routes(
            [
                web.get(f"{prefix}/", self.handle_index, name="index"),
                web.get(f"{prefix}/ws", self.handle_websocket, name="websocket"),
                web.static(f"{prefix}/static", self.statics_path, name="static"),
            ]
        )
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    def _token_ok(self, path: str) -> bool:
        parts = path.split("/", 2)
        return len(parts) >= 3 and hmac.compare_digest(parts[1].encode(), self.token.encode())

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.headers.get("Host", "") not in self._hosts or not self._token_ok(request.path):
            response: web.StreamResponse = web.Response(
                status=403, text=messages.SERVE_FORBIDDEN, content_type="text/plain"
            )
        else:
            response = await handler(request)
        self._harden(response)
        return response

    def _harden(self, response: web.StreamResponse) -> None:
        headers = response.headers
        headers["Content-Security-Policy"] = content_security_policy(self.port)
        headers["Referrer-Policy"] = "no-referrer"
        headers["X-Frame-Options"] = "DENY"
        headers["X-Content-Type-Options"] = "nosniff"
        headers["Cache-Control"] = "no-store"
        headers["Cross-Origin-Opener-Policy"] = "same-origin"
        headers["Cross-Origin-Resource-Policy"] = "same-origin"

    async def handle_index(self, request: web.Request) -> web.Response:
        if self._session is not None:
            return web.Response(status=409, text=messages.SERVE_ONE_TAB, content_type="text/plain")
        return web.Response(text=self.page(), content_type="text/html")

    def page(self) -> str:
        """The one page: the terminal, with fonts and script from this server only."""
        static = f"/{self.token}/static/"
        ws = f"ws://{HOST}:{self.port}/{self.token}/ws"
        title = html.escape(messages.SERVE_PAGE_TITLE)
        ended = html.escape(messages.SERVE_PAGE_ENDED)
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<link rel="stylesheet" href="{static}css/xterm.css">
<script src="{static}js/textual.js"></script>
<style>
@font-face {{ font-family: "Roboto Mono";
  src: url("{static}fonts/RobotoMono-VariableFont_wght.ttf"); }}
html, body {{ margin: 0; height: 100%; background: #14181c; color: #e8e4dc; }}
body {{ font-family: "Roboto Mono", monospace; }}
#terminal {{ width: 100vw; height: 100vh; }}
.ended {{ display: none; padding: 2em; font-size: 18px; }}
body.-closed .ended {{ display: block; }}
body.-closed #terminal {{ display: none; }}
</style>
</head>
<body>
<div class="ended">{ended}</div>
<div id="terminal" class="textual-terminal"
  data-session-websocket-url="{ws}" data-font-size="16"></div>
</body>
</html>
"""

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        if request.headers.get("Origin", "") not in self._origins:
            raise web.HTTPForbidden(text=messages.SERVE_FORBIDDEN)
        if self._session is not None or self._ended:
            raise web.HTTPConflict(text=messages.SERVE_ONE_TAB)
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=64 * 1024)
        width = _size(request.query.get("width"), 80)
        height = _size(request.query.get("height"), 24)
        await websocket.prepare(request)
        service = _BiyService(
            self.command,
            write_bytes=websocket.send_bytes,
            write_str=websocket.send_str,
            close=lambda: _close(websocket),
            download_manager=self.download_manager,
            debug=False,
        )
        self._session = service
        try:
            await service.start(width, height)
            await self._process_messages(websocket, service)
        except (asyncio.CancelledError, ConnectionError):
            pass
        except Exception as error:  # a bad message from the page: end the session plainly
            log.warning(messages.SERVE_SESSION_PROBLEM.format(kind=type(error).__name__))
        finally:
            await service.stop()
            if not websocket.closed:
                await websocket.close()
            self._session = None
            self._ended = True
            # Closing the tab ends biy, and the server with it.
            asyncio.get_running_loop().call_soon(self.request_exit_soon)
        return websocket

    def request_exit_soon(self) -> None:
        """Stop serving after the session ended (the app has already quit)."""
        raise web.GracefulExit()

    async def on_startup(self, app: web.Application) -> None:
        if self.on_ready is not None:
            self.on_ready(self.url)

    async def on_shutdown(self, app: web.Application) -> None:
        if self._session is not None:
            await self._session.stop()

    def serve(self, debug: bool = False) -> None:
        """Serve until the tab is closed or Ctrl+C is pressed."""
        import signal

        self.initialize_logging()
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.add_signal_handler(signal.SIGINT, self.request_exit)
            loop.add_signal_handler(signal.SIGTERM, self.request_exit)
        except (NotImplementedError, RuntimeError):  # Windows: Ctrl+C raises instead
            pass
        try:
            web.run_app(
                self._make_app(),
                sock=self.sock,
                handle_signals=False,
                loop=loop,
                print=lambda *args: None,
                access_log=None,
            )
        except KeyboardInterrupt:
            pass
        finally:
            if not loop.is_closed():
                loop.close()


async def _close(websocket: web.WebSocketResponse) -> None:
    await websocket.close()


def _size(value: Any, default: int) -> int:
    try:
        return max(20, min(int(value), 1000))
    except (TypeError, ValueError):
        return default

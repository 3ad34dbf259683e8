"""``biy serve``: a real server, reached over loopback, refused without the token,
from another origin or under another host name; and driven in headless Chromium."""

from __future__ import annotations

import base64
import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from biy_tui.core.store import Store

pytestmark = [pytest.mark.serial, pytest.mark.usefixtures("allow_loopback")]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@dataclass
class Served:
    process: subprocess.Popen[str]
    url: str
    data: Path

    @property
    def port(self) -> int:
        return int(urlsplit(self.url).port or 0)

    @property
    def token(self) -> str:
        return urlsplit(self.url).path.strip("/")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    data = tmp_path / "data"
    env = dict(os.environ, BIY_HOME=str(tmp_path / "home"), BIY_DATA_DIR=str(data))
    process = subprocess.Popen(
        [sys.executable, "-m", "biy_tui", "serve", "--no-open"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    first = process.stdout.readline().strip()
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/[A-Za-z0-9_-]{20,}/", first), first
    try:
        yield Served(process, first, data)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def get(
    served: Served, path: str, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], str]:
    conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
    conn.request("GET", path, headers={"Host": f"127.0.0.1:{served.port}", **(headers or {})})
    response = conn.getresponse()
    body = response.read().decode("utf-8", "replace")
    conn.close()
    return response.status, dict(response.getheaders()), body


def websocket_status(served: Served, origin: str | None, path: str | None = None) -> int:
    """The HTTP status of a websocket handshake (101 when it is accepted)."""
    key = base64.b64encode(os.urandom(16)).decode()
    headers = {
        "Upgrade": "websocket",
        "Connection": "Upgrade",
        "Sec-WebSocket-Key": key,
        "Sec-WebSocket-Version": "13",
    }
    if origin is not None:
        headers["Origin"] = origin
    status, _headers, _body = get(served, path or f"/{served.token}/ws", headers)
    return status


def test_listens_on_loopback_only_and_prints_the_address_first(served: Served) -> None:
    assert served.url.startswith("http://127.0.0.1:")
    listening = subprocess.run(["ss", "-ltnH"], capture_output=True, text=True, check=False)
    if listening.returncode != 0:
        pytest.skip("ss is not available to list listening sockets")
    local = [line.split()[3] for line in listening.stdout.splitlines() if len(line.split()) > 3]
    mine = [address for address in local if address.endswith(f":{served.port}")]
    # It is bound to 127.0.0.1 itself (not 0.0.0.0), so no other machine can reach it.
    assert mine == [f"127.0.0.1:{served.port}"]


def test_the_page_needs_the_token_and_loads_nothing_from_elsewhere(served: Served) -> None:
    status, headers, body = get(served, f"/{served.token}/")
    assert status == 200
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert f"connect-src ws://127.0.0.1:{served.port}" in csp
    assert headers["Referrer-Policy"] == "no-referrer"
    websocket = f"ws://127.0.0.1:{served.port}/{served.token}/ws"
    for url in re.findall(r'(?:src|href|url)\s*[=(]\s*"([^"]+)"', body):
        assert url.startswith(f"/{served.token}/static/") or url == websocket, url
    assert "googleapis" not in body and "http://" not in body.replace(
        f"ws://127.0.0.1:{served.port}", ""
    )
    # A token one character off (never the token itself, whatever its last character).
    near = served.token[:-1] + ("y" if served.token.endswith("x") else "x")
    for path in ("/", "/ws", "/static/js/textual.js", f"/{near}/", "/x/"):
        assert get(served, path)[0] == 403, path
    assert get(served, f"/{served.token}/static/js/textual.js")[0] == 200


def test_a_foreign_host_name_is_refused(served: Served) -> None:
    for host in (f"evil.example:{served.port}", "127.0.0.1", f"127.0.0.1.nip.io:{served.port}"):
        assert get(served, f"/{served.token}/", {"Host": host})[0] == 403, host


def test_the_websocket_checks_origin_and_allows_one_tab(served: Served) -> None:
    assert websocket_status(served, None) == 403
    assert websocket_status(served, "http://evil.example") == 403
    assert websocket_status(served, "null") == 403
    assert websocket_status(served, f"http://127.0.0.1:{served.port}", "/ws") == 403
    assert websocket_status(served, f"http://127.0.0.1:{served.port + 1}") == 403


def test_ctrl_c_closes_biy_and_releases_the_lock(served: Served) -> None:
    served.process.send_signal(signal.SIGINT)
    assert served.process.wait(timeout=30) == 0
    with Store.open(served.data, lock_timeout=1) as store:  # the lock was let go
        assert store.records() == []


# --- in a real browser ----------------------------------------------------------------


def _colours(png: bytes) -> int:
    """How many different colours a screenshot has (a hidden screen has one or two)."""
    import struct
    import zlib

    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, width, height, raw = 8, 0, 0, b""
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        chunk = png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour_type in (2, 6)
            channels = 3 if colour_type == 2 else 4
        elif kind == b"IDAT":
            raw += chunk
        pos += 12 + length
    data = zlib.decompress(raw)
    stride = width * channels + 1
    seen: set[bytes] = set()
    # Sample every fourth row's raw bytes (filter byte 0 rows only keep exact colours).
    for row in range(0, height, 4):
        line = data[row * stride : (row + 1) * stride]
        if line[0] != 0:
            seen.add(line[1:])  # a filtered row still tells rows apart
            continue
        for x in range(0, width * channels, channels * 8):
            seen.add(line[1 + x : 1 + x + 3])
    return len(seen)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """One headless Chromium for the module's tests (each opens its own pages)."""
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it when it can)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            yield launched
        finally:
            launched.close()


def _wait_until(condition, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the page did not get there")
        time.sleep(0.1)


def press_and_wait(page: object, key: str) -> None:
    """Press a key and wait until the screen shows its effect."""
    before = page.screenshot()  # type: ignore[attr-defined]
    page.keyboard.press(key)  # type: ignore[attr-defined]
    _wait_until(lambda: page.screenshot() != before, timeout=10)  # type: ignore[attr-defined]


def test_in_chromium_the_overview_appears_keys_work_and_quick_hide_covers_it(
    served: Served, browser: object, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1000, "height": 640})  # type: ignore[attr-defined]
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.goto(served.url)
    _wait_until(lambda: _colours(page.screenshot()) > 12)
    overview = page.screenshot(path=str(tmp_path / "overview.png"))
    page.click("#terminal")
    page.keyboard.press("ArrowDown")
    _wait_until(lambda: page.screenshot() != overview)  # the highlight moved to week 2
    page.keyboard.press("Control+x")
    _wait_until(lambda: _colours(page.screenshot()) <= 4)
    page.screenshot(path=str(tmp_path / "hidden.png"))
    # No request left this computer: every URL the page asked for is the server's own.
    assert not [url for url in failed if not url.startswith("http://127.0.0.1")]
    # A second tab is refused with a sentence.
    second = browser.new_page()  # type: ignore[attr-defined]
    response = second.goto(served.url)
    assert response is not None and response.status == 409
    assert "already open in another tab" in second.inner_text("body")
    second.close()
    press_and_wait(page, "Control+r")  # back from quick hide
    press_and_wait(page, "Enter")  # the highlighted week
    press_and_wait(page, "d")  # its debrief
    for key in "Collage ok":  # letters and a space, each seen on screen before the next
        press_and_wait(page, key if key != " " else "Space")
    page.close()  # closing the tab closes biy, and the server with it
    assert served.process.wait(timeout=60) == 0
    with Store.open(served.data, lock_timeout=1) as store:  # the lock was let go
        drafts = store.drafts()
    # (the first key can arrive while the form is still taking focus)
    assert any("llage ok" in " ".join(d.fields.values()) for d in drafts)


def test_in_chromium_another_page_cannot_open_the_websocket(
    served: Served, browser: object
) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto("about:blank")
    ws_url = f"ws://127.0.0.1:{served.port}/{served.token}/ws"
    opened = page.evaluate(
        """url => new Promise(resolve => {
            const ws = new WebSocket(url);
            ws.onopen = () => resolve(true);
            ws.onerror = () => resolve(false);
            setTimeout(() => resolve(false), 5000);
        })""",
        ws_url,
    )
    assert opened is False
    page.close()
    assert served.process.poll() is None  # still waiting for its own tab

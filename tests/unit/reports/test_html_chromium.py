"""The HTML report renders in headless Chromium, charts included (skipped without chromium)."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from biy_tui.core.reports.aggregate import build_report
from biy_tui.core.reports.html import render_html
from tests.unit.reports.fixtures import big_site, curriculum

CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is not installed (.ci/run installs it when it can)",
)


def screenshot(page: Path, png: Path, profile: Path) -> bytes:
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            f"--screenshot={png}",
            "--window-size=1000,1400",
            page.as_uri(),
        ],
        check=False,
        capture_output=True,
        timeout=60,
    )
    assert png.is_file(), "chromium wrote no screenshot"
    return png.read_bytes()


def pixels(png: bytes) -> tuple[int, int, bytes]:
    """Decode an 8-bit RGB(A) PNG (what Chromium writes) to raw rows, with the stdlib."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, kind = 8, b"", 0, 0, 0
    while pos < len(png):
        length, tag = struct.unpack(">I4s", png[pos : pos + 8])
        body = png[pos + 8 : pos + 8 + length]
        if tag == b"IHDR":
            width, height, depth, kind = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and kind in (2, 6)
        elif tag == b"IDAT":
            idat += body
        pos += 12 + length
    channels = 4 if kind == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * channels
    out = bytearray()
    prev = bytearray(stride)
    for y in range(height):
        line = raw[y * (stride + 1) : (y + 1) * (stride + 1)]
        ftype, row = line[0], bytearray(line[1:])
        for i in range(stride):
            a = row[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if ftype == 1:
                row[i] = (row[i] + a) & 255
            elif ftype == 2:
                row[i] = (row[i] + b) & 255
            elif ftype == 3:
                row[i] = (row[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out += row
        prev = row
    return width, channels, bytes(out)


def test_the_report_renders_with_its_charts(tmp_path: Path) -> None:
    cur = curriculum()
    page = tmp_path / "report.html"
    page.write_text(render_html(build_report(big_site(cur), cur)), encoding="utf-8")
    blank = tmp_path / "blank.html"
    blank.write_text("<!doctype html><title>blank</title>", encoding="utf-8")
    shot = screenshot(page, tmp_path / "report.png", tmp_path / "profile")
    empty = screenshot(blank, tmp_path / "blank.png", tmp_path / "profile-blank")
    assert len(shot) > 5 * len(empty)
    width, channels, data = pixels(shot)
    # the chart bars are drawn in the report's blue-grey (#5b7f95): count those pixels
    bar = bytes((0x5B, 0x7F, 0x95))
    found = sum(1 for i in range(0, len(data), channels) if data[i : i + 3] == bar)
    assert found > 2000, f"only {found} chart pixels in a {width}px-wide screenshot"

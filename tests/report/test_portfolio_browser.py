"""The portfolio's HTML in a real headless Chromium: the heatmap is drawn in colour, prints A4 landscape."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import DATA
from pkmcli.cli.main import app

CHROMIUM = shutil.which("chromium")
TIMEOUT = 60
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PKP = DATA / "portfolio" / "pkp"
# Colours of the scale in templates/portfolio.css: weakest (h0), h3, strongest (h10).
WEAKEST, ORANGE, STRONGEST = (0xA5, 0x00, 0x26), (0xFD, 0xAE, 0x61), (0x31, 0x36, 0x95)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt install chromium)"),
]


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    # Two units: the heatmap sits on the first screen of a 1400 x 1000 window.
    target = tmp_path_factory.mktemp("portofolio") / "portofolio.html"
    files = [str(PKP / "kantor-a-2026.yaml"), str(PKP / "kantor-c-2026.yaml")]
    result = CliRunner().invoke(
        app, ["report", *files, "-f", "html", "--date", "2026-01-15", "-o", str(target)]
    )
    assert result.exit_code == 0, result.stderr
    return target


def chromium(tmp_path: Path, page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def _paeth(left: int, up: int, corner: int) -> int:
    guess = left + up - corner
    a, b, c = abs(guess - left), abs(guess - up), abs(guess - corner)
    if a <= b and a <= c:
        return left
    return up if b <= c else corner


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit RGB or RGBA PNG into (width, height, rows of RGB bytes)."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    offset, idat = 8, b""
    width = height = channels = 0
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert (depth, interlace) == (8, 0)
            channels = {2: 3, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                corner = previous[i - channels] if i >= channels else 0
                line[i] = (line[i] + _paeth(left, previous[i], corner)) & 0xFF
        previous = line
        rgb = bytes(line) if channels == 3 else bytes(b for i, b in enumerate(line) if i % 4 != 3)
        rows.append(rgb)
    return width, height, rows


def count_colour(rows: list[bytes], colour: tuple[int, int, int], tolerance: int = 4) -> int:
    found = 0
    for row in rows:
        for x in range(0, len(row), 3):
            if all(abs(row[x + k] - colour[k]) <= tolerance for k in range(3)):
                found += 1
    return found


def test_the_heatmap_is_drawn_in_colour(tmp_path, page):
    png = tmp_path / "portofolio.png"
    run = chromium(tmp_path, page, "--window-size=1400,1000", f"--screenshot={png}")
    assert run.returncode == 0, run.stderr
    width, height, rows = decode_png(png.read_bytes())
    assert (width, height) == (1400, 1000)
    # Each colour fills several cells of about 50 x 25 pixels (the legend adds one more).
    for colour in (WEAKEST, ORANGE, STRONGEST):
        assert count_colour(rows, colour) > 2000, colour


def test_the_dom_holds_every_cell(tmp_path, page):
    run = chromium(tmp_path, page, "--dump-dom")
    assert run.returncode == 0, run.stderr
    dom = run.stdout
    assert "<script" not in dom
    cells = re.findall(r'<td class="(h\d+|u)"[^>]*>([^<]*)</td>', dom)
    # Two units and the mean row, twelve criteria each; two unanswered cells of Kantor Uji C.
    assert len(cells) == 36
    assert [text for kind, text in cells if kind == "u"] == ["—", "—"]
    assert cells[:3] == [("h10", "1,00"), ("h7", "0,67"), ("h10", "1,00")]


def test_prints_on_a4_landscape(tmp_path, page):
    pdf = tmp_path / "portofolio.pdf"
    run = chromium(tmp_path, page, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    assert run.returncode == 0, run.stderr
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]", pdf.read_bytes())
    assert boxes
    for wide, tall in boxes:
        assert (round(float(wide)), round(float(tall))) == (842, 595)

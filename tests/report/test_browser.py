"""The HTML report opened in a real headless Chromium: the DOM, a PDF print and a screenshot."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import DATA
from pkmcli.cli.main import app

CHROMIUM = shutil.which("chromium")
# The machine may be busy and the browser slow to start; a hang still ends the test.
TIMEOUT = 60
# No network, no background services, no first-run UI: the report must need none of them.
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

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt install chromium)"),
]


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("laporan") / "laporan.html"
    result = CliRunner().invoke(
        app,
        [
            "report",
            str(DATA / "report-mid.yaml"),
            "--baseline",
            str(DATA / "report-mid-2025.yaml"),
            "--format",
            "html",
            "--date",
            "2026-01-15",
            "-o",
            str(target),
        ],
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


def test_dom_holds_the_scores(tmp_path, page):
    run = chromium(tmp_path, page, "--dump-dom")
    assert run.returncode == 0, run.stderr
    dom = run.stdout
    assert '<html lang="id">' in dom
    assert '<span class="big" id="total-score">6,03</span>' in dom
    assert '<strong id="total-percent">60,26%</strong>' in dom
    for ident, score in (("a", "2,13"), ("b", "1,90"), ("c", "2,00")):
        assert f'<td class="num" data-score="{ident}">{score}</td>' in dom
    assert len(re.findall(r'<rect class="fill"', dom)) == 3
    assert "<script" not in dom


def test_print_to_pdf(tmp_path, page):
    pdf = tmp_path / "laporan.pdf"
    run = chromium(tmp_path, page, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    assert run.returncode == 0, run.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    # Header, criteria, next steps and method each start a page.
    assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 4


def test_screenshot(tmp_path, page):
    png = tmp_path / "laporan.png"
    run = chromium(tmp_path, page, "--window-size=1200,2400", f"--screenshot={png}")
    assert run.returncode == 0, run.stderr
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


@pytest.fixture(scope="module")
def reviewed_page(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("tinjau") / "laporan.html"
    result = CliRunner().invoke(
        app,
        [
            "report",
            str(DATA / "report-reviewed.yaml"),
            "--format",
            "html",
            "--date",
            "2026-01-15",
            "-o",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.stderr
    return target


def test_reviewed_dom_holds_the_stages_and_the_findings(tmp_path, reviewed_page):
    run = chromium(tmp_path, reviewed_page, "--dump-dom")
    assert run.returncode == 0, run.stderr
    dom = run.stdout
    assert "<script" not in dom  # a note holding a script tag stays text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert '<td id="reported-stage">Tim Penilai Nasional (TPN)</td>' in dom
    for stage, score in (("unit", "6,03"), ("tpi", "5,91"), ("tpn", "4,78")):
        assert f'<td class="num" data-stage-score="{stage}">{score}</td>' in dom
        assert dom.count(f'data-stage-answer="{stage}"') == 12
    assert len(re.findall(r'<rect class="stage-fill s\d" data-stage=', dom)) == 9
    assert '<tr id="criterion-a.3" class="revision">' in dom
    findings = re.findall(r'<li class="finding" id="finding-([^"]+)">', dom)
    assert findings == ["a.2", "a.3", "b.1", "b.2", "c.2", "c.3"]
    assert '<section id="temuan" class="page" aria-labelledby="h-temuan">' in dom


def test_reviewed_prints_on_a4_portrait(tmp_path, reviewed_page):
    pdf = tmp_path / "tinjau.pdf"
    run = chromium(tmp_path, reviewed_page, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    assert run.returncode == 0, run.stderr
    data = pdf.read_bytes()
    # A4 portrait is 595 x 842 points; the findings add a page to the usual four.
    assert re.search(rb"/MediaBox\s*\[\s*0 0 59[45](?:\.\d+)? 84[12](?:\.\d+)?\s*\]", data)
    assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 5

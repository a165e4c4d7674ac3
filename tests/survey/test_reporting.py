"""The Markdown and HTML reports and the one-page publication, also in a real browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import pkmcli.cli.app
import pkmcli.cli.skm  # registers the command

APP = pkmcli.cli.app.app
CHROMIUM = Path("/usr/bin/chromium")


def report(runner, forms, *args):
    rows = [
        forms.row(
            forms.same(4), profile=("Laki-laki", "SMA", "Paspor"), saran="Antrian <b>panjang</b>"
        ),
        forms.row(
            {**forms.same(3), "waktu": 1},
            profile=("Perempuan", "S1", "Visa"),
            stamp="2024/03/09 10:00:00",
        ),
    ]
    now = forms.write(rows, name="now.csv")
    then = forms.write([forms.row(forms.same(3), stamp="2023/03/01 09:00:00")], name="then.csv")
    result = runner.invoke(
        APP, ["skm", str(now), "--baseline", str(then), "--unit", "Kantor *Contoh*", *args]
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_markdown_follows_the_template_order(runner, forms):
    text = report(runner, forms, "--format", "md")
    headings = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    assert headings == [
        "I. Pendahuluan",
        "II. Pengumpulan Data",
        "III. Hasil",
        "IV. Analisis",
        "V. Kesimpulan",
    ]
    assert text.startswith("# Laporan Survei Kepuasan Masyarakat: Kantor \\*Contoh\\*\n")
    assert "| U3 | Waktu Penyelesaian | 2 | 5 | 2,50 | 62,50 | D |" in text
    assert "| 1 | Waktu Penyelesaian | 62,50 | | | |" in text
    assert "Sebelumnya (2023-03-01 s.d. 2023-03-01): IKM 75,00 (C)" in text
    assert "- Antrian \\<b\\>panjang\\</b\\>" in text
    assert "Bobot tiap unsur tepat 1/9." in text


def test_html_is_self_contained(runner, forms):
    html = report(runner, forms, "--format", "html", "--lang", "en")
    assert html.startswith("<!DOCTYPE html>")
    assert "<script" not in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html
    assert "Antrian &lt;b&gt;panjang&lt;/b&gt;" in html
    assert '<svg class="chart"' in html
    assert 'id="ikm">84,72<' not in html
    assert 'id="ikm">84.72</span>' in html
    assert "@page" in html


def test_publication(runner, forms):
    html = report(runner, forms, "--format", "html", "--publication")
    assert 'id="ikm">84,72</p>' in html
    assert 'id="grade">B</div>' in html
    assert 'id="performance">Baik</p>' in html
    assert 'id="profile-jenis_kelamin"' in html
    assert 'id="profile-pendidikan"' in html
    assert "2024-03-01 s.d. 2024-03-09" in html
    assert "<script" not in html


def _chromium(tmp_path: Path, *args: str) -> str:
    command = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", *args]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.browser
@pytest.mark.skipif(
    not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None,
    reason="no Chromium at /usr/bin/chromium",
)
def test_report_in_a_browser(runner, forms, tmp_path):
    page = tmp_path / "laporan.html"
    page.write_text(report(runner, forms, "--format", "html"))
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri())
    assert 'id="ikm">84,72</span>' in dom
    assert dom.count('<tr id="element-') == 9
    shot = tmp_path / "layar.png"
    _chromium(tmp_path, "--window-size=390,844", f"--screenshot={shot}", page.as_uri())
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert shot.stat().st_size > 10_000
    pdf = tmp_path / "laporan.pdf"
    _chromium(tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="no Chromium at /usr/bin/chromium")
def test_publication_prints_on_one_a4_page(runner, forms, tmp_path):
    page = tmp_path / "publikasi.html"
    page.write_text(report(runner, forms, "--format", "html", "--publication"))
    pdf = tmp_path / "publikasi.pdf"
    _chromium(tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    data = pdf.read_bytes()
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1

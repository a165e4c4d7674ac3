"""`pkm report`: golden files, escaping, baselines, languages, templates and writing."""

from __future__ import annotations

import os
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import DATA, EXAMPLES, GOLDEN, check_golden
from pkmcli.answers.reader import load_answers
from pkmcli.cli.main import app
from pkmcli.numbers import fmt
from pkmcli.report.building import build_view, render_report, view_evidence, web_link
from pkmcli.scoring.arithmetic import score_answers

DAY = "2026-01-15"
UPDATE = os.environ.get("PKM_UPDATE_GOLDEN") == "1"

GOLDEN_CASES = [
    pytest.param(
        ["report-mid.yaml", "--baseline", "report-mid-2025.yaml"], "mid-baseline", id="mid-baseline"
    ),
    pytest.param(["report-strong.yaml"], "strong", id="strong"),
    pytest.param(["report-mid.yaml", "--lang", "en"], "mid-en", id="mid-en"),
]


def report(runner: CliRunner, *args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, ["report", "--date", DAY, *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


def data_args(args: list[str]) -> list[str]:
    return [str(DATA / a) if a.endswith(".yaml") else a for a in args]


@pytest.mark.parametrize("output", ["md", "html"])
@pytest.mark.parametrize(("args", "name"), GOLDEN_CASES)
def test_golden(runner, args, name, output):
    code, out, err = report(runner, *data_args(args), "--format", output)
    assert (code, err) == (0, "")
    golden = GOLDEN / f"report-{name}.{output}"
    if UPDATE:
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8"), (
        f"{golden.name} differs; rerun with PKM_UPDATE_GOLDEN=1 and review the diff"
    )


# --- numbers -------------------------------------------------------------------------------


def md_table(text: str, heading: str) -> list[list[str]]:
    """Return the body rows of the first Markdown table after ``heading``, cells stripped."""
    lines = text.split(heading, 1)[1].splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("|"))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]])
    return rows


@pytest.mark.parametrize("name", ["report-mid.yaml", "report-strong.yaml", "report-mid-2025.yaml"])
def test_numbers_match_score(runner, name):
    rubric, answers = load_answers(DATA / name)
    result = score_answers(rubric, answers)
    _, out, _ = report(runner, DATA / name)
    rows = md_table(out, "## Nilai per indikator")
    for row, item in zip(rows, result.indicators, strict=False):
        assert row[1:5] == [
            fmt(item.weight, 2, "id"),
            fmt(item.mean, 4, "id"),
            fmt(item.score, 2, "id"),
            fmt(item.percent, 2, "id"),
        ]
    score, percent = fmt(result.score, 2, "id"), fmt(result.percent, 2, "id")
    assert rows[-1][3:5] == [f"**{score}**", f"**{percent}**"]
    assert f"**Nilai total: {score} dari 10,00 ({percent}%)**" in out
    _, html, _ = report(runner, DATA / name, "--format", "html")
    assert f'<span class="big" id="total-score">{score}</span>' in html
    for item in result.indicators:
        shown = fmt(item.score, 2, "id")
        assert f'<td class="num" data-score="{item.indicator.id}">{shown}</td>' in html


def test_numbers_match_pkm_score_table(runner):
    scored = runner.invoke(app, ["score", str(DATA / "report-mid.yaml")], terminal_width=200)
    _, out, _ = report(runner, DATA / "report-mid.yaml")
    table = md_table(out, "## Nilai per indikator")
    for title, weight, mean, score, percent, *_ in table[:-1]:
        line = next(line for line in scored.stdout.splitlines() if title in line)
        assert re.findall(r"\d+,\d+", line.split(title, 1)[1]) == [weight, mean, score, percent]
    total = next(line for line in scored.stdout.splitlines() if "Total" in line)
    assert re.findall(r"\d+,\d+", total) == ["10,00", "6,03", "60,26"]


def test_sections_grade_and_numeric_answers(runner):
    code, out, _ = report(runner, "--rubric", DATA / "rubric-mini.yaml", DATA / "report-mini.yaml")
    assert code == 0
    assert "**Nilai total: 3,28 dari 5,00 (65,50%)**" in out
    assert "**Predikat:** Baik — Separuh tercapai" in out
    assert "| p. Pemenuhan | 1,40 / 2,00 | 70,00 |" in out
    assert "| i.b | Persentase layanan daring? | **40%** | 0,40 |  |  |" in out
    assert "| j.a | Izin yang dipermudah? | **3 / 4** | 0,75 |  |  |" in out
    assert md_table(out, "## Langkah berikutnya") == [
        [
            "1",
            "**j.b** Tingkat pelaksanaan?",
            "B. Sebagian",
            "A. Penuh",
            "Selesaikan pelaksanaan.",
            "+0,75",
        ],
        [
            "2",
            "**i.b** Persentase layanan daring?",
            "40%",
            "capaian 100%",
            "Pindahkan layanan ke kanal daring.",
            "+0,60",
        ],
        [
            "3",
            "**j.a** Izin yang dipermudah?",
            "3 / 4",
            "capaian 100%",
            "Naikkan capaian kriteria ini menuju 100%.",
            "+0,38",
        ],
    ]
    assert "- Total: 1,40 + 1,88 = 3,28; 3,2750 ÷ 5,00 × 100 = 65,50%" in out  # noqa: RUF001
    _, html, _ = report(
        runner, "--rubric", DATA / "rubric-mini.yaml", DATA / "report-mini.yaml", "-f", "html"
    )
    assert '<strong id="grade">Baik</strong>' in html
    assert '<a href="https://aturan.example.go.id/1-2026">Aturan Uji 1/2026</a>' in html


def test_no_steps_when_everything_is_best(runner, write_answers):
    keys = {"a.1": "ya", "b.5": "ya", "c.2": "ya"}
    ids = ["a.1", "a.2", "a.3", "a.4", "b.1", "b.2", "b.3", "b.4", "b.5", "c.1", "c.2", "c.3"]
    body = "".join(f"  {i}: {keys.get(i, 'a')}\n" for i in ids)
    path = write_answers(f"rubric: pkp-2019\nanswers:\n{body}")
    _, out, _ = report(runner, path)
    assert "## Langkah berikutnya\n\nSemua kriteria sudah berada pada pilihan terbaiknya.\n" in out
    assert "**Nilai total: 10,00 dari 10,00 (100,00%)**" in out


# --- baseline ------------------------------------------------------------------------------


def test_baseline_deltas(runner):
    _, out, _ = report(
        runner, DATA / "report-mid.yaml", "--baseline", DATA / "report-mid-2025.yaml"
    )
    assert [row[-1] for row in md_table(out, "## Nilai per indikator")] == [
        "▲ +0,88",
        "▲ +1,40",
        "▲ +1,33",
        "▲ +3,62",
    ]
    assert "**Perubahan:** ▲ +3,62 sejak penilaian sebelumnya (periode 2025): 2,41 → 6,03" in out


def test_baseline_falls_and_holds(runner):
    _, out, _ = report(
        runner, DATA / "report-mid-2025.yaml", "--baseline", DATA / "report-mid.yaml"
    )
    assert [row[-1] for row in md_table(out, "## Nilai per indikator")] == [
        "▼ -0,88",
        "▼ -1,40",
        "▼ -1,33",
        "▼ -3,62",
    ]
    _, same, _ = report(runner, DATA / "report-mid.yaml", "--baseline", DATA / "report-mid.yaml")
    assert [row[-1] for row in md_table(same, "## Nilai per indikator")] == ["= 0,00"] * 4
    _, html, _ = report(
        runner, DATA / "report-mid-2025.yaml", "--baseline", DATA / "report-mid.yaml", "-f", "html"
    )
    assert '<dd class="down" id="total-change"><span aria-hidden="true">▼</span> -3,62</dd>' in html


def test_baseline_of_another_rubric_is_invalid_input(runner, write_answers):
    other = write_answers("rubric: pkp-2021\nanswers: {}\n", "lain.yaml")
    code, out, err = report(runner, DATA / "report-mid.yaml", "--baseline", other)
    assert (code, out) == (3, "")
    assert err == (
        f"{other}:1: rubric: pembanding menjawab 'pkp-2021', sedangkan "
        f"{DATA / 'report-mid.yaml'} menjawab 'pkp-2019': nilai dua rubrik tidak dapat "
        "dibandingkan kriteria demi kriteria (berikan pembanding dengan rubrik yang sama)\n"
    )
    code, out, err = report(runner, DATA / "report-mid.yaml", "--baseline", other, "--lang", "en")
    assert err == (
        f"{other}:1: rubric: the baseline answers 'pkp-2021' and {DATA / 'report-mid.yaml'} "
        "answers 'pkp-2019': scores of two rubrics cannot be compared criterion by criterion "
        "(give a baseline of the same rubric)\n"
    )


# --- language ------------------------------------------------------------------------------


def test_english_labels_and_rubric_texts(runner):
    _, out, _ = report(runner, DATA / "report-mid.yaml", "--lang", "en")
    assert out.startswith("# Integrity Zone Self-Assessment Report\n\n## Improving the Quality")
    assert "**Total score: 6.03 out of 10.00 (60.26%)**" in out
    assert "- **Report date:** 15 January 2026" in out
    assert "### a. Service Standards — 2.13 out of 3.00" in out
    assert "| a.1 | Does the unit have a policy on service standards? | **Yes** | 1.00 |" in out
    assert "⚠ **UNANSWERED**" in out
    for word in ("Nilai", "Jawaban", "Belum dijawab", "Langkah", "Januari"):
        assert word not in out
    _, html, _ = report(runner, DATA / "report-mid.yaml", "--lang", "en", "-f", "html")
    assert '<html lang="en">' in html
    assert '<h2 id="h-langkah">What to do next</h2>' in html


# --- escaping ------------------------------------------------------------------------------

HOSTILE_RUBRIC = """\
id: jahat
version: "1"
title: "<script>alert('title')</script> | **judul**"
source: {regulation: "<b>Aturan</b>", url: "javascript:alert(1)"}
indicators:
  - id: x
    title: "X <img src=x onerror=alert(1)> | y"
    weight: 1
    criteria:
      - id: x.1
        question: "Pertanyaan <script>q()</script> | [a](javascript:b)"
        options:
          - {key: a, label: "Label <i>miring</i> | sel", value: 1}
          - {key: b, label: "Tidak `kode` _garis_", value: 0, recommendation: "<b>Saran</b> | x"}
"""

HOSTILE_ANSWERS = """\
rubric: {rubric}
unit: "<script>alert(1)</script> | Unit **tebal** [klik](javascript:alert(2))"
period: '"><img src=x onerror=alert(3)>'
assessor: "Tim & Rekan &lt;b&gt; # bukan judul"
answers:
  {ident}:
    answer: {key}
    note: |-
      Baris satu | sel palsu
      # Judul palsu
      <script>alert(4)</script> "><img src=x onerror=alert(5)>
      [tautan](javascript:alert(6)) `kode` ![gbr](http://x.example/i.png)
    evidence:
      - javascript:alert(7)
      - "data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg=="
      - 'https://ok.example.go.id/a"><script>alert(9)</script>'
      - "http://ok.example.go.id/x|y z>w"
      - "<img src=x onerror=alert(10)>"
      - vbscript:msgbox(11)
      - file:///etc/passwd
      - //evil.example/x
"""

LIVE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "section",
    "h1", "h2", "h3", "p", "div", "span", "strong", "ul", "li", "dl", "dt", "dd", "a", "table",
    "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td", "svg", "line", "rect",
    "path", "text",
}  # fmt: skip


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in {"meta", "col", "line", "rect", "path"}:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.open, f"</{tag}> closes nothing"
        assert self.open.pop() == tag, f"</{tag}> closes the wrong element"

    def handle_data(self, data):
        self.text.append(data)


def hostile_reports(runner, tmp_path, *, rubric: bool) -> tuple[str, str]:
    if rubric:
        (tmp_path / "jahat.yaml").write_text(HOSTILE_RUBRIC, encoding="utf-8")
        text = HOSTILE_ANSWERS.format(rubric="jahat", ident="x.1", key="b")
        extra = ["--rubric", str(tmp_path / "jahat.yaml")]
    else:
        text = HOSTILE_ANSWERS.format(rubric="pkp-2019", ident="a.2", key="c")
        extra = []
    answers = tmp_path / "jawaban.yaml"
    answers.write_text(text, encoding="utf-8")
    code_md, md, err_md = report(runner, answers, *extra)
    code_html, html, err_html = report(runner, answers, *extra, "-f", "html")
    assert (code_md, err_md, code_html, err_html) == (0, "", 0, "")
    return md, html


@pytest.mark.parametrize("rubric", [False, True], ids=["hostile-answers", "hostile-rubric"])
def test_html_makes_nothing_live(runner, tmp_path, rubric):
    _, html = hostile_reports(runner, tmp_path, rubric=rubric)
    parser = TagCollector()
    parser.feed(html)
    parser.close()
    assert parser.open == []
    names = {tag for tag, _ in parser.tags}
    assert names <= LIVE_TAGS
    for tag, attrs in parser.tags:
        assert not [name for name in attrs if name.startswith("on")], tag
        if tag == "a":
            assert re.match(r"https?://", attrs["href"] or ""), attrs
        if "style" in attrs:
            assert re.fullmatch(r"width: [0-9.]+%", attrs["style"] or ""), attrs
    text = "".join(parser.text)
    assert "<script>alert(1)</script> | Unit **tebal** [klik](javascript:alert(2))" in text
    assert "javascript:alert(7)" in text
    links = [attrs["href"] for tag, attrs in parser.tags if tag == "a"]
    assert links == [
        'https://ok.example.go.id/a"><script>alert(9)</script>',
        "http://ok.example.go.id/x|y z>w",
    ]


def cells(line: str) -> list[str]:
    return re.split(r"(?<!\\)\|", line)[1:-1]


@pytest.mark.parametrize("rubric", [False, True], ids=["hostile-answers", "hostile-rubric"])
def test_markdown_keeps_tables_and_makes_nothing_live(runner, tmp_path, rubric):
    md, _ = hostile_reports(runner, tmp_path, rubric=rubric)
    lines = md.splitlines()
    for n, line in enumerate(lines):
        if line.startswith("|") and not lines[n - 1].startswith("|"):
            width = len(cells(line))
            for row in lines[n + 1 :]:
                if not row.startswith("|"):
                    break
                assert len(cells(row)) == width, row
    # The only raw HTML is our own <br>; the only autolinks are http(s).
    for tag in re.findall(r"(?<!\\)<[^>\n]*>", md):
        assert tag == "<br>" or re.fullmatch(r"<https?://[^\s<>|\"]+>", tag), tag
    assert not re.search(r"(?<!\\)\]\(", md)
    assert "\n# Judul palsu" not in md
    assert not [line for line in lines if line.startswith("#") and "palsu" in line]
    assert "<https://ok.example.go.id/a%22%3E%3Cscript%3Ealert(9)%3C/script%3E>" in md
    assert "<http://ok.example.go.id/x%7Cy%20z%3Ew>" in md
    assert "javascript:alert(7) ⚠ *berkas tidak ditemukan*" in md


def test_web_links_are_only_http():
    assert web_link(" https://x.example/a ") == "https://x.example/a"
    assert web_link("HTTP://X.EXAMPLE") == "HTTP://X.EXAMPLE"
    for text in (
        "javascript:alert(1)",
        "data:text/html,x",
        "https:nohost",
        "//x.example",
        "http://[",
    ):
        assert web_link(text) is None


def test_evidence_paths_are_checked_relative_to_the_answers_file(tmp_path):
    (tmp_path / "bukti").mkdir()
    (tmp_path / "bukti" / "ada.pdf").write_text("x", encoding="utf-8")
    assert view_evidence("bukti/ada.pdf", tmp_path).missing is False
    assert view_evidence("bukti/tiada.pdf", tmp_path).missing is True
    assert view_evidence("bad\0name", tmp_path).missing is True
    assert view_evidence("https://x.example/a", tmp_path).missing is False
    assert view_evidence("bukti/tiada.pdf", None).missing is False


# --- templates -----------------------------------------------------------------------------


def test_template_dir_overrides_by_name(runner, tmp_path):
    (tmp_path / "report.md.j2").write_text(
        "{{ report.unit }}: {{ report.score }} ({{ words.total }})\n", encoding="utf-8"
    )
    (tmp_path / "report.css").write_text("body { color: #123456; }\n", encoding="utf-8")
    code, out, _ = report(runner, DATA / "report-mid.yaml", "--template-dir", tmp_path)
    assert (code, out) == (0, "Kantor Pelayanan Uji Tengah: 6,03 (Nilai total)\n")
    code, html, _ = report(
        runner, DATA / "report-mid.yaml", "--template-dir", tmp_path, "-f", "html"
    )
    assert code == 0
    assert "<style>\nbody { color: #123456; }\n</style>" in html
    assert 'id="total-score">6,03<' in html


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_template_errors_are_clear(runner, tmp_path):
    (tmp_path / "report.md.j2").write_text("ok\n{% if %}\n", encoding="utf-8")
    code, out, err = report(runner, DATA / "report-mid.yaml", "--template-dir", tmp_path)
    assert (code, out) == (3, "")
    assert (
        err
        == f"{tmp_path / 'report.md.j2'}:2: template syntax error: Expected an expression, got 'end of statement block'\n"
    )
    (tmp_path / "report.md.j2").write_text("ok\n\n{{ report.nothing }}\n", encoding="utf-8")
    code, out, err = report(runner, DATA / "report-mid.yaml", "--template-dir", tmp_path)
    assert (code, out) == (3, "")
    assert (
        err
        == f"{tmp_path / 'report.md.j2'}:3: template error: 'pkmcli.report.views.ReportView object' has no attribute 'nothing'\n"
    )


def test_missing_template_dir(runner, tmp_path):
    code, out, err = report(runner, DATA / "report-mid.yaml", "--template-dir", tmp_path / "no")
    assert (code, out, err) == (3, "", f"{tmp_path / 'no'}: --template-dir: folder tidak ada\n")
    code, out, err = report(
        runner, DATA / "report-mid.yaml", "--template-dir", tmp_path / "no", "--lang", "en"
    )
    assert (code, out, err) == (3, "", f"{tmp_path / 'no'}: --template-dir: no such directory\n")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    code, out, err = report(runner, DATA / "report-mid.yaml", "--template-dir", tmp_path / "file")
    assert (code, out, err) == (3, "", f"{tmp_path / 'file'}: --template-dir: bukan folder\n")


def test_render_report_needs_no_cli():
    rubric, answers = load_answers(DATA / "report-strong.yaml")
    text = render_report(score_answers(rubric, answers), "md", "en", generated=date(2026, 2, 1))
    assert "- **Report date:** 1 February 2026" in text
    view = build_view(score_answers(rubric, answers), "id", date(2026, 2, 1))
    assert (view.score, view.percent, view.grade, view.previous) == ("9,43", "94,27", None, None)
    english = build_view(score_answers(rubric, answers), "en", date(2026, 2, 1))
    assert (english.score, english.percent) == ("9.43", "94.27")


# --- writing -------------------------------------------------------------------------------


def test_output_file_is_written(runner, tmp_path):
    target = tmp_path / "laporan.html"
    code, out, err = report(runner, DATA / "report-mid.yaml", "-f", "html", "-o", target)
    assert (code, out, err) == (0, "", f"laporan ditulis ke {target}\n")
    assert target.read_text(encoding="utf-8").startswith('<!DOCTYPE html>\n<html lang="id">')
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan.html"]
    code, out, err = report(runner, DATA / "report-mid.yaml", "-o", target, "--lang", "en")
    assert (code, out, err) == (0, "", f"wrote {target}\n")


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_output_into_missing_directory(runner, tmp_path):
    target = tmp_path / "tiada" / "laporan.md"
    code, out, err = report(runner, DATA / "report-mid.yaml", "-o", target)
    assert (code, out) == (2, "")
    assert err == f"{target}: cannot write: directory '{target.parent}' does not exist\n"
    assert not target.parent.exists()


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_output_under_a_file(runner, tmp_path):
    (tmp_path / "berkas").write_text("x", encoding="utf-8")
    target = tmp_path / "berkas" / "laporan.md"
    code, out, err = report(runner, DATA / "report-mid.yaml", "-o", target)
    assert (code, out) == (2, "")
    assert err == f"{target}: cannot write: '{target.parent}' is not a directory\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["berkas"]


def test_date_from_environment_and_bad_date(runner):
    result = runner.invoke(
        app, ["report", str(DATA / "report-mid.yaml")], env={"PKM_REPORT_DATE": "2025-12-31"}
    )
    assert "- **Tanggal laporan:** 31 Desember 2025" in result.stdout
    result = runner.invoke(app, ["report", str(DATA / "report-mid.yaml"), "--date", "31/12/2025"])
    assert result.exit_code == 2
    assert "Invalid value for '--date'" in result.stderr


def test_missing_answers_file(runner, tmp_path):
    code, out, err = report(runner, tmp_path / "tiada.yaml")
    assert (code, out) == (3, "")
    assert err.startswith(f"{tmp_path / 'tiada.yaml'}: ")


# --- examples ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "total"),
    [
        (["kantor-pelayanan-a.yaml", "--baseline", "kantor-pelayanan-a-2025.yaml"], "6,03"),
        (["kantor-pelayanan-b.yaml"], "8,69"),
    ],
    ids=["a-with-baseline", "b"],
)
def test_examples_render(runner, args, total):
    paths = [str(EXAMPLES / a) if a.endswith(".yaml") else a for a in args]
    code, md, err = report(runner, *paths)
    assert (code, err) == (0, "")
    assert f"**Nilai total: {total} dari 10,00" in md
    code, html, err = report(runner, *paths, "-f", "html")
    assert (code, err) == (0, "")
    assert f'id="total-score">{total}<' in html


def test_a_www_address_without_its_scheme_is_a_link():
    assert web_link("www.example.go.id/maklumat") == "https://www.example.go.id/maklumat"
    assert view_evidence("www.example.go.id", DATA).url == "https://www.example.go.id"
    assert not view_evidence("www.example.go.id", DATA).missing


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_a_doubtful_baseline_is_warned_about_and_another_rubric_refused(runner, write_answers):
    base = (DATA / "report-mid-2025.yaml").read_text(encoding="utf-8")
    later = write_answers(
        base.replace('period: "2025"', 'period: "2031"').replace("unit: ", "unit: Lain ", 1),
        "lain.yaml",
    )
    code, _, err = report(runner, DATA / "report-mid.yaml", "--baseline", later)
    assert code == 0
    assert "warning: the baseline is of unit 'Lain " in err
    assert "warning: the baseline's period 2031 comes after this file's 2026" in err
    code, _, err = report(runner, DATA / "report-mid.yaml", "--baseline", DATA / "report-mid.yaml")
    assert (
        code,
        err.endswith("warning: the baseline is the answers file itself: every change shows 0\n"),
    ) == (0, True)


# --- review stages: the evaluators' view -----------------------------------------------------

REVIEWED = DATA / "report-reviewed.yaml"
REVIEWED_CASES = [
    pytest.param([], "id", ("md", "html"), id="id"),
    pytest.param(["--lang", "en"], "en", ("md", "html"), id="en"),
    pytest.param(["--stage", "tpi"], "tpi", ("md",), id="tpi"),
]


@pytest.mark.parametrize(("args", "name", "outputs"), REVIEWED_CASES)
def test_reviewed_golden(runner, args, name, outputs):
    for output in outputs:
        code, out, err = report(runner, REVIEWED, *args, "--format", output)
        assert (code, err) == (0, "")
        check_golden(f"report-reviewed-{name}.{output}", out)


def test_reviewed_report_describes_the_latest_stage(runner):
    rubric, answers = load_answers(REVIEWED)
    latest = score_answers(rubric, answers.at_stage("tpn"))
    _, out, _ = report(runner, REVIEWED)
    score, percent = fmt(latest.score, 2, "id"), fmt(latest.percent, 2, "id")
    assert f"**Nilai total (TPN): {score} dari 10,00 ({percent}%)**" in out
    assert md_table(out, "**Nilai total (TPN)")[0] == ["Unit", "6,03", "60,26", ""]
    rows = md_table(out, "## Nilai per indikator")
    assert [row[3] for row in rows[:-1]] == [fmt(i.score, 2, "id") for i in latest.indicators]
    assert "- **Tahap yang dilaporkan:** Tim Penilai Nasional (TPN)" in out
    assert "  - Tim Penilai Internal (TPI): Tim Penilai Internal, 1 Maret 2026" in out


def test_reviewed_criteria_rows_carry_every_stage(runner):
    _, out, _ = report(runner, REVIEWED, "--lang", "en")
    header = next(line for line in out.splitlines() if line.startswith("| No. | Question |"))
    assert header == (
        "| No. | Question | Unit answer | Unit value | Unit note | TPI answer | TPI value "
        "| TPI note | TPN answer | TPN value | TPN note | Evidence |"
    )
    row = next(line for line in out.splitlines() if line.startswith("| ↩ a.3 |"))
    cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", row)[1:-1]]
    assert cells[5:11] == [
        "*= Unit* ↩ **revision**",
        "0.67",
        r"Lengkapi SOP pengaduan \| loket \*2\*",
        "*= Unit*",
        "0.67",
        "",
    ]
    assert "| a.1 |" in out  # a criterion nobody sent back has no mark


def test_reviewed_findings_section(runner):
    _, out, _ = report(runner, REVIEWED)
    findings = out.split("## Temuan dan rekomendasi", 1)[1].split("## Langkah berikutnya", 1)[0]
    assert re.findall(r"^### \d+\. (\S+)", findings, flags=re.MULTILINE) == [
        "a.2", "a.3", "b.1", "b.2", "c.2", "c.3",
    ]  # fmt: skip
    assert "- **Perubahan nilai:** -1,00; pengaruh pada nilai total: -1,33" in findings
    assert "- ↩ **Dikembalikan untuk revisi oleh TPN.**" in findings
    assert (
        r"- **Catatan TPI:** Maklumat belum dipublikasikan di media daring \<script\>" in findings
    )


def test_reviewed_html_escapes_notes_and_holds_the_stage_columns(runner):
    _, html, _ = report(runner, REVIEWED, "--format", "html")
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count('data-stage-answer="tpi"') == 12
    assert '<tr id="criterion-c.2" class="revision">' in html
    assert html.count('class="finding"') == 6
    assert html.count('<rect class="stage-fill') == 9
    assert '<td class="num" data-stage-score="tpn">4,78</td>' in html
    parser = HTMLParser()
    parser.feed(html)
    parser.close()


def test_stage_option(runner):
    code, out, err = report(runner, REVIEWED, "--stage", "tpx", "--lang", "en")
    assert (code, out) == (2, "")
    assert err == "--stage: unknown stage 'tpx'; did you mean tpn? (stages: unit, tpi, tpn)\n"
    _, unit, _ = report(runner, REVIEWED, "--stage", "unit")
    assert "Temuan dan rekomendasi" not in unit
    assert "**Nilai total: 6,03 dari 10,00 (60,26%)**" in unit


def test_stage_option_leaves_a_file_without_reviews_as_it_was(runner):
    _, plain, _ = report(runner, DATA / "report-strong.yaml", "--stage", "tpn")
    assert plain == (GOLDEN / "report-strong.md").read_text(encoding="utf-8")


def test_a_baseline_is_taken_at_the_same_stage(runner):
    # The baseline here is the reviewed file itself: at each stage the change is zero.
    code, out, _ = report(runner, REVIEWED, "--baseline", REVIEWED, "--stage", "tpi")
    assert code == 0
    assert "**Perubahan:** = 0,00 sejak penilaian sebelumnya (periode 2026): 5,91 → 5,91" in out

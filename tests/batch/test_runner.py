"""`pkm score` over many files: formats, invalid files, gates, outputs, CI summaries."""

from __future__ import annotations

import csv
import io
import json
import stat
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from pkmcli.cli.main import app
from pkmcli.rubric.catalog import load_rubric

pytestmark = pytest.mark.usefixtures("here")

# Option keys of the default rubric, criterion by criterion.
KEYS = {c.id: [o.key for o in c.choices] for c in load_rubric("pkp-2019").all_criteria()}


ALL_A = "rubric: pkp-2019\nunit: Unit A\nanswers:\n" + "".join(
    f"  {ident}: {keys[0]}\n" for ident, keys in KEYS.items()
)


# a: (0 + 1 + 1 + 1) / 4 x 3 = 2.25 (75%); everything else at its best: total 9.25.
ONE_NO = ALL_A.replace("a.1: ya", "a.1: tidak").replace("Unit A", "Unit B")


BROKEN = "rubric: pkp-2019\nanswers:\n  a.1: mungkin\n"


def parse_xml(text: str) -> ET.Element:
    """Parse pkm's own JUnit output."""
    return ET.fromstring(text)  # noqa: S314 - the text is our own output, not untrusted


@pytest.fixture
def portfolio(here: Path) -> Path:
    """Write a small portfolio: two valid units in a folder."""
    folder = here / "jawaban"
    folder.mkdir()
    (folder / "b.yaml").write_text(ONE_NO, encoding="utf-8")
    (folder / "a.yaml").write_text(ALL_A, encoding="utf-8")
    return folder


@pytest.mark.usefixtures("portfolio")
@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("json", lambda out: [r["unit"] for r in json.loads(out)] == ["Unit A", "Unit B"]),
        (
            "jsonl",
            lambda out: [json.loads(line)["percent"] for line in out.splitlines()] == [100.0, 92.5],
        ),
        (
            "csv",
            lambda out: (
                [r["unit"] for r in csv.DictReader(io.StringIO(out))] == ["Unit A", "Unit B"]
            ),
        ),
        ("junit", lambda out: parse_xml(out).get("tests") == "6"),
        ("md", lambda out: out.startswith("## Ringkasan penilaian\n")),
        ("table", lambda out: "Unit B" in out and "Ringkasan penilaian" in out),
    ],
)
def test_each_format_goes_to_stdout_and_nothing_to_stderr(runner, fmt, check):
    result = runner.invoke(app, ["score", "jawaban", "-f", fmt])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert check(result.stdout)


@pytest.mark.usefixtures("portfolio")
def test_single_file_keeps_the_detailed_table(runner):
    result = runner.invoke(app, ["score", "jawaban/b.yaml"])
    assert result.exit_code == 0
    assert "a. Standar Pelayanan" in result.stdout
    assert "Ringkasan" not in result.stdout


def test_tables_show_names_as_written_not_as_markup_or_emoji(runner, portfolio):
    odd = portfolio / "a.yaml"
    odd.write_text(ALL_A.replace("unit: Unit A", 'unit: "[/x] :office:"'), encoding="utf-8")
    single = runner.invoke(app, ["score", "jawaban/a.yaml"])
    assert single.exit_code == 0, single.stderr
    assert single.stdout.splitlines()[0].rstrip() == "jawaban/a.yaml — [/x] :office:"
    several = runner.invoke(app, ["score", "jawaban", "-o", "table:tabel.txt"])
    assert several.exit_code == 0, several.stderr
    for text in (several.stdout, Path("tabel.txt").read_text(encoding="utf-8")):
        assert "│ [/x] :office: │" in text


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_invalid_files_are_listed_and_counted_and_the_valid_ones_scored(runner, portfolio):
    (portfolio / "rusak.yaml").write_text(BROKEN, encoding="utf-8")
    (portfolio / "kosong.yaml").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["score", "jawaban", "-f", "jsonl", "--fail-under", "99"])
    assert result.exit_code == 3  # invalid input wins over a failed gate
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["file"], r["valid"], r.get("unit")) for r in records] == [
        ("jawaban/a.yaml", True, "Unit A"),
        ("jawaban/b.yaml", True, "Unit B"),
        ("jawaban/kosong.yaml", False, None),
        ("jawaban/rusak.yaml", False, None),
    ]
    assert records[3]["problems"] == [
        {
            "line": 3,
            "column": 8,
            "key": "a.1",
            "message": "'mungkin' is not an option here; expected one of ya, tidak",
            "text": "jawaban/rusak.yaml:3:8: a.1: 'mungkin' is not an option here; "
            "expected one of ya, tidak",
        }
    ]
    assert result.stderr == (
        "jawaban/b.yaml: 92.50% is under the --fail-under gate of 99%\n"
        "jawaban/kosong.yaml:1:1: empty file; expected an answers mapping with 'rubric' and "
        "'answers'\n"
        "jawaban/rusak.yaml:3:8: a.1: 'mungkin' is not an option here; expected one of ya, tidak\n"
    )


def test_md_summary_counts_invalid_files_and_units_under_the_gate(runner, portfolio):
    (portfolio / "rusak.yaml").write_text(BROKEN, encoding="utf-8")
    result = runner.invoke(
        app, ["score", "jawaban", "-f", "md", "--fail-under", "95", "--lang", "en"]
    )
    assert result.exit_code == 3
    out = result.stdout
    assert "| Files scored | 2 |" in out
    assert "| Invalid files | 1 |" in out
    assert "| Mean total | 96.25% |" in out
    assert "| a. Service Standards | 2.63 | 3 | 87.50 |" in out
    assert (
        "| jawaban/b.yaml | Unit B | 92.50 | --fail-under 95 (threshold 95%, actual 92.50%) |"
        in out
    )
    assert "- `jawaban/rusak.yaml`" in out


@pytest.mark.usefixtures("portfolio")
@pytest.mark.usefixtures("english")  # the messages held here are English
def test_indicator_gates_fail_with_exit_1_and_say_why(runner):
    args = ["score", "jawaban", "-f", "junit", "--fail-under-indicator", "a=80"]
    result = runner.invoke(app, [*args, "--fail-under-indicator", "b=80"])
    assert result.exit_code == 1
    assert result.stderr == (
        "jawaban/b.yaml: indicator a at 75.00% is under the --fail-under-indicator gate of 80%\n"
    )
    suites = parse_xml(result.stdout).findall("testsuite")
    assert [(s.get("name"), s.get("tests"), s.get("failures")) for s in suites] == [
        ("jawaban/a.yaml", "5", "0"),
        ("jawaban/b.yaml", "5", "1"),
    ]
    failure = suites[1].find("testcase[@name='gate --fail-under-indicator a=80']/failure")
    assert failure is not None
    assert failure.get("message") == "threshold 80%, actual 75.00%"
    passing = runner.invoke(
        app, ["score", "jawaban", "-f", "csv", "--fail-under-indicator", "a=75"]
    )
    assert (passing.exit_code, passing.stderr) == (0, "")


@pytest.mark.usefixtures("portfolio")
def test_indicator_gates_speak_indonesian_by_default(runner):
    args = ["score", "jawaban", "-f", "junit", "--fail-under-indicator", "a=80"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.stderr == (
        "jawaban/b.yaml: indikator a dengan 75,00% di bawah ambang --fail-under-indicator 80%\n"
    )
    suite = parse_xml(result.stdout).findall("testsuite")[1]
    failure = suite.find("testcase[@name='ambang --fail-under-indicator a=80']/failure")
    assert failure is not None
    assert failure.get("message") == "ambang 80%, capaian 75,00%"
    assert suite.find("testcase/system-out").text == "nilai 2,25 dari 3 (75,00%)"
    unknown = runner.invoke(app, ["score", "jawaban", "--fail-under-indicator", "x=5"])
    assert unknown.stderr.startswith("--fail-under-indicator: indikator 'x' tidak dikenal (rubrik ")


@pytest.mark.usefixtures("portfolio")
@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (
            "x=50",
            "--fail-under-indicator: unknown indicator 'x' (rubric pkp-2019 has a, b, c)\n",
        ),
        (
            "A=50",
            (
                "--fail-under-indicator: unknown indicator 'A'; did you mean a? "
                "(rubric pkp-2019 has a, b, c)\n"
            ),
        ),
        ("a", "--fail-under-indicator: expected ID=PERCENT (for example a=60), got 'a'\n"),
        (
            "a=lots",
            (
                "--fail-under-indicator: PERCENT must be a number from 0 to 100, got 'lots' in "
                "'a=lots'\n"
            ),
        ),
        (
            "a=101",
            (
                "--fail-under-indicator: PERCENT must be a number from 0 to 100, got '101' in "
                "'a=101'\n"
            ),
        ),
    ],
)
@pytest.mark.usefixtures("english")  # the messages held here are English
def test_bad_indicator_gates_are_usage_errors(runner, spec, message):
    args = ["score", "jawaban", "--rubric", "pkp-2019", "--fail-under-indicator", spec]
    result = runner.invoke(app, args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)


@pytest.mark.usefixtures("portfolio")
@pytest.mark.usefixtures("english")  # the messages held here are English
def test_indicator_gates_know_every_shipped_rubric_without_rubric_option(runner):
    result = runner.invoke(app, ["score", "jawaban", "--fail-under-indicator", "zz=5"])
    assert result.exit_code == 2
    assert "rubric pkp-2019 has a, b, c; rubric pkp-2021 has p1" in result.stderr
    # A gate on another rubric's indicator is a mistake when no file scored has it.
    result = runner.invoke(
        app, ["score", "jawaban", "-f", "json", "--fail-under-indicator", "p1=99"]
    )
    assert (result.exit_code, result.stderr) == (
        2,
        "--fail-under-indicator: no file scored has indicator 'p1' (pkp-2019 has a, b, c)\n",
    )


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_indicator_gates_apply_to_the_files_of_their_rubric(runner, portfolio):
    (portfolio / "c.yaml").write_text("rubric: pkp-2021\nanswers:\n  p1.a: a\n", encoding="utf-8")
    result = runner.invoke(app, ["score", "jawaban", "--fail-under-indicator", "p1=99"])
    assert result.exit_code == 1
    assert result.stderr.startswith("jawaban/c.yaml: indicator p1 at ")


@pytest.mark.usefixtures("portfolio")
def test_outputs_are_written_atomically_keeping_permissions(runner, here):
    old = here / "hasil.csv"
    old.write_text("lama\n", encoding="utf-8")
    old.chmod(0o640)
    args = ["score", "jawaban", "-f", "jsonl", "-o", "csv:hasil.csv", "--output", "junit:hasil.xml"]
    result = runner.invoke(app, [*args, "-o", "md:ringkas.md", "-o", "json:hasil.json"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert len(result.stdout.splitlines()) == 2
    assert stat.S_IMODE(old.stat().st_mode) == 0o640
    rows = list(csv.DictReader(io.StringIO(old.read_text(encoding="utf-8"))))
    assert [r["file"] for r in rows] == ["jawaban/a.yaml", "jawaban/b.yaml"]
    assert parse_xml((here / "hasil.xml").read_text(encoding="utf-8")).get("tests") == "6"
    assert len(json.loads((here / "hasil.json").read_text(encoding="utf-8"))) == 2
    assert (here / "ringkas.md").read_text(encoding="utf-8").startswith("## Ringkasan")
    assert sorted(p.name for p in here.iterdir()) == [
        "hasil.csv",
        "hasil.json",
        "hasil.xml",
        "jawaban",
        "ringkas.md",
    ]


@pytest.mark.usefixtures("portfolio")
@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (
            "csv:tidak-ada/hasil.csv",
            "tidak-ada/hasil.csv: cannot write: directory 'tidak-ada' does not exist",
        ),
        ("csv:jawaban", "jawaban: is a directory; give a file path to write"),
        (
            "xml:hasil.xml",
            (
                "expected FORMAT:PATH with FORMAT one of table, json, jsonl, csv, "
                "junit, md, got 'xml:hasil.xml'"
            ),
        ),
        (
            "hasil.csv",
            (
                "expected FORMAT:PATH with FORMAT one of table, json, jsonl, csv, "
                "junit, md, got 'hasil.csv'"
            ),
        ),
    ],
)
@pytest.mark.usefixtures("english")  # the messages held here are English
def test_a_bad_output_is_a_usage_error_before_any_scoring(runner, spec, message):
    result = runner.invoke(app, ["score", "jawaban", "-f", "jsonl", "-o", spec])
    where = "" if message.startswith(("tidak-ada", "jawaban")) else "--output: "
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"{where}{message}\n")


def test_github_step_summary_gets_the_markdown_summary_appended(runner, portfolio, monkeypatch):
    summary = portfolio.parent / "step-summary.md"
    summary.write_text("# Langkah sebelumnya\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = runner.invoke(app, ["score", "jawaban", "-f", "jsonl", "--fail-under", "95"])
    assert result.exit_code == 1
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# Langkah sebelumnya\n## Ringkasan penilaian\n")
    assert (
        "| jawaban/b.yaml | Unit B | 92,50 | --fail-under 95 (ambang 95%, capaian 92,50%) |" in text
    )


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_an_empty_folder_is_invalid_input(runner, here):
    (here / "kosong").mkdir()
    result = runner.invoke(app, ["score", "kosong"])
    assert (result.exit_code, result.stderr) == (
        3,
        "kosong: is a folder without answers files (*.yaml, *.yml, *.json) in it\n",
    )

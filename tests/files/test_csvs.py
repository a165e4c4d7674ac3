"""CSV dialects and formula-safe cells, alone and in every CSV pkm writes."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess

import pytest

from helpers import EXAMPLES, GOOD
from pkmcli.cli.app import CsvDialect
from pkmcli.cli.main import app
from pkmcli.files.csvs import DIALECTS, CsvText, text_cell

SURVEY = EXAMPLES / "survei-kepuasan-2026.csv"
BOM = "\N{BYTE ORDER MARK}"
# Text a user may type that a spreadsheet would run as a formula.
FORMULAS = ("=1+2", "+62 812", "-5", "@SUM(A1)", "\tx", "\rx")
HOSTILE = GOOD.replace("unit: Kantor Pelayanan X", 'unit: "=HYPERLINK(\\"http://x\\")"').replace(
    'period: "2026"', 'period: "-2026"\nassessor: "@Tim, Satu"'
)


def raw(result) -> str:
    """Return what a command printed, line ends as written (``stdout`` makes them LF)."""
    return result.stdout_bytes.decode("utf-8")


def test_the_options_offer_every_dialect():
    assert [d.value for d in CsvDialect] == list(DIALECTS)


@pytest.mark.parametrize("text", FORMULAS)
def test_text_that_starts_a_formula_is_neutralised(text):
    assert text_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["Kantor = Pusat", "Kantor A", "'kutip", "2026", None, ""])
def test_other_text_stays_as_written(text):
    assert text_cell(text) == (text or "")


def test_the_dialects_write_cells_lines_and_numbers_their_way():
    for name, expected in (
        ("standard", "a,b\r\nx;y,-0.5\r\n'=1,2.25\r\n"),
        ("excel-id", f'{BOM}a;b\r\n"x;y";-0,5\r\n\'=1;2,25\r\n'),
    ):
        writer = CsvText(name)
        writer.row(["a", "b"])
        writer.row(["x;y", writer.number(-0.5)])  # pkm's own negative number stays a number
        writer.row([text_cell("=1"), writer.number(2.2500001, 2)])
        assert writer.text() == expected
    plain = CsvText(line_end="\n")
    plain.row(["a"])
    assert plain.text() == "a\n"


@pytest.mark.usefixtures("here")
def test_score_csv_standard_is_the_default_and_excel_id_opens_in_columns(runner, write_answers):
    write_answers(GOOD, "baik.yaml")
    default = runner.invoke(app, ["score", "baik.yaml", "-f", "csv"])
    standard = runner.invoke(app, ["score", "baik.yaml", "-f", "csv", "--csv-dialect", "standard"])
    assert default.exit_code == standard.exit_code == 0
    assert raw(default) == raw(standard)
    assert raw(default).startswith("file,rubric,unit,")
    assert "\r\nbaik.yaml,pkp-2019,Kantor Pelayanan X,2026,,5.308333,10.0,53.083333," in raw(
        default
    )
    excel = runner.invoke(app, ["score", "baik.yaml", "-f", "csv", "--csv-dialect", "excel-id"])
    assert excel.exit_code == 0, excel.stderr
    text = raw(excel)
    assert text.startswith(BOM + "file;rubric;unit;period;assessor;score;max_score;percent;")
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    row = next(csv.DictReader(io.StringIO(text.removeprefix(BOM)), delimiter=";"))
    standard_row = next(csv.DictReader(io.StringIO(default.stdout)))
    assert row == {k: v.replace(".", ",") if k in NUMBERS else v for k, v in standard_row.items()}


NUMBERS = {"score", "max_score", "percent", "a", "b", "c"}


def test_score_csv_output_file_takes_the_dialect_too(runner, write_answers, here):
    write_answers(GOOD, "baik.yaml")
    args = ["score", "baik.yaml", "--csv-dialect", "excel-id"]
    done = runner.invoke(app, [*args, "-o", "csv:hasil.csv"])
    assert done.exit_code == 0, done.stderr
    raw_file = (here / "hasil.csv").read_bytes()
    assert raw_file.startswith(b"\xef\xbb\xbffile;rubric;")
    assert raw_file.decode("utf-8") == raw(runner.invoke(app, [*args, "-f", "csv"]))


@pytest.mark.usefixtures("here")
def test_no_user_text_becomes_a_formula_in_either_dialect(runner, write_answers):
    write_answers(HOSTILE, "=jahat.yaml")
    for dialect, delimiter in (("standard", ","), ("excel-id", ";")):
        done = runner.invoke(app, ["score", "=jahat.yaml", "-f", "csv", "--csv-dialect", dialect])
        assert done.exit_code == 0, done.stderr
        text = raw(done).removeprefix(BOM)
        (row,) = csv.DictReader(io.StringIO(text), delimiter=delimiter)
        assert (row["file"], row["unit"], row["period"], row["assessor"]) == (
            "'=jahat.yaml",
            '\'=HYPERLINK("http://x")',
            "'-2026",
            "'@Tim, Satu",
        )


def test_skm_csv_in_both_dialects(runner):
    standard = runner.invoke(app, ["skm", str(SURVEY), "-f", "csv"])
    excel = runner.invoke(app, ["skm", str(SURVEY), "-f", "csv", "--csv-dialect", "excel-id"])
    assert standard.exit_code == excel.exit_code == 0
    assert raw(standard).startswith("group,element,title,answered,sum,nrr,")
    assert "\r" not in raw(standard)  # the survey's CSV has always ended lines with LF
    assert raw(excel).startswith(BOM + "group;element;title;answered;sum;nrr;")
    plain = list(csv.reader(io.StringIO(raw(standard))))
    local = list(csv.reader(io.StringIO(raw(excel).removeprefix(BOM)), delimiter=";"))
    assert len(plain) == len(local) == 10
    for ours, theirs in zip(plain[1:], local[1:], strict=True):
        assert [cell.replace(".", ",") for cell in ours] == theirs
    assert raw(excel).count("\r\n") == 10


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
@pytest.mark.parametrize(
    ("dialect", "infilter"), [("standard", None), ("excel-id", "59,34,76,1,,1057")]
)
def test_a_spreadsheet_reads_user_text_as_text_and_numbers_as_numbers(
    runner, write_answers, tmp_path, dialect, infilter
):
    import openpyxl  # noqa: PLC0415

    source = write_answers(HOSTILE)
    target = tmp_path / "hasil.csv"
    done = runner.invoke(
        app, ["score", str(source), "--csv-dialect", dialect, "-o", f"csv:{target}", "-f", "json"]
    )
    assert done.exit_code == 0, done.stderr
    command = ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo"]
    if infilter is not None:
        command.append(f"--infilter=CSV:{infilter}")
    command += ["--convert-to", "xlsx", "--outdir", str(tmp_path / "out"), str(target)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    sheet = openpyxl.load_workbook(tmp_path / "out" / "hasil.xlsx").active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, sheet[2], strict=False))
    for name in ("unit", "period", "assessor"):
        assert row[name].data_type == "s", (name, row[name].value)
        assert str(row[name].value).startswith("'")
    assert row["score"].data_type == "n"
    assert row["percent"].value == pytest.approx(53.08, abs=0.01)

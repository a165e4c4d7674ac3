"""XLSX recap sheets, and workbooks that are none: every one refused with a clear message."""

from __future__ import annotations

import json
import time
import tracemalloc
import zipfile

import pytest

import hostile_workbooks
import pkmcli.cli.app
import pkmcli.cli.skm  # registers the command
from pkmcli.survey.sheets import cell_text

APP = pkmcli.cli.app.app


def skm(runner, *args):
    return runner.invoke(APP, ["skm", *map(str, args), "--lang", "en"])


@pytest.fixture
def bounded():
    """A refusal takes under 5 s and 64 MiB of Python memory."""
    tracemalloc.start()
    started = time.perf_counter()
    yield
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 5
    assert peak < 64 * 1024 * 1024


def test_recap_sheet_with_footer_rows(runner, forms):
    rows = [
        ["L", *[4] * 9],
        ["P", *[3] * 9],
        ["P", *["c"] * 9],
        ["L", 4, 4, 4, 4, 4, 4, 4, None, "d"],
    ]
    path = forms.workbook(rows)
    result = skm(runner, path, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["respondents"] == 4
    answered = {e["id"]: (e["answered"], e["sum"]) for e in data["elements"]}
    assert answered["persyaratan"] == (4, 14)
    # U8 is the regulation's 8th element, Pengaduan; its blank cell is no answer.
    assert answered["pengaduan"] == (3, 10)
    assert answered["sarana"] == (4, 14)
    assert "column 'U8' is read as Handling of complaints" in result.stderr
    assert "--map U8=sarana --map U9=pengaduan" in result.stderr


def test_recap_sheet_cell_errors_are_located(runner, forms):
    path = forms.workbook([["L", *[4] * 9], ["P", 4, 4, 7, *[4] * 6]])
    result = skm(runner, path)
    assert result.exit_code == 3
    assert result.stderr.startswith(
        f"{path}:4:U3: '7' is not an answer of element Completion time;"
    )


def test_map_settles_the_numbered_order(runner, forms):
    path = forms.workbook([["L", *[4] * 7, 1, 3]], footer=False)
    result = skm(runner, path, "--format", "json", "--map", "U8=sarana", "--map", "U9=pengaduan")
    assert result.exit_code == 0, result.stderr
    sums = {e["id"]: e["sum"] for e in json.loads(result.stdout)["elements"]}
    assert (sums["sarana"], sums["pengaduan"]) == (1, 3)
    assert result.stderr == ""


def test_cell_text():
    assert cell_text(4.0) == "4"
    assert cell_text(3.5) == "3.5"
    assert cell_text(None) == ""
    assert cell_text(value=True) == "TRUE"


@pytest.mark.usefixtures("bounded")
def test_old_xls_and_password_protected(runner, tmp_path):
    path = tmp_path / "rekap.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    assert skm(runner, path).stderr == (
        f"{path}: an Excel 97-2003 .xls workbook; save it again as .xlsx or CSV\n"
    )
    path = hostile_workbooks.password_protected(tmp_path / "rekap.xlsx")
    assert skm(runner, path).stderr == (
        f"{path}: the workbook is protected by a password; open it, remove the password "
        "(File > Info) and save it again\n"
    )


def test_ods_and_xlsb(runner, tmp_path):
    ods = tmp_path / "rekap.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    assert skm(runner, ods).stderr == (
        f"{ods}: OpenDocument sheets (.ods) are not supported; save it as .xlsx or CSV\n"
    )
    xlsb = tmp_path / "rekap.xlsb"
    with zipfile.ZipFile(xlsb, "w") as archive:
        archive.writestr("xl/workbook.bin", b"\x00")
    assert "binary workbooks (.xlsb) are not supported" in skm(runner, xlsb).stderr
    other = tmp_path / "lain.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert skm(runner, other).stderr == f"{other}: this zip archive is not an xlsx workbook\n"


@pytest.mark.usefixtures("bounded")
def test_zip_bomb(runner, tmp_path):
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b"\x00" * (1024 * 1024)
            for _ in range(40):
                member.write(block)
    assert path.stat().st_size < 1024 * 1024
    result = skm(runner, path)
    assert result.exit_code == 3
    assert result.stderr == f"{path}: the workbook would unpack to 40 MiB; refused (a zip bomb?)\n"


@pytest.mark.usefixtures("bounded")
def test_truncated_workbook(runner, forms):
    path = forms.workbook([["L", *[4] * 9]])
    path.write_bytes(path.read_bytes()[:1500])
    result = skm(runner, path)
    assert result.exit_code == 3
    assert result.stderr.startswith(f"{path}: damaged or unreadable xlsx workbook:")
    assert "Traceback" not in result.stderr


LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)


@pytest.mark.usefixtures("bounded")
def test_xml_entity_expansion(runner, forms):
    path = forms.workbook([["L", *[4] * 9]])
    rewritten = path.with_name("laughs.xlsx")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(rewritten, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                body = text[text.index("<worksheet") :]
                data = (LAUGHS + body.replace("<v>4</v>", "<v>&lol9;</v>", 1)).encode()
            target.writestr(item, data)
    result = skm(runner, rewritten)
    assert result.exit_code == 3
    assert result.stderr == (
        f"{rewritten}: the workbook holds unsafe XML (entity declarations); refused\n"
    )

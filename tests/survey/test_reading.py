"""CSV as it arrives: Google Forms exports, Excel's ';' CSV in Windows-1252, and hostile files."""

from __future__ import annotations

import csv
import json
import time
import tracemalloc

import pytest

import pkmcli.cli.app
import pkmcli.cli.skm  # registers the command
from pkmcli.errors import PkmError
from pkmcli.survey.reading import BLOCK
from pkmcli.survey.sources import read_blocks

APP = pkmcli.cli.app.app


def skm_json(runner, *args):
    result = runner.invoke(APP, ["skm", *map(str, args), "--format", "json", "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def skm_fails(runner, *args):
    result = runner.invoke(APP, ["skm", *map(str, args), "--lang", "en"])
    assert result.exit_code == 3, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result.stderr


def test_multi_line_cells_count_as_one_row(runner, forms):
    rows = [
        forms.row(forms.same(4), saran="Antrian\nterlalu\r\npanjang"),
        forms.row(forms.same(3)),
    ]
    rows[1][4] = "tidak tahu"
    path = forms.write(rows)
    stderr = skm_fails(runner, path)
    # Row 3 of the spreadsheet, though the file's line 5.
    assert stderr.startswith(
        f"{path}:3:1. Bagaimana pendapat Saudara tentang kesesuaian persyaratan"
    )


def test_semicolon_csv_in_windows_1252(runner, forms):
    header = forms.header(numbered=False)
    header[1] = "Jenis Kelamin"
    rows = [
        forms.row(forms.same(4), saran="Pelayanan sudah baik, terima kasih, café"),
        forms.row(forms.same(2)),
    ]
    path = forms.write(rows, header=header, delimiter=";", encoding="cp1252")
    assert b"\xe9" in path.read_bytes()
    data = skm_json(runner, path)
    assert data["respondents"] == 2
    assert data["ikm"] == 75


def test_bom_and_excel_sep_line(runner, forms, tmp_path):
    text = "sep=;\r\n" + forms.text([forms.header(), forms.row(forms.same(4))], ";")
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert skm_json(runner, path)["respondents"] == 1
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("sep=;\r\n", "").encode())
    assert skm_json(runner, path)["respondents"] == 1


def test_short_rows_are_padded(runner, forms, tmp_path):
    header = ",".join(f'"{h}"' for h in forms.header()[:10])
    row = ",".join(f'"{c}"' for c in forms.row(forms.same(4))[:10])
    # Excel drops the trailing empty cells of a row; the missing answers are blanks.
    path = tmp_path / "pendek.csv"
    path.write_text(
        f'{header},"{forms.header()[10]}","{forms.header()[11]}","{forms.header()[12]}"\n{row}\n'
    )
    data = skm_json(runner, path)
    assert [e["answered"] for e in data["elements"]] == [1, 1, 1, 1, 1, 1, 0, 0, 0]


def test_switches_to_windows_1252_after_the_first_block(runner, forms):
    rows = [forms.row(forms.same(3), saran="x" * 200) for _ in range(BLOCK // 300)]
    rows.append(forms.row(forms.same(3), saran="Terima kasih, café"))
    path = forms.write(rows, encoding="cp1252")
    assert path.stat().st_size > BLOCK
    assert skm_json(runner, path)["respondents"] == len(rows)


def test_undecodable_bytes_are_located(runner, forms):
    path = forms.write([forms.row(forms.same(3)), forms.row(forms.same(3))])
    data = path.read_bytes().replace(b"Paspor", b"Pas\x81or", 1)
    path.write_bytes(data)
    stderr = skm_fails(runner, path)
    assert stderr == (
        f'{path}:2: byte 0x81 is neither UTF-8 nor Windows-1252 text; save the file as "CSV UTF-8"\n'
    )


@pytest.fixture
def bounded():
    """Assert that a hostile file is refused within 5 s and 64 MiB of Python memory."""
    tracemalloc.start()
    started = time.perf_counter()
    yield
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 5
    assert peak < 64 * 1024 * 1024


@pytest.mark.usefixtures("bounded")
def test_a_huge_quoted_cell(runner, forms, tmp_path):
    path = tmp_path / "besar.csv"
    path.write_text(forms.text([forms.header()]) + '"2024/01/01","' + "panjang sekali\n" * 400_000)
    stderr = skm_fails(runner, path)
    assert stderr == (
        f"{path}:2: a cell is longer than 32767 characters (Excel's cell limit); "
        'perhaps a quote (") that is never closed\n'
    )


@pytest.mark.usefixtures("bounded")
def test_a_huge_line(runner, forms, tmp_path):
    path = tmp_path / "baris.csv"
    path.write_text(forms.text([forms.header()]) + "x" * 20_000_000 + "\n")
    stderr = skm_fails(runner, path)
    assert stderr == f"{path}:2: a line is longer than 262144 characters; this is no survey data\n"


@pytest.mark.usefixtures("bounded")
def test_a_million_empty_columns(runner, tmp_path):
    path = tmp_path / "kolom.csv"
    path.write_text("Timestamp" + "," * 1_000_000 + "\n")
    assert skm_fails(runner, path) == (
        f"{path}:1: a line is longer than 262144 characters; this is no survey data\n"
    )
    path.write_text("Persyaratan,Prosedur" + "," * 5_000 + "\n")
    assert (
        skm_fails(runner, path) == f"{path}:1: this row has 5002 columns; at most 1000 are read\n"
    )


@pytest.mark.usefixtures("bounded")
def test_binary_and_utf16(runner, tmp_path):
    path = tmp_path / "biner.csv"
    path.write_bytes(bytes(range(256)) * 1000)
    assert skm_fails(runner, path) == f"{path}: not a CSV text file (it holds binary data)\n"
    path.write_text("Persyaratan,Prosedur\n", encoding="utf-16")
    assert skm_fails(runner, path) == (
        f'{path}: UTF-16 text (Excel\'s "Unicode Text"); save it as "CSV UTF-8"\n'
    )


def test_empty_and_headerless_files(runner, tmp_path):
    path = tmp_path / "kosong.csv"
    path.write_text("")
    assert (
        skm_fails(runner, path) == f"{path}: the file is empty: no header row and no respondents\n"
    )
    path.write_text("a,b,c\n1,2,3\n")
    assert skm_fails(runner, path).startswith(
        f"{path}:1: no header row naming survey elements in the first 2 rows (read: 'a', 'b', 'c')"
    )


def test_not_a_workbook_named_xlsx(runner, tmp_path):
    path = tmp_path / "rekap.xlsx"
    path.write_text("Persyaratan,Prosedur\n")
    assert skm_fails(runner, path) == (
        f"{path}: not a valid xlsx workbook (not a zip archive); save it again as .xlsx or CSV\n"
    )


def test_read_rows_keeps_the_csv_module_limit(tmp_path):
    before = csv.field_size_limit()
    path = tmp_path / "a.csv"
    path.write_text("a,b\n1,2\n")
    blocks = list(read_blocks(path, "a.csv", "en", encoding=None, pick=lambda _: True))
    assert blocks == [[["a", "b"], ["1", "2"]]]
    assert csv.field_size_limit() == before


def test_missing_file(tmp_path):
    with pytest.raises(PkmError) as caught:
        read_blocks(tmp_path / "nope.csv", "nope.csv", "en", encoding=None, pick=lambda _: True)
    assert caught.value.problems[0].render() == "nope.csv: no such file"

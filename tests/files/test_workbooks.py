"""The workbook opener: hostile workbooks refused with one located message, quickly and in
bounded memory, by the opener itself and by every command that reads workbooks."""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import hostile_workbooks as hostile
import pkmcli.cli.app
import pkmcli.cli.skm  # registers the command
from pkmcli.errors import ExitCode, PkmError
from pkmcli.files.workbooks import (
    READ_ERRORS,
    check_archive,
    open_workbook,
    refused,
    sheet_rows,
)

APP = pkmcli.cli.app.app
SHOWN = "lke.xlsx"
LOCAL = Path(hostile.LOCAL_FILE)
# Python objects a refusal may allocate: far below what any of these files would unpack to.
MEMORY_BOUND = 64 * 1024 * 1024


def read_all(path: Path, **options: Any) -> None:
    """Open a workbook and read every row of it, as a reader of workbooks does."""
    settings: dict[str, Any] = {"read_only": True, "data_only": True, "lang": "en"}
    book = open_workbook(path, SHOWN, **(settings | options))
    for sheet in book.worksheets:  # the opener may leave the rows to sheet_rows
        for _ in sheet_rows(sheet, SHOWN, lang="en"):
            pass


def refusal_of(path: Path, **options: Any) -> str:
    with pytest.raises(PkmError) as caught:
        read_all(path, **options)
    assert caught.value.exit_code == ExitCode.INVALID
    return str(caught.value) + "\n"


def load_every_row(path: Path, *, read_only: bool) -> None:
    book = openpyxl.load_workbook(path, read_only=read_only)
    for sheet in book.worksheets:
        list(sheet.values)


@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "full"])
@pytest.mark.parametrize("case", sorted(hostile.CASES))
def test_each_hostile_workbook_is_refused_with_its_message(tmp_path, case, read_only):
    path = hostile.CASES[case][0](tmp_path / SHOWN)
    tracemalloc.start()
    try:
        message = refusal_of(path, read_only=read_only)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert message == hostile.refusal(case, SHOWN)
    assert peak < MEMORY_BOUND


def test_a_plain_workbook_opens_and_its_rows_are_read(tmp_path):
    path = hostile.plain_xlsx(tmp_path / SHOWN)
    for read_only in (True, False):
        book = open_workbook(path, SHOWN, read_only=read_only, data_only=True)
        assert [list(sheet_rows(s, SHOWN)) for s in book.worksheets] == [[("Jawaban", 4)]]
        book.close()


def test_the_external_entity_never_reaches_the_output(tmp_path, runner):
    path = hostile.external_entity(tmp_path / SHOWN)
    message = refusal_of(path, read_only=False)
    result = runner.invoke(APP, ["skm", str(path), "--lang", "en"])
    shown = message + result.stdout + result.stderr
    assert "unsafe XML" in shown
    if LOCAL.is_file():
        local_lines = [line for line in LOCAL.read_text().splitlines() if line.strip()]
        assert not any(line in shown for line in local_lines)
    assert "root:" not in shown


@pytest.mark.parametrize("build", [hostile.laughs_in_sheet, hostile.laughs_in_workbook])
def test_openpyxl_parses_through_defusedxml_too(tmp_path, build):
    """Were the opener's own pass ever skipped, the library's parser still refuses entities."""
    path = build(tmp_path / SHOWN)
    for read_only in (True, False):
        with pytest.raises(READ_ERRORS) as caught:
            load_every_row(path, read_only=read_only)
        assert str(refused(SHOWN, caught.value, lang="en")) == (
            f"{SHOWN}: the workbook holds unsafe XML (entity declarations); refused"
        )


def test_rows_are_counted_while_read_when_the_opener_does_not_bound_them(tmp_path):
    path = hostile.many_rows(tmp_path / SHOWN, 1_500)
    book = open_workbook(path, SHOWN, read_only=True, data_only=True, max_rows=None)
    (sheet,) = book.worksheets
    rows = sheet_rows(sheet, SHOWN, max_rows=1_000, lang="en")
    with pytest.raises(PkmError) as caught:
        for _ in rows:
            pass
    assert str(caught.value) == (
        f"{SHOWN}: sheet 'LKE ZI' goes past row 1,000; a sheet that large is refused"
    )


def test_a_declared_dimension_is_refused_before_any_row(tmp_path):
    path = hostile.declared_rows(tmp_path / SHOWN)
    book = open_workbook(path, SHOWN, read_only=True, data_only=True, max_rows=None)
    with pytest.raises(PkmError) as caught:
        next(sheet_rows(book.worksheets[0], SHOWN, lang="id"))
    assert str(caught.value) == (
        f"{SHOWN}: lembar 'LKE ZI' melewati baris 100.000; lembar sebesar itu ditolak"
    )


def test_the_row_limit_is_a_parameter(tmp_path):
    path = hostile.many_rows(tmp_path / SHOWN, 1_500)
    assert refusal_of(path, max_rows=1_000, read_only=False) == hostile.refusal(
        "million_rows", SHOWN, limit="1,000"
    )
    book = open_workbook(path, SHOWN, read_only=False, data_only=True, max_rows=2_000)
    assert book.worksheets[0].max_row == 1_500


def test_messages_in_indonesian(tmp_path):
    path = hostile.password_protected(tmp_path / SHOWN)
    assert refusal_of(path, lang="id") == (
        f"{SHOWN}: buku kerja dilindungi kata sandi; buka berkasnya, hapus kata sandinya "
        "(File > Info) lalu simpan ulang\n"
    )
    path = hostile.old_xls(tmp_path / SHOWN)
    assert refusal_of(path, lang="id") == (
        f"{SHOWN}: buku kerja Excel 97-2003 (.xls); simpan ulang sebagai .xlsx\n"
    )


def test_the_size_cap_holds_unless_the_caller_lifts_it(tmp_path, monkeypatch):
    path = hostile.plain_xlsx(tmp_path / SHOWN)
    size = path.stat().st_size
    monkeypatch.setenv("PKM_MAX_FILE_BYTES", "1000")
    assert refusal_of(path) == (
        f"{SHOWN}: file is {size:,} bytes, over the 1,000-byte limit "
        "(set PKM_MAX_FILE_BYTES to raise it)\n"
    )
    assert open_workbook(path, SHOWN, read_only=True, data_only=True, capped=False).worksheets


def test_missing_files_and_folders(tmp_path):
    assert refusal_of(tmp_path / "none.xlsx") == f"{SHOWN}: no such file or directory\n"
    assert refusal_of(tmp_path) == f"{SHOWN}: is a directory, not a file\n"


def test_an_empty_file_is_no_zip(tmp_path):
    path = tmp_path / SHOWN
    path.write_bytes(b"")
    assert refusal_of(path) == hostile.refusal("not_a_zip", SHOWN)


def test_odd_zip_members_are_refused(tmp_path):
    path = tmp_path / SHOWN
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_BZIP2) as archive:
        archive.writestr("xl/workbook.xml", hostile.WORKBOOK)
    with pytest.raises(PkmError) as caught:
        check_archive(path, SHOWN, lang="en")
    assert str(caught.value) == (
        f"{SHOWN}: damaged or unreadable xlsx workbook: part xl/workbook.xml is compressed "
        "in an unknown way"
    )


def test_a_broken_part_is_named(tmp_path):
    path = hostile.plain_xlsx(tmp_path / SHOWN, sheet="no XML here")
    assert refusal_of(path) == (
        f"{SHOWN}: damaged or unreadable xlsx workbook: xl/worksheets/sheet1.xml: "
        "syntax error: line 1, column 0\n"
    )
    # Past its root a part is the library's to parse; what it finds wrong is said as well.
    path = hostile.plain_xlsx(tmp_path / SHOWN, sheet="<worksheet><sheetData>")
    assert refusal_of(path, read_only=False) == (
        f"{SHOWN}: damaged or unreadable xlsx workbook: no element found: line 1, column 22\n"
    )


def test_a_workbook_without_sheets(tmp_path):
    workbook = hostile.WORKBOOK.replace(
        '<sheets><sheet name="LKE ZI" sheetId="1" r:id="rId1"/></sheets>', "<sheets/>"
    )
    path = hostile.plain_xlsx(tmp_path / SHOWN, workbook=workbook)
    assert refusal_of(path) == f"{SHOWN}: the workbook has no worksheet\n"


def test_refused_places_a_problem_at_a_row_or_a_cell():
    error = KeyError("There is no item named 'xl/sharedStrings.xml' in the archive")
    assert str(refused(SHOWN, error, "LKE ZI!K103", lang="en")) == (
        f'{SHOWN}:LKE ZI!K103: damaged or unreadable xlsx workbook: "There is no item named '
        "'xl/sharedStrings.xml' in the archive\""
    )
    assert str(refused(SHOWN, ValueError(), 7, lang="en")) == (
        f"{SHOWN}:7: damaged or unreadable xlsx workbook: ValueError"
    )


# The survey reads sheets as large as a spreadsheet holds: a million rows is data to it,
# so that case is left to the opener's own test; the others are refused as by the opener.
SURVEY_CASES = sorted(set(hostile.CASES) - {"million_rows"})


@pytest.mark.parametrize("case", SURVEY_CASES)
def test_pkm_skm_refuses_each_hostile_workbook(tmp_path, runner, case):
    path = hostile.CASES[case][0](tmp_path / SHOWN)
    result = runner.invoke(APP, ["skm", str(path), "--lang", "en"])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == hostile.refusal(case, str(path), csv_too=True, limit="1,048,576")

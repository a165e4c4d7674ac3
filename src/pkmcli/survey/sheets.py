"""Read an XLSX recap sheet row by row, refusing what is not a plain workbook.

openpyxl reads in read-only mode (one row at a time) and parses XML through defusedxml;
the zip's declared sizes are checked before anything is decompressed.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from pkmcli.errors import PkmError
from pkmcli.language import Lang
from pkmcli.survey.reading import BLOCK_ROWS, MAX_CELL, MAX_COLUMNS, Blocks, Pick
from pkmcli.survey.words import say

MAX_UNPACKED = 512 * 1024 * 1024
# Real sheets compress about 10:1; a member far past that is a zip bomb.
MAX_RATIO = 200
RATIO_FLOOR = 16 * 1024 * 1024
SCAN_ROWS = 20
_ODS = b"application/vnd.oasis.opendocument.spreadsheet"


def _broken(shown: str, lang: Lang, detail: str) -> PkmError:
    return PkmError.single(shown, say(lang, "xlsx_broken", detail=detail))


def _refused(shown: str, lang: Lang, exc: Exception, row: int | None = None) -> PkmError:
    cause: BaseException | None = exc
    while cause is not None:  # openpyxl wraps what the XML parser raised
        if type(cause).__module__.startswith("defusedxml"):
            return PkmError.single(shown, say(lang, "xlsx_unsafe_content"))
        cause = cause.__cause__ or cause.__context__
    detail = (str(exc) or type(exc).__name__).splitlines()[0]
    return PkmError.single(shown, say(lang, "xlsx_broken", detail=detail), line=row)


def check_archive(path: Path, shown: str, lang: Lang) -> None:
    """Refuse zips that are no xlsx workbook, or that would unpack to far too much."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
            if "mimetype" in names and archive.read("mimetype").startswith(_ODS):
                raise PkmError.single(shown, say(lang, "xlsx_ods"))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise _broken(shown, lang, str(exc)) from None
    if "xl/workbook.bin" in names:
        raise PkmError.single(shown, say(lang, "xlsx_xlsb"))
    if "xl/workbook.xml" not in names:
        raise PkmError.single(shown, say(lang, "xlsx_not_workbook"))
    unpacked = sum(m.file_size for m in members)
    bomb = any(
        m.file_size > RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1)
        for m in members
    )
    if unpacked > MAX_UNPACKED or bomb:
        raise PkmError.single(shown, say(lang, "xlsx_bomb", size=unpacked // (1024 * 1024)))


def cell_text(value: Any) -> str:
    """Write a cell's value as the text a person sees (1.0 -> "1", dates in ISO form)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


# What a damaged workbook makes openpyxl raise while it reads.
_READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    OSError,
    EOFError,
    ParseError,
)


def xlsx_blocks(path: Path, shown: str, lang: Lang, pick: Pick) -> Blocks:
    """Yield the rows of the first sheet that ``pick`` accepts (else the first sheet)."""
    check_archive(path, shown, lang)
    import openpyxl  # noqa: PLC0415 - only when a workbook is read

    if openpyxl.DEFUSEDXML is not True:
        raise PkmError.single(shown, say(lang, "xlsx_unsafe_xml"))
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except _READ_ERRORS as exc:
        raise _refused(shown, lang, exc) from None
    row = 0
    try:
        sheets = book.worksheets
        chosen = sheets[0] if sheets else None
        for sheet in sheets:
            head = [_texts(r) for r in _limited(sheet, SCAN_ROWS)]
            if pick(head):
                chosen = sheet
                break
        if chosen is None:
            raise PkmError.single(shown, say(lang, "xlsx_no_sheet"))
        block: list[list[str]] = []
        for values in chosen.iter_rows(values_only=True, max_col=MAX_COLUMNS):
            row += 1
            cells = _texts(values)
            if any(len(c) > MAX_CELL for c in cells):
                message = say(lang, "csv_cell_too_big", limit=MAX_CELL)
                raise PkmError.single(shown, message, line=row)
            block.append(cells)
            if len(block) == BLOCK_ROWS:
                yield block
                block = []
        if block:
            yield block
    except _READ_ERRORS as exc:
        raise _refused(shown, lang, exc, row + 1) from None
    finally:
        book.close()


def _limited(sheet: Any, count: int) -> Iterator[tuple[Any, ...]]:
    yield from sheet.iter_rows(values_only=True, max_row=count, max_col=MAX_COLUMNS)


def _texts(values: tuple[Any, ...]) -> list[str]:
    return [cell_text(v) for v in values]

"""Read an XLSX recap sheet row by row, refusing what is not a plain workbook.

``files.workbooks`` opens the workbook (the checks every reader of workbooks shares); openpyxl
reads it in read-only mode, one row at a time, up to the rows a spreadsheet can hold.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from pkmcli.errors import PkmError
from pkmcli.files.workbooks import EXCEL_ROWS, READ_ERRORS, open_workbook, refused, sheet_rows
from pkmcli.language import Lang
from pkmcli.survey.reading import BLOCK_ROWS, MAX_CELL, MAX_COLUMNS, Blocks, Pick
from pkmcli.survey.words import say

SCAN_ROWS = 20


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


def xlsx_blocks(path: Path, shown: str, lang: Lang, pick: Pick) -> Blocks:
    """Yield the rows of the first sheet that ``pick`` accepts (else the first sheet)."""
    # The survey reads sheets as large as a spreadsheet holds, in blocks, and no file cap.
    book = open_workbook(
        path,
        shown,
        read_only=True,
        data_only=True,
        max_rows=EXCEL_ROWS,
        capped=False,
        csv_too=True,
        lang=lang,
    )
    row = 0
    try:
        sheets = book.worksheets
        chosen = sheets[0]  # the opener refuses a workbook without sheets
        for sheet in sheets:
            head = [_texts(r) for r in _limited(sheet, SCAN_ROWS)]
            if pick(head):
                chosen = sheet
                break
        block: list[list[str]] = []
        rows = sheet_rows(chosen, shown, max_rows=EXCEL_ROWS, max_col=MAX_COLUMNS, lang=lang)
        for values in rows:
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
    except READ_ERRORS as exc:
        raise refused(shown, exc, row + 1, lang=lang) from None
    finally:
        book.close()


def _limited(sheet: Any, count: int) -> Iterator[tuple[Any, ...]]:
    yield from sheet.iter_rows(values_only=True, max_row=count, max_col=MAX_COLUMNS)


def _texts(values: tuple[Any, ...]) -> list[str]:
    return [cell_text(v) for v in values]

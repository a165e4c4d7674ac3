"""The CSV files pkm writes: their dialects, and cells no spreadsheet runs as formulas.

``standard`` is CSV as scripts read it: ``,`` between cells and a point in numbers.
``excel-id`` is what a spreadsheet set to Indonesian opens in columns on a double click:
``;`` between cells (the list separator there), a decimal comma, a UTF-8 byte-order mark
(without it Excel reads the file as Windows-1252) and CRLF line ends.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import NamedTuple

STANDARD = "standard"
EXCEL_ID = "excel-id"
# Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class Dialect(NamedTuple):
    """How one kind of CSV separates cells and lines and writes a decimal number."""

    name: str
    delimiter: str
    decimal: str
    bom: str
    line_end: str | None  # None: the line end each CSV of pkm has always had


DIALECTS: dict[str, Dialect] = {
    d.name: d
    for d in (
        Dialect(STANDARD, ",", ".", "", None),
        Dialect(EXCEL_ID, ";", ",", "\N{BYTE ORDER MARK}", "\r\n"),
    )
}


def text_cell(text: str | None) -> str:
    """Return text from a user as a cell no spreadsheet runs: a ``'`` before a formula start."""
    if not text:
        return ""
    return f"'{text}" if text.startswith(FORMULA_START) else text


class CsvText:
    """A CSV file being written in one dialect; numbers pkm computed go through ``number``."""

    def __init__(self, dialect: str = STANDARD, *, line_end: str = "\r\n") -> None:
        import csv  # noqa: PLC0415 - only when a CSV is written

        self.dialect = DIALECTS[dialect]
        self._buffer = io.StringIO()
        self._writer = csv.writer(
            self._buffer,
            delimiter=self.dialect.delimiter,
            lineterminator=self.dialect.line_end or line_end,
        )

    def number(self, value: float, places: int | None = None) -> str:
        """Write a number at full precision (or rounded to ``places``) in the dialect."""
        text = repr(value if places is None else round(value, places))
        return text.replace(".", self.dialect.decimal)

    def row(self, cells: Iterable[str | int]) -> None:
        """Write one row; text from users must have been through ``text_cell``."""
        self._writer.writerow(cells)

    def text(self) -> str:
        """Return the whole file."""
        return self.dialect.bom + self._buffer.getvalue()

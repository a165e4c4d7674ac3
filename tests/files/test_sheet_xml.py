"""Counting a worksheet's rows on its raw XML: exact whatever the chunks, never too few."""

from __future__ import annotations

import random

import pytest

from pkmcli.files.sheet_xml import _RowCount

ROWS = [
    '<row r="1"><c r="A1"><v>1</v></c></row>',
    "<row><c><v>2</v></c></row>",
    "<row/>",
    '<x:row\tr="4"/>',
    '<row spans="1:2"\n r="5"><c r="A5" t="inlineStr"><is><t>&lt;row '
    + "y" * 5000
    + "</t></is></c></row>",
    f'<row r="6" x="{"z" * 9000}"/>',
]


def counted(xml: bytes, sizes: list[int], limit: int = 100) -> tuple[int, bool]:
    count = _RowCount(limit)
    past = False
    start = 0
    for size in sizes:
        past |= count.feed(xml[start : start + size])
        start += size
    past |= count.feed(xml[start:], last=True)
    return count.rows, past


@pytest.mark.parametrize("seed", range(20))
def test_rows_are_counted_exactly_across_any_chunks(seed):
    rng = random.Random(seed)  # noqa: S311 - test data
    rows = [rng.choice(ROWS) for _ in range(200)]
    xml = ('<worksheet><dimension ref="A1:B60"/><sheetData>' + "".join(rows)
           + "</sheetData></worksheet>").encode()  # fmt: skip
    sizes = [rng.randint(1, 300) for _ in range(len(xml) // 50)]
    assert counted(xml, sizes, limit=1000) == (200, False)


def test_past_the_limit_by_count_row_number_or_dimension():
    assert counted(b"<sheetData>" + b"<row/>" * 11 + b"</sheetData>", [7] * 10, 10) == (11, True)
    assert counted(b'<row r="11"/>', [3], 10)[1]
    assert counted(b'<dimension ref="A1:C99"/>', [5], 10) == (0, True)
    assert not counted(b'<dimension ref="A1:C10"/><row r="10"/>', [], 10)[1]

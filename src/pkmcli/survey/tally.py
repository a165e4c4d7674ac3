"""Count what each column of a data file holds, in blocks of rows, in flat memory.

The counting is done by C code (``zip`` to turn a block of rows into columns, ``Counter``
over each column); Python only touches a row one by one where something is wrong with it.
"""

from __future__ import annotations

import gc
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from itertools import chain, compress
from pathlib import Path

from pkmcli.errors import PkmError, Problem
from pkmcli.language import Lang
from pkmcli.survey.columns import Layout, count_named, match_columns, pick_by
from pkmcli.survey.counts import FileTally
from pkmcli.survey.definition import Survey
from pkmcli.survey.profiles import KEEP_ROWS, MAX_DISTINCT, count_profile
from pkmcli.survey.reading import EncodingSwitch
from pkmcli.survey.sources import read_blocks
from pkmcli.survey.words import say

BLOCK_ROWS = 4096
SCAN_ROWS = 20
MAX_LOCATED = 1_000
FOOTER = re.compile(
    r"^\s*(jumlah|total|nrr|rata|ikm|nilai|skm|mutu|kinerja|kategori|bobot|indeks|interval)",
    re.IGNORECASE,
)


def header_index(rows: list[list[str]], survey: Survey, mapping: Mapping[str, str]) -> int | None:
    """Return the index of the header row among the first rows: the first naming 2 elements."""
    needed = min(2, len(survey.elements))
    return next(
        (i for i, row in enumerate(rows) if count_named(row, survey, mapping) >= needed), None
    )


def tally_file(
    path: Path,
    shown: str,
    survey: Survey,
    mapping: Mapping[str, str],
    by: str | None,
    lang: Lang,
    *,
    free_values: bool = True,
) -> FileTally:
    """Count one file; a CSV that turns out not to be UTF-8 is read again as Windows-1252."""
    # Every row read is a new list, and the cycle collector would walk them all again and
    # again (a quarter of the time on a big file); counting makes no reference cycles.
    collecting = gc.isenabled()
    gc.disable()
    try:
        tally = _tally(path, shown, survey, mapping, by, lang, None, free_values)
    except EncodingSwitch:
        tally = _tally(path, shown, survey, mapping, by, lang, "cp1252", free_values)
    finally:
        if collecting:
            gc.enable()
    return tally


def open_layout(
    path: Path,
    shown: str,
    survey: Survey,
    mapping: Mapping[str, str],
    lang: Lang,
    encoding: str | None,
) -> tuple[Layout, Iterator[tuple[int, list[list[str]]]]]:
    """Find the header row and the columns; return them and the blocks of rows after the
    header, each with the spreadsheet number of its first row, padded to the header's width."""

    def pick(head: list[list[str]]) -> bool:
        return header_index(head, survey, mapping) is not None

    blocks = read_blocks(path, shown, lang, encoding=encoding, pick=pick)
    first = next(blocks, [])
    head = first[:SCAN_ROWS]
    if not any(any(r) for r in head):
        raise PkmError.single(shown, say(lang, "file_empty"))
    index = header_index(head, survey, mapping)
    if index is None:
        seen = ", ".join(f"'{c.strip()}'" for c in head[0] if c.strip())[:300]
        message = say(lang, "header_missing", rows=len(head), seen=seen or "-")
        raise PkmError.single(shown, message, line=1)
    layout, problems = match_columns(shown, head[index], index + 1, survey, mapping, lang)
    if problems:
        raise PkmError(problems)
    return layout, _numbered(chain([first[index + 1 :]], blocks), index + 2, len(layout.headers))


def _numbered(
    blocks: Iterable[list[list[str]]], first: int, width: int
) -> Iterator[tuple[int, list[list[str]]]]:
    for block in blocks:
        if not block:
            continue
        if min(map(len, block)) != width or max(map(len, block)) != width:
            # Excel leaves out a row's empty cells at its end; extra cells belong to no column.
            block = [(cells + [""] * width)[:width] for cells in block]  # noqa: PLW2901
        yield first, block
        first += len(block)


def _tally(
    path: Path,
    shown: str,
    survey: Survey,
    mapping: Mapping[str, str],
    by: str | None,
    lang: Lang,
    encoding: str | None,
    free_values: bool,
) -> FileTally:
    layout, blocks = open_layout(path, shown, survey, mapping, lang, encoding)
    if by is not None:
        found = pick_by(layout, by)
        if found is None:
            message = say(lang, "by_missing", by=by)
            raise PkmError.single(shown, message, line=layout.header_row)
        layout = replace(layout, by=found)
    tally = FileTally(shown, path, encoding, layout, mapping, lang, free_values)
    for index in layout.elements.values():
        tally.raw[index] = Counter()
        if layout.by is not None:
            tally.grouped[index] = Counter()
    for first, block in blocks:
        _count_block(tally, survey, block, first)
    return tally


def _footer_free(tally: FileTally, survey: Survey) -> bool:
    # A form's export starts with its timestamp and never carries summary rows.
    stamps = [f.id for f in survey.fields_of("timestamp")]
    return any(tally.layout.fields.get(s) == 0 for s in stamps)


def _lead_columns(layout: Layout) -> list[int]:
    # Summary rows name themselves in one of the first columns that hold no answers.
    skip = set(layout.elements.values())
    return [i for i in range(min(3, len(layout.headers))) if i not in skip]


def _drop_rows(
    block: list[list[str]], numbers: Iterable[int], keep: Iterable[bool]
) -> tuple[list[list[str]], list[int]]:
    pairs = [(row, n) for row, n, k in zip(block, numbers, keep, strict=True) if k]
    return [row for row, _ in pairs], [n for _, n in pairs]


def _count_block(tally: FileTally, survey: Survey, block: list[list[str]], first: int) -> None:
    layout = tally.layout
    numbers: range | list[int] = range(first, first + len(block))
    if not _footer_free(tally, survey):
        lead = _lead_columns(layout)
        seen = set().union(*({row[i] for row in block} for i in lead)) if lead else set()
        if any(FOOTER.match(v) for v in seen):
            keep = [not any(FOOTER.match(row[i]) for i in lead) for row in block]
            block, numbers = _drop_rows(block, numbers, keep)
            if not block:
                return
    columns = list(zip(*block, strict=True))
    indexes = list(layout.elements.values())
    answers = [columns[i] for i in indexes]
    answered = list(map(any, zip(*answers, strict=True)))
    count = sum(answered)
    tally.respondents += count
    if count < len(block):
        # A row with no answer but something else (a timestamp) is a respondent who
        # answered nothing; a row with nothing at all is a blank line of the sheet.
        empty = [
            n for n, a, row in zip(numbers, answered, block, strict=True) if not a and any(row)
        ]
        tally.empty_count += len(empty)
        tally.empty_rows += empty[: KEEP_ROWS - len(tally.empty_rows)]
    for index, column in zip(indexes, answers, strict=True):
        counter = tally.raw[index]
        counter.update(column)
        if len(counter) > MAX_DISTINCT:
            header = layout.header(index)
            message = say(tally.lang, "column_crowded", column=header, limit=MAX_DISTINCT)
            raise PkmError.single(tally.file, message, line=layout.header_row, column=header)
    if layout.by is not None:
        groups = columns[layout.by]
        tally.group_sizes.update(compress(groups, answered))
        for index, column in zip(indexes, answers, strict=True):
            tally.grouped[index].update(zip(groups, column, strict=True))
    count_profile(tally, survey, columns, answered, numbers, answers)


def locate_cells(
    tally: FileTally,
    survey: Survey,
    bad: Mapping[int, set[str]],
    describe: Callable[[int, str], str],
    lang: Lang,
) -> tuple[list[Problem], int]:
    """Read the file again and name each cell that holds no answer of its element."""
    layout, blocks = open_layout(
        tally.path, tally.file, survey, tally.mapping, lang, tally.encoding
    )
    lead = _lead_columns(layout)
    problems: list[Problem] = []
    total = 0
    checks = list(bad.items())
    for first, block in blocks:
        for number, cells in enumerate(block, start=first):
            hits = [(i, cells[i]) for i, texts in checks if cells[i] in texts]
            if not hits or any(FOOTER.match(cells[i]) for i in lead):
                continue
            total += len(hits)
            for index, text in hits:
                if len(problems) < MAX_LOCATED:
                    column = tally.layout.header(index)
                    problems.append(Problem(tally.file, describe(index, text), number, column))
    return problems, total

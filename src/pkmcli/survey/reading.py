"""Read survey data row by row (CSV here, XLSX in ``sheets``), in flat memory.

Rows come out as lists of text, numbered as a spreadsheet numbers them: the first row is
row 1 whatever line breaks its cells hold.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
from collections.abc import Callable, Iterator
from itertools import chain, islice
from operator import methodcaller
from pathlib import Path

from pkmcli.errors import PkmError
from pkmcli.language import Lang
from pkmcli.survey.words import say

# Excel holds at most 32,767 characters in a cell; a longer field is no survey answer
# (most often a quote that is never closed).
MAX_CELL = 32_767
MAX_LINE = 256 * 1024
MAX_COLUMNS = 1_000
BLOCK = 1024 * 1024
BLOCK_ROWS = 4096
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"
_QUOTED = re.compile(r'"[^"]*"')
_SEP_LINE = re.compile(r"^sep=(.)\r?\n?$")

Rows = Iterator[list[str]]
Blocks = Iterator[list[list[str]]]
Pick = Callable[[list[list[str]]], bool]


class EncodingSwitch(Exception):  # noqa: N818 - a signal to read again, not an error
    """The file started as UTF-8 but is not; the caller reads it again as Windows-1252."""


class _LineTooLongError(Exception):
    pass


class _WideLineError(Exception):
    def __init__(self, count: int) -> None:
        super().__init__(count)
        self.count = count


class _UndecodableError(Exception):
    def __init__(self, byte: bytes) -> None:
        super().__init__(byte)
        self.byte = byte


def _first_block(handle: io.BufferedReader, shown: str, lang: Lang) -> tuple[bytes, str]:
    block = handle.read(BLOCK)
    if block.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise PkmError.single(shown, say(lang, "csv_utf16"))
    if b"\x00" in block:
        raise PkmError.single(shown, say(lang, "csv_binary"))
    if block.startswith(codecs.BOM_UTF8):
        return block, "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(block, final=len(block) < BLOCK)
    except UnicodeDecodeError:
        return block, "cp1252"
    return block, "utf-8"


def _delimiter(text: str) -> str:
    first = _QUOTED.sub("", text.split("\n", 1)[0])
    counts = {mark: first.count(mark) for mark in (",", ";", "\t")}
    best = max(counts, key=lambda mark: counts[mark])
    return best if counts[best] else ","


def _blocks(
    handle: io.BufferedReader, first: bytes, encoding: str, skip: int, delimiter: str
) -> Iterator[list[str]]:
    count = methodcaller("count", delimiter)
    decoder = codecs.getincrementaldecoder(encoding)()
    carry = ""
    block = first
    while True:
        final = not block
        try:
            text = carry + decoder.decode(block, final)
        except UnicodeDecodeError as exc:
            if encoding == "utf-8":
                raise EncodingSwitch from None
            # The rows before the bad byte are read first, so that the error names its row.
            good = carry + exc.object[: exc.start].decode(encoding)
            yield io.StringIO(good, newline="").readlines()[skip:-1]
            raise _UndecodableError(exc.object[exc.start : exc.start + 1]) from None
        lines = io.StringIO(text, newline="").readlines()
        carry = ""
        # The last line may go on in the next block; so may a "\r" whose "\n" is still to come.
        if not final and lines and (not lines[-1].endswith("\n") or lines[-1].endswith("\r")):
            carry = lines.pop()
        if skip:
            lines = lines[skip:]
            skip = 0
        longest = max(map(len, lines), default=0)
        if longest > MAX_LINE:
            # The rows before the long line are read first, so that the error names its row.
            yield lines[: next(i for i, line in enumerate(lines) if len(line) > MAX_LINE)]
            raise _LineTooLongError
        # A line of thousands of empty columns would cost a list of as many cells; only a
        # line at least that long can hold that many delimiters.
        if longest >= MAX_COLUMNS and max(map(count, lines)) >= MAX_COLUMNS:
            index = next(i for i, line in enumerate(lines) if count(line) >= MAX_COLUMNS)
            yield lines[:index]
            raise _WideLineError(count(lines[index]) + 1)
        yield lines
        if len(carry) > MAX_LINE:
            raise _LineTooLongError
        if final:
            return
        block = handle.read(BLOCK)


def _reader(handle: io.BufferedReader, shown: str, lang: Lang, encoding: str | None) -> Rows:
    first, sniffed = _first_block(handle, shown, lang)
    encoding = encoding or sniffed
    start = first.decode(encoding, errors="replace")[:MAX_LINE]
    sep = _SEP_LINE.match(start.split("\n", 1)[0] + "\n")
    # Excel's "sep=;" line is not shown as a row by Excel, so it is not row 1 here either.
    delimiter = sep.group(1) if sep else _delimiter(start)
    lines = chain.from_iterable(_blocks(handle, first, encoding, 1 if sep else 0, delimiter))
    return csv.reader(lines, delimiter=delimiter)


_READ_FAILURES = (csv.Error, _LineTooLongError, _UndecodableError, _WideLineError)


def _failure(path: Path, shown: str, lang: Lang, encoding: str | None) -> PkmError:
    """Read again row by row up to the failure, to name the row it happened in."""
    row = 0
    with path.open("rb") as handle:
        try:
            for _ in _reader(handle, shown, lang, encoding):
                row += 1
        except csv.Error as exc:
            key = "csv_cell_too_big" if "field larger" in str(exc) else "csv_broken"
            message = say(lang, key, limit=MAX_CELL, detail=str(exc))
            return PkmError.single(shown, message, line=row + 1)
        except _LineTooLongError:
            message = say(lang, "csv_line_too_long", limit=MAX_LINE)
            return PkmError.single(shown, message, line=row + 1)
        except _WideLineError as exc:
            message = say(lang, "csv_columns", count=exc.count, limit=MAX_COLUMNS)
            return PkmError.single(shown, message, line=row + 1)
        except _UndecodableError as exc:
            message = say(lang, "csv_encoding", byte=f"0x{exc.byte.hex().upper()}")
            return PkmError.single(shown, message, line=row + 1)
    return PkmError.single(shown, say(lang, "csv_broken", detail="?"))


def csv_blocks(path: Path, shown: str, lang: Lang, encoding: str | None) -> Blocks:
    limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL)
    try:
        with path.open("rb") as handle:
            reader = _reader(handle, shown, lang, encoding)
            row = 0
            while True:
                # C code reads a block of rows; the line feeder has capped what a row can hold.
                try:
                    block = list(islice(reader, BLOCK_ROWS))
                except _READ_FAILURES:
                    raise _failure(path, shown, lang, encoding) from None
                if not block:
                    return
                if max(map(len, block)) > MAX_COLUMNS:
                    index = next(i for i, cells in enumerate(block) if len(cells) > MAX_COLUMNS)
                    count = len(block[index])
                    message = say(lang, "csv_columns", count=count, limit=MAX_COLUMNS)
                    raise PkmError.single(shown, message, line=row + index + 1)
                row += len(block)
                yield block
    finally:
        with contextlib.suppress(OverflowError):
            csv.field_size_limit(limit)

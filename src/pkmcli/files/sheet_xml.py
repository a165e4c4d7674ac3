"""Read a workbook's XML parts without building them: the prolog and a worksheet's rows.

The prolog is where a DTD, and with it every entity trick, would sit; it is parsed with
defusedxml, which refuses any DTD. A worksheet's rows are then counted on the raw XML, in
chunks, so that a sheet too long for its reader is refused before a library builds it.
"""

from __future__ import annotations

import re
import zipfile

CHUNK = 64 * 1024


class _Root(Exception):  # noqa: N818 - a signal to stop parsing a part, not an error
    """The parser met a part's root element: past the prolog, where a DTD would be."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class _Prolog:
    """A parser target that stops at the root element, naming it."""

    def start(self, tag: str, _attrib: dict[str, str]) -> None:
        raise _Root(tag.rpartition("}")[2])


# Rows are counted on the raw XML: a parser calling back for every cell is ten times slower
# than the rest of the checks together. Counting text can only find too many rows (a "<row"
# inside a comment), never too few, so a sheet it passes is within the limit.
_ROW_TAGS = (b"<row ", b"<row>", b"<row/", b"<row\t", b"<row\n", b"<row\r")
_PREFIXED_ROW = re.compile(rb"<[\w.-]+:row[\s/>]")
_DIMENSION = re.compile(rb'<(?:[\w.-]+:)?dimension\s+ref="[^"]*?(\d+)"')
_CARRY = 4096


class _RowCount:
    """Counts a worksheet's rows from its XML fed in chunks; tells when it is past the limit."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.rows = 0
        self.carry = b""
        # Only row numbers as long as the limit or longer can pass it.
        self.numbers = re.compile(rb'\br="(\d{%d,})"' % len(str(limit)))

    def feed(self, chunk: bytes, *, last: bool = False) -> bool:
        """Count the complete tags so far; return whether the sheet is past the limit."""
        text = self.carry + chunk
        # Every tag that opens before the last "<" also closes before it.
        cut = len(text) if last else max(text.rfind(b"<"), 0)
        done, self.carry = text[:cut], text[cut:]
        if len(self.carry) > _CARRY:
            # A tag (or text) longer than any real one: count the row it may open, keep its end.
            self.rows += _opens_row(self.carry[:_CARRY])
            self.carry = self.carry[-_CARRY:]
        self.rows += sum(done.count(tag) for tag in _ROW_TAGS)
        if b":row" in done:
            self.rows += len(_PREFIXED_ROW.findall(done))
        numbers = self.numbers.findall(done) + _DIMENSION.findall(done)
        return self.rows > self.limit or any(int(n) > self.limit for n in numbers)


def _opens_row(text: bytes) -> int:
    return int(text.startswith(_ROW_TAGS) or _PREFIXED_ROW.match(text) is not None)


def scan_part(archive: zipfile.ZipFile, member: zipfile.ZipInfo, max_rows: int | None) -> bool:
    """Parse a part's prolog (refusing a DTD); count a worksheet's rows; say if past the limit."""
    from defusedxml.ElementTree import DefusedXMLParser  # noqa: PLC0415 - only for workbooks

    parser = DefusedXMLParser(target=_Prolog(), forbid_dtd=True)
    root: str | None = None
    count = _RowCount(max_rows) if max_rows is not None else None
    with archive.open(member) as stream:
        while chunk := stream.read(CHUNK):
            if root is None:
                try:
                    parser.feed(chunk)
                except _Root as found:
                    root = found.name
                if root is not None and (root != "worksheet" or count is None):
                    return False
            if count is not None and count.feed(chunk):
                return True
    if root is None:
        parser.close()  # an empty or broken part: the parser says what is wrong
        return False
    return count is not None and count.feed(b"", last=True)

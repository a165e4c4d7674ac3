"""Open xlsx workbooks safely: files that are no workbook, zip bombs, unsafe XML and huge sheets.

Every reader of workbooks opens them here, so that one hostile file gets one message and exit 3
whichever command reads it. The checks run before openpyxl parses anything: the first bytes
(an OLE2 compound file is an old .xls or a password-protected xlsx), the zip's declared sizes,
then one streaming pass over the XML parts that refuses any DTD and counts a worksheet's rows.
openpyxl itself parses through defusedxml as a second guard.
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree.ElementTree import ParseError

from pkmcli.errors import PkmError
from pkmcli.files.limits import max_bytes
from pkmcli.files.sheet_xml import CHUNK, scan_part
from pkmcli.language import Lang
from pkmcli.messages.core import language, say

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"
# An encrypted xlsx is a compound file holding this stream (its name in UTF-16LE).
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
MAX_UNPACKED = 512 * 1024 * 1024
# Real sheets compress about 10:1; a member far past that is a zip bomb.
MAX_RATIO = 200
RATIO_FLOOR = 16 * 1024 * 1024
# An LKE sheet has a few hundred rows; Excel itself stops at EXCEL_ROWS.
MAX_ROWS = 100_000
EXCEL_ROWS = 1_048_576
_ODS = b"application/vnd.oasis.opendocument.spreadsheet"

# What a damaged workbook makes openpyxl or zipfile raise while it is read.
READ_ERRORS = (
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
    NotImplementedError,
)


def _grouped(count: int, lang: Lang | None) -> str:
    text = f"{count:,}"
    return text.replace(",", ".") if (lang or language()) == "id" else text


def _formats(lang: Lang | None, csv_too: bool) -> str:
    return say("workbooks.as_xlsx_or_csv" if csv_too else "workbooks.as_xlsx", lang)


def refused(
    shown: str, exc: BaseException, where: int | str | None = None, *, lang: Lang | None = None
) -> PkmError:
    """Say what openpyxl, zipfile or defusedxml raised as a problem of ``shown``.

    ``where`` is a row (the problem's line) or a place such as ``LKE ZI!K103``.
    """
    cause: BaseException | None = exc
    while cause is not None:  # openpyxl wraps what the XML parser raised
        if type(cause).__module__.startswith("defusedxml"):
            return _problem(shown, say("workbooks.unsafe_content", lang), where)
        cause = cause.__cause__ or cause.__context__
    detail = (str(exc) or type(exc).__name__).splitlines()[0]
    return _problem(shown, say("workbooks.broken", lang, detail=detail), where)


def _problem(shown: str, message: str, where: int | str | None = None) -> PkmError:
    if isinstance(where, str):
        return PkmError.single(f"{shown}:{where}", message)
    return PkmError.single(shown, message, line=where)


def check_size(path: Path, shown: str, *, lang: Lang | None = None) -> None:
    """Refuse a file over ``PKM_MAX_FILE_BYTES``, or one that cannot be read."""
    try:
        found = path.stat()
    except FileNotFoundError:
        raise PkmError.single(shown, say("files.missing", lang)) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise PkmError.single(shown, say("files.cannot_read", lang, reason=reason)) from None
    if stat.S_ISDIR(found.st_mode):
        raise PkmError.single(shown, say("files.is_directory", lang))
    size, cap = found.st_size, max_bytes()
    if size > cap:
        sizes = {"size": _grouped(size, lang), "cap": _grouped(cap, lang)}
        raise PkmError.single(shown, say("files.too_big", lang, **sizes))


def _check_magic(path: Path, shown: str, lang: Lang | None, csv_too: bool) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(OLE2))
            if head == OLE2:
                encrypted = _holds(handle, _ENCRYPTION_INFO)
    except PermissionError:
        raise PkmError.single(shown, say("files.permission", lang)) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise PkmError.single(shown, say("files.cannot_read", lang, reason=reason)) from None
    if head == OLE2:
        if encrypted:
            raise PkmError.single(shown, say("workbooks.encrypted", lang))
        raise PkmError.single(shown, say("workbooks.xls", lang, formats=_formats(lang, csv_too)))
    if not head.startswith(ZIP):
        raise PkmError.single(
            shown, say("workbooks.not_zip", lang, formats=_formats(lang, csv_too))
        )


def _holds(handle: Any, needle: bytes) -> bool:
    """Whether the rest of the file holds ``needle``, read in blocks (bounded memory)."""
    tail = b""
    while block := handle.read(CHUNK):
        if needle in tail + block:
            return True
        tail = block[-len(needle) :]
    return False


def check_archive(
    path: Path,
    shown: str,
    *,
    max_unpacked: int = MAX_UNPACKED,
    lang: Lang | None = None,
    csv_too: bool = False,
) -> None:
    """Refuse files that are no xlsx workbook, or that would unpack to more than ``max_unpacked``.

    ``csv_too`` names CSV beside .xlsx as what to save the file as instead.
    """
    _check_magic(path, shown, lang, csv_too)
    formats = _formats(lang, csv_too)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
            if "mimetype" in names and archive.read("mimetype").startswith(_ODS):
                raise PkmError.single(shown, say("workbooks.ods", lang, formats=formats))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise refused(shown, exc, lang=lang) from None
    except (NotImplementedError, RuntimeError) as exc:  # an encrypted or odd mimetype member
        raise refused(shown, exc, lang=lang) from None
    if "xl/workbook.bin" in names:
        raise PkmError.single(shown, say("workbooks.xlsb", lang, formats=formats))
    if "xl/workbook.xml" not in names:
        raise PkmError.single(shown, say("workbooks.not_workbook", lang))
    for member in members:
        problem = None
        if member.flag_bits & 0x1:
            problem = say("workbooks.zip_encrypted", lang, part=member.filename)
        elif member.compress_type not in {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}:
            problem = say("workbooks.zip_method", lang, part=member.filename)
        if problem:
            raise PkmError.single(shown, say("workbooks.broken", lang, detail=problem))
    unpacked = sum(m.file_size for m in members)
    bomb = any(
        m.file_size > RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1)
        for m in members
    )
    if unpacked > max_unpacked or bomb:
        raise PkmError.single(shown, say("workbooks.bomb", lang, size=unpacked // (1024 * 1024)))


def check_parts(
    path: Path, shown: str, *, max_rows: int | None = MAX_ROWS, lang: Lang | None = None
) -> None:
    """Refuse any XML part with a DTD, and a worksheet past ``max_rows``, reading each once."""
    with zipfile.ZipFile(path) as archive:
        for member in archive.infolist():
            if member.filename.lower().endswith((".xml", ".rels")):
                try:
                    past = scan_part(archive, member, max_rows)
                except READ_ERRORS as exc:
                    if type(exc).__module__.startswith("defusedxml"):
                        raise refused(shown, exc, lang=lang) from None
                    reason = (str(exc) or type(exc).__name__).splitlines()[0]
                    detail = f"{member.filename}: {reason}"
                    message = say("workbooks.broken", lang, detail=detail)
                    raise PkmError.single(shown, message) from None
                if past:
                    limit = _grouped(max_rows or 0, lang)
                    message = say(
                        "workbooks.part_too_many_rows", lang, part=member.filename, limit=limit
                    )
                    raise PkmError.single(shown, message)


def open_workbook(
    path: Path,
    shown: str,
    *,
    read_only: bool,
    data_only: bool,
    max_rows: int | None = MAX_ROWS,
    max_unpacked: int = MAX_UNPACKED,
    capped: bool = True,
    csv_too: bool = False,
    lang: Lang | None = None,
) -> Workbook:
    """Open an xlsx workbook with openpyxl once every check has passed; refuse it otherwise.

    ``max_rows`` bounds every worksheet (None: only :func:`sheet_rows` bounds a sheet as it is
    read); ``capped`` holds the file to ``PKM_MAX_FILE_BYTES``. Close the workbook after use:
    in read-only mode it keeps the file open.
    """
    if capped:
        check_size(path, shown, lang=lang)
    check_archive(path, shown, max_unpacked=max_unpacked, lang=lang, csv_too=csv_too)
    import openpyxl  # noqa: PLC0415 - only when a workbook is read

    if openpyxl.DEFUSEDXML is not True:
        raise PkmError.single(shown, say("workbooks.unsafe_xml", lang))
    check_parts(path, shown, max_rows=max_rows, lang=lang)
    try:
        book = openpyxl.load_workbook(path, read_only=read_only, data_only=data_only)
    except READ_ERRORS as exc:
        raise refused(shown, exc, lang=lang) from None
    if not book.worksheets:
        book.close()
        raise PkmError.single(shown, say("workbooks.no_sheet", lang))
    return book


def sheet_rows(
    sheet: Any,
    shown: str,
    *,
    max_rows: int = MAX_ROWS,
    max_col: int | None = None,
    lang: Lang | None = None,
) -> Iterator[tuple[Any, ...]]:
    """Yield a sheet's rows of values, refusing a sheet that declares or holds past ``max_rows``.

    In read-only mode openpyxl pads a sheet to its declared size and fills gaps between row
    numbers with empty rows, so both are bounded here, not only the rows written.
    """
    message = say(
        "workbooks.too_many_rows", lang, sheet=sheet.title, limit=_grouped(max_rows, lang)
    )
    if (sheet.max_row or 0) > max_rows:
        raise PkmError.single(shown, message)
    for count, values in enumerate(sheet.iter_rows(values_only=True, max_col=max_col), 1):
        if count > max_rows:
            raise PkmError.single(shown, message)
        yield values

"""Hostile workbooks, built by code (never committed): each one an xlsx reader must refuse.

Every builder takes the path to write (name it ``lke.xlsx`` to play a file given as xlsx)
and returns it. ``CASES`` lists them with the English message the workbook opener gives
(``refusal(case, shown)``; the survey names CSV beside .xlsx as what to save instead).
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">'
    f'<Relationship Id="rId1" Type="{DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{DOC_RELS}">'
    '<sheets><sheet name="LKE ZI" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">'
    f'<Relationship Id="rId1" Type="{DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
SHEET_HEAD = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'
SHEET = (
    SHEET_HEAD + '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Jawaban</t></is></c>'
    '<c r="B1"><v>4</v></c></row></sheetData></worksheet>'
)
# "Billion laughs": ten entities of ten references each, nine levels deep (10^9 "lol"s).
LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)
LOCAL_FILE = "/etc/passwd"
XXE = f'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file://{LOCAL_FILE}">]>'
DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'


def plain_xlsx(path: Path, *, sheet: str = SHEET, workbook: str = WORKBOOK) -> Path:
    """Write the smallest workbook openpyxl reads, from its XML parts written by hand."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def not_a_zip(path: Path) -> Path:
    """Text given the name of a workbook."""
    path.write_text("No;Jawaban\n1;A\n", encoding="utf-8")
    return path


def truncated(path: Path) -> Path:
    """A workbook cut short in the middle, as an interrupted download leaves it."""
    plain_xlsx(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def declared_bomb(path: Path, declared: int = 3 * 1024**3) -> Path:
    """A zip whose worksheet says it inflates to ``declared`` bytes (3 GiB), forged cheaply."""
    plain_xlsx(path)
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    # The uncompressed size sits 22 bytes into a local header and 24 into a central one.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_at = start + (30 if offset == 22 else 46)
            if data[name_at : name_at + len(name)] == name:
                struct.pack_into("<I", data, start + offset, declared)
            start += 4
    path.write_bytes(bytes(data))
    return path


def ratio_bomb(path: Path, megabytes: int = 64) -> Path:
    """A worksheet of ``megabytes`` MiB of zeros that compresses a thousandfold."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b"\x00" * (1024 * 1024)
            for _ in range(megabytes):
                member.write(block)
    return path


def laughs_in_sheet(path: Path) -> Path:
    """Entity expansion in a worksheet."""
    body = SHEET.removeprefix(DECLARATION).replace("<v>4</v>", "<v>&lol9;</v>")
    return plain_xlsx(path, sheet=DECLARATION + LAUGHS + body)


def laughs_in_workbook(path: Path) -> Path:
    """Entity expansion in the workbook part, read before any sheet."""
    body = WORKBOOK.removeprefix(DECLARATION).replace('name="LKE ZI"', 'name="&lol9;"')
    return plain_xlsx(path, workbook=DECLARATION + LAUGHS + body)


def external_entity(path: Path) -> Path:
    """An external entity pointing at a local file (XXE): its content must never be shown."""
    body = SHEET.removeprefix(DECLARATION).replace("<t>Jawaban</t>", "<t>&xxe;</t>")
    return plain_xlsx(path, sheet=DECLARATION + XXE + body)


def _rows(count: int) -> Iterator[bytes]:
    step = 10_000
    for first in range(1, count + 1, step):
        last = min(first + step, count + 1)
        yield "".join(f'<row r="{n}"><c><v>1</v></c></row>' for n in range(first, last)).encode()


def many_rows(path: Path, rows: int = 1_000_000, *, declared: str | None = None) -> Path:
    """A sheet of ``rows`` rows, its XML streamed into the zip; optionally a forged dimension."""
    dimension = f'<dimension ref="{declared}"/>' if declared else ""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            member.write(f"{SHEET_HEAD}{dimension}<sheetData>".encode())
            for chunk in _rows(rows):
                member.write(chunk)
            member.write(b"</sheetData></worksheet>")
    return path


def million_rows(path: Path) -> Path:
    """A sheet of a million rows."""
    return many_rows(path)


def declared_rows(path: Path) -> Path:
    """Three rows, but a dimension declaring two million (Excel itself stops at 1,048,576)."""
    return many_rows(path, 3, declared="A1:A2000000")


def far_row(path: Path) -> Path:
    """Two rows, the second numbered 2,000,000: a reader padding the gap makes the rows itself."""
    sheet = SHEET.replace(
        "</row></sheetData>",
        '</row><row r="2000000"><c r="A2000000"><v>1</v></c></row></sheetData>',
    )
    return plain_xlsx(path, sheet=sheet)


def compound_file(path: Path, streams: list[str]) -> Path:
    """An OLE2 compound file whose directory names ``streams``: enough to be recognised."""
    header = bytearray(512)
    header[:8] = OLE2
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIII", header, 44, 1, 1, 0, 0x1000)  # one FAT sector, directory at 1
    struct.pack_into("<II", header, 60, 0xFFFFFFFE, 0)
    header[76:512] = b"\xff" * 436
    struct.pack_into("<I", header, 76, 0)  # the FAT is sector 0
    fat = bytearray(b"\xff" * 512)
    struct.pack_into("<III", fat, 0, 0xFFFFFFFD, 0xFFFFFFFE, 0xFFFFFFFE)
    directory = bytearray()
    for number, name in enumerate(["Root Entry", *streams]):
        entry = bytearray(128)
        encoded = (name + "\x00").encode("utf-16-le")
        entry[: len(encoded)] = encoded
        struct.pack_into("<HBB", entry, 64, len(encoded), 5 if number == 0 else 2, 1)
        struct.pack_into("<III", entry, 68, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
        directory += entry
    directory += bytes(-len(directory) % 512)
    path.write_bytes(bytes(header) + bytes(fat) + bytes(directory) + bytes(1024))
    return path


def password_protected(path: Path) -> Path:
    """What Excel writes for an xlsx with a password to open: a compound file, encrypted."""
    return compound_file(path, ["\x06DataSpaces", "EncryptionInfo", "EncryptedPackage"])


def old_xls(path: Path) -> Path:
    """An Excel 97-2003 workbook: a compound file with a Workbook stream."""
    return compound_file(path, ["Workbook", "\x05SummaryInformation"])


def xlsb(path: Path) -> Path:
    """A binary workbook (.xlsb)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml", CONTENT_TYPES.replace("workbook.xml", "workbook.bin")
        )
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
    return path


def ods(path: Path) -> Path:
    """An OpenDocument spreadsheet: its mimetype member stored first, as the format says."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    return path


ODS_HINT = "OpenDocument sheets (.ods) are not supported; save it as .xlsx"
UNSAFE = "the workbook holds unsafe XML (entity declarations); refused"
TOO_LONG = "goes past row 100,000; a sheet that large is refused"

# Each case: its builder and the English message the opener gives (for the default limit).
CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "not_a_zip": (
        not_a_zip,
        "not a valid xlsx workbook (not a zip archive); save it again as .xlsx",
    ),
    "truncated": (truncated, "damaged or unreadable xlsx workbook: File is not a zip file"),
    "declared_bomb": (
        declared_bomb,
        "the workbook would unpack to 3072 MiB; refused (a zip bomb?)",
    ),
    "ratio_bomb": (ratio_bomb, "the workbook would unpack to 64 MiB; refused (a zip bomb?)"),
    "laughs_in_sheet": (laughs_in_sheet, UNSAFE),
    "laughs_in_workbook": (laughs_in_workbook, UNSAFE),
    "external_entity": (external_entity, UNSAFE),
    "million_rows": (million_rows, f"a worksheet (xl/worksheets/sheet1.xml) {TOO_LONG}"),
    "declared_rows": (declared_rows, f"a worksheet (xl/worksheets/sheet1.xml) {TOO_LONG}"),
    "far_row": (far_row, f"a worksheet (xl/worksheets/sheet1.xml) {TOO_LONG}"),
    "password_protected": (
        password_protected,
        (
            "the workbook is protected by a password; open it, remove the password "
            "(File > Info) and save it again"
        ),
    ),
    "old_xls": (old_xls, "an Excel 97-2003 .xls workbook; save it again as .xlsx"),
    "xlsb": (xlsb, "binary workbooks (.xlsb) are not supported; save it as .xlsx"),
    "ods": (ods, ODS_HINT),
}


def refusal(case: str, shown: str, *, csv_too: bool = False, limit: str = "100,000") -> str:
    """The line of stderr the opener gives for ``case``.

    ``csv_too``: as the survey says it (CSV beside .xlsx); ``limit``: the row limit in force.
    """
    message = CASES[case][1].replace("row 100,000", f"row {limit}")
    if csv_too:
        message = message.replace("save it again as .xlsx", "save it again as .xlsx or CSV")
        message = message.replace("save it as .xlsx", "save it as .xlsx or CSV")
    return f"{shown}: {message}\n"

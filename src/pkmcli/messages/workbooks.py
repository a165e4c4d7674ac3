"""What opening an xlsx workbook says when the file is none, or is hostile."""

# Sentences stay whole, one per line.
# ruff: noqa: E501

from __future__ import annotations

from pkmcli.language import Lang

WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        # What to save the file as instead; filled into {formats}.
        "as_xlsx": ".xlsx",
        "as_xlsx_or_csv": ".xlsx atau CSV",
        "not_zip": "bukan buku kerja xlsx yang sah (bukan arsip zip); simpan ulang sebagai {formats}",
        "xls": "buku kerja Excel 97-2003 (.xls); simpan ulang sebagai {formats}",
        "encrypted": "buku kerja dilindungi kata sandi; buka berkasnya, hapus kata sandinya (File > Info) lalu simpan ulang",
        "ods": "lembar OpenDocument (.ods) tidak didukung; simpan sebagai {formats}",
        "xlsb": "buku kerja biner (.xlsb) tidak didukung; simpan sebagai {formats}",
        "not_workbook": "arsip zip ini bukan buku kerja xlsx",
        "broken": "buku kerja xlsx rusak atau tidak terbaca: {detail}",
        "zip_encrypted": "bagian {part} terenkripsi di dalam arsip zip",
        "zip_method": "bagian {part} dimampatkan dengan cara yang tidak dikenal",
        "bomb": "buku kerja akan membengkak menjadi {size} MiB saat dibuka; ditolak (bom zip?)",
        "unsafe_xml": "membaca xlsx butuh paket defusedxml (pembaca XML yang aman); pasang dengan: pip install defusedxml",
        "unsafe_content": "buku kerja berisi XML yang tidak aman (deklarasi entitas); ditolak",
        "too_many_rows": "lembar '{sheet}' melewati baris {limit}; lembar sebesar itu ditolak",
        "part_too_many_rows": "sebuah lembar kerja ({part}) melewati baris {limit}; lembar sebesar itu ditolak",
        "no_sheet": "buku kerja tidak punya lembar kerja",
    },
    "en": {
        "as_xlsx": ".xlsx",
        "as_xlsx_or_csv": ".xlsx or CSV",
        "not_zip": "not a valid xlsx workbook (not a zip archive); save it again as {formats}",
        "xls": "an Excel 97-2003 .xls workbook; save it again as {formats}",
        "encrypted": "the workbook is protected by a password; open it, remove the password (File > Info) and save it again",
        "ods": "OpenDocument sheets (.ods) are not supported; save it as {formats}",
        "xlsb": "binary workbooks (.xlsb) are not supported; save it as {formats}",
        "not_workbook": "this zip archive is not an xlsx workbook",
        "broken": "damaged or unreadable xlsx workbook: {detail}",
        "zip_encrypted": "part {part} is encrypted inside the zip archive",
        "zip_method": "part {part} is compressed in an unknown way",
        "bomb": "the workbook would unpack to {size} MiB; refused (a zip bomb?)",
        "unsafe_xml": "reading xlsx needs the defusedxml package (a safe XML parser); install it with: pip install defusedxml",
        "unsafe_content": "the workbook holds unsafe XML (entity declarations); refused",
        "too_many_rows": "sheet '{sheet}' goes past row {limit}; a sheet that large is refused",
        "part_too_many_rows": "a worksheet ({part}) goes past row {limit}; a sheet that large is refused",
        "no_sheet": "the workbook has no worksheet",
    },
}

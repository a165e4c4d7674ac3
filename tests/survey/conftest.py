"""Synthetic survey data: Google Forms exports, Excel CSVs and XLSX recap sheets."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

QUESTIONS = {
    "persyaratan": "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    "prosedur": "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    "waktu": "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
    "biaya": "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
    "produk": "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
    "kompetensi": "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
    "perilaku": "Bagaimana pendapat saudara perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
    "sarana": "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
    "pengaduan": "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
}
# The order forms ask them in: Sarana 8th, Pengaduan 9th.
FORM_ORDER = list(QUESTIONS)
LABELS = {
    "persyaratan": ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    "prosedur": ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"],
    "waktu": ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"],
    "biaya": ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"],
    "produk": ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    "kompetensi": ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
    "perilaku": [
        "Tidak sopan dan ramah",
        "Kurang sopan dan ramah",
        "Sopan dan ramah",
        "Sangat sopan dan ramah",
    ],
    "sarana": ["Buruk", "Cukup", "Baik", "Sangat Baik"],
    "pengaduan": [
        "Tidak ada",
        "Ada tetapi tidak berfungsi",
        "Berfungsi kurang maksimal",
        "Dikelola dengan baik",
    ],
}
PROFILE = ["Jenis Kelamin", "Pendidikan", "Jenis Layanan"]
Answers = dict[str, int | None]  # element -> value 1-4, None for blank


def form_header(numbered: bool = True) -> list[str]:
    questions = [
        f"{i}. {QUESTIONS[e]} " if numbered else QUESTIONS[e]
        for i, e in enumerate(FORM_ORDER, start=1)
    ]
    return ["Timestamp", *PROFILE, *questions, "Saran dan masukan"]


def form_row(
    answers: Answers,
    stamp: str = "2024/03/01 10:00:00 AM GMT+7",
    profile: Sequence[str] = ("Laki-laki", "SMA", "Paspor"),
    saran: str = "",
) -> list[str]:
    cells = [LABELS[e][v - 1] if v else "" for e, v in ((e, answers.get(e)) for e in FORM_ORDER)]
    return [stamp, *profile, *cells, saran]


def all_same(value: int) -> Answers:
    return dict.fromkeys(FORM_ORDER, value)


def csv_text(rows: Sequence[Sequence[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(
        rows
    )
    return out.getvalue()


class Forms:
    """The builders above, handed to tests as one fixture (conftest is not importable)."""

    questions = QUESTIONS
    labels = LABELS
    order = FORM_ORDER

    def __init__(self, tmp_path: Path, write: Callable[..., Path]) -> None:
        self.tmp_path = tmp_path
        self.write = write

    header = staticmethod(form_header)
    row = staticmethod(form_row)
    same = staticmethod(all_same)
    text = staticmethod(csv_text)

    def workbook(
        self, rows: Sequence[Sequence[object]], name: str = "rekap.xlsx", footer: bool = True
    ) -> Path:
        return recap_workbook(self.tmp_path / name, rows, footer)


WriteForm = Callable[..., Path]


@pytest.fixture
def forms(tmp_path: Path, write_form: WriteForm) -> Forms:
    return Forms(tmp_path, write_form)


@pytest.fixture
def write_form(tmp_path: Path) -> WriteForm:
    """Write a Google-Forms-style CSV of the given answer rows; return its path."""

    def write(
        rows: Sequence[list[str]],
        name: str = "survei.csv",
        header: list[str] | None = None,
        delimiter: str = ",",
        encoding: str = "utf-8",
    ) -> Path:
        path = tmp_path / name
        text = csv_text([header or form_header(), *rows], delimiter)
        path.write_bytes(text.encode(encoding))
        return path

    return write


def recap_workbook(path: Path, rows: Sequence[Sequence[object]], footer: bool = True) -> Path:
    """Write an XLSX recap sheet: a title row, U1..U9 columns, optional footer rows."""
    from openpyxl import Workbook  # noqa: PLC0415 - only the workbook tests need it

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Rekap"
    sheet.append(["REKAPITULASI SURVEI KEPUASAN MASYARAKAT"])
    sheet.append(["No", "Jenis Kelamin", *[f"U{i}" for i in range(1, 10)]])
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    if footer:
        count = len(rows)
        sheet.append(["Jumlah Nilai Per Unsur", None, *[f"=SUM(C3:C{count + 2})"] * 9])
        sheet.append(["NRR Per Unsur", None, *[3.5] * 9])
        sheet.append(["NRR tertimbang", None, *[0.39] * 9])
        sheet.append(["IKM", None, 88.5])
    book.save(path)
    return path

"""A synthetic workbook in the layout of the official LKE ZI sheet (PermenPANRB 90/2021), built
by code from the shipped rubric ``pkp-2021``: never a real unit's file.

Sheets, in this order: ``Utama`` (hidden), ``Ctt Eval`` (hidden), ``LKE ZI`` (visible, active).

- ``Utama``: A1 the title; A3 ``Unit Kerja`` C3 the unit; A4 ``Periode`` C4 the period;
  A6 ``Area VI - Pemenuhan`` C6 ``='LKE ZI'!L100``; A7 ``Area VI - Reform`` C7
  ``='LKE ZI'!L127``; A8 ``Jumlah Area VI`` C8 ``=SUM(C6:C7)``.
- ``Ctt Eval``: A1 a title; header row 3 ``No | Area Perubahan | Bagian | Catatan Evaluator``
  and rows 4-5 for the Pemenuhan and Reform parts. With ``old_notes_sheet``: header row 2
  ``No | Komponen | Uraian | Catatan | Rekomendasi`` and one row of the 2014 edition.

``LKE ZI``:

- Row 1: the title in B1. Row 2: the header. B2 ``No`` (merged over B2:F2), G2 ``Penilaian``,
  H2 ``Bobot``, I2 ``Penjelasan``, J2 ``Pilihan Jawaban``, K2 ``Jawaban``, L2 ``Nilai``,
  M2 ``%``, N2 empty, O2 ``Catatan``, P2 ``Daftar Bukti Dukung``, Q2 ``Tautan``. Column J is
  hidden.
- Numbering: a section in B (``A.`` PENGUNGKIT row 3, ``I.`` PEMENUHAN row 4, ``II.`` REFORM
  row 126), an area in B (``5.`` or ``6.``), an indicator in C (``i.``, ``ii.``...), a
  criterion in D (``a.``, ``b.``...), the two count rows of a ratio ``-`` in E. The row's
  text is always in G: section, area and indicator titles; a criterion's Indonesian question;
  a count row's numerator or denominator label.
- Rows 90-99: filler of area V (Penguatan Pengawasan), laid out the same way and answered.
- Rows 100-124: area VI, Pemenuhan part. 100 the area (H 5); then each indicator row (H its
  weight) followed by its criteria: 101 p1 (102-105 p1.a-d), 106 p2 (107-112), 113 p3
  (114-116), 117 p4 (118-120), 121 p5 (122-124). Row 125 is empty.
- Rows 126-134: 126 section REFORM, 127 area VI again (H 5), 128 r1 (H 2.5), 129 r1.a,
  130 r1.b (J ``%``), 131 its denominator count row (J ``Jumlah``), 132 its numerator count
  row, 133 r2 (H 2.5), 134 r2.a.
- A criterion row: J the kind (``Ya/Tidak``, ``A/B/C``, ``A/B/C/D``, ``A/B/C/D/E``; ``%``
  for a ratio; ``Jumlah`` on count rows), I one line per option (``A: label``), K the answer
  with a list validation of the kind's options (written ``Ya``/``Tidak`` or an upper-case
  letter; any other text as given; numbers on count rows), L the official IF chain on J and
  K (``Blm Diisi`` for an empty K, ``""`` on count rows, 0 for a kind it does not know), O
  the note, P the evidence (one item a line), Q a link (a hyperlink).
  A ratio's L is ``=IF(OR(K131="",K132=""),"Blm Diisi",MIN(1,K132/K131))``: the first
  count row is the denominator, the second the numerator (their labels in G say which).
- An indicator row: L ``=AVERAGE(L<first>:L<last>)*H<row>``, M ``=L/H``. An area row: L the
  SUM of its indicators' L, M ``=L/H``. Section rows: the SUM of their areas.
- Review stages (``stages={"tpi": {...}}``), four columns each after Q, in the order given:
  ``Jawaban TPI``, ``Nilai`` (``Nilai TPI`` with ``named_values``), ``%`` (``% TPI``),
  ``Catatan TPI``: the answer (validated like K), the same formulas on the stage's answer
  column, the share on indicator and area rows, the stage's note. A stage's answer cells hold
  only what that stage answered (area V's filler answers repeat in every stage).

``omit`` leaves criteria out, as one 2024 copy drops p2.b: the rows below move up within the
part and the letters follow on (Reform still starts at row 126).

Answers are keyed by criterion id (``p1.a``); a ratio's numbers by ``r1.b.numerator`` and
``r1.b.denominator``. An option key in any case is written in the official form (``a`` ->
``A``, ``ya`` -> ``Ya``).

Stored values: openpyxl writes formulas without a cached value (the default ``stored=None``:
formulas only, and the workbook asks for a full recalculation on opening). ``"computed"`` writes
the value each formula gives (the official arithmetic: AVERAGE skips text, an error spreads,
no numeric value is ``#DIV/0!``) into the sheet XML after saving, as a spreadsheet program
that saved the file would; a mapping does the same and then puts the given values on the
formula cells it names (``"L103"`` on LKE ZI, ``"Utama!C6"``), to forge disagreements. A
count row's stored value is the empty text (openpyxl reads it back as None).
``stored="recalculate"`` has LibreOffice open and save the workbook (skipped without it).

Damage (REGULATION-FACTS section 7): ``option_overwritten`` J105 (p1.d) says ``Ya``;
``letters_out_of_order`` the letters of p2.b and p2.c (D108, D109) are swapped, their texts
stay; ``duplicate_id`` row 125 repeats p5.c (same text and answer; p5's AVERAGE takes it in);
``ref_error`` L115 (p3.b) holds the error ``#REF!``; ``old_notes_sheet`` ``Ctt Eval`` has the
headings of an older edition.

``build_official`` returns an ``Official``: the path, the row of every criterion, count row
(``r1.b.numerator``), indicator and part (``pemenuhan`` 100, ``reform`` 127; a repeated row as
``p5.c#2``), each stage's columns and the value of every formula cell (``"LKE ZI!L101"``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lke_values import (
    BLANK,
    LADDERS,
    average_value,
    chain_formula,
    chain_value,
    ratio_value,
    recalculate,
    share_value,
    store_values,
    sum_value,
)
from pkmcli.rubric.catalog import load_rubric
from pkmcli.rubric.model import Criterion

SHEET = "LKE ZI"
HEADER_ROW = 2
HEADERS = {"G": "Penilaian", "H": "Bobot", "I": "Penjelasan", "J": "Pilihan Jawaban",
           "K": "Jawaban", "L": "Nilai", "M": "%", "O": "Catatan", "P": "Daftar Bukti Dukung",
           "Q": "Tautan"}  # fmt: skip
STAGE_COLUMNS = ("R", "S", "T", "U", "V", "W", "X", "Y", "Z", "AA", "AB", "AC")
DAMAGE = frozenset(
    {"option_overwritten", "letters_out_of_order", "duplicate_id", "ref_error", "old_notes_sheet"}
)
# Area V, above area VI: (numbering column, token, text, weight, kind, answer).
FILLER = [
    ("B", "5.", "PENGUATAN PENGAWASAN", 15, None, None),
    ("C", "i.", "Pengendalian Gratifikasi", 3, None, None),
    ("D", "a.", "Apakah telah dilakukan public campaign tentang pengendalian gratifikasi?",
     None, "Ya/Tidak", "Ya"),
    ("D", "b.", "Apakah pengendalian gratifikasi telah diimplementasikan?", None, "A/B/C", "B"),
    ("C", "ii.", "Penerapan Sistem Pengendalian Intern Pemerintah (SPIP)", 3, None, None),
    ("D", "a.", "Apakah telah dibangun lingkungan pengendalian?", None, "A/B/C/D", "A"),
    ("D", "b.", "Apakah telah dilakukan penilaian risiko atas pelaksanaan kebijakan?", None,
     "A/B/C/D", "B"),
    ("D", "c.", "Apakah telah dilakukan kegiatan pengendalian untuk meminimalisir risiko?",
     None, "A/B/C/D", "C"),
    ("C", "iii.", "Pengaduan Masyarakat", 3, None, None),
    ("D", "a.", "Apakah kebijakan pengaduan masyarakat telah diimplementasikan?", None,
     "A/B/C/D", "A"),
]  # fmt: skip
ROMAN = ["i.", "ii.", "iii.", "iv.", "v.", "vi.", "vii.", "viii."]


@dataclass
class Line:
    """One row of LKE ZI as the builder lays it out."""

    row: int
    level: str  # total, section, area, indicator, criterion, count
    key: str  # a criterion, indicator or count id ("r1.b.numerator"); "" for filler
    column: str
    token: str
    text: str
    weight: float | None = None
    kind: str | None = None
    parts: list[int] = field(default_factory=list)  # rows summed or averaged


@dataclass
class Official:
    """What was built: the path, the row of every id, the stages' columns, the formula values."""

    path: Path
    rows: dict[str, int]
    stage_columns: dict[str, dict[str, str]]
    values: dict[str, Any]


def kind_of(criterion: Criterion) -> str:
    """The official ``Pilihan Jawaban`` of a criterion."""
    if criterion.type != "choice":
        return "%"
    keys = [o.key for o in criterion.choices]
    return "Ya/Tidak" if keys == ["ya", "tidak"] else "/".join(k.upper() for k in keys)


def official_answer(given: str | float | None) -> str | float | None:
    """An option key in its official form; anything else as given."""
    if isinstance(given, str) and given.casefold() in {"ya", "tidak"}:
        return given.capitalize()
    if isinstance(given, str) and len(given) == 1 and given.isalpha():
        return given.upper()
    return given


def _layout(damage: Collection[str], omit: Collection[str]) -> list[Line]:
    rubric = load_rubric("pkp-2021")
    lines = [Line(3, "total", "", "B", "A.", "PENGUNGKIT"),
             Line(4, "section", "", "B", "I.", "PEMENUHAN")]  # fmt: skip
    row = 90
    for column, token, text, weight, kind, _ in FILLER:
        level = {"B": "area", "C": "indicator", "D": "criterion"}[column]
        lines.append(Line(row, level, "", column, token, text, weight, kind))
        row += 1
    starts = {0: (100, None), 1: (127, Line(126, "section", "", "B", "II.", "REFORM"))}
    assert rubric.sections is not None
    for number, section in enumerate(rubric.sections):
        row, heading = starts[number]
        if heading:
            lines.append(heading)
        lines.append(Line(row, "area", "", "B", "6.", "PENINGKATAN KUALITAS PELAYANAN PUBLIK",
                          sum(i.weight for i in section.indicators)))  # fmt: skip
        for place, indicator in enumerate(section.indicators):
            row += 1
            lines.append(Line(row, "indicator", indicator.id, "C", ROMAN[place],
                              indicator.title.id, indicator.weight))  # fmt: skip
            kept = [c for c in indicator.criteria if c.id not in omit]
            for letter, criterion in zip("abcdefgh", kept, strict=False):
                row += 1
                lines.append(Line(row, "criterion", criterion.id, "D", f"{letter}.",
                                  criterion.question.id, kind=kind_of(criterion)))  # fmt: skip
                if criterion.type == "ratio":
                    assert criterion.denominator
                    assert criterion.numerator
                    for end, label in (("denominator", criterion.denominator),
                                       ("numerator", criterion.numerator)):  # fmt: skip
                        row += 1
                        lines.append(Line(row, "count", f"{criterion.id}.{end}", "E", "-",
                                          label.id, kind="Jumlah"))  # fmt: skip
            if "duplicate_id" in damage and indicator.id == "p5":
                row += 1
                last = lines[-1]
                lines.append(Line(row, "criterion", last.key, "D", last.token, last.text,
                                  kind=last.kind))  # fmt: skip
    _link(lines)
    return lines


def _link(lines: list[Line]) -> None:
    """Give each indicator the rows it averages and each area and section the rows it sums."""
    for number, line in enumerate(lines):
        following = lines[number + 1 :]
        if line.level == "indicator":
            below = _until(following, {"indicator", "area", "section"})
            line.parts = [x.row for x in below]
        elif line.level == "area":
            below = _until(following, {"area", "section"})
            line.parts = [x.row for x in below if x.level == "indicator"]
        elif line.level == "section":
            line.parts = [x.row for x in _until(following, {"section"}) if x.level == "area"]
        elif line.level == "total":
            line.parts = [x.row for x in lines if x.level == "section"]


def _until(lines: Sequence[Line], levels: set[str]) -> list[Line]:
    found = []
    for line in lines:
        if line.level in levels:
            break
        found.append(line)
    return found


@dataclass
class _Stage:
    ident: str
    answers: Mapping[str, str | float | None]
    notes: Mapping[str, str]
    answer: str
    value: str
    share: str
    note: str


def build_official(
    path: Path,
    answers: Mapping[str, str | float | None],
    *,
    damage: Collection[str] = frozenset(),
    omit: Collection[str] = (),
    stages: Mapping[str, Mapping[str, str | float | None]] | None = None,
    notes: Mapping[str, str] | None = None,
    evidence: Mapping[str, Sequence[str]] | None = None,
    links: Mapping[str, str] | None = None,
    stage_notes: Mapping[str, Mapping[str, str]] | None = None,
    stored: str | Mapping[str, Any] | None = None,
    named_values: bool = False,
    unit: str = "Unit Contoh",
    period: str = "2025",
) -> Official:
    """Write an official-layout workbook to ``path`` (see the module's docstring)."""
    from openpyxl import Workbook  # noqa: PLC0415

    unknown = set(damage) - DAMAGE
    assert not unknown, f"unknown damage {unknown}; known: {sorted(DAMAGE)}"
    lines = _layout(damage, frozenset(omit))
    # Answers of an omitted criterion are allowed: they are left out with its row.
    ids = {line.key for line in _layout((), ()) if line.level in {"criterion", "count"}}
    for given in (answers, *(stages or {}).values()):
        assert set(given) <= ids, f"not criteria of pkp-2021: {sorted(set(given) - ids)}"
    if "letters_out_of_order" in damage:
        first, second = (next(x for x in lines if x.key == k) for k in ("p2.b", "p2.c"))
        first.token, second.token = second.token, first.token
    book = Workbook()
    main = book.active
    assert main is not None
    main.title = "Utama"
    book.create_sheet("Ctt Eval")
    sheet = book.create_sheet(SHEET)
    book.active = 2
    main.sheet_state = book["Ctt Eval"].sheet_state = "hidden"
    columns = _stages(sheet, answers, notes or {}, stages or {}, stage_notes or {}, named_values)
    values: dict[str, Any] = {}
    _write_lines(sheet, lines, columns, damage, values)
    _write_extras(sheet, lines, evidence or {}, links or {})
    _write_summary(main, values, unit, period)
    _write_notes(book["Ctt Eval"], old="old_notes_sheet" in damage)
    if stored is None:
        book.calculation.fullCalcOnLoad = True
    book.save(path)
    if isinstance(stored, Mapping):
        forged = {k if "!" in k else f"{SHEET}!{k}": v for k, v in stored.items()}
        store_values(path, {**values, **forged}, book.sheetnames)
    elif stored == "computed":
        store_values(path, values, book.sheetnames)
    elif stored == "recalculate":
        recalculate(path)
    else:
        assert stored is None, f"stored: None, 'computed', 'recalculate' or a mapping; {stored!r}"
    rows: dict[str, int] = {}
    for line in lines:
        key = line.key if line.key not in rows else f"{line.key}#2"
        if line.key:
            rows[key] = line.row
    rows |= {"pemenuhan": 100, "reform": 127}
    stage_columns = {
        s.ident: {"answer": s.answer, "value": s.value, "share": s.share, "note": s.note}
        for s in columns
    }
    return Official(path, rows, stage_columns, values)


def _stages(
    sheet: Any,
    answers: Mapping[str, str | float | None],
    notes: Mapping[str, str],
    stages: Mapping[str, Mapping[str, str | float | None]],
    stage_notes: Mapping[str, Mapping[str, str]],
    named_values: bool,
) -> list[_Stage]:
    """The unit's columns (K, L, M, O) and four after Q for each review stage, headed."""
    for column, text in HEADERS.items():
        sheet[f"{column}{HEADER_ROW}"] = text
    sheet[f"B{HEADER_ROW}"] = "No"
    sheet.merge_cells(f"B{HEADER_ROW}:F{HEADER_ROW}")
    sheet["B1"] = "LEMBAR KERJA EVALUASI ZONA INTEGRITAS MENUJU WBK/WBBM"
    sheet.column_dimensions["J"].hidden = True
    found = [_Stage("unit", answers, notes, "K", "L", "M", "O")]
    for number, (ident, given) in enumerate(stages.items()):
        answer, value, share, note = STAGE_COLUMNS[number * 4 : number * 4 + 4]
        label = ident.upper()
        suffix = f" {label}" if named_values else ""
        headers = (f"Jawaban {label}", f"Nilai{suffix}", f"%{suffix}", f"Catatan {label}")
        for column, text in zip((answer, value, share, note), headers, strict=True):
            sheet[f"{column}{HEADER_ROW}"] = text
        found.append(_Stage(ident, given, stage_notes.get(ident, {}), answer, value, share, note))
    return found


def _write_lines(
    sheet: Any, lines: list[Line], stages: list[_Stage], damage: Collection[str],
    values: dict[str, Any],
) -> None:  # fmt: skip
    """Write every row's numbering, text, weight, kind, answers and formulas; note the values."""
    for line in lines:
        sheet[f"{line.column}{line.row}"] = line.token
        sheet[f"G{line.row}"] = line.text
        if line.weight is not None:
            sheet[f"H{line.row}"] = line.weight
        if line.kind:
            sheet[f"J{line.row}"] = line.kind
        if line.level == "criterion" and line.key and line.kind != "%":
            sheet[f"I{line.row}"] = _meanings(line.key)
    if "option_overwritten" in damage:
        sheet[f"J{next(x.row for x in lines if x.key == 'p1.d')}"] = "Ya"
    broken = {x.row for x in lines if x.key == "p3.b"} if "ref_error" in damage else set()
    for stage in stages:
        computed: dict[int, Any] = {}
        for level in ("criterion", "count", "indicator", "area", "section", "total"):
            for line in (x for x in lines if x.level == level):
                value = _cell(
                    sheet, line, stage, computed, broken if stage.ident == "unit" else set()
                )
                computed[line.row] = value
                values[f"{SHEET}!{stage.value}{line.row}"] = value
                if line.level in {"indicator", "area"}:
                    sheet[f"{stage.share}{line.row}"] = f"={stage.value}{line.row}/H{line.row}"
                    share = share_value(value, line.weight or 1)
                    values[f"{SHEET}!{stage.share}{line.row}"] = share


def _cell(sheet: Any, line: Line, stage: _Stage, computed: dict[int, Any], broken: set[int]) -> Any:
    """Write one row's cells of one stage; return what its value cell's formula gives."""
    from openpyxl.worksheet.datavalidation import DataValidation  # noqa: PLC0415

    row, answer, value = line.row, stage.answer, stage.value
    if line.level in {"indicator", "area", "section", "total"}:
        cells = ",".join(f"{value}{p}" for p in line.parts)
        found = [computed[p] for p in line.parts]
        if line.level == "indicator":
            span = f"{value}{min(line.parts)}:{value}{max(line.parts)}"
            sheet[f"{value}{row}"] = f"=AVERAGE({span})*H{row}"
            return average_value(found, line.weight or 1)
        sheet[f"{value}{row}"] = f"=SUM({cells})"
        return sum_value(found)
    given = official_answer(stage.answers.get(line.key)) if line.key else _filler(row)
    if given is not None:
        sheet[f"{answer}{row}"] = given
    if stage.notes.get(line.key):
        sheet[f"{stage.note}{row}"] = stage.notes[line.key]
    if line.kind in LADDERS:
        options = ",".join(str(official_answer(k)) for k in LADDERS[line.kind])
        check = DataValidation(type="list", formula1=f'"{options}"', allow_blank=True)
        sheet.add_data_validation(check)
        check.add(f"{answer}{row}")
    if row in broken:
        sheet[f"{value}{row}"] = "#REF!"  # openpyxl writes the error codes as errors
        return "#REF!"
    if line.kind == "%":
        low, high = f"{answer}{row + 1}", f"{answer}{row + 2}"
        sheet[f"{value}{row}"] = f'=IF(OR({low}="",{high}=""),"{BLANK}",MIN(1,{high}/{low}))'
        return ratio_value(
            stage.answers.get(f"{line.key}.denominator"), stage.answers.get(f"{line.key}.numerator")
        )
    sheet[f"{value}{row}"] = chain_formula(row, answer)
    return chain_value(sheet[f"J{row}"].value, given)


def _filler(row: int) -> str | None:
    return FILLER[row - 90][5]


def _meanings(ident: str) -> str:
    criterion = load_rubric("pkp-2021").criterion(ident)
    return "\n".join(
        f"{official_answer(o.key)}: {o.label.id if o.label else ''}" for o in criterion.choices
    )


def _write_extras(
    sheet: Any, lines: list[Line], evidence: Mapping[str, Sequence[str]], links: Mapping[str, str]
) -> None:
    """The unit's evidence list (P) and link (Q) on each criterion row that has them."""
    for line in lines:
        if line.level != "criterion" or not line.key:
            continue
        if evidence.get(line.key):
            sheet[f"P{line.row}"] = "\n".join(evidence[line.key])
        if links.get(line.key):
            cell = sheet[f"Q{line.row}"]
            cell.value = cell.hyperlink = links[line.key]


def _write_summary(sheet: Any, values: dict[str, Any], unit: str, period: str) -> None:
    """Utama: the unit, the period and area VI's two parts and their sum, as formulas."""
    sheet["A1"] = "LEMBAR KERJA EVALUASI ZONA INTEGRITAS"
    for row, (label, text) in enumerate((("Unit Kerja", unit), ("Periode", period)), 3):
        sheet[f"A{row}"], sheet[f"C{row}"] = label, text
    parts = (("Area VI - Pemenuhan", 100), ("Area VI - Reform", 127))
    for row, (label, source) in enumerate(parts, 6):
        sheet[f"A{row}"], sheet[f"C{row}"] = label, f"='{SHEET}'!L{source}"
        values[f"Utama!C{row}"] = values[f"{SHEET}!L{source}"]
    sheet["A8"], sheet["C8"] = "Jumlah Area VI", "=SUM(C6:C7)"
    values["Utama!C8"] = sum_value([values["Utama!C6"], values["Utama!C7"]])


def _write_notes(sheet: Any, *, old: bool) -> None:
    """Ctt Eval: notes per part of area VI, or an older edition's headings and rows."""
    if old:
        sheet["A1"] = "CATATAN EVALUASI ZONA INTEGRITAS (PermenPANRB 52/2014)"
        rows = [("No", "Komponen", "Uraian", "Catatan", "Rekomendasi"),
                ("VI", "Peningkatan Kualitas Pelayanan Publik", "Standar Pelayanan",
                 "Maklumat belum dipublikasikan", "Publikasikan maklumat")]  # fmt: skip
        first = 2
    else:
        sheet["A1"] = "CATATAN HASIL EVALUASI"
        rows = [("No", "Area Perubahan", "Bagian", "Catatan Evaluator"),
                ("6", "Peningkatan Kualitas Pelayanan Publik", "Pemenuhan", ""),
                ("6", "Peningkatan Kualitas Pelayanan Publik", "Reform", "")]  # fmt: skip
        first = 3
    for number, texts in enumerate(rows, first):
        for column, text in zip("ABCDE", texts, strict=False):
            if text:
                sheet[f"{column}{number}"] = text

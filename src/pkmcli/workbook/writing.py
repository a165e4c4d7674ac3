"""`pkm export`: an answers file as a workbook laid out like the official LKE sheet.

One sheet, "LKE": the rubric's tree (section, indicator and criterion rows), the weight, what
each option means, the answer (a list validation of the option keys), its value as a live
formula, the % of each indicator, the note; for every review stage in the file an answer, a
value and a note column of its own; then the evidence. Formula cells are locked and answer and
note cells unlocked, under sheet protection without a password. Text from the answers file
or the rubric is always written as a string, never as a formula.

openpyxl writes formulas without cached values: a spreadsheet program computes them on
opening (the workbook asks for a full recalculation).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from pkmcli.answers.model import Answer, AnswerSet
from pkmcli.language import Lang
from pkmcli.rubric.model import UNIT_STAGE, Criterion, Indicator, Rubric
from pkmcli.workbook import formulas
from pkmcli.workbook.names import NameBook, answer_name, score_name, total_name

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

SHEET = "LKE"
HEADER_ROW = 4
# Fixed columns; the stages' columns and then the evidence columns follow.
COL_ID, COL_NO, COL_TEXT, COL_WEIGHT, COL_MEANING, COL_KIND = 1, 2, 3, 4, 5, 6
COL_ANSWER, COL_VALUE, COL_SHARE, COL_NOTE = 7, 8, 9, 10
STAGE_WIDTH = 3
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

WORDS = {
    "id": {
        "id": "ID",
        "no": "No",
        "text": "Komponen",
        "weight": "Bobot",
        "meaning": "Penjelasan",
        "kind": "Pilihan Jawaban",
        "answer": "Jawaban",
        "value": "Nilai",
        "share": "%",
        "note": "Catatan",
        "evidence": "Bukti Dukung",
        "unit": "Unit",
        "period": "Periode",
        "total": "Total",
        "percentage": "Persentase (0-100)",
        "count": "Jumlah",
        "empty": "Jawaban kosong bernilai 0 (seperti pkm menghitung); lembar resmi menulis "
        '"Blm Diisi" dan tidak memasukkannya ke rerata.',
    },
    "en": {
        "id": "ID",
        "no": "No",
        "text": "Component",
        "weight": "Weight",
        "meaning": "Meaning",
        "kind": "Answer options",
        "answer": "Answer",
        "value": "Value",
        "share": "%",
        "note": "Note",
        "evidence": "Evidence",
        "unit": "Unit",
        "period": "Period",
        "total": "Total",
        "percentage": "Percentage (0-100)",
        "count": "Count",
        "empty": "An empty answer is worth 0 (as pkm counts it); the official sheet writes "
        '"Blm Diisi" and leaves it out of the mean.',
    },
}


def as_text(cell: Cell, text: str) -> None:
    """Put user or rubric text in ``cell`` as a string, whatever it starts with."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # noqa: PLC0415

    cleaned = ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)
    cell.value = cleaned
    cell.data_type = "s"  # openpyxl would take a leading "=" for a formula
    if cleaned.startswith(FORMULA_STARTS):
        # Typed over in a spreadsheet program, the text stays text.
        cell.quotePrefix = True


def is_link(text: str) -> bool:
    """An http(s) address with a host, written as a hyperlink."""
    parts = urlsplit(text)
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


def letter_of(index: int) -> str:
    """``0`` -> ``a``, ``25`` -> ``z``, ``26`` -> ``aa``: the official criterion numbering."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def roman_of(number: int) -> str:
    """``4`` -> ``iv``: the official indicator numbering."""
    out = ""
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                          (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                          (4, "iv"), (1, "i")):  # fmt: skip
        while number >= value:
            out += digits
            number -= value
    return out


@dataclass
class _Stage:
    """One answer column block: the unit's own (the fixed columns) or a review stage's."""

    ident: str
    label: str
    answers: AnswerSet
    notes: dict[str, Answer]
    answer_col: int
    value_col: int
    note_col: int
    value_cells: dict[str, str] = field(default_factory=dict)


class _Sheet:
    def __init__(self, rubric: Rubric, answers: AnswerSet, lang: Lang) -> None:
        from openpyxl import Workbook  # noqa: PLC0415

        self.rubric = rubric
        self.answers = answers
        self.lang = lang
        self.words = WORDS[lang]
        self.book: Workbook = Workbook()
        sheet = self.book.active
        assert sheet is not None
        self.sheet: Worksheet = sheet
        self.sheet.title = SHEET
        self.names = NameBook(answers.file)
        self.validations: dict[str, Any] = {}
        order = rubric.stage_ids()
        self.stages = [
            _Stage(UNIT_STAGE, self.words["answer"], answers, dict(answers.answers),
                   COL_ANSWER, COL_VALUE, COL_NOTE)
        ]  # fmt: skip
        for number, review in enumerate(answers.reviews):
            first = COL_NOTE + 1 + number * STAGE_WIDTH
            self.stages.append(
                _Stage(review.stage, rubric.stage_label(review.stage, lang),
                       answers.at_stage(review.stage, order), dict(review.answers),
                       first, first + 1, first + 2)
            )  # fmt: skip
        self.evidence_col = COL_NOTE + 1 + len(answers.reviews) * STAGE_WIDTH
        final = answers.at_stage(answers.stages()[-1], order)
        self.evidence = {c: a.evidence for c, a in final.answers.items()}
        self.row = HEADER_ROW + 1

    # -- cells -------------------------------------------------------------------------
    def ref(self, row: int, col: int, *, absolute: bool = False) -> str:
        from openpyxl.utils import get_column_letter  # noqa: PLC0415

        letter = get_column_letter(col)
        return f"${letter}${row}" if absolute else f"{letter}{row}"

    def cell(self, row: int, col: int) -> Cell:
        from openpyxl.cell.cell import Cell  # noqa: PLC0415

        cell = self.sheet.cell(row=row, column=col)
        assert isinstance(cell, Cell)  # the sheet merges no cells
        return cell

    def text(self, row: int, col: int, text: str, *, bold: bool = False) -> Cell:
        from openpyxl.styles import Alignment, Font  # noqa: PLC0415

        cell = self.cell(row, col)
        as_text(cell, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if bold:
            cell.font = Font(bold=True)
        return cell

    def formula(self, row: int, col: int, text: str, number_format: str = "0.00") -> Cell:
        cell = self.sheet.cell(row=row, column=col, value=text)
        cell.number_format = number_format
        return cell

    def name(self, name: str, row: int, col: int, what: str, rows: int = 1) -> None:
        target = f"{SHEET}!{self.ref(row, col, absolute=True)}"
        if rows > 1:
            target += ":" + self.ref(row + rows - 1, col, absolute=True)
        self.names.add(name, target, what)

    def unlocked(self, cell: Cell) -> None:
        from openpyxl.styles import PatternFill, Protection  # noqa: PLC0415

        cell.protection = Protection(locked=False)
        cell.fill = PatternFill("solid", fgColor="FFF2CC")

    def validate(self, formula1: str, kind: str, cell: str) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation  # noqa: PLC0415

        key = f"{kind}:{formula1}"
        found = self.validations.get(key)
        if found is None:
            if kind == "list":
                found = DataValidation(type="list", formula1=formula1, allow_blank=True)
            else:
                found = DataValidation(
                    type="decimal", operator="greaterThanOrEqual", formula1=formula1,
                    allow_blank=True,
                )  # fmt: skip
            found.showErrorMessage = True
            self.sheet.add_data_validation(found)
            self.validations[key] = found
        found.add(cell)

    # -- rows --------------------------------------------------------------------------
    def heading(self) -> None:
        words = self.words
        self.text(1, COL_ID, self.rubric.title.get(self.lang), bold=True)
        self.text(2, COL_ID, words["unit"])
        self.text(2, COL_NO, self.answers.unit or "")
        self.text(2, COL_TEXT, f"{words['period']}: {self.answers.period or ''}")
        self.text(3, COL_ID, words["empty"])
        columns = {
            COL_ID: words["id"], COL_NO: words["no"], COL_TEXT: words["text"],
            COL_WEIGHT: words["weight"], COL_MEANING: words["meaning"], COL_KIND: words["kind"],
            COL_ANSWER: words["answer"], COL_VALUE: words["value"], COL_SHARE: words["share"],
            COL_NOTE: words["note"], self.evidence_col: words["evidence"],
        }  # fmt: skip
        for stage in self.stages[1:]:
            columns[stage.answer_col] = f"{words['answer']} {stage.label}"
            columns[stage.value_col] = f"{words['value']} {stage.label}"
            columns[stage.note_col] = f"{words['note']} {stage.label}"
        for col, title in columns.items():
            self.text(HEADER_ROW, col, title, bold=True)

    def meaning(self, criterion: Criterion) -> tuple[str, str]:
        if criterion.type == "percentage":
            return self.words["percentage"], "%"
        if criterion.type == "ratio":
            assert criterion.numerator is not None
            assert criterion.denominator is not None
            return (
                f"{criterion.numerator.get(self.lang)} / {criterion.denominator.get(self.lang)}",
                "%",
            )
        lines = [f"{o.key}: {o.label.get(self.lang) if o.label else ''}" for o in criterion.choices]
        return "\n".join(lines), "/".join(o.key for o in criterion.choices)

    def criterion(self, criterion: Criterion, number: int) -> None:
        row = self.row
        self.text(row, COL_ID, criterion.id)
        self.text(row, COL_NO, f"{letter_of(number)}.")
        self.text(row, COL_TEXT, criterion.question.get(self.lang))
        meaning, kind = self.meaning(criterion)
        self.text(row, COL_MEANING, meaning)
        self.text(row, COL_KIND, kind)
        inputs = [row + 1, row + 2] if criterion.type == "ratio" else [row]
        if criterion.type == "ratio":
            assert criterion.numerator is not None
            assert criterion.denominator is not None
            for offset, label in enumerate((criterion.numerator, criterion.denominator), 1):
                self.text(row + offset, COL_TEXT, label.get(self.lang))
                self.text(row + offset, COL_KIND, self.words["count"])
        for stage in self.stages:
            self.answer_cells(stage, criterion, inputs)
            refs = [self.ref(r, stage.answer_col) for r in inputs]
            self.formula(row, stage.value_col, formulas.value_formula(criterion, refs))
            stage.value_cells[criterion.id] = self.ref(row, stage.value_col)
            note = stage.notes.get(criterion.id)
            cell = self.text(row, stage.note_col, note.note if note and note.note else "")
            self.unlocked(cell)
        self.evidence_cells(row, self.evidence.get(criterion.id, ()))
        self.row += len(inputs) + (1 if criterion.type == "ratio" else 0)

    def answer_cells(self, stage: _Stage, criterion: Criterion, inputs: list[int]) -> None:
        answer = stage.answers.answers.get(criterion.id) or Answer()
        if criterion.type == "choice":
            given: list[str | float | None] = [answer.key]
            option = criterion.find_option(answer.key) if answer.key is not None else None
            if option is not None:
                given = [option.key]
        elif criterion.type == "percentage":
            given = [answer.number]
        else:
            given = [answer.numerator, answer.denominator]
        for row, value in zip(inputs, given, strict=True):
            cell = self.cell(row, stage.answer_col)
            if isinstance(value, str):
                as_text(cell, value)
            elif value is not None:
                cell.value = value
            self.unlocked(cell)
            ref = self.ref(row, stage.answer_col)
            if criterion.type == "choice":
                self.validate(formulas.choice_list(criterion), "list", ref)
            else:
                self.validate("0", "decimal", ref)
        what = f"the answer of '{criterion.id}'"
        self.name(answer_name(criterion.id, stage.ident), inputs[0], stage.answer_col, what,
                  rows=len(inputs))  # fmt: skip

    def evidence_cells(self, row: int, evidence: tuple[str, ...]) -> None:
        for offset, item in enumerate(evidence):
            cell = self.text(row, self.evidence_col + offset, item)
            if is_link(item):
                cell.hyperlink = item
                cell.style = "Hyperlink"
                cell.data_type = "s"

    def indicator(self, indicator: Indicator, number: int) -> int:
        row = self.row
        self.text(row, COL_ID, indicator.id, bold=True)
        self.text(row, COL_NO, f"{roman_of(number)}.", bold=True)
        self.text(row, COL_TEXT, indicator.title.get(self.lang), bold=True)
        self.sheet.cell(row=row, column=COL_WEIGHT, value=indicator.weight)
        self.row += 1
        for index, criterion in enumerate(indicator.criteria):
            self.criterion(criterion, index)
        weight = self.ref(row, COL_WEIGHT)
        for stage in self.stages:
            values = [stage.value_cells[c.id] for c in indicator.criteria]
            self.formula(row, stage.value_col, formulas.indicator_formula(values, weight))
            what = f"the score of '{indicator.id}'"
            self.name(score_name(indicator.id, stage.ident), row, stage.value_col, what)
        share = formulas.share_formula(self.ref(row, COL_VALUE), weight)
        self.formula(row, COL_SHARE, share, "0.00%")
        return row

    def sum_row(self, label: str, rows: list[int], weight: float, *, bold: bool = True) -> int:
        row = self.row
        self.text(row, COL_TEXT, label, bold=bold)
        self.sheet.cell(row=row, column=COL_WEIGHT, value=weight)
        for stage in self.stages:
            cells = [self.ref(r, stage.value_col) for r in rows]
            self.formula(row, stage.value_col, formulas.sum_formula(cells))
        share = formulas.share_formula(self.ref(row, COL_VALUE), self.ref(row, COL_WEIGHT))
        self.formula(row, COL_SHARE, share, "0.00%")
        self.row += 1
        return row

    def body(self) -> None:
        top: list[int] = []
        numbered = 0
        for number, section in enumerate(self.rubric.sections or [], 1):
            head = self.row
            self.text(head, COL_ID, section.id, bold=True)
            self.text(head, COL_NO, f"{number}.", bold=True)
            self.row += 1
            rows = []
            for indicator in section.indicators:
                numbered += 1
                rows.append(self.indicator(indicator, numbered))
            # The section's sum goes on its heading row, as the official area row.
            end = self.row
            self.row = head
            self.sum_row(section.title.get(self.lang), rows,
                         sum(i.weight for i in section.indicators))  # fmt: skip
            self.row = end
            top.append(head)
        for indicator in self.rubric.indicators or []:
            numbered += 1
            top.append(self.indicator(indicator, numbered))
        total = self.sum_row(self.words["total"], top, self.rubric.max_score)
        for stage in self.stages:
            self.name(total_name(stage.ident), total, stage.value_col, "the total")

    def finish(self) -> None:
        from openpyxl.workbook.defined_name import DefinedName  # noqa: PLC0415
        from openpyxl.worksheet.properties import PageSetupProperties  # noqa: PLC0415

        for name, target in self.names.items():
            self.book.defined_names[name] = DefinedName(name, attr_text=target)
        sheet = self.sheet
        sheet.freeze_panes = self.ref(HEADER_ROW + 1, COL_WEIGHT)
        sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.protection.sheet = True
        sheet.protection.formatColumns = False
        sheet.protection.formatRows = False
        widths = {COL_ID: 8, COL_NO: 5, COL_TEXT: 50, COL_MEANING: 40, COL_NOTE: 30}
        for col, width in widths.items():
            sheet.column_dimensions[self.ref(1, col)[:-1]].width = width
        sheet.column_dimensions[self.ref(1, COL_KIND)[:-1]].hidden = True
        self.book.calculation.fullCalcOnLoad = True


def build_workbook(rubric: Rubric, answers: AnswerSet, lang: Lang) -> Workbook:
    """Lay the answers out as the LKE sheet, with live formulas and the contract's names."""
    sheet = _Sheet(rubric, answers, lang)
    sheet.heading()
    sheet.body()
    sheet.finish()
    return sheet.book


def workbook_bytes(book: Workbook) -> bytes:
    """The workbook as the bytes of an xlsx file."""
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_workbook(file: Path, output: Path, rubric_ref: str | None, lang: Lang) -> str:
    """Read an answers file and write it to ``output`` as a workbook; return a note on it.

    ``output`` must not be one of the inputs, and must be writable, before any work is done.
    """
    from pkmcli.answers.reader import load_answers  # noqa: PLC0415
    from pkmcli.files.writing import (  # noqa: PLC0415
        check_not_an_input,
        check_writable,
        write_atomic_bytes,
    )

    inputs = [("answers file", str(file))]
    if rubric_ref is not None:
        inputs.append(("rubric file", rubric_ref))
    check_not_an_input(output, str(output), inputs)
    check_writable(output, str(output))
    rubric, answers = load_answers(file, rubric_ref, str(file))
    write_atomic_bytes(output, workbook_bytes(build_workbook(rubric, answers, lang)))
    return f"{output}: written ({len(rubric.all_criteria())} criteria)"

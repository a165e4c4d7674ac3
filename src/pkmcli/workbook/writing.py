"""`pkm export`: an answers file as a workbook laid out like the official LKE sheet.

One sheet, "LKE": the rubric's tree (section, indicator and criterion rows), the weight, what
each option means, the answer (a list validation of the option keys), its value as a live
formula, the % of each indicator, the note; for every review stage in the file an answer, a
value and a note column of its own; then the evidence. Formula cells are locked and answer and
note cells unlocked, under sheet protection without a password. Text from the answers file
or the rubric is always written as a string, never as a formula.

Every formula cell also carries the value pkm computed for it (openpyxl writes formulas
alone, so the values are put into the sheet's XML after it is saved), so that a viewer that
never recalculates shows the numbers; a spreadsheet program recalculates on opening anyway.
The formulas follow the unanswered policy in force (see ``workbook.formulas``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from pkmcli.answers.model import Answer, AnswerSet
from pkmcli.language import Lang
from pkmcli.messages.core import say, table
from pkmcli.rubric.model import UNIT_STAGE, Criterion, Indicator, Rubric
from pkmcli.scoring.arithmetic import Policy, ScoreResult, score_answers
from pkmcli.workbook import formulas
from pkmcli.workbook.names import NameBook, answer_name, score_name, total_name

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

SHEET = "LKE"
HEADER_ROW = 5
UNIT_ROW, PERIOD_ROW, NOTE_ROW = 2, 3, 4
# Fixed columns; the stages' columns and then the evidence columns follow.
COL_ID, COL_NO, COL_TEXT, COL_WEIGHT, COL_MEANING, COL_KIND = 1, 2, 3, 4, 5, 6
COL_ANSWER, COL_VALUE, COL_SHARE, COL_NOTE = 7, 8, 9, 10
STAGE_WIDTH = 3
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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
    result: ScoreResult
    value_cells: dict[str, str] = field(default_factory=dict)


class LkeSheet:
    def __init__(
        self,
        rubric: Rubric,
        answers: AnswerSet,
        lang: Lang,
        policy: Policy | None = None,
        *,
        book: Workbook | None = None,
        title: str = SHEET,
    ) -> None:
        from openpyxl import Workbook  # noqa: PLC0415

        self.rubric = rubric
        self.answers = answers
        self.lang = lang
        self.policy: Policy = policy or rubric.unanswered
        self.words = table("workbook")[lang]
        # A sheet of its own workbook, with workbook names; or one unit's sheet of a portfolio,
        # whose names belong to the sheet (every unit has a pkm_total).
        self.local = book is not None
        self.book: Workbook = book if book is not None else Workbook()
        if book is None:
            sheet = self.book.active
            assert sheet is not None
        else:
            sheet = self.book.create_sheet(title)
        self.sheet: Worksheet = sheet
        self.sheet.title = title
        self.title = title
        # Each stage's total and indicator score cells, for a portfolio's summary.
        self.score_cells: dict[str, dict[str, str]] = {}
        self.names = NameBook(answers.file, lang)
        self.validations: dict[str, Any] = {}
        # The value pkm computed for each formula cell, by coordinate, per sheet.
        self.cached: dict[str, float | str] = {}
        self.summary_cached: dict[str, float | str] = {}
        self.total_row = 0
        order = rubric.stage_ids()
        self.stages = [
            _Stage(UNIT_STAGE, self.words["answer"], answers, dict(answers.answers),
                   COL_ANSWER, COL_VALUE, COL_NOTE,
                   score_answers(rubric, answers, self.policy))
        ]  # fmt: skip
        for number, review in enumerate(answers.reviews):
            first = COL_NOTE + 1 + number * STAGE_WIDTH
            standing = answers.at_stage(review.stage, order)
            self.stages.append(
                _Stage(review.stage, rubric.stage_label(review.stage, lang),
                       standing, dict(review.answers), first, first + 1, first + 2,
                       score_answers(rubric, standing, self.policy))
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

    def formula(
        self, row: int, col: int, text: str, cached: float | str, number_format: str = "0.00"
    ) -> Cell:
        cell = self.sheet.cell(row=row, column=col, value=text)
        cell.number_format = number_format
        self.cached[self.ref(row, col)] = cached
        return cell

    def at(self, row: int, col: int) -> str:
        """An absolute reference to a cell of this sheet from anywhere in the workbook."""
        from openpyxl.utils import quote_sheetname  # noqa: PLC0415

        return f"{quote_sheetname(self.title)}!{self.ref(row, col, absolute=True)}"

    def name(self, name: str, row: int, col: int, what: str, rows: int = 1) -> None:
        target = self.at(row, col)
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
        self.text(UNIT_ROW, COL_ID, words["unit"])
        self.unlocked(self.text(UNIT_ROW, COL_TEXT, self.answers.unit or ""))
        self.text(PERIOD_ROW, COL_ID, words["period"])
        self.unlocked(self.text(PERIOD_ROW, COL_TEXT, self.answers.period or ""))
        self.text(NOTE_ROW, COL_ID, words["empty_skip" if self.policy == "skip" else "empty"])
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
            scored = stage.result.criterion(criterion.id)
            cached: float | str = scored.value
            if not scored.answered and self.policy == "skip":
                cached = formulas.NOT_FILLED
            self.formula(row, stage.value_col,
                         formulas.value_formula(criterion, refs, self.policy), cached)  # fmt: skip
            stage.value_cells[criterion.id] = self.ref(row, stage.value_col)
            note = stage.notes.get(criterion.id)
            cell = self.text(row, stage.note_col, note.note if note and note.note else "")
            self.unlocked(cell)
        self.evidence_cells(row, self.evidence.get(criterion.id, ()))
        self.row += len(inputs) + (1 if criterion.type == "ratio" else 0)

    def answer_cells(self, stage: _Stage, criterion: Criterion, inputs: list[int]) -> None:
        answer = stage.answers.answers.get(criterion.id) or Answer()
        own = stage.notes.get(criterion.id)
        # A review stage that did not answer a criterion takes the stage before's answer, live:
        # change the unit's answer and the stages after it follow, as pkm's stages do.
        earlier = None
        if stage.ident != UNIT_STAGE and (own is None or not own.answered):
            earlier = self.stages[self.stages.index(stage) - 1]
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
            if earlier is not None:
                carried = formulas.carried(self.ref(row, earlier.answer_col))
                self.formula(row, stage.answer_col, carried, "" if value is None else value,
                             "General")  # fmt: skip
            elif isinstance(value, str):
                as_text(cell, value)
            elif value is not None:
                cell.value = value
            self.unlocked(cell)
            ref = self.ref(row, stage.answer_col)
            if criterion.type == "choice":
                self.validate(formulas.choice_list(criterion), "list", ref)
            else:
                self.validate("0", "decimal", ref)
        what = say("workbook.answer_of", self.lang, id=criterion.id)
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
            score = stage.result.indicator(indicator.id).score
            mean = formulas.indicator_formula(values, weight, self.policy)
            self.formula(row, stage.value_col, mean, score)
            self.score_cells.setdefault(stage.ident, {})[indicator.id] = self.at(
                row, stage.value_col
            )
            what = say("workbook.score_of", self.lang, id=indicator.id)
            self.name(score_name(indicator.id, stage.ident), row, stage.value_col, what)
        share = formulas.share_formula(self.ref(row, COL_VALUE), weight)
        unit_score = self.stages[0].result.indicator(indicator.id).score
        self.formula(row, COL_SHARE, share, unit_score / indicator.weight, "0.00%")
        return row

    def sum_row(self, label: str, rows: list[int], weight: float, *, bold: bool = True) -> int:
        row = self.row
        self.text(row, COL_TEXT, label, bold=bold)
        self.sheet.cell(row=row, column=COL_WEIGHT, value=weight)
        for stage in self.stages:
            cells = [self.ref(r, stage.value_col) for r in rows]
            total = sum(float(self.cached[self.ref(r, stage.value_col)]) for r in rows)
            self.formula(row, stage.value_col, formulas.sum_formula(cells), total)
        share = formulas.share_formula(self.ref(row, COL_VALUE), self.ref(row, COL_WEIGHT))
        unit_total = float(self.cached[self.ref(row, COL_VALUE)])
        self.formula(row, COL_SHARE, share, unit_total / weight, "0.00%")
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
            what = say("workbook.the_total", self.lang)
            self.name(total_name(stage.ident), total, stage.value_col, what)
        self.total_row = total
        for stage in self.stages:
            self.score_cells.setdefault(stage.ident, {})[""] = self.at(total, stage.value_col)

    def summary(self) -> str:
        """A second sheet: each stage with its evaluators, date, total and percentage."""
        from openpyxl.styles import Font  # noqa: PLC0415

        sheet = self.book.create_sheet(self.words["summary"])
        words = self.words
        heads = [words["stage"], words["stage_label"], words["assessor"], words["date"],
                 words["total"], words["share"]]  # fmt: skip
        for col, title in enumerate(heads, 1):
            cell = sheet.cell(row=1, column=col, value=title)
            cell.font = Font(bold=True)
        reviews = {review.stage: review for review in self.answers.reviews}
        for number, stage in enumerate(self.stages, 2):
            review = reviews.get(stage.ident)
            assessor = review.assessor if review else self.answers.assessor
            cells = [stage.ident, stage.label if review else words["unit_stage"],
                     assessor or "", (review.date if review else None) or ""]  # fmt: skip
            for col, text in enumerate(cells, 1):
                cell = sheet.cell(row=number, column=col)
                as_text(cell, str(text))
            total = self.at(self.total_row, stage.value_col)
            score = stage.result.score
            self.summary_cached[self.ref(number, 5)] = score
            self.summary_cached[self.ref(number, 6)] = score / self.rubric.max_score
            sheet.cell(row=number, column=5, value=f"={total}").number_format = "0.00"
            percent = f"={total}/{formulas.number(self.rubric.max_score)}"
            sheet.cell(row=number, column=6, value=percent).number_format = "0.00%"
        sheet.column_dimensions["B"].width = 32
        sheet.column_dimensions["C"].width = 28
        return str(sheet.title)

    def finish(self) -> None:
        from openpyxl.packaging.custom import StringProperty  # noqa: PLC0415
        from openpyxl.workbook.defined_name import DefinedName  # noqa: PLC0415
        from openpyxl.worksheet.properties import PageSetupProperties  # noqa: PLC0415

        if not self.local:
            # Which rubric and policy the sheet follows, for `pkm import` to read back.
            for name, value in (("pkm_rubric", self.rubric.id),
                                ("pkm_rubric_version", self.rubric.version),
                                ("pkm_unanswered", self.policy)):  # fmt: skip
                # The stubs lack the workbook's custom properties, which openpyxl 3.1 has.
                self.book.custom_doc_props.append(  # type: ignore[attr-defined]
                    StringProperty(name=name, value=value)
                )
        for name, target in self.names.items():
            defined = DefinedName(name, attr_text=target)
            if self.local:
                self.sheet.defined_names[name] = defined
            else:
                self.book.defined_names[name] = defined
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

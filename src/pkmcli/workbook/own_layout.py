"""Read back a workbook `pkm export` wrote: its defined names say where every answer sits.

The names survive a spreadsheet program's saving, moved rows and renamed sheets; each stage's
answer cell is ``pkm_answer_<criterion>`` (``pkm_<stage>_answer_...`` for a review stage), its
value cell the next column, its note the column headed as notes after that, and the evidence
the cells under the evidence header. The summary sheet gives each stage's assessor and date.
"""

from __future__ import annotations

from typing import Any

from pkmcli.answers.model import Answer
from pkmcli.messages.core import table
from pkmcli.rubric.model import UNIT_STAGE, Criterion, Rubric
from pkmcli.workbook import cells
from pkmcli.workbook.names import answer_name, score_name
from pkmcli.workbook.sheets import Gathered, Grid, Stored
from pkmcli.workbook.writing import HEADER_ROW, PERIOD_ROW, UNIT_ROW

# Every language's word for a header, as the export wrote it.
_NOTE_WORDS = {w["note"].casefold() for w in table("workbook").values()}
_EVIDENCE_WORDS = {w["evidence"].casefold() for w in table("workbook").values()}
_SUMMARY_SHEETS = {w["summary"] for w in table("workbook").values()}


def is_own(book: Any) -> bool:
    """Tell a workbook `pkm export` wrote: it names its total cell."""
    return "pkm_total" in book.defined_names


def _target(book: Any, name: str) -> tuple[str, list[tuple[int, int]]] | None:
    from openpyxl.utils.cell import range_boundaries  # noqa: PLC0415

    defined = book.defined_names.get(name)
    if defined is None:
        return None
    for sheet, span in defined.destinations:
        low_col, low_row, _, high_row = range_boundaries(span.replace("$", ""))
        assert low_col is not None
        assert low_row is not None
        rows = range(low_row, (high_row or low_row) + 1)
        return sheet, [(row, low_col) for row in rows]
    return None


def _header_col(grid: Grid, after: int, words: set[str]) -> int | None:
    for col in range(after + 1, grid.width + 1):
        text = cells.text_of(grid.value(HEADER_ROW, col)).casefold()
        if any(text == w or text.startswith(w + " ") for w in words):
            return col
    return None


def _answer(criterion: Criterion, grid: Grid, spots: list[tuple[int, int]]) -> Any:
    """The answer in the criterion's input cells, or (None, problems)."""
    places = [grid.place(row, col) for row, col in spots]
    values = [grid.value(row, col) for row, col in spots]
    if criterion.type == "choice":
        return cells.choice(criterion, values[0], places[0])
    if criterion.type == "percentage":
        found, problem = cells.number(values[0], places[0], percent=True)
        return (Answer(number=found) if found is not None else None), problem
    numerator, first = cells.number(values[0], places[0], percent=False)
    denominator, second = cells.number(values[-1], places[-1], percent=False)
    problem = first or second
    if numerator is None or denominator is None:
        return None, problem
    return Answer(numerator=numerator, denominator=denominator), problem


def formula_cells(book: Any, grids: dict[str, Grid]) -> None:
    """Mark the cells of each grid that hold a formula (``book`` read with its formulas)."""
    for sheet in book.worksheets:
        grid = grids.get(sheet.title)
        if grid is None:
            continue
        for row in sheet.iter_rows():
            for cell in row:
                if getattr(cell, "data_type", None) == "f":
                    grid.formulas.add((cell.row, cell.column))


def gather_own(book: Any, grids: dict[str, Grid], rubric: Rubric, gathered: Gathered) -> None:
    """Read every stage's answers, notes and evidence through the workbook's names."""
    stages = [UNIT_STAGE, *rubric.stage_ids()[1:]]
    for stage in stages:
        for criterion in rubric.all_criteria():
            found = _target(book, answer_name(criterion.id, stage))
            if found is None or found[0] not in grids:
                continue
            grid = grids[found[0]]
            spots = found[1]
            row, col = spots[0]
            if stage != UNIT_STAGE and spots[0] in grid.formulas:
                # Still the live copy of the stage before: this stage gave no answer.
                answer, problem = None, None
            else:
                answer, problem = _answer(criterion, grid, spots)
            if problem is not None:
                gathered.problems.append(problem)
            value_row = row - 1 if criterion.type == "ratio" else row
            gathered.stored.append(
                Stored(grid.place(value_row, col + 1), stage, "criterion", criterion.id,
                       grid.value(value_row, col + 1))
            )  # fmt: skip
            note_col = _header_col(grid, col, _NOTE_WORDS)
            note = cells.text_of(grid.value(value_row, note_col)) if note_col else ""
            evidence: tuple[str, ...] = ()
            if stage == UNIT_STAGE:
                first = _header_col(grid, col, _EVIDENCE_WORDS)
                if first is not None:
                    evidence = tuple(
                        text
                        for c in range(first, grid.width + 1)
                        if (text := grid.links.get((value_row, c)) or cells.text_of(
                            grid.value(value_row, c)))
                    )  # fmt: skip
            if answer is None and not note and not evidence:
                continue
            base = answer or Answer()
            entry = Answer(base.key, base.number, base.numerator, base.denominator,
                           note or None, evidence)  # fmt: skip
            gathered.put(stage, criterion.id, entry, grid.place(row, col))
        for indicator in rubric.all_indicators():
            found = _target(book, score_name(indicator.id, stage))
            if found is not None and found[0] in grids:
                row, col = found[1][0]
                value = grids[found[0]].value(row, col)
                place = grids[found[0]].place(row, col)
                gathered.stored.append(Stored(place, stage, "indicator", indicator.id, value))
    _metadata(grids, gathered)


def _metadata(grids: dict[str, Grid], gathered: Gathered) -> None:
    lke = next(iter(grids.values()))
    gathered.unit = cells.text_of(lke.value(UNIT_ROW, 3)) or None
    gathered.period = cells.text_of(lke.value(PERIOD_ROW, 3)) or None
    summary = next((grids[name] for name in grids if name in _SUMMARY_SHEETS), None)
    if summary is None:
        return
    for row in range(2, len(summary.rows) + 1):
        stage = cells.text_of(summary.value(row, 1))
        if stage:
            assessor = cells.text_of(summary.value(row, 3))
            date = cells.text_of(summary.value(row, 4))
            gathered.meta[stage] = {"assessor": assessor, "date": date}

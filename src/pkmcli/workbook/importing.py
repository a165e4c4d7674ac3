"""`pkm import`: a filled workbook back into an answers file, every problem located at its cell.

Two layouts are read: the workbook `pkm export` writes (found by its defined names) and one
laid out like the official LKE sheet (found by its header words). Every value is recomputed
from the answers; a stored value that disagrees is a warning naming its cell. Nothing is
written unless the whole import is valid, and the answers file written is read back through
the answers reader before it is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pkmcli.answers.model import Answer, AnswerSet, Review
from pkmcli.errors import PkmError, Problem
from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.numbers import fmt
from pkmcli.rubric.model import UNIT_STAGE, Rubric
from pkmcli.scoring.arithmetic import Policy, criterion_value, score_answers
from pkmcli.workbook import cells
from pkmcli.workbook.sheets import Gathered, Grid, Stored

# An LKE sheet has a few hundred rows; a workbook past this is no LKE.
MAX_IMPORT_ROWS = 20_000
MAX_IMPORT_COLUMNS = 200
# Stored values are rounded by hand in real copies (0.67 for two thirds).
TOLERANCE = 0.005
OFFICIAL_SHEET = "lke zi"


@dataclass(frozen=True, slots=True)
class Imported:
    """The answers file's text (None when written to a file), what was said, the warnings."""

    text: str | None
    notice: str | None
    warnings: tuple[Problem, ...]


def read_grids(book: Any, shown: str) -> dict[str, Grid]:
    """Every worksheet's stored values and hyperlinks, in workbook order."""
    grids: dict[str, Grid] = {}
    for sheet in book.worksheets:
        grid = Grid(shown, sheet.title, [])
        for row in sheet.iter_rows(max_col=MAX_IMPORT_COLUMNS):
            grid.rows.append(tuple(cell.value for cell in row))
            for cell in row:
                link = getattr(cell, "hyperlink", None)
                if link is not None and link.target:
                    grid.links[cell.row, cell.column] = str(link.target)
        grids[sheet.title] = grid
    return grids


def _guess_rubric(grids: dict[str, Grid], shown: str) -> tuple[Rubric, Grid, int]:
    """The shipped rubric whose questions match most rows of the official-looking sheet."""
    from pkmcli.rubric.catalog import load_rubric, shipped_rubrics  # noqa: PLC0415
    from pkmcli.workbook.official_layout import (  # noqa: PLC0415
        find_header,
        match_rows,
        read_columns,
        read_rows,
    )

    best: tuple[int, Rubric, Grid, int] | None = None
    ordered = sorted(grids.values(), key=lambda g: g.name.casefold() != OFFICIAL_SHEET)
    for grid in ordered:
        header = find_header(grid)
        if header is None:
            continue
        for ref in shipped_rubrics():
            rubric = load_rubric(ref)
            columns = read_columns(grid, header, rubric)
            if columns is None:
                continue
            count = len(match_rows(read_rows(grid, header, columns), rubric))
            if best is None or count > best[0]:
                best = (count, rubric, grid, header)
        if best is not None:
            break
    if best is None:
        raise PkmError.single(shown, say("workbook.no_layout"))
    return best[1], best[2], best[3]


def _official(
    grids: dict[str, Grid], rubric_ref: str | None, shown: str
) -> tuple[Rubric, Gathered, Policy]:
    from pkmcli.rubric.catalog import load_rubric  # noqa: PLC0415
    from pkmcli.workbook.official_layout import (  # noqa: PLC0415
        find_header,
        gather_official,
        read_identity,
    )

    if rubric_ref is None:
        rubric, grid, header = _guess_rubric(grids, shown)
    else:
        rubric = load_rubric(rubric_ref)
        ordered = sorted(grids.values(), key=lambda g: g.name.casefold() != OFFICIAL_SHEET)
        found = next(((g, h) for g in ordered if (h := find_header(g)) is not None), None)
        if found is None:
            raise PkmError.single(shown, say("workbook.no_layout"))
        grid, header = found
    gathered = Gathered()
    gather_official(grid, header, rubric, gathered)
    read_identity(list(grids.values()), gathered)
    # The official sheet's AVERAGE leaves "Blm Diisi" out: its stored values follow skip.
    return rubric, gathered, "skip"


def _own(
    book: Any, grids: dict[str, Grid], rubric_ref: str | None, shown: str
) -> tuple[Rubric, Gathered, Policy]:
    from pkmcli.rubric.catalog import load_rubric  # noqa: PLC0415
    from pkmcli.workbook.own_layout import gather_own  # noqa: PLC0415

    props = {p.name: p.value for p in book.custom_doc_props.props}
    ref = rubric_ref or props.get("pkm_rubric")
    if ref is None:
        raise PkmError.single(shown, say("workbook.no_rubric"))
    rubric = load_rubric(str(ref))
    gathered = Gathered()
    gather_own(book, grids, rubric, gathered)
    policy: Policy = "skip" if props.get("pkm_unanswered") == "skip" else "zero"
    return rubric, gathered, policy


def answer_set_of(gathered: Gathered, rubric: Rubric, file: str) -> AnswerSet:
    """The answers file the workbook holds: the unit's answers and each review stage's."""
    reviews = []
    for stage in rubric.stage_ids()[1:]:
        answers = gathered.stages.get(stage)
        if not answers:
            continue
        meta = gathered.meta.get(stage, {})
        reviews.append(
            Review(stage, meta.get("assessor") or None, meta.get("date") or None, answers)
        )
    unit_meta = gathered.meta.get(UNIT_STAGE, {})
    return AnswerSet(
        rubric.id,
        gathered.unit,
        gathered.period,
        unit_meta.get("assessor") or None,
        gathered.stages.get(UNIT_STAGE, {}),
        file,
        reviews=tuple(reviews),
    )


def _disagreements(
    stored: list[Stored], rubric: Rubric, answer_set: AnswerSet, policy: Policy, lang: Lang
) -> list[Problem]:
    """A warning for each stored value that is not what the answers compute to."""
    standing = {s: answer_set.at_stage(s) for s in answer_set.stages()}
    results = {s: score_answers(rubric, a, policy) for s, a in standing.items()}
    found: list[Problem] = []
    for item in stored:
        if item.stage not in standing:
            continue
        if item.kind == "criterion":
            criterion = rubric.criterion(item.ident)
            assert criterion is not None
            if item.stage != UNIT_STAGE and not _answered_at(answer_set, item.stage, item.ident):
                continue  # the stage took the answer before it: the sheet may show it blank
            answer = standing[item.stage].answers.get(item.ident) or Answer()
            expected = criterion_value(criterion, answer)[0] if answer.answered else None
        else:
            expected = results[item.stage].indicator(item.ident).score
        problem = _compare(item, expected, lang)
        if problem is not None:
            found.append(problem)
    return found


def _answered_at(answer_set: AnswerSet, stage: str, ident: str) -> bool:
    review = next((r for r in answer_set.reviews if r.stage == stage), None)
    given = review.answers.get(ident) if review is not None else None
    return given is not None and given.answered


def _compare(item: Stored, expected: float | None, lang: Lang) -> Problem | None:
    value = item.value
    if cells.is_blank(value):
        return None  # never calculated: nothing stored to disagree
    if cells.is_error(value):
        if item.kind == "indicator" and cells.text_of(value) == "#DIV/0!" and not expected:
            return None  # nothing answered: the official AVERAGE divides by zero, pkm says 0
        shown = fmt(expected or 0.0, 2, lang)
        return item.place.problem(say("workbook.stored_error", error=value, value=shown))
    number = cells.as_number(value)
    if number is None and expected is None:
        return None  # text for an empty answer, such as the official sheet's "Blm Diisi"
    if number is not None and abs(number - (expected or 0.0)) <= TOLERANCE:
        return None
    shown = fmt(expected or 0.0, 4, lang)
    return item.place.problem(
        say("workbook.stored_differs", stored=cells.text_of(value), value=shown)
    )


def read_workbook(
    path: Path, shown: str, rubric_ref: str | None, lang: Lang
) -> tuple[Rubric, AnswerSet, list[Problem]]:
    """Read a workbook into its rubric, answer set and warnings; raise every problem at once."""
    from pkmcli.files.workbooks import open_workbook  # noqa: PLC0415
    from pkmcli.workbook.own_layout import is_own  # noqa: PLC0415

    book = open_workbook(path, shown, read_only=False, data_only=True, max_rows=MAX_IMPORT_ROWS)
    try:
        grids = read_grids(book, shown)
        if is_own(book):
            from pkmcli.workbook.own_layout import formula_cells  # noqa: PLC0415

            written = open_workbook(
                path, shown, read_only=False, data_only=False, max_rows=MAX_IMPORT_ROWS
            )
            try:
                formula_cells(written, grids)
            finally:
                written.close()
            rubric, gathered, policy = _own(book, grids, rubric_ref, shown)
        else:
            rubric, gathered, policy = _official(grids, rubric_ref, shown)
    finally:
        book.close()
    if gathered.problems:
        raise PkmError(gathered.problems)
    answer_set = answer_set_of(gathered, rubric, shown)
    warnings = gathered.warnings + _disagreements(gathered.stored, rubric, answer_set, policy, lang)
    return rubric, answer_set, warnings


def import_workbook(
    path: Path,
    output: Path | None,
    rubric_ref: str | None,
    lang: Lang,
    *,
    unit: str | None = None,
    period: str | None = None,
) -> Imported:
    """Read ``path`` and write its answers file to ``output`` (or return its text)."""
    from dataclasses import replace  # noqa: PLC0415

    from pkmcli.answers.editing import render_reviewed_file  # noqa: PLC0415
    from pkmcli.answers.reader import read_answers  # noqa: PLC0415
    from pkmcli.files.reading import parse_document  # noqa: PLC0415
    from pkmcli.files.writing import (  # noqa: PLC0415
        check_not_an_input,
        check_writable,
        write_atomic,
    )

    shown = str(path)
    if output is not None:
        check_not_an_input(output, str(output), [(say("workbook.kind_workbook", lang), shown)])
        check_writable(output, str(output))
    rubric, answer_set, warnings = read_workbook(path, shown, rubric_ref, lang)
    if unit is not None or period is not None:
        answer_set = replace(
            answer_set, unit=unit or answer_set.unit, period=period or answer_set.period
        )
    target = output or Path("jawaban.yaml")
    text = render_reviewed_file(target, rubric, answer_set, lang)
    # What is written must read back as it was read: the reader is the judge.
    read_answers(parse_document(text, str(target)), rubric, chosen=rubric_ref is not None)
    if output is None:
        return Imported(text, None, tuple(warnings))
    write_atomic(output, text)
    count = sum(1 for a in answer_set.answers.values() if a.answered)
    stages = ", ".join(r.stage for r in answer_set.reviews) or "-"
    notice = say("workbook.imported", lang, path=output, count=count, stages=stages)
    return Imported(None, notice, tuple(warnings))

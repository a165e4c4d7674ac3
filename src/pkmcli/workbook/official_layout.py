"""Read a workbook laid out like the official LKE sheet: find the header, match rows to criteria.

Real copies are damaged: option cells overwritten, letters out of order, rows repeated, error
cells. Nothing here trusts a fixed row or a letter: the header row is found by its words, each
column by its header, and each criterion row by its text against the rubric's questions (the
numbering only narrows the search to area VI). A percentage's two ``Jumlah`` rows below it
are its numerator and denominator. Reviewer columns (``Jawaban TPI``, ``Catatan TPI``, ...)
become review stages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from pkmcli.answers.model import Answer
from pkmcli.errors import Problem
from pkmcli.messages.core import say
from pkmcli.rubric.model import UNIT_STAGE, Criterion, Rubric
from pkmcli.workbook import cells
from pkmcli.workbook.sheets import Gathered, Grid, Stored

HEADER_SCAN = 40
MATCH_FLOOR = 0.6
AREA = "6"  # area VI, Peningkatan Kualitas Pelayanan Publik
_ROMAN = re.compile(r"^(?=[ivxlc]+$)[ivxlc]+\.?$")
_LETTER = re.compile(r"^[a-z]\.?$")
_AREA_NUMBER = re.compile(r"^\d+\.?$")
_WORDS = re.compile(r"[^\w]+")
COUNT_KIND = "jumlah"


@dataclass
class Columns:
    """Where the header put each column; a stage's answer, value and note columns."""

    weight: int
    kind: int | None
    stages: dict[str, tuple[int, int | None, int | None]] = field(default_factory=dict)
    evidence: int | None = None
    link: int | None = None


def _header_text(grid: Grid, row: int, col: int) -> str:
    return " ".join(cells.text_of(grid.value(row, col)).casefold().split())


def find_header(grid: Grid) -> int | None:
    """The row whose cells read as the LKE header: a weight, an answer and a value column."""
    for row in range(1, min(HEADER_SCAN, len(grid.rows)) + 1):
        texts = {_header_text(grid, row, col) for col in range(1, grid.width + 1)}
        if "bobot" in texts and any(t.startswith("jawaban") for t in texts) and "nilai" in texts:
            return row
    return None


def _stage_of(text: str, rubric: Rubric) -> str | None:
    words = set(text.split())
    return next((s for s in rubric.stage_ids()[1:] if s in words), None)


def read_columns(grid: Grid, header: int, rubric: Rubric) -> Columns | None:
    """Name every column of the header row; None when it has no weight column."""
    texts = {col: _header_text(grid, header, col) for col in range(1, grid.width + 1)}
    weight = next((c for c, t in texts.items() if t == "bobot"), None)
    if weight is None:
        return None
    columns = Columns(weight, next((c for c, t in texts.items() if t == "pilihan jawaban"), None))
    for col, text in texts.items():
        if not text.startswith("jawaban"):
            continue
        stage = _stage_of(text, rubric) or UNIT_STAGE
        if stage in columns.stages:
            continue
        value = next((c for c in range(col + 1, grid.width + 1)
                      if texts.get(c, "").startswith("nilai")), None)  # fmt: skip
        note = next(
            (c for c in range(col + 1, grid.width + 1)
             if texts.get(c, "").startswith("catatan")
             and (_stage_of(texts[c], rubric) or UNIT_STAGE) == stage),
            None,
        )  # fmt: skip
        columns.stages[stage] = (col, value, note)
    columns.evidence = next(
        (c for c, t in texts.items() if "bukti" in t or t.startswith("eviden")), None
    )
    columns.link = next((c for c, t in texts.items() if t in {"tautan", "link", "url"}), None)
    return columns


def _normal(text: str) -> str:
    return " ".join(_WORDS.sub(" ", text.casefold()).split())


@dataclass
class Row:
    """One sheet row below the header: its area, text, answer kind and weight."""

    number: int
    area: str | None
    text: str
    kind: str  # folded, for comparing
    kind_text: str = ""  # as written
    weight: float | None = None  # on indicator, area and section rows


def read_rows(grid: Grid, header: int, columns: Columns) -> list[Row]:
    """Every row below the header with its numbering tokens and its longest text."""
    rows: list[Row] = []
    area: str | None = None
    for number in range(header + 1, len(grid.rows) + 1):
        text = ""
        for col in range(1, columns.weight):
            value = cells.text_of(grid.value(number, col))
            token = value.casefold()
            if _AREA_NUMBER.match(token):
                area = token.rstrip(".")
            elif _LETTER.match(token) or _ROMAN.match(token):
                continue  # a criterion letter or an indicator numeral: rows match by text
            elif len(value) > len(text):
                text = value
        written = cells.text_of(grid.value(number, columns.kind)) if columns.kind else ""
        folded = " ".join(written.casefold().split())
        weight = cells.as_number(grid.value(number, columns.weight))
        rows.append(Row(number, area, text, folded, written, weight))
    return rows


def match_indicators(rows: list[Row], rubric: Rubric) -> dict[str, Row]:
    """Each indicator's row: a weighted row without an answer kind, by its title."""
    in_area = [r for r in rows if r.area == AREA]
    weighted = [r for r in (in_area or rows) if r.weight is not None and not r.kind and r.text]
    found: dict[str, Row] = {}
    for indicator in rubric.all_indicators():
        title = _normal(indicator.title.get("id"))
        scored = [(SequenceMatcher(None, _normal(r.text), title).ratio(), r) for r in weighted]
        best = max(scored, key=lambda pair: pair[0], default=None)
        if best is not None and best[0] >= MATCH_FLOOR:
            found[indicator.id] = best[1]
    return found


def match_rows(rows: list[Row], rubric: Rubric) -> list[tuple[Row, Criterion]]:
    """Pair criterion rows with the rubric's criteria by their question text, best first."""
    in_area = [r for r in rows if r.area == AREA]
    candidates = [r for r in (in_area or rows) if r.text and r.kind != COUNT_KIND]
    questions = {c.id: _normal(c.question.get("id")) for c in rubric.all_criteria()}
    pairs: list[tuple[float, int, Row, Criterion]] = []
    for row in candidates:
        text = _normal(row.text)
        for criterion in rubric.all_criteria():
            ratio = SequenceMatcher(None, text, questions[criterion.id]).ratio()
            if ratio >= MATCH_FLOOR:
                pairs.append((ratio, row.number, row, criterion))
    pairs.sort(key=lambda p: (-p[0], p[1]))
    taken_rows: set[int] = set()
    matched: list[tuple[Row, Criterion]] = []
    best: dict[str, float] = {}
    for ratio, _, row, criterion in pairs:
        if row.number in taken_rows:
            continue
        if criterion.id in best and ratio < best[criterion.id] - 0.05:
            continue  # a weaker row for a criterion already matched is no repeat of it
        best.setdefault(criterion.id, ratio)
        taken_rows.add(row.number)
        matched.append((row, criterion))
    matched.sort(key=lambda pair: pair[0].number)
    return matched


def _expected_kind(criterion: Criterion) -> set[str]:
    if criterion.type != "choice":
        return {"%", COUNT_KIND}
    keys = "/".join(o.key for o in criterion.choices).casefold()
    letters = [o.key.casefold() for o in criterion.choices]
    return {keys, f"{letters[0]}-{letters[-1]}"}


def _answer_at(
    grid: Grid, row: Row, criterion: Criterion, col: int, rows_below: list[Row]
) -> tuple[Answer | None, Problem | None]:
    place = grid.place(row.number, col)
    if criterion.type == "choice":
        return cells.choice(criterion, grid.value(row.number, col), place)
    if criterion.type == "percentage":
        found, problem = cells.number(grid.value(row.number, col), place, percent=True)
        return (Answer(number=found) if found is not None else None), problem
    counts = [r for r in rows_below[:2] if r.kind == COUNT_KIND]
    if len(counts) < 2:
        return None, place.problem(say("workbook.no_count_rows", id=criterion.id))
    counts = _numerator_first(criterion, counts)
    numbers: list[float | None] = []
    for count_row in counts:
        spot = grid.place(count_row.number, col)
        given, problem = cells.number(grid.value(count_row.number, col), spot, percent=False)
        if problem is not None:
            return None, problem
        numbers.append(given)
    numerator, denominator = numbers
    if numerator is None or denominator is None:
        return None, None
    return Answer(numerator=numerator, denominator=denominator), None


def _numerator_first(criterion: Criterion, counts: list[Row]) -> list[Row]:
    """The two count rows as numerator and denominator, told apart by their labels.

    The official sheet divides the second count row by the first (``MIN(1,Km/Kn)`` with n the
    first): that order holds when the labels say nothing.
    """
    assert criterion.numerator is not None
    assert criterion.denominator is not None
    numerator = _normal(criterion.numerator.get("id"))
    denominator = _normal(criterion.denominator.get("id"))

    def leaning(row: Row) -> float:
        text = _normal(row.text)
        return (SequenceMatcher(None, text, numerator).ratio()
                - SequenceMatcher(None, text, denominator).ratio())  # fmt: skip

    first, second = counts
    if leaning(first) > leaning(second):
        return [first, second]
    return [second, first]


def gather_official(grid: Grid, header: int, rubric: Rubric, gathered: Gathered) -> None:
    """Read every matched criterion row's answers (each stage), notes, evidence and links."""
    columns = read_columns(grid, header, rubric)
    if columns is None or UNIT_STAGE not in columns.stages:
        gathered.problems.append(grid.place(header, 1).problem(say("workbook.no_header")))
        return
    rows = read_rows(grid, header, columns)
    index = {row.number: n for n, row in enumerate(rows)}
    seen: dict[str, tuple[Row, dict[str, Answer | None]]] = {}
    for row, criterion in match_rows(rows, rubric):
        if columns.kind and row.kind and row.kind not in _expected_kind(criterion):
            expected = "/".join(o.key.upper() for o in criterion.choices) or "%"
            gathered.warnings.append(grid.place(row.number, columns.kind).problem(
                say("workbook.kind_damaged", given=row.kind_text, id=criterion.id,
                    expected=expected)
            ))  # fmt: skip
        below = rows[index[row.number] + 1 :]
        answers: dict[str, Answer | None] = {}
        for stage, (answer_col, value_col, note_col) in columns.stages.items():
            answer, problem = _answer_at(grid, row, criterion, answer_col, below)
            if problem is not None:
                gathered.problems.append(problem)
            note = cells.text_of(grid.value(row.number, note_col)) if note_col else ""
            evidence = _evidence(grid, row.number, columns) if stage == UNIT_STAGE else ()
            answers[stage] = answer
            if value_col is not None:
                stored = grid.value(row.number, value_col)
                place = grid.place(row.number, value_col)
                gathered.stored.append(Stored(place, stage, "criterion", criterion.id, stored))
            if answer is None and not note and not evidence:
                continue
            base = answer or Answer()
            entry = Answer(base.key, base.number, base.numerator, base.denominator,
                           note or None, evidence)  # fmt: skip
            if criterion.id not in seen:
                gathered.put(stage, criterion.id, entry, grid.place(row.number, answer_col))
        if criterion.id in seen:
            first, earlier = seen[criterion.id]
            answer_col = columns.stages[UNIT_STAGE][0]
            where = grid.place(first.number, answer_col).name
            key = "workbook.repeated" if earlier == answers else "workbook.repeated_differs"
            spot = grid.place(row.number, answer_col)
            problem = spot.problem(say(key, id=criterion.id, first=where))
            (gathered.warnings if earlier == answers else gathered.problems).append(problem)
        else:
            seen[criterion.id] = (row, answers)
    for ident, row in match_indicators(rows, rubric).items():
        for stage, (_, value_col, _) in columns.stages.items():
            if value_col is not None:
                place = grid.place(row.number, value_col)
                value = grid.value(row.number, value_col)
                gathered.stored.append(Stored(place, stage, "indicator", ident, value))
    missing = [c.id for c in rubric.all_criteria() if c.id not in seen]
    if missing:
        gathered.warnings.append(Problem(
            f"{grid.shown}:{grid.name}", say("workbook.rows_missing", ids=", ".join(missing))
        ))  # fmt: skip


def _evidence(grid: Grid, row: int, columns: Columns) -> tuple[str, ...]:
    found: list[str] = []
    for col in (columns.evidence, columns.link):
        if col is None:
            continue
        for text in (grid.links.get((row, col)), cells.text_of(grid.value(row, col))):
            for part in (text or "").splitlines():
                if part.strip() and part.strip() not in found:
                    found.append(part.strip())
    return tuple(found)


_UNIT_LABELS = {"unit kerja", "unit", "nama unit", "satuan kerja"}
_PERIOD_LABELS = {"periode", "tahun", "tahun penilaian"}


def read_identity(grids: list[Grid], gathered: Gathered) -> None:
    """The unit and period where a sheet labels them (``Unit Kerja`` | ... | the name)."""
    for grid in grids:
        for values in grid.rows[:HEADER_SCAN]:
            texts = [cells.text_of(v) for v in values]
            filled = [(col, t) for col, t in enumerate(texts, 1) if t]
            if len(filled) < 2:
                continue
            label = " ".join(filled[0][1].casefold().rstrip(":").split())
            value = filled[1][1]
            if label in _UNIT_LABELS and gathered.unit is None:
                gathered.unit = value
            elif label in _PERIOD_LABELS and gathered.period is None:
                gathered.period = value

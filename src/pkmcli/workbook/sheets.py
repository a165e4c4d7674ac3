"""A worksheet read once into memory, and what the import gathers from it.

The import reads each sheet's cell values (as last stored) into a ``Grid``; both layouts, pkm's
own and the official one, fill a ``Gathered``: each stage's answers by criterion, each with
the cell it came from, the stored values to check against pkm's recomputation, and every
problem found, so that all of them are reported at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pkmcli.answers.model import Answer
from pkmcli.errors import Problem
from pkmcli.rubric.model import UNIT_STAGE
from pkmcli.workbook.cells import Place


@dataclass
class Grid:
    """One sheet's stored values (1-based rows and columns) and its hyperlinks."""

    shown: str
    name: str
    rows: list[tuple[Any, ...]]
    links: dict[tuple[int, int], str] = field(default_factory=dict)
    # Cells holding a formula (read only where the layout needs to know).
    formulas: set[tuple[int, int]] = field(default_factory=set)

    def value(self, row: int, col: int) -> Any:
        if row < 1 or row > len(self.rows):
            return None
        cells = self.rows[row - 1]
        return cells[col - 1] if 0 < col <= len(cells) else None

    def place(self, row: int, col: int) -> Place:
        return Place(self.shown, self.name, row, col)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass
class Stored:
    """A value the workbook stored for a cell pkm recomputes: a criterion's, an indicator's."""

    place: Place
    stage: str
    kind: str  # "criterion" or "indicator"
    ident: str
    value: Any


@dataclass
class Gathered:
    """What a layout read: answers per stage, where each came from, stored values, problems."""

    stages: dict[str, dict[str, Answer]] = field(default_factory=lambda: {UNIT_STAGE: {}})
    origins: dict[tuple[str, str], Place] = field(default_factory=dict)
    stored: list[Stored] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    unit: str | None = None
    period: str | None = None
    meta: dict[str, dict[str, str]] = field(default_factory=dict)  # stage -> assessor, date

    def put(self, stage: str, ident: str, answer: Answer, place: Place) -> None:
        self.stages.setdefault(stage, {})[ident] = answer
        self.origins[stage, ident] = place

"""What a workbook's cells say: a located answer, read as a rubric's criterion reads it.

A cell is named as a spreadsheet names it (``LKE ZI!K103``), and every problem with it is a
``Problem`` whose file is ``lke.xlsx:LKE ZI!K103``, so it reads as ``lke.xlsx:LKE ZI!K103:
'F' is not an option of i.b; expected one of A, B, C, D``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pkmcli.answers.model import Answer
from pkmcli.errors import Problem
from pkmcli.messages.core import say
from pkmcli.rubric.model import Criterion

# What a spreadsheet shows for a formula it could not compute.
ERROR_VALUES = frozenset(
    {"#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#N/A", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"}
)
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)\s*%?$")


@dataclass(frozen=True, slots=True)
class Place:
    """Where a cell sits: the workbook as the user named it, the sheet, row and column."""

    shown: str
    sheet: str
    row: int
    col: int

    @property
    def name(self) -> str:
        from openpyxl.utils import get_column_letter  # noqa: PLC0415 - read with openpyxl

        return f"{self.sheet}!{get_column_letter(self.col)}{self.row}"

    def problem(self, message: str, key: str | None = None) -> Problem:
        return Problem(f"{self.shown}:{self.name}", message, key=key)


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def is_error(value: Any) -> bool:
    return isinstance(value, str) and value.strip().upper() in ERROR_VALUES


def as_number(value: Any) -> float | None:
    """A cell's number: a number, or text such as ``85,5`` or ``80 %``; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and _NUMBER.match(value.strip()):
        return float(value.strip().rstrip("%").strip().replace(",", "."))
    return None


def text_of(value: Any) -> str:
    """A cell as text, numbers without a trailing ``.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def choice(criterion: Criterion, value: Any, place: Place) -> tuple[Answer | None, Problem | None]:
    """The option a cell names (its key in any case, or its label); else a located problem."""
    if is_blank(value):
        return None, None
    if is_error(value):
        return None, place.problem(say("workbook.cell_error", error=text_of(value).upper()))
    given = text_of(value)
    option = criterion.find_option(given)
    if option is None:
        folded = given.casefold()
        option = next(
            (
                o
                for o in criterion.choices
                if o.label is not None
                and folded in {o.label.get("id").casefold(), o.label.get("en").casefold()}
            ),
            None,
        )
    if option is None:
        expected = ", ".join(o.key.upper() for o in criterion.choices)
        message = say("workbook.not_an_option", given=given, id=criterion.id, expected=expected)
        return None, place.problem(message)
    return Answer(key=option.key), None


def number(value: Any, place: Place, *, percent: bool) -> tuple[float | None, Problem | None]:
    """A number a cell holds (a percentage 0-100, or a count 0 and up); else a problem."""
    if is_blank(value):
        return None, None
    if is_error(value):
        return None, place.problem(say("workbook.cell_error", error=text_of(value).upper()))
    found = as_number(value)
    if found is None or found < 0 or (percent and found > 100):
        key = "workbook.not_a_percentage" if percent else "workbook.not_a_count"
        return None, place.problem(say(key, given=text_of(value)))
    return found, None

"""The workbook's defined names: where scripts find the answer, indicator and total cells.

``pkm_total``, ``pkm_score_<indicator>`` and ``pkm_answer_<criterion>`` for the unit's own
answers; for a review stage the stage id comes after ``pkm_`` (``pkm_tpi_total``). Every
character of an id that is not a letter or digit is written ``_``.
"""

from __future__ import annotations

import re

from pkmcli.errors import PkmError
from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.rubric.model import UNIT_STAGE

_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]")


def name_part(ident: str) -> str:
    """Write ``ident`` as a name part: ``a.2`` becomes ``a_2``."""
    return _NOT_ALNUM.sub("_", ident)


def _prefix(stage: str) -> str:
    return "pkm_" if stage == UNIT_STAGE else f"pkm_{name_part(stage)}_"


def total_name(stage: str = UNIT_STAGE) -> str:
    """The name of a stage's total score cell."""
    return f"{_prefix(stage)}total"


def score_name(indicator: str, stage: str = UNIT_STAGE) -> str:
    """The name of an indicator's score cell at a stage."""
    return f"{_prefix(stage)}score_{name_part(indicator)}"


def answer_name(criterion: str, stage: str = UNIT_STAGE) -> str:
    """The name of a criterion's answer cell (both input cells of a ratio) at a stage."""
    return f"{_prefix(stage)}answer_{name_part(criterion)}"


class NameBook:
    """The names given so far; two ids that write the same name are refused, not overwritten."""

    def __init__(self, file: str, lang: Lang | None = None) -> None:
        self.file = file
        self.lang = lang
        # By the name folded to lower case: Excel compares names ignoring case.
        self._given: dict[str, tuple[str, str, str]] = {}

    def add(self, name: str, target: str, what: str) -> None:
        """Record ``name`` for ``target`` (``what`` says whose cell it is, for the message)."""
        folded = name.casefold()
        if folded in self._given:
            earlier = self._given[folded][2]
            raise PkmError.single(
                self.file,
                say("workbook.name_twice", self.lang, what=what, earlier=earlier, name=name),
            )
        self._given[folded] = (name, target, what)

    def items(self) -> list[tuple[str, str]]:
        """Every (name, target) pair, in the order given."""
        return [(name, target) for name, target, _ in self._given.values()]

"""Answers files as data: what a unit said per criterion, and the key names a file may use."""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from pkmcli.errors import Problem
from pkmcli.files.reading import NULL_TAG, NULL_WORDS
from pkmcli.rubric.model import Rubric

METADATA_KEYS = ("unit", "period", "assessor")
TOP_KEYS = ("rubric", *METADATA_KEYS, "answers")
LONG_KEYS = ("answer", "note", "evidence")
RATIO_KEYS = ("numerator", "denominator", "note", "evidence")


@dataclass(frozen=True, slots=True)
class Answer:
    """What a unit said for one criterion; every field optional so notes survive a skip."""

    key: str | None = None
    number: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    note: str | None = None
    evidence: tuple[str, ...] = ()

    @property
    def answered(self) -> bool:
        return self.key is not None or self.number is not None or self.numerator is not None


@dataclass(frozen=True, slots=True)
class AnswerSet:
    """A whole answers file: which rubric, about whom, and the answers by criterion id."""

    rubric: str
    unit: str | None = None
    period: str | None = None
    assessor: str | None = None
    answers: dict[str, Answer] = field(default_factory=dict)
    file: str = "<answers>"
    # 1-based (line, column) of each criterion key, and of the 'answers' key itself.
    locations: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False)
    # What reads as written but is likely meant otherwise (a percentage written as 0.85).
    warnings: tuple[Problem, ...] = field(default=(), compare=False)

    def unanswered(self, rubric: Rubric) -> list[str]:
        """Criterion ids with no answer, in rubric order."""
        return [
            c.id for c in rubric.all_criteria() if not (self.answers.get(c.id) or Answer()).answered
        ]


def is_null(node: yaml.Node) -> bool:
    """Tell a null: an explicit null tag, or a plain (unquoted) empty or null word."""
    return isinstance(node, yaml.ScalarNode) and (
        node.tag == NULL_TAG or (node.style is None and node.value in NULL_WORDS)
    )

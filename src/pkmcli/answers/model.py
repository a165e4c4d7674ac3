"""Answers files as data: what a unit said per criterion, and the key names a file may use."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import yaml

from pkmcli.errors import Problem
from pkmcli.files.reading import NULL_TAG, NULL_WORDS
from pkmcli.rubric.model import UNIT_STAGE, Rubric

METADATA_KEYS = ("unit", "period", "assessor")
TOP_KEYS = ("rubric", *METADATA_KEYS, "answers", "reviews")
REVIEW_KEYS = ("stage", "assessor", "date", "answers")
REVIEW_LONG_KEYS = ("answer", "note", "evidence", "revision")
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
    # In a review: the criterion goes back to the unit for revision.
    revision: bool = False

    @property
    def answered(self) -> bool:
        return self.key is not None or self.number is not None or self.numerator is not None


@dataclass(frozen=True, slots=True)
class Review:
    """A later stage's answers: an evaluator team agrees, answers otherwise, adds notes."""

    stage: str
    assessor: str | None = None
    date: str | None = None
    answers: dict[str, Answer] = field(default_factory=dict)
    # 1-based (line, column) of the review's `stage` value.
    location: tuple[int, int] = field(default=(1, 1), compare=False)


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
    # The evaluators' stages, in the rubric's order; the unit's own answers are `answers`.
    reviews: tuple[Review, ...] = ()

    def stages(self) -> list[str]:
        """The stages this file holds: the unit's own, then each review's."""
        return [UNIT_STAGE, *(review.stage for review in self.reviews)]

    def at_stage(self, stage: str, order: Sequence[str] = ()) -> AnswerSet:
        """Return the answers as they stand at ``stage``.

        A criterion's answer is that of the latest stage up to ``stage`` that answered it;
        its note is the latest note given, so an evaluator's note is shown with the answer it
        agrees with. ``order`` (the rubric's stage ids) places a stage the file does not hold.
        """
        if stage == UNIT_STAGE or not self.reviews:
            return self
        merged = dict(self.answers)
        reviews = self.reviews
        if order and stage in order:
            reviews = tuple(r for r in reviews if order.index(r.stage) <= order.index(stage))
        for review in reviews:
            for ident, given in review.answers.items():
                earlier = merged.get(ident) or Answer()
                merged[ident] = merge_answer(earlier, given)
            if review.stage == stage:
                break
        return replace(self, answers=merged, reviews=())

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


def merge_answer(earlier: Answer, given: Answer) -> Answer:
    """A review's entry over the answer before it: its answer if it gives one, its note."""
    value = given if given.answered else earlier
    return Answer(
        key=value.key,
        number=value.number,
        numerator=value.numerator,
        denominator=value.denominator,
        note=given.note if given.note is not None else earlier.note,
        evidence=earlier.evidence + tuple(e for e in given.evidence if e not in earlier.evidence),
        revision=given.revision,
    )

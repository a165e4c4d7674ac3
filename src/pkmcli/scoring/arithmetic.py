"""Scoring: pure arithmetic from a rubric and an answer set to weighted scores."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from pkmcli.answers.model import Answer, AnswerSet
from pkmcli.rubric.model import Criterion, Grade, Indicator, Option, Rubric, Section


class CriterionScore(NamedTuple):
    """One criterion's answer and the value it earned (0 when unanswered)."""

    criterion: Criterion
    answer: Answer
    option: Option | None
    value: float

    @property
    def answered(self) -> bool:
        return self.answer.answered

    @property
    def shortfall(self) -> float:
        """Value still to gain on this criterion."""
        return self.criterion.best_value - self.value


class IndicatorScore(NamedTuple):
    """An indicator's mean value over all its criteria, times its weight."""

    indicator: Indicator
    criteria: tuple[CriterionScore, ...]
    mean: float
    score: float

    @property
    def weight(self) -> float:
        return self.indicator.weight

    @property
    def percent(self) -> float:
        return self.score / self.indicator.weight * 100


class SectionScore(NamedTuple):
    """A section's indicators and the sum of their scores."""

    section: Section
    indicators: tuple[IndicatorScore, ...]
    score: float
    max_score: float

    @property
    def percent(self) -> float:
        return self.score / self.max_score * 100


class ScoreResult(NamedTuple):
    """Everything a report needs: per-level scores, the total, and what is unanswered."""

    rubric: Rubric
    answers: AnswerSet
    indicators: tuple[IndicatorScore, ...]
    sections: tuple[SectionScore, ...]
    score: float
    max_score: float
    unanswered: tuple[str, ...]

    @property
    def percent(self) -> float:
        return self.score / self.max_score * 100

    @property
    def grade(self) -> Grade | None:
        return self.rubric.grade_for(self.percent)

    def criteria(self) -> list[CriterionScore]:
        """Every criterion score, in rubric order."""
        return [c for indicator in self.indicators for c in indicator.criteria]


def criterion_value(criterion: Criterion, answer: Answer) -> tuple[float, Option | None]:
    """Return the value an answer earns and the option it chose (if a choice)."""
    if answer.key is not None:
        option = criterion.find_option(answer.key)
        return (option.value or 0.0 if option else 0.0), option
    if answer.number is not None:
        return min(answer.number / 100.0, 1.0), None
    if answer.numerator is not None and answer.denominator:
        return min(answer.numerator / answer.denominator, 1.0), None
    return 0.0, None


def score_indicator(indicator: Indicator, answers: AnswerSet) -> IndicatorScore:
    """Mean of ALL criteria values (unanswered count 0) times the indicator weight."""
    scored = []
    for criterion in indicator.criteria:
        answer = answers.answers.get(criterion.id) or Answer()
        value, option = criterion_value(criterion, answer)
        scored.append(CriterionScore(criterion, answer, option, value))
    mean = sum(c.value for c in scored) / len(scored)
    return IndicatorScore(indicator, tuple(scored), mean, mean * indicator.weight)


def section_sums(rubric: Rubric, scores: Mapping[str, float]) -> list[tuple[Section, float, float]]:
    """Return each section with the sum of its indicators' scores and of their weights."""
    return [
        (
            section,
            sum(scores[i.id] for i in section.indicators),
            sum(i.weight for i in section.indicators),
        )
        for section in rubric.sections or []
    ]


def score_answers(rubric: Rubric, answers: AnswerSet) -> ScoreResult:
    """Score an answer set against its rubric (no I/O; the answers are already validated)."""
    by_id = {i.id: score_indicator(i, answers) for i in rubric.all_indicators()}
    sums = section_sums(rubric, {ident: item.score for ident, item in by_id.items()})
    sections = tuple(
        SectionScore(section, tuple(by_id[i.id] for i in section.indicators), score, most)
        for section, score, most in sums
    )
    indicators = tuple(by_id.values())
    return ScoreResult(
        rubric=rubric,
        answers=answers,
        indicators=indicators,
        sections=sections,
        score=sum(i.score for i in indicators),
        max_score=rubric.max_score,
        unanswered=tuple(answers.unanswered(rubric)),
    )

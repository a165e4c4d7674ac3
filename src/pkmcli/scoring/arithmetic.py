"""Scoring: pure arithmetic from a rubric and an answer set to weighted scores."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, NamedTuple

from pkmcli.answers.model import Answer, AnswerSet
from pkmcli.rubric.model import Criterion, Grade, Indicator, Option, Rubric, Section

Policy = Literal["zero", "skip"]
POLICIES: tuple[Policy, ...] = ("zero", "skip")


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
    """An indicator's mean value over its criteria (as the policy counts them), times its weight."""

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
    policy: Policy = "zero"

    @property
    def percent(self) -> float:
        return self.score / self.max_score * 100

    @property
    def grade(self) -> Grade | None:
        return self.rubric.grade_for(self.percent)

    def criteria(self) -> list[CriterionScore]:
        """Every criterion score, in rubric order."""
        return [c for indicator in self.indicators for c in indicator.criteria]

    def criterion(self, ident: str) -> CriterionScore:
        """The score of the criterion ``ident``."""
        return next(c for c in self.criteria() if c.criterion.id == ident)

    def indicator(self, ident: str) -> IndicatorScore:
        """The score of the indicator ``ident``."""
        return next(i for i in self.indicators if i.indicator.id == ident)


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


def indicator_mean(values: Sequence[float], answered: Sequence[bool], policy: Policy) -> float:
    """The mean of an indicator's criterion values as ``policy`` counts the unanswered.

    ``zero``: over every criterion, an unanswered one as 0. ``skip``: over the answered ones
    alone, as the official workbook's AVERAGE (which passes over its "Blm Diisi" text); an
    indicator with nothing answered is 0 there, where the workbook would show #DIV/0!.
    """
    if policy == "skip":
        kept = [value for value, given in zip(values, answered, strict=True) if given]
        return sum(kept) / len(kept) if kept else 0.0
    return sum(values) / len(values)


def score_indicator(
    indicator: Indicator, answers: AnswerSet, policy: Policy = "zero"
) -> IndicatorScore:
    """The mean of the criteria values (see ``indicator_mean``) times the indicator weight."""
    scored = []
    for criterion in indicator.criteria:
        answer = answers.answers.get(criterion.id) or Answer()
        value, option = criterion_value(criterion, answer)
        scored.append(CriterionScore(criterion, answer, option, value))
    mean = indicator_mean([c.value for c in scored], [c.answered for c in scored], policy)
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


def score_answers(rubric: Rubric, answers: AnswerSet, policy: Policy | None = None) -> ScoreResult:
    """Score an answer set against its rubric (no I/O; the answers are already validated).

    ``policy`` says how an unanswered criterion counts; by default, as the rubric says.
    """
    chosen = policy or rubric.unanswered
    by_id = {i.id: score_indicator(i, answers, chosen) for i in rubric.all_indicators()}
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
        policy=chosen,
    )


def other_policy(policy: Policy) -> Policy:
    """The policy that is not ``policy``."""
    return "skip" if policy == "zero" else "zero"


def other_total(result: ScoreResult) -> float | None:
    """The total under the other policy, when some criterion is unanswered (else None)."""
    if not result.unanswered:
        return None
    return score_answers(result.rubric, result.answers, other_policy(result.policy)).score

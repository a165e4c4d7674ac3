"""What to do next, ranked by the score it would gain, and the change since a baseline."""

from __future__ import annotations

from dataclasses import dataclass

from pkmcli.rubric.model import Criterion, Option, Text
from pkmcli.scoring.arithmetic import CriterionScore, IndicatorScore, ScoreResult


@dataclass(frozen=True, slots=True)
class Step:
    """One criterion below its best: the move to the next better option and what it earns."""

    indicator: IndicatorScore
    item: CriterionScore
    target: Option | None
    recommendation: Text | None
    gain: float


@dataclass(frozen=True, slots=True)
class Change:
    """The total and each indicator's score now minus the baseline's, full precision."""

    total: float
    by_indicator: dict[str, float]
    before: dict[str, float]
    baseline: ScoreResult


def next_option(criterion: Criterion, value: float) -> Option | None:
    """Return the lowest-valued option that beats ``value`` (None for numeric criteria)."""
    better = [o for o in criterion.choices if (o.value or 0.0) > value]
    return min(better, key=lambda o: o.value or 0.0, default=None)


def worst_option(criterion: Criterion) -> Option | None:
    """Return the lowest-valued option of a choice criterion."""
    return min(criterion.choices, key=lambda o: o.value or 0.0, default=None)


def _recommendation(item: CriterionScore) -> Text | None:
    criterion = item.criterion
    if item.option is not None and item.option.recommendation is not None:
        return item.option.recommendation
    if not item.answered:
        worst = worst_option(criterion)
        if worst is not None and worst.recommendation is not None:
            return worst.recommendation
    return criterion.recommendation


def _step(indicator: IndicatorScore, item: CriterionScore) -> Step | None:
    if item.answered and item.shortfall <= 0:
        return None
    criterion = item.criterion
    if criterion.choices:
        target = next_option(criterion, item.value)
        if target is None:
            return None
        reach = (target.value or 0.0) - item.value
    else:
        target = None
        reach = item.shortfall
    if reach <= 0:
        return None
    gain = reach / len(indicator.criteria) * indicator.weight
    return Step(indicator, item, target, _recommendation(item), gain)


def rank_steps(result: ScoreResult) -> list[Step]:
    """List every criterion below its best option, largest total-score gain first."""
    steps = [
        step
        for indicator in result.indicators
        for item in indicator.criteria
        if (step := _step(indicator, item)) is not None
    ]
    # sorted() is stable, so equal gains keep the rubric's order.
    return sorted(steps, key=lambda step: -step.gain)


def compare_results(current: ScoreResult, baseline: ScoreResult) -> Change:
    """Return how far each indicator and the total moved since ``baseline``."""
    before = {item.indicator.id: item.score for item in baseline.indicators}
    by_indicator = {
        item.indicator.id: item.score - before.get(item.indicator.id, 0.0)
        for item in current.indicators
    }
    return Change(current.score - baseline.score, by_indicator, before, baseline)

"""The figures of a portfolio: spread of the totals, who meets the bar, the weakest criteria."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from pkmcli.report.portfolio import RubricGroup
from pkmcli.rubric.model import Criterion, Grade, Indicator, Option, Rubric, Text
from pkmcli.scoring.advice import Step, rank_steps
from pkmcli.scoring.contract import changed_answers

# How many criteria the "weakest" list names per rubric.
WEAKEST = 5
# How many criteria the list of the evaluators' most frequent changes names per rubric.
CHANGED = 5


@dataclass(frozen=True, slots=True)
class Spread:
    """The totals' percentages of a set of units: mean, lowest, highest, standard deviation.

    The deviation is the population one: the portfolio is every unit assessed, not a sample.
    """

    count: int
    mean: float
    minimum: float
    maximum: float
    deviation: float


@dataclass(frozen=True, slots=True)
class Band:
    """A grade band of the rubric (None: under the lowest band) and how many units are in it."""

    grade: Grade | None
    count: int


@dataclass(frozen=True, slots=True)
class Move:
    """One way units move up on a criterion: from an answer to the next option, with advice."""

    answered: bool
    option: Option | None  # the answer now (None: unanswered, or a number)
    target: Option | None  # the next better option (None: a number toward 100%)
    recommendation: Text | None
    count: int


@dataclass(frozen=True, slots=True)
class CriterionTally:
    """One criterion over the ranked units: its mean value and who is below its best."""

    criterion: Criterion
    indicator: Indicator
    mean: float
    below: int
    unanswered: int
    of: int
    moves: tuple[Move, ...]


def spread(percents: Sequence[float]) -> Spread:
    """Summarise the totals' percentages (full precision; rounded only when shown)."""
    return Spread(
        count=len(percents),
        mean=statistics.fmean(percents),
        minimum=min(percents),
        maximum=max(percents),
        deviation=statistics.pstdev(percents),
    )


def meeting(percents: Sequence[float], threshold: float) -> int:
    """Count the units whose total reaches ``threshold`` percent."""
    return sum(1 for percent in percents if percent >= threshold)


def bands(rubric: Rubric, percents: Sequence[float]) -> list[Band]:
    """Count units per grade band, highest band first; empty when the rubric has no bands."""
    if not rubric.grades:
        return []
    counts: dict[float | None, int] = {}
    for percent in percents:
        grade = rubric.grade_for(percent)
        key = None if grade is None else grade.min_percent
        counts[key] = counts.get(key, 0) + 1
    ordered = sorted(rubric.grades, key=lambda g: -g.min_percent)
    found = [Band(g, counts.get(g.min_percent, 0)) for g in ordered]
    if counts.get(None):
        found.append(Band(None, counts[None]))
    return found


def _moves(steps: Sequence[Step]) -> tuple[Move, ...]:
    """Fold the units' steps on one criterion into distinct moves, the most common first."""
    folded: dict[tuple[bool, str | None, str | None, str | None], list[Step]] = {}
    for step in steps:
        option = step.item.option
        key = (
            step.item.answered,
            option.key if option else None,
            step.target.key if step.target else None,
            step.recommendation.id if step.recommendation else None,
        )
        folded.setdefault(key, []).append(step)
    moves = [
        Move(
            answered=same[0].item.answered,
            option=same[0].item.option,
            target=same[0].target,
            recommendation=same[0].recommendation,
            count=len(same),
        )
        for same in folded.values()
    ]
    return tuple(sorted(moves, key=lambda m: -m.count))


def tally_criteria(group: RubricGroup) -> list[CriterionTally]:
    """Tally every criterion of the group's rubric over its ranked units, in rubric order.

    The moves come from each unit's own ``rank_steps``, so the advice is the single report's.
    """
    results = [standing.current.result for standing in group.standings]
    steps: dict[str, list[Step]] = {}
    for result in results:
        for step in rank_steps(result):
            steps.setdefault(step.item.criterion.id, []).append(step)
    tallies = []
    for position, indicator in enumerate(group.rubric.all_indicators()):
        items = [result.indicators[position] for result in results]
        for number, criterion in enumerate(indicator.criteria):
            scored = [item.criteria[number] for item in items]
            tallies.append(
                CriterionTally(
                    criterion=criterion,
                    indicator=indicator,
                    mean=statistics.fmean(c.value for c in scored),
                    below=sum(1 for c in scored if c.shortfall > 0 or not c.answered),
                    unanswered=sum(1 for c in scored if not c.answered),
                    of=len(scored),
                    moves=_moves(steps.get(criterion.id, [])),
                )
            )
    return tallies


def weakest(tallies: Sequence[CriterionTally], limit: int = WEAKEST) -> list[CriterionTally]:
    """Return the criteria with the lowest mean value that some unit is below the best on.

    Ties keep the rubric's order (sorted() is stable); more units below the best ranks first.
    """
    short = [t for t in tallies if t.below > 0]
    return sorted(short, key=lambda t: (t.mean, -t.below))[:limit]


@dataclass(frozen=True, slots=True)
class ChangeTally:
    """A criterion the evaluators changed: in how many of the reviewed units, and how far.

    The means are over the units whose answer changed, at the unit's stage and at the stage
    reported, so that they show the size and the direction of the evaluators' moves.
    """

    criterion: Criterion
    indicator: Indicator
    count: int
    reviewed: int
    unit_mean: float
    stage_mean: float


def tally_changes(group: RubricGroup, limit: int = CHANGED) -> list[ChangeTally]:
    """Return the criteria changed in most reviewed units, the largest mean move next.

    Ties keep the rubric's order; a group without reviewed units has none.
    """
    entries = [s.current for s in group.standings if s.current.reviewed]
    pairs = [(entry.stages[0][1], entry.result) for entry in entries]
    moved: dict[str, list[tuple[float, float]]] = {}
    for unit, reviewed in pairs:
        changed = set(changed_answers(unit.answers.answers, reviewed.answers.answers, group.rubric))
        values = zip(unit.criteria(), reviewed.criteria(), strict=True)
        for before, after in values:
            if before.criterion.id in changed:
                moved.setdefault(before.criterion.id, []).append((before.value, after.value))
    found = [
        ChangeTally(
            criterion=criterion,
            indicator=indicator,
            count=len(moved[criterion.id]),
            reviewed=len(entries),
            unit_mean=statistics.fmean(v for v, _ in moved[criterion.id]),
            stage_mean=statistics.fmean(v for _, v in moved[criterion.id]),
        )
        for indicator in group.rubric.all_indicators()
        for criterion in indicator.criteria
        if criterion.id in moved
    ]
    return sorted(found, key=lambda t: (-t.count, -abs(t.stage_mean - t.unit_mean)))[:limit]


def stage_columns(group: RubricGroup) -> list[str]:
    """Every stage any ranked unit's file holds, in the rubric's order; none without reviews."""
    present = {ident for s in group.standings for ident, _ in s.current.stages}
    if len(present) < 2:
        return []
    return [ident for ident in group.rubric.stage_ids() if ident in present]

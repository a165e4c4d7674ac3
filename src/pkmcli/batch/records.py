"""Scorecards: what a batch keeps of each scored file for gates, summaries and tables.

Scorecards are what a worker process sends back for every file, so they are tuples, which
pickle at a third of the cost of dataclasses.
"""

from __future__ import annotations

from typing import NamedTuple

from pkmcli.rubric.model import UNIT_STAGE
from pkmcli.scoring.contract import StageFigure, Tally


class IndicatorFigure(NamedTuple):
    """One indicator's outcome in one file."""

    id: str
    title: str
    weight: float
    score: float
    percent: float


class Scorecard(NamedTuple):
    """What summaries, tables, CSV, JUnit and gates need from one scored file."""

    file: str
    rubric: str
    unit: str | None
    period: str | None
    assessor: str | None
    score: float
    max_score: float
    percent: float
    indicators: tuple[IndicatorFigure, ...]
    unanswered: tuple[str, ...]
    # Criteria that earned less than their best value, in rubric order.
    shortfalls: tuple[str, ...]
    # The stage the figures above describe, every stage's figures, and the criteria whose
    # answer there differs from the unit's.
    stage: str = UNIT_STAGE
    stages: tuple[StageFigure, ...] = ()
    changed: tuple[str, ...] = ()


def card_of(tally: Tally) -> Scorecard:
    """Condense a scored file into its scorecard."""
    plan = tally.plan
    figures = tuple(
        IndicatorFigure(i.id, i.title, i.weight, score, score / i.weight * 100)
        for i, score in zip(plan.indicators, tally.scores, strict=True)
    )
    return Scorecard(
        tally.file,
        plan.rubric.id,
        *tally.meta,
        tally.score,
        plan.max_score,
        tally.percent,
        figures,
        tuple(tally.unanswered),
        tally.shortfalls,
        tally.stage,
        tally.stage_figures(),
        tally.changed,
    )

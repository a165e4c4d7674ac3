"""The heatmap of a portfolio: one row per unit, one cell per criterion, the value written in it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pkmcli.language import Lang
from pkmcli.numbers import fmt, round_half_up
from pkmcli.report.figures import CriterionTally
from pkmcli.report.portfolio import Standing
from pkmcli.scoring.arithmetic import CriterionScore

# Colour steps of the scale: a value v in [0, 1] is drawn with step round(v * STEPS).
STEPS = 10
UNANSWERED_MARK = "—"


@dataclass(frozen=True, slots=True)
class HeatCell:
    """One value as shown; ``level`` picks its colour, None marks an unanswered criterion."""

    text: str
    level: int | None


@dataclass(frozen=True, slots=True)
class HeatColumn:
    id: str
    question: str


@dataclass(frozen=True, slots=True)
class HeatGroup:
    """An indicator over the columns of its criteria."""

    id: str
    title: str
    span: int


@dataclass(frozen=True, slots=True)
class HeatRow:
    anchor: str
    label: str
    cells: tuple[HeatCell, ...]


@dataclass(frozen=True, slots=True)
class HeatmapView:
    """Criteria as columns (grouped by indicator), units as rows in ranking order, means below.

    Units go down the page because a portfolio holds many more units than criteria: the
    table grows in the direction paper and phones scroll.
    """

    groups: tuple[HeatGroup, ...]
    columns: tuple[HeatColumn, ...]
    rows: tuple[HeatRow, ...]
    means: tuple[HeatCell, ...]
    levels: tuple[HeatCell, ...]  # the legend: every step of the scale


def level_of(value: float) -> int:
    """Return the colour step of a value, rounding half up as every number shown is."""
    bounded = max(0.0, min(value, 1.0))
    return int(round_half_up(bounded * STEPS, 0))


def value_cell(value: float, lang: Lang) -> HeatCell:
    return HeatCell(fmt(value, 2, lang), level_of(value))


def criterion_cell(item: CriterionScore, lang: Lang) -> HeatCell:
    """An answered criterion shows its value; an unanswered one a mark of its own, uncoloured."""
    if not item.answered:
        return HeatCell(UNANSWERED_MARK, None)
    return value_cell(item.value, lang)


def build_heatmap(
    standings: Sequence[Standing],
    tallies: Sequence[CriterionTally],
    anchors: Sequence[str],
    labels: Sequence[str],
    lang: Lang,
) -> HeatmapView:
    """Lay out the ranked units' values; ``anchors`` and ``labels`` name each unit's row."""
    groups: list[HeatGroup] = []
    for tally in tallies:
        indicator = tally.indicator
        if groups and groups[-1].id == indicator.id:
            last = groups[-1]
            groups[-1] = HeatGroup(last.id, last.title, last.span + 1)
        else:
            groups.append(HeatGroup(indicator.id, indicator.title.get(lang), 1))
    rows = tuple(
        HeatRow(
            anchor,
            label,
            tuple(criterion_cell(c, lang) for c in standing.current.result.criteria()),
        )
        for standing, anchor, label in zip(standings, anchors, labels, strict=True)
    )
    return HeatmapView(
        groups=tuple(groups),
        columns=tuple(HeatColumn(t.criterion.id, t.criterion.question.get(lang)) for t in tallies),
        rows=rows,
        means=tuple(value_cell(t.mean, lang) for t in tallies),
        levels=tuple(value_cell(step / STEPS, lang) for step in range(STEPS + 1)),
    )

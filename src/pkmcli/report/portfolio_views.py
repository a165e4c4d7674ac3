"""What the portfolio templates see: frozen, translated, every number already formatted."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pkmcli.language import Lang
from pkmcli.numbers import fmt
from pkmcli.report.heatmap import HeatmapView


@dataclass(frozen=True, slots=True)
class ChangeView:
    """A unit's total now minus its previous period's, e.g. ``▲ +0,88`` since ``2025``."""

    text: str
    arrow: str
    direction: str
    period: str | None
    previous: str


@dataclass(frozen=True, slots=True)
class RankRow:
    rank: int
    anchor: str
    unit: str
    period: str | None
    file: str
    score: str
    percent: str
    indicators: tuple[str, ...]
    verdict: str | None  # the grade, or whether the threshold is reached
    meets: bool | None
    change: ChangeView | None
    once: bool  # the inputs hold one period of this unit only
    stages: tuple[str, ...] = ()  # each stage's percent, under the group's stage columns


@dataclass(frozen=True, slots=True)
class ColumnView:
    """An indicator as a column of the ranking."""

    id: str
    title: str
    weight: str


@dataclass(frozen=True, slots=True)
class BandView:
    label: str
    start: str | None  # the band's lowest percentage (None: under every band)
    count: int


@dataclass(frozen=True, slots=True)
class HeadlineView:
    units: int
    mean: str
    minimum: str
    lowest: str
    maximum: str
    highest: str
    deviation: str
    threshold_line: str | None
    bands: tuple[BandView, ...]
    no_threshold: bool


@dataclass(frozen=True, slots=True)
class MoveView:
    now: str
    target: str
    recommendation: str
    count: int


@dataclass(frozen=True, slots=True)
class WeakView:
    rank: int
    id: str
    question: str
    indicator: str
    mean: str
    below: int
    of: int
    unanswered: str | None
    moves: tuple[MoveView, ...]


@dataclass(frozen=True, slots=True)
class ChangedView:
    """A criterion the evaluators changed in many units, with the mean value before and after."""

    rank: int
    id: str
    question: str
    indicator: str
    count: int
    reviewed: int
    unit_mean: str
    stage_mean: str
    change: str
    direction: str


@dataclass(frozen=True, slots=True)
class UnitIndicatorView:
    id: str
    title: str
    score: str
    weight: str
    percent: str


@dataclass(frozen=True, slots=True)
class ShortfallView:
    id: str
    question: str
    answered: bool
    answer: str
    value: str
    best: str


@dataclass(frozen=True, slots=True)
class UnitView:
    anchor: str
    rank: int
    unit: str
    period: str | None
    file: str
    score: str
    max_score: str
    percent: str
    verdict: str | None
    change: ChangeView | None
    once: bool
    indicators: tuple[UnitIndicatorView, ...]
    shortfalls: tuple[ShortfallView, ...]


@dataclass(frozen=True, slots=True)
class GroupView:
    """One rubric's part of the report: headline, ranking, heatmap, weakest criteria, units."""

    anchor: str
    rubric_id: str
    title: str
    version: str
    regulation: str
    headline: HeadlineView
    columns: tuple[ColumnView, ...]
    verdict_title: str | None
    show_change: bool
    ranking: tuple[RankRow, ...]
    heatmap: HeatmapView
    weakest: tuple[WeakView, ...]
    units: tuple[UnitView, ...]
    # With review stages: a ranking column per stage, and the evaluators' changes.
    stage_columns: tuple[str, ...] = ()
    reviewed: bool = False
    stage_name: str = ""
    changed: tuple[ChangedView, ...] = ()


@dataclass(frozen=True, slots=True)
class InvalidView:
    file: str
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PortfolioView:
    """Everything the portfolio templates show."""

    lang: Lang
    words: dict[str, str]
    generated: str
    files_line: str
    files: int
    groups: tuple[GroupView, ...]
    invalid: tuple[InvalidView, ...]
    duplicates: tuple[str, ...]
    detailed: bool
    brief_line: str
    footer: str
    unanswered_mark: str


def change_view(current: float, previous: float, period: str | None, lang: Lang) -> ChangeView:
    """Write a change between two totals, taken between the numbers as displayed.

    So the ranking's columns agree when a reader subtracts the shown totals by hand.
    """
    change = Decimal(fmt(current)) - Decimal(fmt(previous))
    shown = fmt(float(change), 2, lang)
    before = fmt(previous, 2, lang)
    if change > 0:
        return ChangeView(f"+{shown}", "▲", "up", period, before)
    if change < 0:
        return ChangeView(shown, "▼", "down", period, before)
    return ChangeView(shown, "=", "same", period, before)


def competition_ranks(scores: list[float]) -> list[int]:
    """Rank scores already sorted best first; equal scores share a rank (1, 1, 3)."""
    ranks: list[int] = []
    for index, score in enumerate(scores):
        tied = index > 0 and score == scores[index - 1]
        ranks.append(ranks[-1] if tied else index + 1)
    return ranks

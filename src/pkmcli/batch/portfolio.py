"""Portfolio statistics over a batch of scored files, gathered as the files stream by."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from pkmcli.batch.gates import Check
from pkmcli.batch.records import Scorecard


@dataclass(slots=True)
class IndicatorTally:
    """Running sums of one indicator (of one rubric) over the files that have it."""

    rubric: str
    id: str
    title: str
    weight: float
    count: int = 0
    score_sum: float = 0.0
    percent_sum: float = 0.0

    @property
    def mean_score(self) -> float:
        return self.score_sum / self.count

    @property
    def mean_percent(self) -> float:
        return self.percent_sum / self.count


@dataclass(frozen=True, slots=True)
class Shortfall:
    """A criterion and how many files (of those on its rubric) earned less than its best."""

    rubric: str
    criterion: str
    count: int
    of: int

    @property
    def share(self) -> float:
        return self.count / self.of * 100


class Failure(NamedTuple):
    """A file that failed one or more gates."""

    file: str
    unit: str | None
    percent: float
    checks: tuple[Check, ...]


@dataclass(slots=True)
class Portfolio:
    """Counts, mean/min/max of the total, per-indicator means, shortfalls, gate failures.

    Memory stays flat in the number of files: only invalid files and gate failures are kept.
    """

    scored: int = 0
    invalid: list[str] = field(default_factory=list)
    percent_sum: float = 0.0
    lowest: tuple[float, str] | None = None
    highest: tuple[float, str] | None = None
    indicators: dict[tuple[str, str], IndicatorTally] = field(default_factory=dict)
    per_rubric: Counter[str] = field(default_factory=Counter)
    short: Counter[tuple[str, str]] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    # How far the evaluators moved the scores: per (rubric, stage, indicator) the sum of the
    # stage's score minus the unit's and the files counted, and the criteria they changed.
    moved: dict[tuple[str, str, str], list[float]] = field(default_factory=dict)
    changed: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, card: Scorecard, checks: Iterable[Check] = ()) -> None:
        """Count one scored file and the gates it was checked against."""
        self.scored += 1
        self.percent_sum += card.percent
        here = (card.percent, card.file)
        if self.lowest is None or here < self.lowest:
            self.lowest = here
        if self.highest is None or card.percent > self.highest[0]:
            self.highest = here
        self.per_rubric[card.rubric] += 1
        for figure in card.indicators:
            key = (card.rubric, figure.id)
            tally = self.indicators.get(key)
            if tally is None:
                tally = self.indicators[key] = IndicatorTally(
                    card.rubric, figure.id, figure.title, figure.weight
                )
            tally.count += 1
            tally.score_sum += figure.score
            tally.percent_sum += figure.percent
        short = self.short
        for ident in card.shortfalls:
            short[card.rubric, ident] += 1
        if len(card.stages) > 1:
            self._add_moves(card)
        failed = tuple(check for check in checks if not check.passed)
        if failed:
            self.failures.append(Failure(card.file, card.unit, card.percent, failed))

    def _add_moves(self, card: Scorecard) -> None:
        unit = dict(card.stages[0].indicators)
        for figure in card.stages[1:]:
            for ident, score in figure.indicators:
                sums = self.moved.setdefault((card.rubric, figure.stage, ident), [0.0, 0])
                sums[0] += score - unit[ident]
                sums[1] += 1
        for ident in card.changed:
            self.changed[card.rubric, ident] += 1

    def mean_moves(self) -> list[tuple[str, str, str, float, int]]:
        """Each (rubric, stage, indicator) with the mean change of its score and the files."""
        return [
            (r, s, i, total / count, int(count)) for (r, s, i), (total, count) in self.moved.items()
        ]

    def most_changed(self, limit: int = 5) -> list[tuple[str, str, int]]:
        """The criteria the evaluators changed in the most files: (rubric, criterion, files)."""
        ranked = sorted(self.changed.items(), key=lambda item: -item[1])[:limit]
        return [(rubric, ident, count) for (rubric, ident), count in ranked]

    def add_invalid(self, file: str) -> None:
        """Count one file that could not be scored."""
        self.invalid.append(file)

    @property
    def mean_percent(self) -> float | None:
        return self.percent_sum / self.scored if self.scored else None

    @property
    def rubrics(self) -> list[str]:
        """Rubric ids in the order first met."""
        return list(self.per_rubric)

    def top_shortfalls(self, limit: int = 5) -> list[Shortfall]:
        """Criteria below their best value in the most files; ties in the order first met."""
        ranked = sorted(self.short.items(), key=lambda item: -item[1])[:limit]
        return [
            Shortfall(rubric, ident, count, self.per_rubric[rubric])
            for (rubric, ident), count in ranked
        ]

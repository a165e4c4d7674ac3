"""What the report templates see: plain, frozen, already translated and formatted."""

from __future__ import annotations

from dataclasses import dataclass

from pkmcli.language import Lang


@dataclass(frozen=True, slots=True)
class EvidenceView:
    """One piece of evidence: a live link only for http(s), else text, flagged when missing."""

    text: str
    url: str | None
    missing: bool


@dataclass(frozen=True, slots=True)
class CriterionView:
    id: str
    question: str
    answered: bool
    answer: str
    label: str | None
    value: str
    best: str
    note: str | None
    evidence: tuple[EvidenceView, ...]


@dataclass(frozen=True, slots=True)
class DeltaView:
    """A signed change with its arrow, e.g. ``▲ +0.42``."""

    text: str
    arrow: str
    direction: str
    previous: str
    previous_fraction: float


@dataclass(frozen=True, slots=True)
class IndicatorView:
    id: str
    title: str
    weight: str
    mean: str
    score: str
    percent: str
    fraction: float
    bar: str
    values: tuple[str, ...]
    criteria: tuple[CriterionView, ...]
    delta: DeltaView | None


@dataclass(frozen=True, slots=True)
class SectionView:
    id: str
    title: str
    score: str
    max_score: str
    percent: str


@dataclass(frozen=True, slots=True)
class StepView:
    rank: int
    id: str
    question: str
    indicator: str
    answered: bool
    now: str
    target: str
    recommendation: str
    gain: str


@dataclass(frozen=True, slots=True)
class RubricView:
    id: str
    title: str
    version: str
    regulation: str
    edition: str | None
    notes: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class PreviousView:
    """The baseline assessment the changes are measured from."""

    file: str
    period: str | None
    score: str
    percent: str
    delta: DeltaView


@dataclass(frozen=True, slots=True)
class ReportView:
    """Everything a report template shows, already translated and formatted."""

    lang: Lang
    words: dict[str, str]
    unit: str | None
    period: str | None
    assessor: str | None
    answers_file: str
    generated: str
    rubric: RubricView
    score: str
    score_exact: str
    max_score: str
    percent: str
    fraction: float
    headroom: str
    grade: str | None
    grade_description: str | None
    answered: int
    criteria_count: int
    unanswered: tuple[str, ...]
    sections: tuple[SectionView, ...]
    indicators: tuple[IndicatorView, ...]
    steps: tuple[StepView, ...]
    previous: PreviousView | None

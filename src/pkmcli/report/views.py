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
    # How the unanswered counted, and the total the other way (empty when all answered).
    unanswered_note: str
    sections: tuple[SectionView, ...]
    indicators: tuple[IndicatorView, ...]
    steps: tuple[StepView, ...]
    previous: PreviousView | None
    review: ReviewView | None = None  # only for a file with review stages


@dataclass(frozen=True, slots=True)
class StageScoreView:
    """One indicator's (or the total's) score at one stage, with its bar for the chart."""

    stage: str
    score: str
    percent: str
    fraction: float
    bar: str


@dataclass(frozen=True, slots=True)
class StageIndicatorView:
    """An indicator's score at each stage, side by side."""

    id: str
    title: str
    weight: str
    scores: tuple[StageScoreView, ...]


@dataclass(frozen=True, slots=True)
class StageView:
    """A stage of the file: who assessed and when, its total, and its change from the unit's."""

    id: str
    short: str  # the column name, e.g. ``TPI``
    label: str
    assessor: str | None
    date: str | None
    score: str
    percent: str
    grade: str | None
    delta: DeltaView | None  # None for the unit's own stage
    reported: bool


@dataclass(frozen=True, slots=True)
class StageAnswerView:
    """One criterion at one stage: its answer, or the earlier stage's it stands on."""

    stage: str
    answered: bool
    answer: str
    label: str | None
    inherited: str | None  # e.g. ``= Unit``: this stage did not answer the criterion itself
    agrees: bool  # this stage gave the same answer as the one before it
    value: str
    note: str | None
    revision: bool


@dataclass(frozen=True, slots=True)
class FindingView:
    """One entry of the evaluation report (LHE): the finding, the notes, the recommendation."""

    number: int
    id: str
    question: str
    indicator: str
    finding: str
    direction: str  # up, down or same
    change: str  # the criterion's value change, signed
    effect: str  # what it moved the total score, signed
    revision: str | None  # who sent it back for revision
    notes: tuple[tuple[str, str], ...]  # (stage, note) of each evaluator stage
    target: str | None
    recommendation: str


@dataclass(frozen=True, slots=True)
class ReviewView:
    """The evaluators' view of a file: every stage up to the reported one, and the findings."""

    stage: str
    stage_label: str
    stages: tuple[StageView, ...]
    graded: bool  # the rubric has grade bands, so each stage has a grade
    indicators: tuple[StageIndicatorView, ...]
    answers: dict[str, tuple[StageAnswerView, ...]]  # by criterion id, one per stage
    revisions: frozenset[str]  # criteria standing sent back for revision at the reported stage
    findings: tuple[FindingView, ...]
    findings_intro: str

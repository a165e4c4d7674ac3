"""The evaluators' view of one answers file: each stage's figures and answers, and the findings."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from pkmcli.answers.model import Answer, AnswerSet, Review
from pkmcli.errors import UsageError, suggest
from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.numbers import fmt
from pkmcli.report.labels import REPORT_WORDS, format_date
from pkmcli.report.views import (
    FindingView,
    ReviewView,
    StageAnswerView,
    StageIndicatorView,
    StageScoreView,
    StageView,
)
from pkmcli.report.wording import answer_text, delta_view, describe_option, joined
from pkmcli.rubric.model import UNIT_STAGE, Rubric
from pkmcli.scoring.advice import Step, rank_steps
from pkmcli.scoring.arithmetic import CriterionScore, Policy, ScoreResult, score_answers
from pkmcli.scoring.contract import changed_answers, compared

# The chart in Markdown puts a bar per stage in one cell, so each is half the usual length.
STAGE_BAR_CELLS = 10
_ABBREVIATION = re.compile(r"\(([^()]+)\)\s*$")


@dataclass(frozen=True, slots=True)
class Staged:
    """One stage of a file, scored on its own; ``review`` is None for the unit's own answers."""

    stage: str
    result: ScoreResult
    review: Review | None


def check_stage(stage: str, rubric: Rubric) -> None:
    """Refuse a ``--stage`` the rubric does not declare, naming the ones it does."""
    known = rubric.stage_ids()
    if stage not in known:
        hint = suggest(stage, known)
        raise UsageError.single(
            "--stage",
            say("answers.unknown_stage", stage=stage, hint=hint, stages=", ".join(known)),
        )


def reported_stage(answer_set: AnswerSet, stage: str | None) -> str:
    """The stage a report describes: the one asked for, else the latest the file holds."""
    return stage if stage is not None else answer_set.stages()[-1]


def score_stages(
    rubric: Rubric, answer_set: AnswerSet, stage: str, policy: Policy | None = None
) -> list[Staged]:
    """Score every stage the file holds up to ``stage``, each on its own, oldest first."""
    order = rubric.stage_ids()
    last = order.index(stage)
    reviews = {review.stage: review for review in answer_set.reviews}
    return [
        Staged(ident, score_answers(rubric, answer_set.at_stage(ident), policy), reviews.get(ident))
        for ident in answer_set.stages()
        if order.index(ident) <= last
    ]


def stage_short(rubric: Rubric, stage: str, lang: Lang) -> str:
    """A stage's name for a column: the abbreviation its label ends with, e.g. ``TPI``."""
    if stage == UNIT_STAGE:
        return "Unit"
    found = _ABBREVIATION.search(rubric.stage_label(stage, lang))
    return found.group(1).strip() if found else stage.upper()


def stage_date(text: str | None, lang: Lang) -> str | None:
    """Write an ISO date as a letter would; any other text as it was given."""
    if text is None:
        return None
    try:
        return format_date(date.fromisoformat(text.strip()), lang)
    except ValueError:
        return text


def _bar(fraction: float) -> str:
    cells = int(fraction * STAGE_BAR_CELLS + 0.5)
    return "█" * cells + "░" * (STAGE_BAR_CELLS - cells)


def _score_view(
    short: str, score: float, weight: float, percent: float, lang: Lang
) -> StageScoreView:
    fraction = max(0.0, min(score / weight, 1.0))
    return StageScoreView(
        short, fmt(score, 2, lang), fmt(percent, 2, lang), fraction, _bar(fraction)
    )


def _stage_view(staged: Staged, unit: ScoreResult, reported: str, lang: Lang) -> StageView:
    result, rubric, words = staged.result, staged.result.rubric, REPORT_WORDS[lang]
    review = staged.review
    grade = result.grade
    if review is None:
        label, assessor, day = words["unit_stage"], unit.answers.assessor, None
    else:
        label = rubric.stage_label(staged.stage, lang)
        assessor, day = review.assessor, stage_date(review.date, lang)
    return StageView(
        id=staged.stage,
        short=stage_short(rubric, staged.stage, lang),
        label=label,
        assessor=assessor,
        date=day,
        score=fmt(result.score, 2, lang),
        percent=fmt(result.percent, 2, lang),
        grade=grade.label.get(lang) if grade else None,
        delta=(
            None
            if review is None
            else delta_view(result.score, unit.score, unit.score / unit.max_score, lang)
        ),
        reported=staged.stage == reported,
    )


def _stage_answer(
    item: CriterionScore, before: CriterionScore | None, source: str, own: Answer | None, lang: Lang
) -> StageAnswerView:
    """One cell group of a criterion's row; ``source`` names the stage whose answer stands."""
    short, label = answer_text(item, lang)
    words = REPORT_WORDS[lang]
    answered_here = before is None or (own is not None and own.answered)
    agrees = (
        before is not None
        and answered_here
        and compared(before.answer) == compared(item.answer)
        and before.answer.answered
    )
    return StageAnswerView(
        stage=source,
        answered=item.answered,
        answer=short,
        label=label,
        inherited=None if answered_here else words["inherited"].format(stage=source),
        agrees=agrees,
        value=fmt(item.value, 2, lang),
        note=item.answer.note if before is None else (own.note if own else None),
        revision=own.revision if own is not None and before is not None else False,
    )


def _answers(stages: Sequence[Staged], lang: Lang) -> dict[str, tuple[StageAnswerView, ...]]:
    rubric = stages[0].result.rubric
    by_stage = [{c.criterion.id: c for c in s.result.criteria()} for s in stages]
    rows: dict[str, tuple[StageAnswerView, ...]] = {}
    for criterion in rubric.all_criteria():
        cells = []
        source = stage_short(rubric, UNIT_STAGE, lang)
        for number, staged in enumerate(stages):
            own = staged.review.answers.get(criterion.id) if staged.review else None
            if number == 0 or (own is not None and own.answered):
                source = stage_short(rubric, staged.stage, lang)
            before = by_stage[number - 1][criterion.id] if number else None
            cells.append(_stage_answer(by_stage[number][criterion.id], before, source, own, lang))
        rows[criterion.id] = tuple(cells)
    return rows


def _finding(
    number: int,
    pair: tuple[CriterionScore, CriterionScore],
    staged: Sequence[Staged],
    steps: Mapping[str, Step],
    lang: Lang,
) -> FindingView:
    first, last = pair
    words = REPORT_WORDS[lang]
    rubric = staged[-1].result.rubric
    criterion = last.criterion
    indicator = next(i for i in staged[-1].result.indicators if last in i.criteria)
    # The evaluator named is the one who last moved the answer; agreeing with it moves nothing.
    source, sender = stage_short(rubric, UNIT_STAGE, lang), None
    notes: list[tuple[str, str]] = []
    standing = compared(first.answer)
    for item in staged[1:]:
        assert item.review is not None  # every stage after the first is a review
        own = item.review.answers.get(criterion.id)
        if own is None:
            continue
        short = stage_short(rubric, item.stage, lang)
        if own.answered and compared(own) != standing:
            source, standing = short, compared(own)
        if own.note:
            notes.append((short, own.note))
        sender = short if own.revision else None
    before = joined(*answer_text(first, lang)) if first.answered else words["unanswered"]
    after = joined(*answer_text(last, lang)) if last.answered else words["unanswered"]
    change = last.value - first.value
    values = {"before": before, "was": fmt(first.value, 2, lang), "stage": source}
    now = fmt(last.value, 2, lang)
    if not first.answered and last.answered:
        finding = words["finding_answered"].format(**values, after=after, now=now)
    elif compared(first.answer) != compared(last.answer):
        finding = words["finding_changed"].format(**values, after=after, now=now)
    else:
        finding = words["finding_kept"].format(**values)
    effect = change / len(indicator.criteria) * indicator.weight
    step = steps.get(criterion.id)
    target, advice = None, words["at_best"]
    if step is not None:
        target = (
            joined(*describe_option(step.target, lang))
            if step.target is not None
            else words["target_full"]
        )
        if step.recommendation is not None:
            advice = step.recommendation.get(lang)
        else:
            advice = words["reach"] if step.target is not None else words["raise"]
    direction = "up" if change > 0 else "down" if change < 0 else "same"
    return FindingView(
        number=number,
        id=criterion.id,
        question=criterion.question.get(lang),
        indicator=f"{indicator.indicator.id}. {indicator.indicator.title.get(lang)}",
        finding=finding,
        direction=direction,
        change=_signed(change, lang),
        effect=_signed(effect, lang),
        revision=words["revision_by"].format(stage=sender) if sender else None,
        notes=tuple(notes),
        target=target,
        recommendation=advice,
    )


def _signed(value: float, lang: Lang) -> str:
    shown = fmt(value, 2, lang)
    return shown if shown.startswith("-") or fmt(value) == "0.00" else f"+{shown}"


def build_review(stages: Sequence[Staged], reported: str, lang: Lang) -> ReviewView:
    """The evaluators' view: ``stages`` are the file's stages up to the reported one."""
    words = REPORT_WORDS[lang]
    first, last = stages[0].result, stages[-1].result
    rubric = last.rubric
    changed = set(changed_answers(first.answers.answers, last.answers.answers, rubric))
    revisions = frozenset(c.criterion.id for c in last.criteria() if c.answer.revision)
    steps = {step.item.criterion.id: step for step in rank_steps(last)}
    found = [
        (before, after)
        for before, after in zip(first.criteria(), last.criteria(), strict=True)
        if after.criterion.id in changed or after.criterion.id in revisions
    ]
    label = stage_short(rubric, reported, lang)
    return ReviewView(
        stage=label,
        stage_label=(
            words["unit_stage"] if reported == UNIT_STAGE else rubric.stage_label(reported, lang)
        ),
        stages=tuple(_stage_view(s, first, reported, lang) for s in stages),
        graded=bool(rubric.grades),
        indicators=tuple(
            StageIndicatorView(
                indicator.indicator.id,
                indicator.indicator.title.get(lang),
                fmt(indicator.weight, 2, lang),
                tuple(
                    _score_view(
                        stage_short(rubric, s.stage, lang),
                        s.result.indicators[position].score,
                        indicator.weight,
                        s.result.indicators[position].percent,
                        lang,
                    )
                    for s in stages
                ),
            )
            for position, indicator in enumerate(last.indicators)
        ),
        answers=_answers(stages, lang),
        revisions=revisions,
        findings=tuple(
            _finding(n, pair, stages, steps, lang) for n, pair in enumerate(found, start=1)
        ),
        findings_intro=words["findings_intro"].format(stage=label),
    )

"""The result contract: one scored file as the JSON object users and CI rely on.

Both ways of scoring a file end here. The full reader's ``ScoreResult`` becomes a ``Tally``
through ``tally_of``; the batch fast lane builds its ``Tally`` directly. From a tally,
``record_of`` makes the contract's object and ``line_of`` the same object as the JSON line
``json.dumps(record_of(tally), ensure_ascii=False)`` writes, from fragments prepared once
per rubric (a big batch writes it several times faster).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from pkmcli.answers.model import Answer
from pkmcli.errors import Problem
from pkmcli.language import Lang
from pkmcli.rubric.model import UNIT_STAGE, Rubric
from pkmcli.scoring.arithmetic import CriterionScore, ScoreResult, section_sums
from pkmcli.scoring.plans import Answered, Plan, entry_json, json_string, plan_for


class StageFigure(NamedTuple):
    """One stage's figures in a file: its total, percentage and each indicator's score."""

    stage: str
    score: float
    percent: float
    indicators: tuple[tuple[str, float], ...]


@dataclass(slots=True)
class Tally:
    """A scored file's answers and scores, ready to be written in any form."""

    plan: Plan
    file: str
    meta: tuple[str | None, str | None, str | None]  # unit, period, assessor
    answers: list[list[Answered]]  # per indicator, per criterion, in rubric order
    means: list[float]
    scores: list[float]
    score: float
    unanswered: list[str]
    # Criteria that earned less than their best value, in rubric order.
    shortfalls: tuple[str, ...]
    # The stage the figures above describe, every stage the file holds, and the criteria
    # whose answer there differs from the unit's. A file without reviews: the unit alone.
    stage: str = UNIT_STAGE
    stages: tuple[StageFigure, ...] = ()
    changed: tuple[str, ...] = ()

    @property
    def percent(self) -> float:
        return self.score / self.plan.max_score * 100

    def stage_figures(self) -> tuple[StageFigure, ...]:
        """Every stage's figures; for a file without reviews, its own as the unit's."""
        if self.stages:
            return self.stages
        ids = tuple(i.id for i in self.plan.indicators)
        return (
            StageFigure(
                UNIT_STAGE, self.score, self.percent, tuple(zip(ids, self.scores, strict=True))
            ),
        )

    def grade(self) -> str | None:
        rubric = self.plan.rubric
        grade = rubric.grade_for(self.percent) if rubric.grades else None
        return grade.label.get(self.plan.lang) if grade else None


def answer_data(answer: Answer) -> Any:
    """Return what the contract's ``answer`` field holds for an answer (None: unanswered)."""
    if answer.numerator is not None:
        return {"numerator": answer.numerator, "denominator": answer.denominator}
    return answer.key if answer.key is not None else answer.number


def changed_answers(
    unit: Mapping[str, Answer], standing: Mapping[str, Answer], rubric: Rubric
) -> tuple[str, ...]:
    """The criteria whose answer at a stage differs from the unit's own, in rubric order."""
    return tuple(
        c.id
        for c in rubric.all_criteria()
        if compared(unit.get(c.id)) != compared(standing.get(c.id))
    )


def compared(answer: Answer | None) -> object:
    """An answer as two stages' answers are compared: an option key ignoring case, a number,
    a ratio; None when unanswered."""
    return compared_data(answer_data(answer) if answer is not None else None)


def compared_data(data: object) -> object:
    """The contract's ``answer`` field as answers are compared (option keys ignore case)."""
    return data.casefold() if isinstance(data, str) else data


def _answered(item: CriterionScore) -> Answered:
    answer = item.answer
    return Answered(
        item.criterion.id, answer_data(answer), item.value, answer.note, answer.evidence
    )


def stage_figure(stage: str, result: ScoreResult) -> StageFigure:
    """Return one stage's figures from its score result."""
    scores = tuple((i.indicator.id, i.score) for i in result.indicators)
    return StageFigure(stage, result.score, result.percent, scores)


def tally_of(result: ScoreResult, file: str, plan: Plan) -> Tally:
    """Return the tally of a full score result."""
    answers = [
        [
            Answered(
                c.criterion.id, answer_data(c.answer), c.value, c.answer.note, c.answer.evidence
            )
            for c in indicator.criteria
        ]
        for indicator in result.indicators
    ]
    meta = result.answers
    return Tally(
        plan,
        file,
        (meta.unit, meta.period, meta.assessor),
        answers,
        [i.mean for i in result.indicators],
        [i.score for i in result.indicators],
        result.score,
        list(result.unanswered),
        tuple(c.criterion.id for c in result.criteria() if c.shortfall > 0),
    )


def result_record(result: ScoreResult, file: str, lang: Lang = "id") -> dict[str, Any]:
    """Return the contract's object of a full score result."""
    return record_of(tally_of(result, file, plan_for(result.rubric, lang, result.policy)))


def record_of(tally: Tally) -> dict[str, Any]:
    """Return the contract's result object, full precision, for JSON and JSONL output."""
    rubric = tally.plan.rubric
    indicators = [
        {
            "id": i.id,
            "title": i.title,
            "weight": i.weight,
            "mean": mean,
            "score": score,
            "percent": score / i.weight * 100,
            "criteria": [_entry(a) for a in answers],
        }
        for i, mean, score, answers in zip(
            tally.plan.indicators, tally.means, tally.scores, tally.answers, strict=True
        )
    ]
    record: dict[str, Any] = {
        "file": tally.file,
        "valid": True,
        "rubric": rubric.id,
        "rubric_version": rubric.version,
        "unit": tally.meta[0],
        "period": tally.meta[1],
        "assessor": tally.meta[2],
        "score": tally.score,
        "max_score": tally.plan.max_score,
        "percent": tally.percent,
        "grade": tally.grade(),
        "unanswered": list(tally.unanswered),
        "unanswered_policy": tally.plan.policy,
        "indicators": indicators,
    }
    if rubric.sections:
        record["sections"] = _sections(tally)
    record["stage"] = tally.stage
    record["stages"] = _stages(tally)
    record["changed"] = list(tally.changed)
    return record


def _stages(tally: Tally) -> list[dict[str, Any]]:
    return [
        {
            "stage": figure.stage,
            "score": figure.score,
            "percent": figure.percent,
            "indicators": [{"id": ident, "score": score} for ident, score in figure.indicators],
        }
        for figure in tally.stage_figures()
    ]


def _sections(tally: Tally) -> list[dict[str, Any]]:
    plan = tally.plan
    scores = {i.id: s for i, s in zip(plan.indicators, tally.scores, strict=True)}
    return [
        {
            "id": section.id,
            "title": section.title.get(plan.lang),
            "score": score,
            "max_score": most,
            "percent": score / most * 100,
            "indicators": [i.id for i in section.indicators],
        }
        for section, score, most in section_sums(plan.rubric, scores)
    ]


def _entry(answered: Answered) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": answered.criterion,
        "answer": answered.answer,
        "value": answered.value,
        "answered": answered.answer is not None,
    }
    if answered.note is not None:
        entry["note"] = answered.note
    if answered.evidence:
        entry["evidence"] = list(answered.evidence)
    return entry


def line_of(tally: Tally) -> str:
    """Return the result object as ``json.dumps(record_of(tally), ensure_ascii=False)`` does."""
    plan = tally.plan
    unit, period, assessor = tally.meta
    parts = [
        f'{{"file": {json_string(tally.file)}, "valid": true, {plan.head}{json_string(unit)}, '
        f'"period": {json_string(period)}, "assessor": {json_string(assessor)}, '
        f'"score": {tally.score!r}, "max_score": {plan.most}, '
        f'"percent": {tally.percent!r}, "grade": {json_string(tally.grade())}, "unanswered": ['
        + ", ".join(map(json_string, tally.unanswered))
        + f'], "unanswered_policy": "{plan.policy}", "indicators": ['
    ]
    for number, (i, mean, score, answers) in enumerate(
        zip(plan.indicators, tally.means, tally.scores, tally.answers, strict=True)
    ):
        entries = ", ".join(
            [
                a.json or entry_json(a.criterion, a.answer, a.value, a.note, a.evidence)
                for a in answers
            ]
        )
        parts.append(
            f'{", " if number else ""}{i.prefix}{mean!r}, "score": {score!r}, '
            f'"percent": {score / i.weight * 100!r}, "criteria": [{entries}]}}'
        )
    parts.append("]")
    if plan.rubric.sections:
        parts.append(f', "sections": {json.dumps(_sections(tally), ensure_ascii=False)}')
    parts.append(f', "stage": {json_string(tally.stage)}, "stages": [')
    for number, figure in enumerate(tally.stage_figures()):
        scores = ", ".join(
            f'{{"id": {json_string(ident)}, "score": {score!r}}}'
            for ident, score in figure.indicators
        )
        parts.append(
            f'{", " if number else ""}{{"stage": {json_string(figure.stage)}, '
            f'"score": {figure.score!r}, "percent": {figure.percent!r}, "indicators": [{scores}]}}'
        )
    parts.append(f'], "changed": [{", ".join(map(json_string, tally.changed))}]}}')
    return "".join(parts)


def invalid_record(file: str, problems: Sequence[Problem]) -> dict[str, Any]:
    """Return the object that stands for a file that could not be scored, with its problems."""
    return {
        "file": file,
        "valid": False,
        "problems": [
            {
                "line": p.line,
                "column": p.column,
                "key": p.key,
                "message": p.message,
                "text": p.render(),
            }
            for p in problems
        ],
    }

"""Score results as plain data: the JSON object of the contract."""

from __future__ import annotations

from typing import Any

from pkmcli.language import Lang
from pkmcli.scoring.arithmetic import CriterionScore, IndicatorScore, ScoreResult


def _criterion(item: CriterionScore) -> dict[str, Any]:
    answer = item.answer
    data: dict[str, Any] = {
        "id": item.criterion.id,
        "answer": answer.key if answer.key is not None else answer.number,
        "value": item.value,
        "answered": item.answered,
    }
    if answer.numerator is not None:
        data["answer"] = {"numerator": answer.numerator, "denominator": answer.denominator}
    if answer.note is not None:
        data["note"] = answer.note
    if answer.evidence:
        data["evidence"] = list(answer.evidence)
    return data


def _indicator(item: IndicatorScore, lang: Lang) -> dict[str, Any]:
    return {
        "id": item.indicator.id,
        "title": item.indicator.title.get(lang),
        "weight": item.weight,
        "mean": item.mean,
        "score": item.score,
        "percent": item.percent,
        "criteria": [_criterion(c) for c in item.criteria],
    }


def result_to_dict(result: ScoreResult, file: str, lang: Lang = "id") -> dict[str, Any]:
    """Return the contract's result object, full precision, for JSON and JSONL output."""
    answers = result.answers
    data: dict[str, Any] = {
        "file": file,
        "rubric": result.rubric.id,
        "rubric_version": result.rubric.version,
        "unit": answers.unit,
        "period": answers.period,
        "assessor": answers.assessor,
        "score": result.score,
        "max_score": result.max_score,
        "percent": result.percent,
        "grade": result.grade.label.get(lang) if result.grade else None,
        "unanswered": list(result.unanswered),
        "indicators": [_indicator(i, lang) for i in result.indicators],
    }
    if result.sections:
        data["sections"] = [
            {
                "id": s.section.id,
                "title": s.section.title.get(lang),
                "score": s.score,
                "max_score": s.max_score,
                "percent": s.percent,
                "indicators": [i.indicator.id for i in s.indicators],
            }
            for s in result.sections
        ]
    return data

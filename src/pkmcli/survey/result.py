"""The result as the contract gives it (`pkm skm --format json`), at full precision."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from pkmcli.language import Lang
from pkmcli.survey.arithmetic import Score, required_sample, score_counts
from pkmcli.survey.definition import Survey
from pkmcli.survey.totals import Totals


def _number(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


@dataclass(frozen=True, slots=True)
class GroupScore:
    name: str
    respondents: int
    score: Score


@dataclass(frozen=True, slots=True)
class Outcome:
    """Everything the outputs show: the totals, their score, groups and the baseline."""

    survey: Survey
    totals: Totals
    score: Score
    groups: tuple[GroupScore, ...]
    population: int | None
    baseline: tuple[Totals, Score] | None
    lang: Lang


def score_totals(survey: Survey, totals: Totals) -> tuple[Score, tuple[GroupScore, ...]]:
    """Score the totals and each ``--by`` group (groups in the order first seen)."""
    score = score_counts(survey, totals.counts)
    groups = tuple(
        GroupScore(g.name, g.respondents, score_counts(survey, g.counts))
        for g in totals.groups.values()
    )
    return score, groups


def elements_json(survey: Survey, score: Score, lang: Lang) -> list[dict[str, Any]]:
    weights = survey.weights()
    return [
        {
            "id": e.id,
            "title": survey.element(e.id).title.get(lang),
            "answered": e.answered,
            "sum": e.total,
            "nrr": _number(e.nrr),
            "ikm": _number(e.ikm),
            "grade": e.band.grade if e.band else None,
            "weight": float(weights[e.id]),
            "counts": {str(value): n for value, n in enumerate(e.counts, start=1)},
        }
        for e in score.elements
    ]


def _summary(score: Score, lang: Lang) -> dict[str, Any]:
    return {
        "ikm": _number(score.ikm),
        "grade": score.band.grade if score.band else None,
        "performance": score.band.performance.get(lang) if score.band else None,
    }


def result_json(outcome: Outcome) -> dict[str, Any]:
    """Build the JSON object of the contract, with a few fields more."""
    survey, totals, score, lang = outcome.survey, outcome.totals, outcome.score, outcome.lang
    result: dict[str, Any] = {
        "files": totals.files,
        "survey": survey.id,
        "respondents": totals.respondents,
        "elements": elements_json(survey, score, lang),
        **_summary(score, lang),
        "weights": "exact",
        "printed_weights": {name: float(value) for name, value in score.printed_weights},
    }
    if outcome.population is not None:
        required = required_sample(outcome.population)
        result["sample"] = {
            "population": outcome.population,
            "required": required,
            "enough": totals.respondents >= required,
        }
    if totals.first_day and totals.last_day:
        result["period"] = {
            "from": totals.first_day.isoformat(),
            "to": totals.last_day.isoformat(),
        }
    if totals.by is not None:
        result["by"] = totals.by
        result["groups"] = [
            {
                "value": g.name,
                "respondents": g.respondents,
                **_summary(g.score, lang),
                "elements": elements_json(survey, g.score, lang),
            }
            for g in outcome.groups
        ]
    if outcome.baseline is not None:
        earlier_totals, earlier = outcome.baseline
        result["baseline"] = {
            "files": earlier_totals.files,
            "respondents": earlier_totals.respondents,
            **_summary(earlier, lang),
            "elements": [{"id": e.id, "ikm": _number(e.ikm)} for e in earlier.elements],
        }
    return result

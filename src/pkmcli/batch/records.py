"""Score records: one scored file as plain data (scorecards, contract objects, JSON lines).

Scorecards are what a worker process sends back for every file, so they are tuples, which
pickle at a third of the cost of dataclasses.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the string writer of json.dumps(ensure_ascii=False)
from typing import TYPE_CHECKING, Any, NamedTuple

from pkmcli.language import Lang
from pkmcli.scoring.arithmetic import ScoreResult
from pkmcli.scoring.contract import result_to_dict

if TYPE_CHECKING:
    from pkmcli.batch.plans import Answered
    from pkmcli.batch.tallies import Tally


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


def card_from_record(record: dict[str, Any], shortfalls: tuple[str, ...]) -> Scorecard:
    """Condense a contract result object into a Scorecard."""
    return Scorecard(
        record["file"],
        record["rubric"],
        record["unit"],
        record["period"],
        record["assessor"],
        record["score"],
        record["max_score"],
        record["percent"],
        tuple(
            IndicatorFigure(i["id"], i["title"], i["weight"], i["score"], i["percent"])
            for i in record["indicators"]
        ),
        tuple(record["unanswered"]),
        shortfalls,
    )


def record_from_result(
    result: ScoreResult, file: str, lang: Lang
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """Return the contract object of a full score result, and its shortfall criteria."""
    shortfalls = tuple(c.criterion.id for c in result.criteria() if c.shortfall > 0)
    return result_to_dict(result, file, lang), shortfalls


def json_string(text: str | None) -> str:
    """Write text (or None) as json.dumps(..., ensure_ascii=False) does."""
    return "null" if text is None else str(encode_basestring(text))


def record_of(tally: Tally) -> dict[str, Any]:
    """Return a tally's contract object, as ``results.result_to_dict`` builds it."""
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
        "indicators": indicators,
    }
    if rubric.sections:
        record["sections"] = _sections(tally)
    return record


def _sections(tally: Tally) -> list[dict[str, Any]]:
    scores = {i.id: s for i, s in zip(tally.plan.indicators, tally.scores, strict=True)}
    sections = []
    for section in tally.plan.rubric.sections or []:
        ids = [i.id for i in section.indicators]
        score = sum(scores[i] for i in ids)
        most = sum(i.weight for i in section.indicators)
        sections.append(
            {
                "id": section.id,
                "title": section.title.get(tally.plan.lang),
                "score": score,
                "max_score": most,
                "percent": score / most * 100,
                "indicators": ids,
            }
        )
    return sections


def line_of(tally: Tally) -> str:
    """Return a tally's object as ``json.dumps(record_of(tally), ensure_ascii=False)`` writes it."""
    plan = tally.plan
    unit, period, assessor = tally.meta
    percent = tally.percent
    parts = [
        f'{{"file": {json_string(tally.file)}, {plan.head}{json_string(unit)}, '
        f'"period": {json_string(period)}, "assessor": {json_string(assessor)}, '
        f'"score": {tally.score!r}, "max_score": {plan.most}, '
        f'"percent": {percent!r}, "grade": {json_string(tally.grade())}, "unanswered": ['
        + ", ".join(map(json_string, tally.unanswered))
        + '], "indicators": ['
    ]
    for number, (i, mean, score, answers) in enumerate(
        zip(plan.indicators, tally.means, tally.scores, tally.answers, strict=True)
    ):
        entries = ", ".join(
            [a.json or entry_json(a.criterion, a.key, a.value, a.note, a.evidence) for a in answers]
        )
        parts.append(
            f'{", " if number else ""}{i.prefix}{mean!r}, "score": {score!r}, '
            f'"percent": {score / i.weight * 100!r}, "criteria": [{entries}]}}'
        )
    parts.append("]")
    if plan.rubric.sections:
        parts.append(f', "sections": {json.dumps(_sections(tally), ensure_ascii=False)}')
    parts.append("}")
    return "".join(parts)


def _entry(answered: Answered) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": answered.criterion,
        "answer": answered.key,
        "value": answered.value,
        "answered": answered.key is not None,
    }
    if answered.note is not None:
        entry["note"] = answered.note
    if answered.evidence:
        entry["evidence"] = list(answered.evidence)
    return entry


def entry_json(
    ident: str,
    key: str | None,
    value: float,
    note: str | None = None,
    evidence: tuple[str, ...] = (),
) -> str:
    """Return a criterion's entry as ``json.dumps`` writes it inside a result object."""
    text = (
        f'{{"id": {json_string(ident)}, "answer": {json_string(key)}, "value": {value!r}, '
        f'"answered": {"false" if key is None else "true"}'
    )
    if note is not None:
        text += f', "note": {json_string(note)}'
    if evidence:
        text += f', "evidence": [{", ".join(map(json_string, evidence))}]'
    return text + "}"

"""Plans: a rubric unfolded once into the lookup tables and JSON fragments of the contract."""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the string writer of json.dumps(ensure_ascii=False)
from typing import Any, NamedTuple

from pkmcli.language import Lang
from pkmcli.rubric.model import Rubric
from pkmcli.scoring.arithmetic import Policy


class Answered(NamedTuple):
    """One criterion as the contract writes it."""

    criterion: str
    # The option key as written, a percentage, {"numerator": n, "denominator": d}; None
    # when unanswered.
    answer: Any
    value: float
    note: str | None = None
    evidence: tuple[str, ...] = ()
    json: str | None = None  # the entry's JSON, kept for answers met again and again


class CriterionPlan(NamedTuple):
    """One criterion: option values, best value, its blank entry, short answers met so far."""

    id: str
    values: dict[str, float] | None  # casefolded option key -> value; None for numbers
    best: float
    blank: Answered
    # Short answers by key as written (ya, Ya, YA): few per criterion, each read once.
    known: dict[str, Answered]


class IndicatorPlan(NamedTuple):
    """One indicator: title, weight, criteria, JSON prefix."""

    id: str
    title: str
    weight: float
    criteria: tuple[CriterionPlan, ...]
    prefix: str  # JSON of the entry up to its mean


class Plan(NamedTuple):
    """A rubric unfolded once (per language) into lookup tables and JSON fragments."""

    rubric: Rubric
    lang: Lang
    criteria: dict[str, CriterionPlan]
    indicators: tuple[IndicatorPlan, ...]
    max_score: float
    # JSON from the rubric id to the unit, and of the maximum score.
    head: str
    most: str
    # How unanswered criteria count in an indicator's mean.
    policy: Policy = "zero"


def json_string(text: str | None) -> str:
    """Write text (or None) as json.dumps(..., ensure_ascii=False) does."""
    return "null" if text is None else str(encode_basestring(text))


def entry_json(
    ident: str,
    answer: Any,
    value: float,
    note: str | None = None,
    evidence: tuple[str, ...] = (),
) -> str:
    """Return a criterion's entry as ``json.dumps`` writes it inside a result object."""
    written = (
        json_string(answer)
        if answer is None or isinstance(answer, str)
        else json.dumps(answer, ensure_ascii=False)
    )
    text = (
        f'{{"id": {json_string(ident)}, "answer": {written}, "value": {value!r}, '
        f'"answered": {"false" if answer is None else "true"}'
    )
    if note is not None:
        text += f', "note": {json_string(note)}'
    if evidence:
        text += f', "evidence": [{", ".join(map(json_string, evidence))}]'
    return text + "}"


def blank_answer(ident: str) -> Answered:
    """Return the unanswered entry of a criterion, with its JSON."""
    return Answered(ident, None, 0.0, json=entry_json(ident, None, 0.0))


def short_answer(ident: str, key: str, value: float) -> Answered:
    """Return a criterion answered by an option key alone, with its JSON."""
    return Answered(ident, key, value, json=entry_json(ident, key, value))


# Rubrics are unhashable (they hold dicts), so plans are kept by identity; each plan holds
# its rubric, which keeps the id from being reused.
_PLANS: dict[tuple[int, Lang, Policy], Plan] = {}


def plan_for(rubric: Rubric, lang: Lang, policy: Policy | None = None) -> Plan:
    """Unfold ``rubric`` for the contract's writers (once per rubric, language and policy).

    ``policy`` says how unanswered criteria count; by default, as the rubric says.
    """
    chosen = policy or rubric.unanswered
    known = _PLANS.get((id(rubric), lang, chosen))
    if known is not None:
        return known
    criteria: dict[str, CriterionPlan] = {}
    for c in rubric.all_criteria():
        values = (
            {o.key.casefold(): o.value or 0.0 for o in c.choices} if c.type == "choice" else None
        )
        criteria[c.id] = CriterionPlan(c.id, values, c.best_value, blank_answer(c.id), {})
    indicators = tuple(
        IndicatorPlan(
            i.id,
            i.title.get(lang),
            i.weight,
            tuple(criteria[c.id] for c in i.criteria),
            f'{{"id": {json_string(i.id)}, "title": {json_string(i.title.get(lang))}, '
            f'"weight": {i.weight!r}, "mean": ',
        )
        for i in rubric.all_indicators()
    )
    head = (
        f'"rubric": {json_string(rubric.id)}, "rubric_version": {json_string(rubric.version)}, '
        '"unit": '
    )
    plan = Plan(
        rubric, lang, criteria, indicators, rubric.max_score, head, repr(rubric.max_score), chosen
    )
    _PLANS[id(rubric), lang, chosen] = plan
    return plan

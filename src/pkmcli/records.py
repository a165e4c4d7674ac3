"""Score records: one scored file as plain data, cheap to pickle between processes.

Most answers files in a batch are plain: short option keys, maybe a note and evidence. For
those the contract's result object is built straight from the node tree in one pass
(``record_from_nodes``); anything else (a problem, a number, an odd shape) returns None and
the caller takes the full reader, which gives the same object or every located problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import yaml

from pkmcli.documents import Document
from pkmcli.models import Lang, Rubric
from pkmcli.results import result_to_dict
from pkmcli.scoring import ScoreResult

TOP_KEYS = frozenset({"rubric", "unit", "period", "assessor", "answers"})
LONG_KEYS = frozenset({"answer", "note", "evidence"})
METADATA_KEYS = ("unit", "period", "assessor")
# The same null rule as the answers reader: an explicit null tag, or a plain empty/null word.
NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})
NULL_TAG = "tag:yaml.org,2002:null"


class IndicatorFigure(NamedTuple):
    """One indicator's outcome in one file."""

    id: str
    title: str
    weight: float
    score: float
    percent: float


# NamedTuples rather than dataclasses: a worker sends one per file, and tuples pickle at a
# third of the cost.
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


@dataclass(frozen=True, slots=True)
class _Choice:
    """A choice criterion reduced to what a plain answer needs."""

    values: dict[str, float]  # casefolded option key -> value
    best: float


@dataclass(frozen=True, slots=True)
class Plan:
    """A rubric unfolded once into lookup tables for the one-pass reading."""

    rubric: Rubric
    lang: Lang
    # Criterion id -> _Choice, or None for a number criterion (left to the full reader).
    criteria: dict[str, _Choice | None]
    indicators: tuple[tuple[str, str, float, tuple[str, ...]], ...]
    sections: tuple[tuple[str, str, tuple[str, ...]], ...]
    max_score: float


# Rubrics are unhashable (they hold dicts), so plans are kept by identity; each plan holds
# its rubric, which keeps the id from being reused.
_PLANS: dict[tuple[int, Lang], Plan] = {}


def plan_for(rubric: Rubric, lang: Lang) -> Plan:
    """Unfold ``rubric`` for one-pass reading (once per rubric and language)."""
    known = _PLANS.get((id(rubric), lang))
    if known is not None:
        return known
    criteria: dict[str, _Choice | None] = {}
    for criterion in rubric.all_criteria():
        if criterion.type != "choice":
            criteria[criterion.id] = None
            continue
        values = {o.key.casefold(): o.value or 0.0 for o in criterion.choices}
        criteria[criterion.id] = _Choice(values, criterion.best_value)
    indicators = tuple(
        (i.id, i.title.get(lang), i.weight, tuple(c.id for c in i.criteria))
        for i in rubric.all_indicators()
    )
    sections = tuple(
        (s.id, s.title.get(lang), tuple(i.id for i in s.indicators)) for s in rubric.sections or []
    )
    plan = Plan(rubric, lang, criteria, indicators, sections, rubric.max_score)
    _PLANS[id(rubric), lang] = plan
    return plan


def _is_null(node: yaml.ScalarNode) -> bool:
    return node.tag == NULL_TAG or (node.style is None and node.value in NULL_WORDS)


def _plain_text(node: yaml.Node, *, multiline: bool) -> tuple[bool, str | None]:
    """Return (ok, text) for a scalar that is text or null; ok is False for anything else."""
    if not isinstance(node, yaml.ScalarNode):
        return False, None
    if _is_null(node):
        return True, None
    value: str = node.value
    if not multiline and "\n" in value:
        return False, None
    return True, value


def _evidence(node: yaml.Node) -> tuple[str, ...] | None:
    if isinstance(node, yaml.ScalarNode):
        return () if _is_null(node) else (node.value,)
    if not isinstance(node, yaml.SequenceNode):
        return None
    items = []
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode) or _is_null(item):
            return None
        items.append(item.value)
    return tuple(items)


def _criterion_entry(ident: str, choice: _Choice, node: yaml.Node) -> dict[str, Any] | None:
    """Return the result entry of one plainly answered choice criterion, or None."""
    note: str | None = None
    evidence: tuple[str, ...] = ()
    answer: yaml.Node | None = node
    if isinstance(node, yaml.MappingNode):
        answer = None
        seen: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                return None
            name = key_node.value
            if name in seen or name not in LONG_KEYS:
                return None
            seen.add(name)
            if name == "answer":
                answer = value_node
            elif name == "note":
                ok, note = _plain_text(value_node, multiline=True)
                if not ok:
                    return None
            else:
                found = _evidence(value_node)
                if found is None:
                    return None
                evidence = found
    key: str | None = None
    value = 0.0
    if answer is not None:
        if not isinstance(answer, yaml.ScalarNode):
            return None
        if not _is_null(answer):
            earned = choice.values.get(answer.value.casefold())
            if earned is None:
                return None
            key, value = answer.value, earned
    entry: dict[str, Any] = {
        "id": ident,
        "answer": key,
        "value": value,
        "answered": key is not None,
    }
    if note is not None:
        entry["note"] = note
    if evidence:
        entry["evidence"] = list(evidence)
    return entry


def _answer_nodes(node: yaml.Node, plan: Plan) -> dict[str, yaml.Node] | None:
    if isinstance(node, yaml.ScalarNode) and _is_null(node):
        return {}
    if not isinstance(node, yaml.MappingNode):
        return None
    found: dict[str, yaml.Node] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            return None
        ident = key_node.value
        if ident in found or ident not in plan.criteria:
            return None
        found[ident] = value_node
    return found


def record_from_nodes(
    doc: Document, plan: Plan, file: str, *, strict: bool = False
) -> tuple[dict[str, Any], tuple[str, ...]] | None:
    """Build the contract object of a plain answers file in one pass, or return None.

    None means "not plain": the full reader decides, with located problems if any.
    """
    root = doc.node
    if doc.problems or not isinstance(root, yaml.MappingNode):
        return None
    top: dict[str, yaml.Node] = {}
    for key_node, value_node in root.value:
        if not isinstance(key_node, yaml.ScalarNode):
            return None
        name = key_node.value
        if name in top or name not in TOP_KEYS:
            return None
        top[name] = value_node
    rubric = plan.rubric
    named = top.get("rubric")
    if named is None or _plain_text(named, multiline=False) != (True, rubric.id):
        return None
    meta: dict[str, str | None] = {}
    for name in METADATA_KEYS:
        ok, meta[name] = _plain_text(top[name], multiline=False) if name in top else (True, None)
        if not ok:
            return None
    answers = _answer_nodes(top["answers"], plan) if "answers" in top else {}
    if answers is None:
        return None
    return _assemble(answers, plan, file, meta, strict=strict)


def _assemble(
    answers: dict[str, yaml.Node],
    plan: Plan,
    file: str,
    meta: dict[str, str | None],
    *,
    strict: bool,
) -> tuple[dict[str, Any], tuple[str, ...]] | None:
    unanswered: list[str] = []
    shortfalls: list[str] = []
    indicators: list[dict[str, Any]] = []
    scores: dict[str, float] = {}
    for ident, title, weight, criterion_ids in plan.indicators:
        entries = []
        for cid in criterion_ids:
            choice = plan.criteria[cid]
            node = answers.get(cid)
            if choice is None:
                if node is not None and not (isinstance(node, yaml.ScalarNode) and _is_null(node)):
                    return None
                entry: dict[str, Any] | None = {
                    "id": cid,
                    "answer": None,
                    "value": 0.0,
                    "answered": False,
                }
                best = 1.0
            else:
                entry = (
                    {"id": cid, "answer": None, "value": 0.0, "answered": False}
                    if node is None
                    else _criterion_entry(cid, choice, node)
                )
                best = choice.best
            if entry is None:
                return None
            if not entry["answered"]:
                unanswered.append(cid)
            if best - entry["value"] > 0:
                shortfalls.append(cid)
            entries.append(entry)
        mean = sum(e["value"] for e in entries) / len(entries)
        score = mean * weight
        scores[ident] = score
        indicators.append(
            {
                "id": ident,
                "title": title,
                "weight": weight,
                "mean": mean,
                "score": score,
                "percent": score / weight * 100,
                "criteria": entries,
            }
        )
    if strict and unanswered:
        return None
    return _record(plan, file, meta, indicators, scores, unanswered), tuple(shortfalls)


def _record(
    plan: Plan,
    file: str,
    meta: dict[str, str | None],
    indicators: list[dict[str, Any]],
    scores: dict[str, float],
    unanswered: list[str],
) -> dict[str, Any]:
    rubric = plan.rubric
    # Summed in rubric order, as the full scorer does, so the floats match to the last bit.
    score = sum(i["score"] for i in indicators)
    percent = score / plan.max_score * 100
    grade = rubric.grade_for(percent)
    record: dict[str, Any] = {
        "file": file,
        "rubric": rubric.id,
        "rubric_version": rubric.version,
        "unit": meta["unit"],
        "period": meta["period"],
        "assessor": meta["assessor"],
        "score": score,
        "max_score": plan.max_score,
        "percent": percent,
        "grade": grade.label.get(plan.lang) if grade else None,
        "unanswered": unanswered,
        "indicators": indicators,
    }
    if plan.sections:
        record["sections"] = []
        for ident, title, indicator_ids in plan.sections:
            section_score = sum(scores[i] for i in indicator_ids)
            section_max = sum(w for i, _, w, _ in plan.indicators if i in indicator_ids)
            record["sections"].append(
                {
                    "id": ident,
                    "title": title,
                    "score": section_score,
                    "max_score": section_max,
                    "percent": section_score / section_max * 100,
                    "indicators": list(indicator_ids),
                }
            )
    return record

"""The fast lane: a plain answers file scored in one pass over its node tree.

Most files in a batch are plain: option keys, maybe a note and evidence. For those the lane
gives the same tally as the full reader and scorer would, several times faster. Anything
else (a problem, a number, an unusual shape) gives no tally, and the full reader decides,
with every problem located. The lane reads the reader's own key names and null rule.
"""

from __future__ import annotations

import yaml

from pkmcli.answers.model import LONG_KEYS, METADATA_KEYS, REVIEW_KEYS, TOP_KEYS, is_null
from pkmcli.files.reading import NULL_TAG, NULL_WORDS, Document
from pkmcli.rubric.model import UNIT_STAGE
from pkmcli.scoring.arithmetic import indicator_mean
from pkmcli.scoring.contract import StageFigure, Tally, compared_data
from pkmcli.scoring.plans import Answered, CriterionPlan, Plan, short_answer

# The reader's key names, as sets for the lane's lookups.
_TOP_KEYS = frozenset(TOP_KEYS)
_LONG_KEYS = frozenset(LONG_KEYS)
_REVIEW_KEYS = frozenset(REVIEW_KEYS)


def _text(node: yaml.Node, *, multiline: bool) -> tuple[bool, str | None]:
    """Return (ok, text) for a scalar that is text or null; ok is False for anything else."""
    if not isinstance(node, yaml.ScalarNode):
        return False, None
    if is_null(node):
        return True, None
    value: str = node.value
    return (multiline or "\n" not in value), value


def _evidence(node: yaml.Node) -> tuple[str, ...] | None:
    if isinstance(node, yaml.ScalarNode):
        if is_null(node):
            return ()
        return (node.value,) if node.value.strip() else None
    if not isinstance(node, yaml.SequenceNode):
        return None
    items = []
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode) or is_null(item) or not item.value.strip():
            return None  # the reader decides (an empty item is dropped there)
        items.append(item.value)
    return tuple(items)


def _answer(criterion: CriterionPlan, node: yaml.Node) -> Answered | None:
    """Read one criterion's answer node, or return None when it is not plain."""
    values = criterion.values
    if isinstance(node, yaml.ScalarNode):
        if is_null(node):
            return criterion.blank
        known = criterion.known.get(node.value)
        if known is not None or values is None:
            return known
        earned = values.get(node.value.casefold())
        if earned is None:
            return None
        known = criterion.known[node.value] = short_answer(criterion.id, node.value, earned)
        return known
    if values is None or not isinstance(node, yaml.MappingNode):
        return None
    answer = criterion.blank
    note: str | None = None
    evidence: tuple[str, ...] = ()
    seen: set[str] = set()
    for key_node, value_node in node.value:
        name = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if name not in _LONG_KEYS or name in seen:
            return None
        seen.add(name)
        if name == "answer":
            found = (
                _answer(criterion, value_node) if isinstance(value_node, yaml.ScalarNode) else None
            )
            if found is None:
                return None
            answer = found
        elif name == "note":
            ok, note = _text(value_node, multiline=True)
            if not ok:
                return None
        else:
            listed = _evidence(value_node)
            if listed is None:
                return None
            evidence = listed
    if note is None and not evidence:
        return answer  # the same entry as the short form, JSON and all
    return Answered(criterion.id, answer.answer, answer.value, note, evidence)


def _top(
    doc: Document, plan: Plan
) -> tuple[tuple[str | None, ...], dict[str, yaml.Node], yaml.Node | None] | None:
    """Check the top level; return the metadata, the answer nodes by id, and the reviews."""
    root = doc.node
    if doc.problems or not isinstance(root, yaml.MappingNode):
        return None
    top: dict[str, yaml.Node] = {}
    for key_node, value_node in root.value:
        name = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if name not in _TOP_KEYS or name in top:
            return None
        top[name] = value_node
    if "rubric" not in top or _text(top["rubric"], multiline=False) != (True, plan.rubric.id):
        return None
    reviews = top.get("reviews")
    if isinstance(reviews, yaml.ScalarNode) and is_null(reviews):
        reviews = None
    meta = []
    for name in METADATA_KEYS:
        ok, text = _text(top[name], multiline=False) if name in top else (True, None)
        if not ok:
            return None
        meta.append(text)
    answers = _answer_nodes(top.get("answers"), plan)
    if answers is None:
        return None
    return tuple(meta), answers, reviews


def _answer_nodes(node: yaml.Node | None, plan: Plan) -> dict[str, yaml.Node] | None:
    """Return the answer nodes of a mapping by criterion id, or None when it is not plain."""
    answers: dict[str, yaml.Node] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            ident = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if ident not in plan.criteria or ident in answers:
                return None
            answers[ident] = value_node
    elif node is not None and not (isinstance(node, yaml.ScalarNode) and is_null(node)):
        return None
    return answers


def _reviews(node: yaml.Node, plan: Plan) -> list[tuple[str, dict[str, yaml.Node]]] | None:
    """Return each review's stage and answer nodes, or None for anything the reader must judge."""
    if not isinstance(node, yaml.SequenceNode):
        return None
    order = plan.rubric.stage_ids()
    reviews: list[tuple[str, dict[str, yaml.Node]]] = []
    latest = 0
    for item in node.value:
        if not isinstance(item, yaml.MappingNode):
            return None
        fields: dict[str, yaml.Node] = {}
        for key_node, value_node in item.value:
            name = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if name not in _REVIEW_KEYS or name in fields:
                return None
            fields[name] = value_node
        ok, stage = _text(fields["stage"], multiline=False) if "stage" in fields else (False, None)
        if not ok or stage not in order or order.index(stage) <= latest:
            return None  # unknown, repeated, out of order, or the unit's own: located there
        latest = order.index(stage)
        for name in ("assessor", "date"):
            if name in fields and not _text(fields[name], multiline=False)[0]:
                return None
        answers = _answer_nodes(fields.get("answers"), plan)
        if answers is None:
            return None
        reviews.append((stage, answers))
    return reviews


def _row_answer(criterion: CriterionPlan, node: yaml.Node | None) -> Answered | None:
    """Read one criterion's answer node (absent: unanswered), or None when it is not plain."""
    if node is None:
        return criterion.blank
    # The common case inline: a plain key met before (never a null word).
    if node.__class__ is yaml.ScalarNode and node.tag != NULL_TAG:
        value = node.value
        if value not in NULL_WORDS:
            found = criterion.known.get(value)
            if found is not None:
                return found
    return _answer(criterion, node)


def _overlay(earlier: Answered, given: Answered) -> Answered:
    """A review's entry over the answer before it, as ``answers.model.merge_answer`` does."""
    answered = given.answer is not None
    note = given.note if given.note is not None else earlier.note
    evidence = earlier.evidence + tuple(e for e in given.evidence if e not in earlier.evidence)
    if answered and note == given.note and evidence == given.evidence:
        return given
    base = given if answered else earlier
    if note == base.note and evidence == base.evidence:
        return base
    return Answered(base.criterion, base.answer, base.value, note, evidence)


def _mean(plan: Plan, row: list[Answered]) -> float:
    """An indicator's mean, in the full scorer's arithmetic and order (bit for bit)."""
    if plan.policy == "zero":
        return sum([a.value for a in row]) / len(row)
    return indicator_mean([a.value for a in row], [a.answer is not None for a in row], plan.policy)


def _figures(plan: Plan, rows: list[list[Answered]]) -> tuple[list[float], list[float]]:
    """Each indicator's mean and score, in the full scorer's arithmetic and order."""
    means = [_mean(plan, row) for row in rows]
    return means, [m * i.weight for m, i in zip(means, plan.indicators, strict=True)]


def _figure(plan: Plan, stage: str, ids: tuple[str, ...], scores: list[float]) -> StageFigure:
    total = sum(scores)
    return StageFigure(
        stage, total, total / plan.max_score * 100, tuple(zip(ids, scores, strict=True))
    )


def _staged(
    plan: Plan,
    unit_rows: list[list[Answered]],
    reviews: list[tuple[str, dict[str, yaml.Node]]],
    chosen: str | None,
) -> tuple[str, list[list[Answered]], tuple[StageFigure, ...]] | None:
    """Score every stage; return the chosen one (default the latest), its rows, all figures."""
    order = plan.rubric.stage_ids()
    stage = chosen or reviews[-1][0]
    if stage not in order:
        return None  # a stage this rubric lacks: the reader decides
    rows = unit_rows
    standing = unit_rows
    _, scores = _figures(plan, rows)
    ids = tuple(i.id for i in plan.indicators)
    figures = [_figure(plan, UNIT_STAGE, ids, scores)]
    for name, nodes in reviews:
        rows = [list(row) for row in rows]
        for row, indicator in zip(rows, plan.indicators, strict=True):
            for place, criterion in enumerate(indicator.criteria):
                node = nodes.get(criterion.id)
                if node is None:
                    continue
                given = _row_answer(criterion, node)
                if given is None:
                    return None
                if given.answer is None and given.note is None and not given.evidence:
                    continue  # an empty entry is no answer, as in the reader
                row[place] = _overlay(row[place], given)
        _, scores = _figures(plan, rows)
        figures.append(_figure(plan, name, ids, scores))
        if order.index(name) <= order.index(stage):
            standing = rows
    return stage, standing, tuple(figures)


def tally_nodes(
    doc: Document, plan: Plan, file: str, *, strict: bool = False, stage: str | None = None
) -> Tally | None:
    """Score a plain answers file in one pass, or return None to leave it to the full reader.

    A file with review stages is plain when its reviews are: each stage is scored, and the
    tally describes ``stage`` (default: the latest the file holds).
    """
    top = _top(doc, plan)
    if top is None:
        return None
    meta, nodes, review_node = top
    unanswered: list[str] = []
    shortfalls: list[str] = []
    answers: list[list[Answered]] = []
    means: list[float] = []
    scores: list[float] = []
    for indicator in plan.indicators:
        row = []
        for criterion in indicator.criteria:
            answered = _row_answer(criterion, nodes.get(criterion.id))
            if answered is None:
                return None
            if answered.answer is None:
                unanswered.append(criterion.id)
            if criterion.best > answered.value:
                shortfalls.append(criterion.id)
            row.append(answered)
        mean = _mean(plan, row)
        answers.append(row)
        means.append(mean)
        scores.append(mean * indicator.weight)
    unit, period, assessor = meta
    reviews = _reviews(review_node, plan) if review_node is not None else []
    if reviews is None:
        return None
    if not reviews:
        if strict and unanswered:
            return None
        tally = Tally(
            plan,
            file,
            (unit, period, assessor),
            answers,
            means,
            scores,
            sum(scores),
            unanswered,
            tuple(shortfalls),
        )
        if stage is not None:
            tally.stage = stage  # no reviews: every stage stands as the unit answered
        return tally
    staged = _staged(plan, answers, reviews, stage)
    if staged is None:
        return None
    chosen, rows, figures = staged
    standing = [a for row in rows for a in row]
    criteria = [c for i in plan.indicators for c in i.criteria]
    missing = [a.criterion for a in standing if a.answer is None]
    if strict and missing:
        return None
    chosen_means, chosen_scores = _figures(plan, rows)
    unit_answers = [a for row in answers for a in row]
    return Tally(
        plan,
        file,
        (unit, period, assessor),
        rows,
        chosen_means,
        chosen_scores,
        sum(chosen_scores),
        missing,
        tuple(a.criterion for a, c in zip(standing, criteria, strict=True) if c.best > a.value),
        chosen,
        figures,
        tuple(
            a.criterion
            for a, u in zip(standing, unit_answers, strict=True)
            if compared_data(a.answer) != compared_data(u.answer)
        ),
    )

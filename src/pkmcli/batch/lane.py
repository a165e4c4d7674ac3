"""The fast lane: a plain answers file scored in one pass over its node tree.

Most files in a batch are plain: option keys, maybe a note and evidence. For those the lane
gives the same tally as the full reader and scorer would, several times faster. Anything
else (a problem, a number, an unusual shape) gives no tally, and the full reader decides,
with every problem located. The lane reads the reader's own key names and null rule.
"""

from __future__ import annotations

import yaml

from pkmcli.answers.model import LONG_KEYS, METADATA_KEYS, TOP_KEYS, is_null
from pkmcli.files.reading import NULL_TAG, NULL_WORDS, Document
from pkmcli.scoring.contract import Tally
from pkmcli.scoring.plans import Answered, CriterionPlan, Plan, short_answer

# The reader's key names, as sets for the lane's lookups.
_TOP_KEYS = frozenset(TOP_KEYS)
_LONG_KEYS = frozenset(LONG_KEYS)


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


def _top(doc: Document, plan: Plan) -> tuple[tuple[str | None, ...], dict[str, yaml.Node]] | None:
    """Check the top level; return the metadata and the answer nodes by criterion id."""
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
    if reviews is not None and not (isinstance(reviews, yaml.ScalarNode) and is_null(reviews)):
        return None  # the evaluators' stages are read by the full reader
    meta = []
    for name in METADATA_KEYS:
        ok, text = _text(top[name], multiline=False) if name in top else (True, None)
        if not ok:
            return None
        meta.append(text)
    node = top.get("answers")
    answers: dict[str, yaml.Node] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            ident = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if ident not in plan.criteria or ident in answers:
                return None
            answers[ident] = value_node
    elif node is not None and not (isinstance(node, yaml.ScalarNode) and is_null(node)):
        return None
    return tuple(meta), answers


def tally_nodes(doc: Document, plan: Plan, file: str, *, strict: bool = False) -> Tally | None:
    """Score a plain answers file in one pass, or return None to leave it to the full reader."""
    top = _top(doc, plan)
    if top is None:
        return None
    meta, nodes = top
    unanswered: list[str] = []
    shortfalls: list[str] = []
    answers: list[list[Answered]] = []
    means: list[float] = []
    scores: list[float] = []
    scalar = yaml.ScalarNode
    for indicator in plan.indicators:
        row = []
        for criterion in indicator.criteria:
            node = nodes.get(criterion.id)
            if node is None:
                answered = criterion.blank
            else:
                found: Answered | None = None
                # The common case inline: a plain key met before (never a null word).
                if node.__class__ is scalar and node.tag != NULL_TAG:
                    value = node.value
                    if value not in NULL_WORDS:
                        found = criterion.known.get(value)
                if found is None:
                    found = _answer(criterion, node)
                    if found is None:
                        return None
                answered = found
            if answered.answer is None:
                unanswered.append(criterion.id)
            if criterion.best > answered.value:
                shortfalls.append(criterion.id)
            row.append(answered)
        # The full scorer's arithmetic, in its order, so the floats match to the last bit.
        mean = sum([a.value for a in row]) / len(row)
        answers.append(row)
        means.append(mean)
        scores.append(mean * indicator.weight)
    if strict and unanswered:
        return None
    unit, period, assessor = meta
    return Tally(
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

"""Edit an answers file in place: change the text of the entries that changed, nothing else.

A file may hold a year of work: comments with the reasons, quoting, blank lines, its own
order. Saving an answer therefore finds the entry in the YAML node tree and rewrites only
its characters (a short answer), or only its lines (a long one with a note or evidence), or
inserts it after the entry of the criterion before it. JSON files (one flow mapping) get
the same edits in JSON's own syntax. The edited text is read back and must hold exactly the
intended answers; anything the edit cannot place is left to the caller to write afresh.

A review stage (``reviews:``, one mapping per stage) is edited the same way: only its own
entries change, and a stage or the whole list is added at the end when it is not there yet.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from pkmcli.answers.drafting import answer_data, answer_lines, quoted, render_answers_file, scalar
from pkmcli.answers.model import METADATA_KEYS, Answer, AnswerSet, Review, is_null
from pkmcli.errors import PkmError
from pkmcli.files.reading import parse_document
from pkmcli.language import Lang
from pkmcli.rubric.model import Criterion, Rubric

# The fields of a review stage besides its answers, in the order a new stage is written.
STAGE_FIELDS = ("assessor", "date")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class EditError(Exception):
    """The text cannot be edited in place (the caller writes the file afresh)."""


def edit_answers_text(
    text: str, rubric: Rubric, before: AnswerSet, after: AnswerSet, *, as_json: bool = False
) -> str:
    """Return ``text`` with the metadata and answers that differ from ``before`` to ``after``.

    Raise EditError when an edit cannot be placed, or the result does not read back as
    ``after``.
    """
    for name in METADATA_KEYS:
        if getattr(before, name) != getattr(after, name):
            text = _Editor(text, as_json=as_json).set_metadata(name, getattr(after, name))
    order = [c.id for c in rubric.all_criteria()]
    for ident in order:
        old, new = before.answers.get(ident), after.answers.get(ident)
        if old != new:
            text = _Editor(text, as_json=as_json).set_answer(rubric, ident, new, order)
    _check(text, rubric, after)
    return text


def edit_review_text(
    text: str,
    rubric: Rubric,
    before: AnswerSet,
    after: AnswerSet,
    stage: str,
    *,
    as_json: bool = False,
) -> str:
    """Return ``text`` with review stage ``stage`` changed from ``before`` to ``after``.

    Only that stage's assessor, date and entries are touched; a stage absent from the file is
    added at the end of ``reviews:`` (which is added at the end of the file if need be).
    Raise EditError when an edit cannot be placed, or the result does not read back as
    ``after``.
    """
    old, new = _stage_of(before, stage), _stage_of(after, stage)
    if new is None:
        raise EditError(f"no stage '{stage}' to write")
    if old is None:
        text = _Editor(text, as_json=as_json).add_stage(rubric, new)
    else:
        for name in STAGE_FIELDS:
            if getattr(old, name) != getattr(new, name):
                editor = _Editor(text, as_json=as_json)
                text = editor.set_field(editor.stage_mapping(stage), name, getattr(new, name))
        order = [c.id for c in rubric.all_criteria()]
        for ident in order:
            if old.answers.get(ident) != new.answers.get(ident):
                editor = _Editor(text, as_json=as_json)
                text = editor.set_answer(
                    rubric, ident, new.answers.get(ident), order, editor.stage_mapping(stage)
                )
    _check(text, rubric, after)
    return text


def _stage_of(answer_set: AnswerSet, stage: str) -> Review | None:
    return next((review for review in answer_set.reviews if review.stage == stage), None)


def entry_lines(criterion: Criterion, answer: Answer | None, indent: str) -> list[str]:
    """Return an entry as block YAML lines; a review's may be sent back (``revision: true``)."""
    lines = answer_lines(criterion, answer, indent)
    if answer is None or not answer.revision:
        return lines
    inner = indent + "  "
    short = lines[0][len(indent) + len(criterion.id) + 1 :].strip()
    if short:  # the short form `a.1: ya` cannot carry the mark
        lines = [f"{indent}{criterion.id}:", f"{inner}answer: {short}", *lines[1:]]
    return [*lines, f"{inner}revision: true"]


def _stage_lines(
    rubric: Rubric, review: Review, dash: int, key: int | None = None, step: int = 2
) -> list[str]:
    """Return a review stage as an item of a block list.

    Its dash at column ``dash``, its keys at ``key`` (two after the dash unless given), its
    entries ``step`` further in: a new stage looks like the ones before it.
    """
    key = dash + 2 if key is None else key
    inner = " " * key
    lines = [f"{' ' * dash}-{' ' * (key - dash - 1)}stage: {scalar(review.stage)}"]
    lines += [
        f"{inner}{name}: {_field_scalar(getattr(review, name))}"
        for name in STAGE_FIELDS
        if getattr(review, name) is not None
    ]
    lines.append(f"{inner}answers:")
    for criterion in rubric.all_criteria():
        if criterion.id in review.answers:
            lines += entry_lines(criterion, review.answers[criterion.id], " " * (key + step))
    return lines


def _field_scalar(value: str) -> str:
    """Write a stage field; an ISO date stays plain (the reader takes its text as written)."""
    return value if _ISO_DATE.fullmatch(value) else scalar(value)


def _review_data(review: Review) -> dict[str, Any]:
    data: dict[str, Any] = {"stage": review.stage}
    data.update({n: getattr(review, n) for n in STAGE_FIELDS if getattr(review, n) is not None})
    entries: dict[str, Any] = {}
    for ident, answer in review.answers.items():
        value = answer_data(replace(answer, revision=False))
        if answer.revision:
            value = value if isinstance(value, dict) else {} if value is None else {"answer": value}
            value["revision"] = True
        entries[ident] = value
    data["answers"] = entries
    return data


def render_reviewed_file(path: Path, rubric: Rubric, answer_set: AnswerSet, lang: Lang) -> str:
    """Return a whole answers file afresh, its review stages after the unit's answers."""
    text = render_answers_file(path, rubric, answer_set, lang)
    if not answer_set.reviews:
        return text
    if path.suffix.lower() == ".json":
        data = json.loads(text)
        data["reviews"] = [_review_data(review) for review in answer_set.reviews]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    lines = ["reviews:"]
    for review in answer_set.reviews:
        lines += _stage_lines(rubric, review, 2)
    return text + "".join(f"{line}\n" for line in lines)


def _check(text: str, rubric: Rubric, wanted: AnswerSet) -> None:
    from pkmcli.answers.reader import read_answers  # noqa: PLC0415 - the reader reads it back

    try:
        got = read_answers(parse_document(text, wanted.file, construct=False), rubric)
    except PkmError as exc:
        raise EditError(str(exc)) from None
    if replace(got, file=wanted.file, locations={}) != replace(wanted, locations={}):
        raise EditError("the edited file does not read back as intended")


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _line_end(text: str, index: int) -> int:
    """Return the index just past the line break of the line holding ``index``."""
    end = text.find("\n", index)
    return len(text) if end < 0 else end + 1


def _last_index(node: yaml.Node) -> int:
    """Return where a node's own text ends (a block collection's end runs on)."""
    if isinstance(node, yaml.MappingNode) and node.flow_style is not True and node.value:
        return _last_index(node.value[-1][1])
    if isinstance(node, yaml.SequenceNode) and node.flow_style is not True and node.value:
        return _last_index(node.value[-1])
    return int(node.end_mark.index)


class _Editor:
    """One edit of one text: find the place in the node tree, splice the new characters in."""

    def __init__(self, text: str, *, as_json: bool) -> None:
        self.text = text
        self.as_json = as_json
        root = parse_document(text, "<answers>", construct=False).node
        if not isinstance(root, yaml.MappingNode):
            raise EditError("the file holds no mapping")
        self.root = root

    def splice(self, start: int, end: int, new: str) -> str:
        return self.text[:start] + new + self.text[end:]

    def entry(self, mapping: yaml.MappingNode, key: str) -> tuple[yaml.Node, yaml.Node] | None:
        for key_node, value_node in mapping.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                return key_node, value_node
        return None

    def inline(self, value: str | float | None, *, flow: bool = False) -> str:
        """Write a value for its place: a scalar in block YAML, quoted text in a flow or JSON."""
        if value is None:
            return "null" if self.as_json else ""
        if isinstance(value, str) and (flow or self.as_json):
            return quoted(value)
        return scalar(value)

    def key_text(self, key: str) -> str:
        return json.dumps(key, ensure_ascii=False) if self.as_json else key

    # -- metadata -----------------------------------------------------------------------

    def set_metadata(self, name: str, value: str | None) -> str:
        found = self.entry(self.root, name)
        if found is not None:
            return self.replace_scalar(*found, self.inline(value))
        if value is None:
            return self.text
        answers = self.entry(self.root, "answers")
        if self.root.flow_style:
            return self.insert_flow(self.root, name, self.inline(value), first=True)
        line = f"{name}: {self.inline(value)}\n"
        if answers is not None:
            at = _line_start(self.text, answers[0].start_mark.index)
            return self.splice(at, at, line)
        return self.append(line)

    def replace_scalar(self, key: yaml.Node, value: yaml.Node, new: str) -> str:
        """Put ``new`` in place of a scalar value, keeping the key and any comment after it."""
        if (isinstance(value, yaml.ScalarNode) and not is_null(value)) or (
            isinstance(value, yaml.ScalarNode) and value.start_mark.index != value.end_mark.index
        ):
            if "\n" in self.text[value.start_mark.index : value.end_mark.index]:
                raise EditError("a value over several lines")
            start, end = value.start_mark.index, value.end_mark.index
            if not new and not self.as_json:
                start = self.text.rfind(":", key.end_mark.index, start) + 1
            return self.splice(start, end, new)
        if isinstance(value, yaml.ScalarNode):  # empty: write after the colon
            colon = self.text.find(":", key.end_mark.index)
            if colon < 0 or "\n" in self.text[key.end_mark.index : colon]:
                raise EditError("no colon after the key")
            return self.splice(colon + 1, colon + 1, f" {new}" if new else "")
        raise EditError("a collection where a scalar was expected")

    # -- answers ------------------------------------------------------------------------

    def set_answer(
        self,
        rubric: Rubric,
        ident: str,
        answer: Answer | None,
        order: list[str],
        holder: yaml.MappingNode | None = None,
    ) -> str:
        """Set one entry of the ``answers`` of ``holder``: the file's own, or a review stage's."""
        criterion = rubric.criterion(ident)
        assert criterion is not None
        holder = self.root if holder is None else holder
        answers = self.entry(holder, "answers")
        if answers is None:
            if answer is None:
                return self.text
            if holder.flow_style:
                block = self.flow_value(answer)
                return self.insert_flow(holder, "answers", f"{{{self.key_text(ident)}: {block}}}")
            if holder is self.root:
                lines = entry_lines(criterion, answer, "  ")
                return self.append("answers:\n" + "".join(f"{line}\n" for line in lines))
            column = holder.value[0][0].start_mark.column
            lines = [f"{' ' * column}answers:", *entry_lines(criterion, answer, " " * (column + 2))]
            at = _line_end(self.text, _last_index(holder))
            return self.insert_lines(at, lines)
        key_node, mapping = answers
        if isinstance(mapping, yaml.ScalarNode) and is_null(mapping):
            return self.first_entry(
                key_node, mapping, criterion.id, answer, rubric, flow=bool(holder.flow_style)
            )
        if not isinstance(mapping, yaml.MappingNode):
            raise EditError("answers is not a mapping")
        found = self.entry(mapping, ident)
        if mapping.flow_style:
            return self.set_in_flow(mapping, ident, answer, found)
        if found is not None:
            return self.replace_entry(*found, rubric, ident, answer)
        if answer is None:
            return self.text
        indent = mapping.value[0][0].start_mark.column if mapping.value else 2
        lines = entry_lines(criterion, answer, " " * indent)
        new = "".join(f"{line}\n" for line in lines)
        earlier = order[: order.index(ident)]
        previous = [value for key, value in mapping.value if key.value in earlier]
        if previous:
            at = _line_end(self.text, _last_index(previous[-1]))
        else:
            at = _line_start(self.text, mapping.value[0][0].start_mark.index)
        return self.splice(at, at, new)

    def first_entry(
        self,
        key: yaml.Node,
        value: yaml.Node,
        ident: str,
        answer: Answer | None,
        rubric: Rubric,
        *,
        flow: bool = False,
    ) -> str:
        """Fill an empty ``answers:`` with its first entry (``flow``: inside a flow mapping)."""
        if answer is None:
            return self.text
        criterion = rubric.criterion(ident)
        assert criterion is not None
        if self.as_json or flow:
            return self.replace_scalar(
                key, value, f"{{{self.key_text(ident)}: {self.flow_value(answer)}}}"
            )
        at = _line_end(self.text, key.end_mark.index)
        return self.insert_lines(
            at, entry_lines(criterion, answer, " " * (key.start_mark.column + 2))
        )

    def insert_lines(self, at: int, lines: list[str]) -> str:
        """Insert whole lines at ``at``, the start of a line (or the end of the text)."""
        new = "".join(f"{line}\n" for line in lines)
        if at == len(self.text) and self.text and not self.text.endswith("\n"):
            new = "\n" + new
        return self.splice(at, at, new)

    def replace_entry(
        self, key: yaml.Node, value: yaml.Node, rubric: Rubric, ident: str, answer: Answer | None
    ) -> str:
        criterion = rubric.criterion(ident)
        assert criterion is not None
        lines = entry_lines(criterion, answer, " " * key.start_mark.column)
        short = lines[0].partition(":")[2].strip() if len(lines) == 1 else None
        if short is not None and isinstance(value, yaml.ScalarNode):
            return self.replace_scalar(key, value, short)
        end = _last_index(value)
        if (
            getattr(value, "flow_style", False)
            and "\n" not in self.text[value.start_mark.index : end]
        ):
            # A one-line flow value stays one line: `a.2: {answer: b, note: ...}`.
            new = short if short is not None else self.flow_value(answer)
            start = value.start_mark.index
            if not new:  # cleared: `a.2:`
                start = self.text.rfind(":", key.end_mark.index, start) + 1
            return self.splice(start, end, new)
        start = _line_start(self.text, key.start_mark.index)
        return self.splice(start, _line_end(self.text, end), "".join(f"{line}\n" for line in lines))

    def flow_value(self, answer: Answer | None) -> str:
        """Return an answer as an inline value: a scalar, or a flow mapping for the long form."""
        if answer is None:
            return self.inline(None)
        parts: list[tuple[str, str]] = []
        if answer.numerator is not None:
            parts += [
                ("numerator", self.inline(answer.numerator)),
                ("denominator", self.inline(answer.denominator)),
            ]
        elif answer.key is not None or answer.number is not None:
            given = answer.key if answer.key is not None else answer.number
            if answer.note is None and not answer.evidence and not answer.revision:
                return self.inline(given, flow=True)
            parts.append(("answer", self.inline(given, flow=True)))
        if answer.note is not None:
            parts.append(("note", self.inline(answer.note, flow=True)))
        if answer.evidence:
            items = ", ".join(self.inline(item, flow=True) for item in answer.evidence)
            parts.append(("evidence", f"[{items}]"))
        if answer.revision:
            parts.append(("revision", "true"))
        return "{" + ", ".join(f"{self.key_text(k)}: {v}" for k, v in parts) + "}"

    def set_in_flow(
        self,
        mapping: yaml.MappingNode,
        ident: str,
        answer: Answer | None,
        found: tuple[yaml.Node, yaml.Node] | None,
    ) -> str:
        value = self.flow_value(answer)
        if found is not None:
            _, node = found
            return self.splice(node.start_mark.index, _last_index(node), value)
        if answer is None:
            return self.text
        return self.insert_flow(mapping, ident, value)

    def insert_flow(
        self, mapping: yaml.MappingNode, key: str, value: str, *, first: bool = False
    ) -> str:
        """Add ``key: value`` to a flow mapping, as its last entry (or its first)."""
        entry = f"{self.key_text(key)}: {value}"
        if not mapping.value:
            close = self.text.rfind("}", mapping.start_mark.index, mapping.end_mark.index)
            return self.splice(close, close, entry)
        if first:
            at = mapping.value[0][0].start_mark.index
            return self.splice(at, at, f"{entry}, ")
        at = _last_index(mapping.value[-1][1])
        return self.splice(at, at, f", {entry}")

    def append(self, new: str) -> str:
        text = self.text if not self.text or self.text.endswith("\n") else self.text + "\n"
        return text + new

    # -- review stages ------------------------------------------------------------------

    def stage_mapping(self, stage: str) -> yaml.MappingNode:
        """Return the mapping of review stage ``stage`` in ``reviews:``."""
        reviews = self.entry(self.root, "reviews")
        if reviews is not None and isinstance(reviews[1], yaml.SequenceNode):
            for item in reviews[1].value:
                found = self.entry(item, "stage") if isinstance(item, yaml.MappingNode) else None
                if found is not None and getattr(found[1], "value", None) == stage:
                    assert isinstance(item, yaml.MappingNode)
                    return item
        raise EditError(f"no stage '{stage}' in the file")

    def set_field(self, holder: yaml.MappingNode, name: str, value: str | None) -> str:
        """Set a scalar field of a stage mapping, adding it before the stage's answers."""
        found = self.entry(holder, name)
        plain = value is not None and not (self.as_json or holder.flow_style)
        if found is not None:
            return self.replace_scalar(
                *found, _field_scalar(value) if plain and value else self.inline(value)
            )
        if value is None:
            return self.text
        if holder.flow_style:
            return self.insert_flow(holder, name, self.inline(value))
        column = holder.value[0][0].start_mark.column
        answers = self.entry(holder, "answers")
        if answers is not None and answers[0] is not holder.value[0][0]:
            at = _line_start(self.text, answers[0].start_mark.index)
        else:  # the first key sits on the line of the dash: add the field after the stage
            at = _line_end(self.text, _last_index(holder))
        return self.insert_lines(at, [f"{' ' * column}{name}: {_field_scalar(value)}"])

    def add_stage(self, rubric: Rubric, review: Review) -> str:
        """Add a stage at the end of ``reviews:``, and the list at the end of the file if absent."""
        reviews = self.entry(self.root, "reviews")
        if reviews is None:
            if self.root.flow_style:
                return self.insert_flow(
                    self.root, "reviews", f"[{self.flow_stage(rubric, review)}]"
                )
            return self.append(
                "reviews:\n" + "".join(f"{line}\n" for line in _stage_lines(rubric, review, 2))
            )
        key, items = reviews
        if isinstance(items, yaml.ScalarNode) and is_null(items):
            if self.as_json or self.root.flow_style:
                return self.replace_scalar(key, items, f"[{self.flow_stage(rubric, review)}]")
            at = _line_end(self.text, key.end_mark.index)
            return self.insert_lines(at, _stage_lines(rubric, review, key.start_mark.column + 2))
        if not isinstance(items, yaml.SequenceNode):
            raise EditError("reviews is not a list")
        if items.flow_style:
            new = self.flow_stage(rubric, review)
            if not items.value:
                close = self.text.rfind("]", items.start_mark.index, items.end_mark.index)
                return self.splice(close, close, new)
            at = _last_index(items.value[-1])
            return self.splice(at, at, f", {new}")
        at = _line_end(self.text, _last_index(items))
        return self.insert_lines(at, _stage_lines(rubric, review, *self.stage_layout(items)))

    def stage_layout(self, items: yaml.SequenceNode) -> tuple[int, int, int]:
        """Return the dash column, key column and entry step of the list's first stage."""
        dash = items.start_mark.column
        first = items.value[0] if items.value else None
        if not isinstance(first, yaml.MappingNode) or first.flow_style or not first.value:
            return dash, dash + 2, 2
        key = first.value[0][0].start_mark.column
        answers = self.entry(first, "answers")
        if answers is None or not isinstance(answers[1], yaml.MappingNode):
            return dash, key, 2
        if answers[1].flow_style or not answers[1].value:
            return dash, key, 2
        return dash, key, max(1, answers[1].value[0][0].start_mark.column - key)

    def flow_stage(self, rubric: Rubric, review: Review) -> str:
        """Return a review stage as a flow mapping (JSON in a JSON file)."""
        parts = [f"{self.key_text('stage')}: {self.inline(review.stage, flow=True)}"]
        parts += [
            f"{self.key_text(name)}: {self.inline(getattr(review, name), flow=True)}"
            for name in STAGE_FIELDS
            if getattr(review, name) is not None
        ]
        entries = [
            f"{self.key_text(c.id)}: {self.flow_value(review.answers[c.id])}"
            for c in rubric.all_criteria()
            if c.id in review.answers
        ]
        parts.append(f"{self.key_text('answers')}: {{{', '.join(entries)}}}")
        return "{" + ", ".join(parts) + "}"

"""Edit an answers file in place: change the text of the entries that changed, nothing else.

A file may hold a year of work: comments with the reasons, quoting, blank lines, its own
order. Saving an answer therefore finds the entry in the YAML node tree and rewrites only
its characters (a short answer), or only its lines (a long one with a note or evidence), or
inserts it after the entry of the criterion before it. JSON files (one flow mapping) get
the same edits in JSON's own syntax. The edited text is read back and must hold exactly the
intended answers; anything the edit cannot place is left to the caller to write afresh.
"""

from __future__ import annotations

import json
from dataclasses import replace

import yaml

from pkmcli.answers.drafting import answer_lines, quoted, scalar
from pkmcli.answers.model import METADATA_KEYS, Answer, AnswerSet, is_null
from pkmcli.errors import PkmError
from pkmcli.files.reading import parse_document
from pkmcli.rubric.model import Rubric


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
        self, rubric: Rubric, ident: str, answer: Answer | None, order: list[str]
    ) -> str:
        criterion = rubric.criterion(ident)
        assert criterion is not None
        answers = self.entry(self.root, "answers")
        if answers is None:
            if answer is None:
                return self.text
            if self.root.flow_style:
                block = self.flow_value(answer)
                return self.insert_flow(
                    self.root, "answers", f"{{{self.key_text(ident)}: {block}}}"
                )
            lines = answer_lines(criterion, answer, "  ")
            return self.append("answers:\n" + "".join(f"{line}\n" for line in lines))
        key_node, mapping = answers
        if isinstance(mapping, yaml.ScalarNode) and is_null(mapping):
            return self.first_entry(key_node, mapping, criterion.id, answer, rubric)
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
        lines = answer_lines(criterion, answer, " " * indent)
        new = "".join(f"{line}\n" for line in lines)
        earlier = order[: order.index(ident)]
        previous = [value for key, value in mapping.value if key.value in earlier]
        if previous:
            at = _line_end(self.text, _last_index(previous[-1]))
        else:
            at = _line_start(self.text, mapping.value[0][0].start_mark.index)
        return self.splice(at, at, new)

    def first_entry(
        self, key: yaml.Node, value: yaml.Node, ident: str, answer: Answer | None, rubric: Rubric
    ) -> str:
        """Fill an empty ``answers:`` with its first entry."""
        if answer is None:
            return self.text
        criterion = rubric.criterion(ident)
        assert criterion is not None
        if self.as_json:
            return self.replace_scalar(
                key, value, f"{{{self.key_text(ident)}: {self.flow_value(answer)}}}"
            )
        at = _line_end(self.text, key.end_mark.index)
        new = "".join(f"{line}\n" for line in answer_lines(criterion, answer, "  "))
        if at == len(self.text) and not self.text.endswith("\n"):
            new = "\n" + new
        return self.splice(at, at, new)

    def replace_entry(
        self, key: yaml.Node, value: yaml.Node, rubric: Rubric, ident: str, answer: Answer | None
    ) -> str:
        criterion = rubric.criterion(ident)
        assert criterion is not None
        lines = answer_lines(criterion, answer, " " * key.start_mark.column)
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
            if answer.note is None and not answer.evidence:
                return self.inline(given, flow=True)
            parts.append(("answer", self.inline(given, flow=True)))
        if answer.note is not None:
            parts.append(("note", self.inline(answer.note, flow=True)))
        if answer.evidence:
            items = ", ".join(self.inline(item, flow=True) for item in answer.evidence)
            parts.append(("evidence", f"[{items}]"))
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

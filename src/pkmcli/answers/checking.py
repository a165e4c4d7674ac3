"""`pkm validate`: check files that may be rubrics or answers files, every problem at once."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Protocol

import yaml

from pkmcli.answers.reader import check_complete, read_answers, rubric_for
from pkmcli.errors import PkmError, Problem, UsageError, counted
from pkmcli.files.finding import expand_inputs
from pkmcli.files.reading import Document, load_document
from pkmcli.messages.core import language, say
from pkmcli.numbers import short
from pkmcli.rubric.validation import rubric_from_document

RUBRIC_KEYS = frozenset({"indicators", "sections", "scales", "id", "version", "title", "source"})
ANSWERS_KEYS = frozenset({"answers", "rubric"})


def is_rubric(doc: Document) -> bool:
    """Tell a rubric from an answers file by its top-level keys."""
    root = doc.node
    if not isinstance(root, yaml.MappingNode):
        return False
    keys = _keys(root)
    return bool(keys & RUBRIC_KEYS) and not keys & ANSWERS_KEYS


def other_kind(doc: Document) -> str | None:
    """Say what a file is when it is plainly no answers file (a rubric, pkm's own output)."""
    root = doc.node
    if isinstance(root, yaml.SequenceNode):
        first = root.value[0] if root.value else None
        if isinstance(first, yaml.MappingNode) and {"file", "rubric"} <= _keys(first):
            return say("answers.result_list")
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    keys = _keys(root)
    if {"format", "sources", "rubric"} <= keys:
        return say("answers.snapshot")
    if {"file", "rubric", "score", "indicators"} <= keys:
        return say("answers.result")
    if {"elements", "bands"} <= keys:
        return say("answers.survey")
    if is_rubric(doc):
        return say("answers.rubric")
    return None


def _keys(node: yaml.MappingNode) -> set[str]:
    return {k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)}


class OtherKind(Protocol):
    """A kind of file validated by a package above this one (a survey definition)."""

    def recognises(self, doc: Document) -> bool: ...

    def check(self, file: str) -> str:
        """Validate the file; return its summary or raise PkmError."""
        ...


def check_file(
    file: str,
    rubric_ref: str | None = None,
    *,
    strict: bool = False,
    others: Sequence[OtherKind] = (),
) -> tuple[str, list[Problem]]:
    """Validate one file; return a one-line summary and any warnings, or raise PkmError."""
    doc = load_document(Path(file), file)
    for kind in others:
        if kind.recognises(doc):
            return kind.check(file), []
    if is_rubric(doc):
        from pkmcli.rubric.catalog import check_own_id  # noqa: PLC0415

        rubric = rubric_from_document(doc)
        check_own_id(rubric, Path(file), file)
        summary = say(
            "answers.rubric_summary",
            id=rubric.id,
            version=rubric.version,
            indicators=counted(len(rubric.all_indicators()), "answers.indicators"),
            criteria=counted(len(rubric.all_criteria()), "answers.criteria"),
            max=short(rubric.max_score, language()),
        )
        return summary, []
    rubric = rubric_for(doc, rubric_ref)
    # The reader finds duplicate keys itself, with more context than construction does.
    answer_set = read_answers(replace(doc, problems=[]), rubric, chosen=rubric_ref is not None)
    if strict:
        check_complete(answer_set, rubric)
    answered = len(rubric.all_criteria()) - len(answer_set.unanswered(rubric))
    count = len(rubric.all_criteria())
    summary = say("answers.answers_summary", rubric=rubric.id, answered=answered, count=count)
    return summary, list(answer_set.warnings)


def check_files(
    inputs: Sequence[str],
    rubric_ref: str | None = None,
    *,
    strict: bool = False,
    others: Sequence[OtherKind] = (),
) -> Iterator[tuple[str, str, list[Problem], list[Problem]]]:
    """Check each file the inputs name; yield (file, summary, problems, warnings), in order.

    Inputs that name nothing come first, with their problem; raise UsageError when the
    inputs name no file at all.
    """
    paths, missing = expand_inputs(inputs)
    if not paths and not missing:
        raise UsageError([Problem("pkm validate", say("answers.no_files"))])
    for problem in missing:
        yield problem.file, "", [problem], []
    for path in paths:
        try:
            summary, warnings = check_file(path, rubric_ref, strict=strict, others=others)
        except PkmError as exc:
            yield path, "", exc.problems, []
        else:
            yield path, summary, [], warnings

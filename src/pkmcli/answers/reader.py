"""The answers reader: a file read against a rubric, with every problem located."""

from __future__ import annotations

from pathlib import Path

import yaml

from pkmcli.answers.model import (
    LONG_KEYS,
    METADATA_KEYS,
    RATIO_KEYS,
    REVIEW_KEYS,
    REVIEW_LONG_KEYS,
    TOP_KEYS,
    Answer,
    AnswerSet,
    Review,
    is_null,
)
from pkmcli.errors import PkmError, Problem, suggest
from pkmcli.files.guards import position
from pkmcli.files.reading import Document, StrPath, load_document
from pkmcli.messages.core import language, say
from pkmcli.numbers import short
from pkmcli.rubric.model import Criterion, Rubric


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return say("rubric.kind_mapping")
    if isinstance(node, yaml.SequenceNode):
        return say("rubric.kind_list")
    return say("rubric.kind_nothing") if is_null(node) else say("rubric.kind_text")


class _Reader:
    """Walks the node tree of one answers file, collecting problems instead of stopping."""

    def __init__(self, doc: Document, rubric: Rubric, *, chosen: bool = False) -> None:
        self.doc = doc
        self.rubric = rubric
        self.chosen = chosen  # the rubric was given with --rubric
        self.problems: list[Problem] = list(doc.problems)
        self.warnings: list[Problem] = []
        self.in_review = False  # reading a review stage's answers, not the unit's
        self.locations: dict[str, tuple[int, int]] = {}

    def problem(self, node: yaml.Node, message: str, key: str | None = None) -> None:
        line, column = position(node)
        self.problems.append(Problem(self.doc.file, message, line, column, key))

    def warn(self, node: yaml.Node, message: str, key: str | None = None) -> None:
        """Note something that reads as written but is likely meant otherwise."""
        line, column = position(node)
        warning = say("answers.warning", message=message)
        self.warnings.append(Problem(self.doc.file, warning, line, column, key))

    def pairs(
        self, node: yaml.MappingNode, allowed: tuple[str, ...] | None, where: str | None
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """Return a mapping's entries by raw key text, reporting duplicates and unknown keys."""
        entries: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node, say("answers.plain_key", got=_kind(key_node)), where)
                continue
            name = key_node.value
            if name in entries:
                first = position(entries[name][0])[0]
                self.problem(key_node, say("files.duplicate_key", key=name, line=first), where)
                continue
            if allowed is not None and name not in allowed:
                hint = suggest(name, allowed)
                message = say("answers.unknown_key", key=name, hint=hint, keys=", ".join(allowed))
                self.problem(key_node, message, where)
                continue
            entries[name] = (key_node, value_node)
        return entries

    def text(
        self, node: yaml.Node, key: str, *, multiline: bool = True, what: str = ""
    ) -> str | None:
        if is_null(node):
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, what + say("answers.expected_text", got=_kind(node)), key)
            return None
        if not multiline and "\n" in node.value:
            self.problem(node, say("answers.single_line"), key)
            return None
        return str(node.value)

    def flag(self, node: yaml.Node, key: str) -> bool:
        """Read yes/no (true/false, ya/tidak); anything else is a problem."""
        if isinstance(node, yaml.ScalarNode) and not is_null(node):
            word = node.value.strip().casefold()
            if word in {"true", "yes", "ya", "y"}:
                return True
            if word in {"false", "no", "tidak", "n"}:
                return False
        self.problem(node, say("answers.revision_flag"), key)
        return False

    def number(self, node: yaml.Node, key: str, what: str) -> float | None:
        if not isinstance(node, yaml.ScalarNode) or is_null(node):
            self.problem(node, say("answers.not_a_number", what=what, got=_kind(node)), key)
            return None
        raw = node.value.strip().removesuffix("%").strip().replace(",", ".")
        try:
            value = float(raw)
        except ValueError:
            got = f"'{node.value}'"
            self.problem(node, say("answers.not_a_number", what=what, got=got), key)
            return None
        if not 0 <= value < float("inf"):
            self.problem(node, say("answers.negative", what=what, value=node.value), key)
            return None
        return value

    def read(self) -> AnswerSet:
        root = self.doc.node
        if root is None or not isinstance(root, yaml.MappingNode):
            if root is None:
                self.problems.append(Problem(self.doc.file, say("answers.empty_file"), 1, 1))
            else:
                self.problem(root, say("answers.not_a_mapping", got=_kind(root)))
            raise PkmError(self.problems)
        entries = self.pairs(root, TOP_KEYS, None)
        rubric_id = self.rubric_id(root, entries)
        meta = {
            name: self.text(entries[name][1], name, multiline=False)
            for name in METADATA_KEYS
            if name in entries
        }
        answers: dict[str, Answer] = {}
        if rubric_id != self.rubric.id:
            # Checking answers against a rubric they were not written for only adds noise.
            raise PkmError(self.problems)
        if "answers" in entries:
            self.locations["answers"] = position(entries["answers"][0])
            answers = self.answers(entries["answers"][1])
        reviews = self.reviews(entries["reviews"][1]) if "reviews" in entries else ()
        if self.problems:
            raise PkmError(self.problems)
        return AnswerSet(
            rubric=rubric_id,
            answers=answers,
            file=self.doc.file,
            locations=self.locations,
            warnings=tuple(self.warnings),
            reviews=reviews,
            **meta,
        )

    def reviews(self, node: yaml.Node) -> tuple[Review, ...]:
        """Read the evaluators' stages: known ids, each once, in the rubric's order."""
        if is_null(node):
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, say("answers.reviews_not_a_list", got=_kind(node)))
            return ()
        order = self.rubric.stage_ids()
        declared = order[1:]
        reviews: list[Review] = []
        latest = 0
        for number, item in enumerate(node.value, start=1):
            where = f"reviews.{number}"
            if not isinstance(item, yaml.MappingNode):
                self.problem(item, say("answers.stage_not_a_mapping", where=where, got=_kind(item)))
                continue
            entries = self.pairs(item, REVIEW_KEYS, where)
            if "stage" not in entries:
                self.problem(item, say("answers.stage_missing", where=where))
                continue
            stage_node = entries["stage"][1]
            stage = self.text(stage_node, "stage", multiline=False, what=f"{where}: ") or ""
            if stage not in declared:
                hint, known = suggest(stage, declared), ", ".join(declared)
                message = (
                    say("answers.unknown_stage", stage=stage, hint=hint, stages=known)
                    if declared
                    else say("answers.unknown_stage_none", stage=stage)
                )
                self.problem(stage_node, message, where)
                continue
            if any(r.stage == stage for r in reviews):
                self.problem(stage_node, say("answers.stage_twice", stage=stage), where)
                continue
            place = order.index(stage)
            if place < latest:
                message = say(
                    "answers.stage_order",
                    stage=stage,
                    after=order[latest],
                    order=", ".join(declared),
                )
                self.problem(stage_node, message, where)
                continue
            latest = place
            self.in_review = True
            try:
                answers = self.answers(entries["answers"][1]) if "answers" in entries else {}
            finally:
                self.in_review = False
            reviews.append(
                Review(
                    stage,
                    self.text(entries["assessor"][1], "assessor", multiline=False)
                    if "assessor" in entries
                    else None,
                    self.text(entries["date"][1], "date", multiline=False)
                    if "date" in entries
                    else None,
                    answers,
                    position(stage_node),
                )
            )
        return tuple(reviews)

    def rubric_id(self, root: yaml.Node, entries: dict[str, tuple[yaml.Node, yaml.Node]]) -> str:
        if "rubric" not in entries:
            if not self.chosen:
                self.problem(root, say("answers.missing_rubric", id=self.rubric.id))
            return self.rubric.id
        node = entries["rubric"][1]
        if not isinstance(node, yaml.ScalarNode) or is_null(node) or "\n" in node.value:
            lines = isinstance(node, yaml.ScalarNode) and not is_null(node)
            got = say("answers.kind_lines") if lines else _kind(node)
            self.problem(node, say("answers.bad_rubric_id", id=self.rubric.id, got=got), "rubric")
            return self.rubric.id
        given = str(node.value)
        if given != self.rubric.id:
            which = "answers.other_rubric_chosen" if self.chosen else "answers.other_rubric"
            self.problem(node, say(which, given=given, id=self.rubric.id))
        return given

    def answers(self, node: yaml.Node) -> dict[str, Answer]:
        if is_null(node):
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, say("answers.answers_not_a_mapping", got=_kind(node)))
            return {}
        answers: dict[str, Answer] = {}
        ids = [c.id for c in self.rubric.all_criteria()]
        for ident, (key_node, value_node) in self.pairs(node, None, None).items():
            criterion = self.rubric.criterion(ident)
            if criterion is None:
                message = say(
                    "answers.unknown_criterion",
                    id=ident,
                    hint=suggest(ident.casefold(), ids),
                    rubric=self.rubric.id,
                    first=ids[0],
                    last=ids[-1],
                )
                self.problem(key_node, message)
                continue
            if not self.in_review:
                self.locations[ident] = position(key_node)
            answer = self.answer(criterion, value_node)
            # A blank entry is the same as an absent one, so that files read back as written.
            if answer is not None and answer != Answer():
                answers[ident] = answer
        return answers

    def answer(self, criterion: Criterion, node: yaml.Node) -> Answer | None:
        ident = criterion.id
        if criterion.type == "ratio":
            return self.ratio(criterion, node)
        if isinstance(node, yaml.MappingNode):
            entries = self.pairs(node, REVIEW_LONG_KEYS if self.in_review else LONG_KEYS, ident)
            note = (
                self.text(entries["note"][1], ident, what="note: ") if "note" in entries else None
            )
            evidence = self.evidence(entries["evidence"][1], ident) if "evidence" in entries else ()
            value_node = entries["answer"][1] if "answer" in entries else None
            partial = self.value(criterion, value_node) if value_node is not None else Answer()
            revision = self.flag(entries["revision"][1], ident) if "revision" in entries else False
            return Answer(
                key=partial.key,
                number=partial.number,
                note=note,
                evidence=evidence,
                revision=revision,
            )
        if isinstance(node, yaml.SequenceNode):
            percentage = criterion.type == "percentage"
            message = "answers.list_for_percentage" if percentage else "answers.list_for_option"
            self.problem(node, say(message), ident)
            return None
        return self.value(criterion, node)

    def value(self, criterion: Criterion, node: yaml.Node) -> Answer:
        ident = criterion.id
        if is_null(node) or (isinstance(node, yaml.ScalarNode) and not node.value.strip()):
            return Answer()  # empty, also written as "": unanswered
        if criterion.type == "percentage":
            number = self.number(node, ident, "percentage")
            if number is not None and number > 100:
                self.problem(node, say("answers.percent_range", value=node.value), ident)
                return Answer()
            if number is not None and 0 < number < 1:
                times = short(number * 100, language())
                self.warn(
                    node, say("answers.percent_fraction", value=node.value, times=times), ident
                )
            return Answer(number=number)
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, say("answers.not_an_option_key", got=_kind(node)), ident)
            return Answer()
        option = criterion.find_option(node.value) or criterion.find_label(node.value)
        if option is not None and option.key.casefold() != node.value.casefold():
            return Answer(key=option.key)  # a label, as the interview takes it
        if option is None:
            keys = [o.key for o in criterion.choices]
            hint = suggest(node.value.casefold(), keys)
            message = say(
                "answers.not_an_option", given=node.value, keys=", ".join(keys), hint=hint
            )
            self.problem(node, message, ident)
            return Answer()
        return Answer(key=node.value)

    def ratio(self, criterion: Criterion, node: yaml.Node) -> Answer | None:
        ident = criterion.id
        if is_null(node):
            return Answer()
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, say("answers.ratio_not_a_mapping", got=_kind(node)), ident)
            return None
        allowed = (*RATIO_KEYS, "revision") if self.in_review else RATIO_KEYS
        entries = self.pairs(node, allowed, ident)
        note = self.text(entries["note"][1], ident, what="note: ") if "note" in entries else None
        evidence = self.evidence(entries["evidence"][1], ident) if "evidence" in entries else ()
        revision = self.flag(entries["revision"][1], ident) if "revision" in entries else False
        given = [
            name
            for name in ("numerator", "denominator")
            if name in entries and not is_null(entries[name][1])
        ]
        if not given:
            return Answer(note=note, evidence=evidence, revision=revision)
        if len(given) == 1:
            missing = "denominator" if given == ["numerator"] else "numerator"
            self.problem(node, say("answers.ratio_half", missing=missing), ident)
            return None
        numerator = self.number(entries["numerator"][1], ident, "numerator")
        denominator = self.number(entries["denominator"][1], ident, "denominator")
        if denominator == 0:
            self.problem(entries["denominator"][1], say("answers.zero_denominator"), ident)
            return None
        if numerator is None or denominator is None:
            return None
        return Answer(
            numerator=numerator,
            denominator=denominator,
            note=note,
            evidence=evidence,
            revision=revision,
        )

    def evidence(self, node: yaml.Node, ident: str) -> tuple[str, ...]:
        if is_null(node):
            return ()
        if isinstance(node, yaml.ScalarNode):
            return (node.value,) if node.value.strip() else ()
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, say("answers.evidence_not_a_list", got=_kind(node)), ident)
            return ()
        items: list[str] = []
        for item in node.value:
            if isinstance(item, yaml.ScalarNode) and not is_null(item):
                if item.value.strip():  # an empty item is no evidence
                    items.append(item.value)
            else:
                self.problem(item, say("answers.evidence_item", got=_kind(item)), ident)
        return tuple(items)


def read_answers(doc: Document, rubric: Rubric, *, chosen: bool = False) -> AnswerSet:
    """Validate a parsed answers document against ``rubric``; raise PkmError with every problem.

    ``chosen``: the rubric was given on the command line, so a file need not name it.
    """
    return _Reader(doc, rubric, chosen=chosen).read()


def peek_rubric_id(doc: Document) -> str | None:
    """Return the ``rubric:`` value of an answers document, if it names one plainly."""
    root = doc.node
    if not isinstance(root, yaml.MappingNode):
        return None
    for key_node, value_node in root.value:
        if (
            isinstance(key_node, yaml.ScalarNode)
            and key_node.value == "rubric"
            and isinstance(value_node, yaml.ScalarNode)
            and not is_null(value_node)
            and "\n" not in value_node.value
        ):
            return str(value_node.value)
    return None


def load_answers_document(path: StrPath, display: str | None = None) -> Document:
    """Parse an answers file into its node tree (data is read from the nodes, not constructed)."""
    return load_document(path, display, construct=False)


def check_complete(answer_set: AnswerSet, rubric: Rubric) -> None:
    """Raise PkmError listing every unanswered criterion (``--strict``)."""
    missing = answer_set.unanswered(rubric)
    problems = []
    for ident in missing:
        line, column = answer_set.locations.get(ident, answer_set.locations.get("answers", (1, 1)))
        problems.append(
            Problem(answer_set.file, say("answers.unanswered_strict"), line, column, ident)
        )
    if problems:
        raise PkmError(problems)


def rubric_for(doc: Document, rubric_ref: str | None) -> Rubric:
    """Pick the rubric for an answers file: ``--rubric`` if given, else the one it names."""
    from pkmcli.rubric.catalog import DEFAULT_RUBRIC, load_rubric, shipped_rubrics  # noqa: PLC0415

    if rubric_ref is not None:
        return load_rubric(rubric_ref)
    named = peek_rubric_id(doc)
    if named is None:
        return load_rubric(DEFAULT_RUBRIC)
    shipped = shipped_rubrics()
    if named in shipped:
        return load_rubric(named)
    line, column = _rubric_position(doc)
    hint = suggest(named, shipped)
    message = say("answers.unknown_rubric", named=named, hint=hint, shipped=", ".join(shipped))
    raise PkmError.single(doc.file, message, line=line, column=column)


def _rubric_position(doc: Document) -> tuple[int, int]:
    root = doc.node
    if isinstance(root, yaml.MappingNode):
        for key_node, value_node in root.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == "rubric":
                return position(value_node)
    return 1, 1


def load_answers(
    path: Path, rubric_ref: str | None = None, display: str | None = None
) -> tuple[Rubric, AnswerSet]:
    """Read an answers file and the rubric it answers; raise PkmError with every problem."""
    doc = load_answers_document(path, display)
    rubric = rubric_for(doc, rubric_ref)
    return rubric, read_answers(doc, rubric, chosen=rubric_ref is not None)

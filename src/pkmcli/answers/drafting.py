"""Write answers files: blank ones to fill in, and filled ones, each question as a comment."""

from __future__ import annotations

import json
import re
import shlex
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from pkmcli.answers.model import Answer, AnswerSet
from pkmcli.errors import Problem, UsageError, counted
from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.numbers import short
from pkmcli.rubric.model import Criterion, Rubric

_PLAIN = re.compile(r"^[\w][\w .,/:@()+\-]*$")
# JSON leaves these raw, but YAML reads them as line breaks or refuses them as unprintable.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def scalar(value: str | float) -> str:
    """Return ``value`` as a YAML scalar that reads back as the same text or number."""
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() else repr(value)
    if value and _PLAIN.match(value) and value == value.strip():
        try:
            if yaml.safe_load(value) == value and ": " not in value and " #" not in value:
                return value
        except yaml.YAMLError:
            pass
    return quoted(value)


def quoted(text: str) -> str:
    """Return text as a double-quoted scalar that YAML and JSON both read back unchanged."""
    written = json.dumps(text, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda match: f"\\u{ord(match[0]):04x}", written)


def _comment(text: str, indent: str, width: int = 96, hang: str = "") -> list[str]:
    lines = textwrap.wrap(
        " ".join(text.split()), width=width - len(indent) - 2, subsequent_indent=hang
    ) or [""]
    return [f"{indent}# {line}".rstrip() for line in lines]


def _criterion_comments(criterion: Criterion, lang: Lang) -> list[str]:
    lines = _comment(f"{criterion.id} {criterion.question.get(lang)}", "  ")
    for option in criterion.choices:
        label = option.label.get(lang) if option.label else option.key
        lead = f"{option.key} = "
        value = short(option.value or 0.0, lang)
        lines += _comment(f"{lead}{label} ({value})", "    ", hang=" " * len(lead))
    if criterion.type == "percentage":
        lines += _comment(say("answers.draft_percent", lang), "  ")
    elif criterion.type == "ratio" and criterion.numerator and criterion.denominator:
        lines += _comment(
            say(
                "answers.draft_ratio",
                lang,
                num=criterion.numerator.get(lang),
                den=criterion.denominator.get(lang),
            ),
            "  ",
        )
    if criterion.evidence:
        evidence = say("answers.draft_evidence", lang)
        lines += _comment(f"{evidence}: {criterion.evidence.get(lang)}", "  ")
    return lines


def answer_lines(criterion: Criterion, answer: Answer | None, indent: str = "  ") -> list[str]:
    """Return a criterion's entry as block YAML lines, its key at ``indent``."""
    ident = criterion.id
    inner = indent + "  "
    if answer is None:
        return [f"{indent}{ident}:"]
    if answer.note is None and not answer.evidence and answer.numerator is None:
        if answer.key is not None:
            return [f"{indent}{ident}: {scalar(answer.key)}"]
        if answer.number is not None:
            return [f"{indent}{ident}: {scalar(answer.number)}"]
        return [f"{indent}{ident}:"]
    lines = [f"{indent}{ident}:"]
    if answer.key is not None:
        lines.append(f"{inner}answer: {scalar(answer.key)}")
    elif answer.number is not None:
        lines.append(f"{inner}answer: {scalar(answer.number)}")
    if answer.numerator is not None and answer.denominator is not None:
        lines.append(f"{inner}numerator: {scalar(answer.numerator)}")
        lines.append(f"{inner}denominator: {scalar(answer.denominator)}")
    if answer.note is not None:
        lines.append(f"{inner}note: {scalar(answer.note)}")
    if answer.evidence:
        lines.append(f"{inner}evidence:")
        lines += [f"{inner}  - {scalar(item)}" for item in answer.evidence]
    return lines


def _long_form_example(rubric: Rubric) -> str:
    """Show the long form on a real criterion of this rubric (its first multiple-choice one)."""
    criterion = next((c for c in rubric.all_criteria() if c.choices), rubric.all_criteria()[0])
    key = criterion.choices[-1].key if criterion.choices else "50"
    evidence = "bukti/" + criterion.id.replace(".", "-") + ".pdf"
    return (
        f'#   {criterion.id}: {{answer: {key}, note: "...", evidence: [{evidence}, https://...]}}'
    )


def render_answers(
    rubric: Rubric,
    answer_set: AnswerSet | None = None,
    lang: Lang = "id",
    *,
    comments: bool = True,
    schema: str | None = None,
) -> str:
    """Return the text of an answers file, every question and its options as comments.

    ``schema``: where the file's JSON Schema is, named on the first line for editors.
    """
    from pkmcli.answers.schema import schema_line  # noqa: PLC0415

    answer_set = answer_set or AnswerSet(rubric=rubric.id)
    lines: list[str] = [schema_line(schema)] if schema is not None else []
    if comments:
        lines += _comment(
            say(
                "answers.draft_head",
                lang,
                id=rubric.id,
                version=rubric.version,
                title=rubric.title.get(lang),
            ),
            "",
        )
        lines += _comment(say("answers.draft_how", lang), "")
        lines += _comment(say("answers.draft_blank", lang), "")
        lines.append(_long_form_example(rubric))
    lines.append(f"rubric: {scalar(rubric.id)}")
    for name in ("unit", "period", "assessor"):
        value = getattr(answer_set, name)
        lines.append(f"{name}: {scalar(value)}" if value is not None else f"{name}:")
    lines.append("answers:")
    for indicator in rubric.all_indicators():
        if comments:
            lines.append("")
            lines += _comment(
                f"== {indicator.id}. {indicator.title.get(lang)} "
                f"({say('answers.draft_weight', lang)} {short(indicator.weight, lang)}) ==",
                "  ",
            )
        for criterion in indicator.criteria:
            if comments:
                lines += _criterion_comments(criterion, lang)
            answer = answer_set.answers.get(criterion.id)
            lines += answer_lines(criterion, answer)
    return "\n".join(lines) + "\n"


def draft_answers_file(
    target: Path | None,
    rubric_ref: str | None,
    metadata: Mapping[str, str | None],
    lang: Lang,
    *,
    force: bool = False,
    schema: bool = True,
) -> tuple[str, str]:
    """Return a blank answers file's text, written to ``target`` unless None, and a note on it.

    An existing ``target`` is refused (UsageError) unless ``force``. With ``schema``, a YAML
    file names its JSON Schema on its first line, written beside it (``answers.schema``).
    """
    from pkmcli.answers.schema import schema_note, schema_reference  # noqa: PLC0415
    from pkmcli.files.writing import (  # noqa: PLC0415
        check_not_an_input,
        check_writable,
        write_atomic,
    )
    from pkmcli.rubric.catalog import load_rubric  # noqa: PLC0415

    rubric = load_rubric(rubric_ref)
    blank = AnswerSet(
        rubric.id, metadata.get("unit"), metadata.get("period"), metadata.get("assessor")
    )
    # JSON holds no comments: a JSON file cannot name its schema.
    named = schema and (target is None or target.suffix.lower() != ".json")
    reference = schema_reference(rubric) if named else None
    text = (
        render_answers(rubric, blank, lang, schema=reference)
        if target is None
        else render_answers_file(target, rubric, blank, lang, schema=reference)
    )
    if target is None:
        return text, schema_note(None, rubric, rubric_ref, lang) if named else ""
    if rubric_ref is not None:
        check_not_an_input(target, str(target), [("rubric file", rubric_ref)])
    if target.exists() and not target.is_dir() and not force:
        raise UsageError([Problem(str(target), say("files.exists", lang))])
    check_writable(target, str(target))
    write_atomic(target, text)
    # The answers file first: a schema that cannot be written leaves it written, and says so.
    beside = schema_note(target, rubric, rubric_ref, lang) if named else ""
    from pkmcli.rubric.catalog import shipped_rubrics  # noqa: PLC0415

    # A rubric of the user's is not found by the id the file names: the command says it.
    command = ["pkm", "score", str(target)]
    if rubric_ref is not None and rubric_ref not in shipped_rubrics():
        command += ["--rubric", rubric_ref]
    criteria = counted(len(rubric.all_criteria()), "answers.criteria", lang)
    note = say(
        "answers.drafted",
        lang,
        target=target,
        criteria=criteria,
        rubric=rubric.id,
        command=shlex.join(command),
    )
    return text, f"{note}\n{beside}" if beside else note


def answer_data(answer: Answer) -> Any:
    """Return an answer as plain data for a JSON answers file (None when it holds nothing)."""
    if answer.numerator is not None:
        data: dict[str, Any] = {"numerator": answer.numerator, "denominator": answer.denominator}
    elif answer.key is not None or answer.number is not None:
        value = answer.key if answer.key is not None else answer.number
        if answer.note is None and not answer.evidence:
            return value
        data = {"answer": value}
    else:
        data = {}
    if answer.note is not None:
        data["note"] = answer.note
    if answer.evidence:
        data["evidence"] = list(answer.evidence)
    return data or None


def render_answers_json(answer_set: AnswerSet) -> str:
    """Return an answers file as JSON (which holds no comments)."""
    data: dict[str, Any] = {"rubric": answer_set.rubric}
    for name in ("unit", "period", "assessor"):
        if getattr(answer_set, name) is not None:
            data[name] = getattr(answer_set, name)
    data["answers"] = {ident: answer_data(answer) for ident, answer in answer_set.answers.items()}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_answers_file(
    path: Path, rubric: Rubric, answer_set: AnswerSet, lang: Lang, *, schema: str | None = None
) -> str:
    """Return a whole answers file: JSON for a ``.json`` file, else YAML with the questions."""
    if path.suffix.lower() == ".json":
        return render_answers_json(answer_set)
    return render_answers(rubric, answer_set, lang, schema=schema)

"""The JSON Schema (draft 2020-12) of the answers files of one rubric, for editors to check them.

It follows the reader: what the reader refuses, the schema refuses where a schema can say it
(unknown keys and criteria, options the criterion lacks, wrong shapes, unknown stages), and it
never refuses what the reader accepts (the values' spellings are in ``answers.spellings``).
"""

from __future__ import annotations

import itertools
import shlex
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from pkmcli.answers.model import (
    LONG_KEYS,
    METADATA_KEYS,
    RATIO_KEYS,
    REVIEW_LONG_KEYS,
)
from pkmcli.answers.spellings import (
    EVIDENCE,
    LINE,
    REVISION,
    SCALAR,
    both_or_neither,
    count_value,
    option_line,
    option_value,
    percent_value,
)
from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.rubric.model import Criterion, Rubric
from pkmcli.rubric.schema import DIALECT, export_schema, schema_json, write_schema

# Where `pkm init` puts the schema, beside the answers file, and how the file names it.
SCHEMA_FOLDER = PurePosixPath(".pkm/schema")
SCHEMA_COMMENT = "# yaml-language-server: $schema={reference}"
# Review stages whose every allowed order the schema spells out (2 ** n sequences).
MAX_ORDERED_STAGES = 6


def _entry(criterion: Criterion, lang: Lang, *, review: bool) -> dict[str, Any]:
    """One criterion's entry under ``answers``: the short form, or the long one."""
    shared = {
        "note": {"$ref": "#/$defs/text", "description": say("schema.key_note", lang)},
        "evidence": {"$ref": "#/$defs/evidence", "description": say("schema.key_evidence", lang)},
        "revision": {"$ref": "#/$defs/revision", "description": say("schema.key_revision", lang)},
    }
    value = {"$ref": f"#/$defs/value-{criterion.id}"}
    entry: dict[str, Any]
    if criterion.type == "ratio":
        counts = {
            name: {
                "$ref": f"#/$defs/{name}",
                "description": say(
                    f"schema.key_{name}", lang, label=label.get(lang) if label else name
                ),
            }
            for name, label in (
                ("numerator", criterion.numerator),
                ("denominator", criterion.denominator),
            )
        }
        keys: tuple[str, ...] = (*RATIO_KEYS, "revision") if review else RATIO_KEYS
        entry = {
            "type": ["object", "null"],
            "properties": {key: {**shared, **counts}[key] for key in keys},
            "additionalProperties": False,
            "allOf": both_or_neither(),
        }
    else:
        keys = REVIEW_LONG_KEYS if review else LONG_KEYS
        answer = {**value, "description": say("schema.key_answer", lang)}
        long_form = {
            "type": "object",
            "properties": {key: {**shared, "answer": answer}[key] for key in keys},
            "additionalProperties": False,
        }
        entry = {"anyOf": [value, long_form]}
    return {"title": criterion.question.get(lang), "description": _about(criterion, lang), **entry}


def _about(criterion: Criterion, lang: Lang) -> str:
    """What an editor shows of a criterion: how to answer it, its options, its evidence."""
    if criterion.type == "percentage":
        lines = [say("schema.percent_hint", lang)]
    elif criterion.type == "ratio":
        num, den = (t.get(lang) if t else "" for t in (criterion.numerator, criterion.denominator))
        lines = [say("schema.ratio_hint", lang, num=num, den=den)]
    else:
        lines = [say("schema.choice_hint", lang)]
        lines += [option_line(option, lang) for option in criterion.choices]
    if criterion.evidence:
        lines.append(say("schema.evidence_hint", lang, evidence=criterion.evidence.get(lang)))
    return "\n".join(lines)


def _answers(rubric: Rubric, lang: Lang, *, review: bool) -> dict[str, Any]:
    return {
        "type": ["object", "null"],
        "properties": {c.id: _entry(c, lang, review=review) for c in rubric.all_criteria()},
        "additionalProperties": False,
    }


def _stage_orders(declared: list[str]) -> dict[str, Any]:
    """Each stage at most once, in the rubric's order: every such sequence, spelled out."""
    sequences = [
        list(chosen)
        for size in range(len(declared) + 1)
        for chosen in itertools.combinations(declared, size)
    ]
    return {
        "anyOf": [
            {
                "minItems": len(sequence),
                "maxItems": len(sequence),
                **(
                    {"prefixItems": [{"properties": {"stage": {"const": s}}} for s in sequence]}
                    if sequence
                    else {}
                ),
            }
            for sequence in sequences
        ]
    }


def _reviews(rubric: Rubric, lang: Lang) -> dict[str, Any]:
    declared = [stage.id for stage in rubric.stages]
    stage: dict[str, Any] = {"description": say("schema.key_stage", lang)}
    if rubric.stages:
        stage["anyOf"] = [{"const": s.id, "description": s.label.get(lang)} for s in rubric.stages]
    else:
        stage["not"] = {}
    entry = {
        "type": "object",
        "required": ["stage"],
        "properties": {
            "stage": stage,
            "assessor": {
                "$ref": "#/$defs/line",
                "description": say("schema.key_stage_assessor", lang),
            },
            "date": {"$ref": "#/$defs/line", "description": say("schema.key_date", lang)},
            "answers": {
                "$ref": "#/$defs/review-answers",
                "description": say("schema.key_stage_answers", lang),
            },
        },
        "additionalProperties": False,
    }
    listed = ", ".join(declared) or say("schema.no_stages", lang)
    reviews: dict[str, Any] = {
        "description": say("schema.key_reviews", lang, stages=listed),
        "type": ["array", "null"],
        "items": entry,
        "maxItems": len(declared),
    }
    if 1 < len(declared) <= MAX_ORDERED_STAGES:
        reviews |= _stage_orders(declared)
    return reviews


def answers_schema(rubric: Rubric, lang: Lang) -> dict[str, Any]:
    """Return the JSON Schema of answers files for ``rubric``, its descriptions in ``lang``."""
    title = say("schema.answers_title", lang, id=rubric.id, version=rubric.version)
    named = (rubric.id, rubric.version)
    definitions: dict[str, Any] = {
        "text": SCALAR,
        "line": LINE,
        "evidence": EVIDENCE,
        "revision": REVISION,
        "numerator": count_value(zero=True),
        "denominator": count_value(zero=False),
        "answers": _answers(rubric, lang, review=False),
        "review-answers": _answers(rubric, lang, review=True),
    }
    for criterion in rubric.all_criteria():
        if criterion.type == "percentage":
            definitions[f"value-{criterion.id}"] = percent_value()
        elif criterion.type == "choice":
            definitions[f"value-{criterion.id}"] = option_value(criterion, lang)
    metadata = {
        name: {"$ref": "#/$defs/line", "description": say(f"schema.key_{name}", lang)}
        for name in METADATA_KEYS
    }
    return {
        "$schema": DIALECT,
        "$id": ":".join(("urn:pkm:schema:answers", *(quote(t, safe="") for t in named))),
        "title": title,
        "description": say("schema.answers_description", lang, title=rubric.title.get(lang)),
        "type": "object",
        "required": ["rubric"],
        "properties": {
            "rubric": {
                "const": rubric.id,
                "description": say("schema.key_rubric", lang, id=rubric.id),
            },
            **metadata,
            "answers": {"$ref": "#/$defs/answers", "description": say("schema.key_answers", lang)},
            "reviews": _reviews(rubric, lang),
        },
        "additionalProperties": False,
        "$defs": definitions,
    }


def schema_reference(rubric: Rubric) -> str:
    """The path of a rubric's answers schema, relative to the answers file `pkm init` writes."""
    return str(SCHEMA_FOLDER / f"answers-{rubric.id}.json")


def schema_line(reference: str) -> str:
    """The first line of an answers file that tells editors where its schema is."""
    return SCHEMA_COMMENT.format(reference=reference)


def answers_schema_text(rubric: Rubric, lang: Lang) -> str:
    """Return the text of the answers schema file of ``rubric``."""
    return schema_json(answers_schema(rubric, lang))


def export_answers_schema(ref: str | None, target: Path | None, lang: Lang) -> tuple[str, str]:
    """Return the answers schema's text, written to ``target`` unless None, and a note on it."""
    from pkmcli.rubric.catalog import load_rubric  # noqa: PLC0415

    rubric = load_rubric(ref)
    text = answers_schema_text(rubric, lang)
    wrote = say("schema.wrote_answers", lang, id=rubric.id, path=target)
    return text, export_schema(text, target, wrote, lang)


def schema_note(target: Path | None, rubric: Rubric, ref: str | None, lang: Lang) -> str:
    """Write the answers schema beside ``target`` where the file names it; say what was done.

    Without a file to write beside (stdout, a device), say how to write it; "" when the schema
    beside the file was already there, as it is.
    """
    if target is None or (target.exists() and not target.is_file()):
        command = ["pkm", "schema", "answers", "--rubric", ref or rubric.id]
        command += ["-o", schema_reference(rubric)]
        return say("schema.init_hint", lang, command=shlex.join(command))
    path = target.parent / schema_reference(rubric)
    if write_schema(path, answers_schema_text(rubric, lang)):
        return say("schema.init_schema", lang, path=path)
    return ""

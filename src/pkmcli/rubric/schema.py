"""The JSON Schema (draft 2020-12) of rubric files, derived from the rubric model, and the one
way pkm writes a schema file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pkmcli.errors import PkmError
from pkmcli.language import Lang
from pkmcli.messages.core import say, table
from pkmcli.rubric import model
from pkmcli.rubric.model import Model, field_types

DIALECT = "https://json-schema.org/draft/2020-12/schema"
RUBRIC_SCHEMA_ID = "urn:pkm:schema:rubric"
# Every part of a rubric, by the name pydantic gives its definition.
PARTS: dict[str, type[Model]] = {
    part.__name__: part
    for part in (
        model.Rubric,
        model.Text,
        model.Option,
        model.Scale,
        model.Criterion,
        model.Indicator,
        model.Section,
        model.Grade,
        model.Stage,
        model.Source,
    )
}


def schema_json(schema: dict[str, Any]) -> str:
    """Return a schema as the text of its file: indented JSON, in the order it was built."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def write_schema(path: Path, text: str) -> bool:
    """Write a schema file atomically, making its folders; False when it already holds ``text``."""
    from pkmcli.files.writing import write_atomic  # noqa: PLC0415

    try:
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass  # unreadable or not text: written afresh below
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PkmError.single(
            str(path),
            say("schema.cannot_create", folder=path.parent, reason=exc.strerror or exc),
        ) from None
    write_atomic(path, text)
    return True


def export_schema(text: str, target: Path | None, wrote: str, lang: Lang) -> str:
    """Write ``text`` to ``target`` unless None; return the line that says what was done."""
    if target is None:
        return ""
    return wrote if write_schema(target, text) else say("schema.unchanged", lang, path=target)


def _generator() -> type[Any]:
    from pydantic.json_schema import GenerateJsonSchema  # noqa: PLC0415 - only for the schema

    class Generator(GenerateJsonSchema):
        """pydantic's schema, with what the model's conversions also accept."""

        def function_before_schema(self, schema: Any) -> Any:
            inner = super().function_before_schema(schema)
            convert = schema["function"]["function"]
            # The model's own conversions: plain text for a translated text, a number for a
            # version (YAML reads `version: 1.0` as one).
            if convert is model._text_from_plain:  # noqa: SLF001
                return {"anyOf": [{"type": "string", "minLength": 1}, inner]}
            if convert is model._str_from_scalar:  # noqa: SLF001
                return {"anyOf": [inner, {"type": "number"}]}
            return inner

    return Generator


def _describe(name: str, definition: dict[str, Any], lang: Lang) -> None:
    """Keep the keys a file may give, and say what the part and each key mean in ``lang``."""
    words = table("schema")[lang]
    keys = field_types(PARTS[name])
    properties = definition["properties"]
    for key in list(properties):
        if key not in keys:
            del properties[key]  # derived attributes, filled in by validation
            continue
        properties[key].pop("title", None)
        properties[key]["description"] = words.get(f"field_{name}_{key}") or words[f"field_{key}"]
    definition["required"] = [key for key in definition.get("required", []) if key in keys]
    definition.pop("title", None)
    definition["description"] = words[f"model_{name}"]


# Rules across fields that a schema can say (the model checks them in `_validated`).
_NOT_NULL = {"not": {"type": "null"}}
_TREE = {
    "oneOf": [
        {"required": [name], "properties": {name: _NOT_NULL}} for name in ("sections", "indicators")
    ]
}
_CRITERION_RULES = [
    {
        "if": {"required": ["type"], "properties": {"type": {"enum": ["percentage", "ratio"]}}},
        "then": {"properties": {"scale": {"type": "null"}, "options": {"type": "null"}}},
        "else": {
            "anyOf": [
                {"required": ["scale"], "properties": {"scale": _NOT_NULL}},
                {
                    "required": ["options"],
                    "properties": {"options": {"type": "array", "minItems": 1}},
                },
            ]
        },
    },
    {
        "if": {"required": ["type"], "properties": {"type": {"const": "ratio"}}},
        "then": {
            "required": ["numerator", "denominator"],
            "properties": {"numerator": _NOT_NULL, "denominator": _NOT_NULL},
        },
        "else": {"properties": {"numerator": {"type": "null"}, "denominator": {"type": "null"}}},
    },
]


def rubric_schema(lang: Lang) -> dict[str, Any]:
    """Return the JSON Schema of rubric files, its descriptions in ``lang``."""
    from pkmcli.rubric.validation import rubric_validator  # noqa: PLC0415 - loads pydantic

    derived = rubric_validator().json_schema(schema_generator=_generator())
    definitions = derived.pop("$defs")
    _describe("Rubric", derived, lang)
    for name, definition in definitions.items():
        _describe(name, definition, lang)
    definitions["Criterion"]["allOf"] = _CRITERION_RULES
    return {
        "$schema": DIALECT,
        "$id": RUBRIC_SCHEMA_ID,
        "title": say("schema.rubric_title", lang),
        **derived,
        **_TREE,
        "$defs": definitions,
    }


def export_rubric_schema(target: Path | None, lang: Lang) -> tuple[str, str]:
    """Return the rubric schema's text, written to ``target`` unless None, and a note on it."""
    text = schema_json(rubric_schema(lang))
    wrote = say("schema.wrote_rubric", lang, path=target)
    return text, export_schema(text, target, wrote, lang)

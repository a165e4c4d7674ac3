"""Validate rubric files: pydantic's errors turned into located problems a person can act on."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, get_args, get_origin

from pkmcli.errors import PkmError, Problem, suggest
from pkmcli.files.reading import Document, locate
from pkmcli.rubric.model import Model, Rubric, Text, field_types
from pkmcli.rubric.rules import KeyPath, tree_rule_problems

if TYPE_CHECKING:
    from pydantic import TypeAdapter, ValidationError


# Unknown keys: pydantic names them so for models, and for dataclasses as here.
UNKNOWN_KEY = frozenset({"extra_forbidden", "unexpected_keyword_argument"})


@functools.cache
def rubric_validator() -> TypeAdapter[Rubric]:
    """Return the validator of rubric files, built on first use."""
    from pydantic import TypeAdapter  # noqa: PLC0415 - scoring from a cached rubric needs none

    return TypeAdapter(Rubric)


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _friendly(error: Any) -> str:
    kind = error["type"]
    loc = error["loc"]
    given = error.get("input")
    if kind == "missing":
        return f"missing required key '{loc[-1]}'"
    if isinstance(given, float) and given != given:  # noqa: PLR0124 - NaN is the one unequal to itself
        return "must be a number, got .nan"
    if kind in UNKNOWN_KEY:
        return f"unknown key '{loc[-1]}'"
    if kind in {
        "string_type",
        "dataclass_type",
        "dict_type",
        "list_type",
        "float_type",
        "float_parsing",
        "int_type",
    }:
        wanted = {
            "string_type": "text",
            "float_type": "a number",
            "float_parsing": "a number",
            "int_type": "a whole number",
            "list_type": "a list",
        }.get(kind, "a mapping")
        if kind == "dataclass_type" and _model_at(loc) is Text:
            wanted = "text (or a mapping with 'id' and 'en')"
        hint = ""
        if isinstance(given, bool) and wanted.startswith("text"):
            hint = " (YAML reads yes, no, on and off as true/false: put the text in quotes)"
        return f"expected {wanted}, got {_type_name(given)}{hint}"
    ctx = error.get("ctx") or {}
    bounds = {
        "greater_than": ("more than", "gt"),
        "greater_than_equal": ("at least", "ge"),
        "less_than": ("less than", "lt"),
        "less_than_equal": ("at most", "le"),
    }
    if kind in bounds:
        words, name = bounds[kind]
        return f"must be {words} {ctx[name]:g}, got {given}"
    if kind == "finite_number":
        return f"must be a finite number, got {given}"
    if kind == "literal_error":
        return f"must be {ctx['expected']}, got {given!r}"
    if kind == "string_pattern_mismatch":
        allowed = (
            "letters, digits, '_' and '-'"
            if loc[-1] == "key"
            else "letters, digits, '.', '_' and '-'"
        )
        return f"{given!r} is not a valid {loc[-1]}: use {allowed}, starting with a letter or digit"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"is too long (at most {ctx['max_length']} characters)"
    if kind == "too_short":
        least = ctx["min_length"]
        return f"needs at least {least} item{'s' if least != 1 else ''}, got {ctx['actual_length']}"
    return str(error["msg"]).removeprefix("Value error, ")


def _nested_model(annotation: Any) -> tuple[type[Model] | None, bool]:
    """Return the model a field holds, and whether it sits inside a list or mapping."""
    if isinstance(annotation, type) and issubclass(annotation, Model):
        return annotation, False
    container = get_origin(annotation) in {list, dict}
    for arg in get_args(annotation):
        found, inner = _nested_model(arg)
        if found is not None:
            return found, container or inner
    return None, False


def _model_at(loc: tuple[Any, ...]) -> type[Model] | None:
    """Follow a pydantic error location from the rubric down to the model it ends in."""
    current: type[Model] | None = Rubric
    skip = False  # the list index or mapping key after a container field
    for part in loc:
        if skip:
            skip = False
            continue
        annotation = field_types(current).get(part) if current and isinstance(part, str) else None
        if annotation is None:
            return None
        current, skip = _nested_model(annotation)
    return current


def _expected_keys(loc: tuple[Any, ...]) -> list[str]:
    """Return the field names accepted where an unknown key sits (for near-miss suggestions)."""
    model = _model_at(loc[:-1])
    return list(field_types(model)) if model else []


def _located(doc: Document, path: KeyPath, message: str) -> Problem:
    line, column = locate(doc.node, path) or (None, None)
    return Problem(doc.file, message, line, column, ".".join(map(str, path)) or None)


def validation_problems(doc: Document, exc: ValidationError) -> list[Problem]:
    """Turn pydantic errors into located problems, expanding bundled cross-field rules."""
    problems: list[Problem] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        key = ".".join(str(part) for part in loc) or None
        if error["type"] == "pkm_rules":
            problems += [
                _located(doc, (*loc, *sub_path), message)
                for sub_path, message in error["ctx"]["problems"]
            ]
            continue
        message = _friendly(error)
        unknown = error["type"] in UNKNOWN_KEY
        if unknown:
            message += suggest(str(loc[-1]), _expected_keys(loc))
        where = locate(doc.node, loc, at_key=unknown)
        line, column = where or (None, None)
        problems.append(Problem(doc.file, message, line, column, key))
    return problems


def rubric_from_document(doc: Document) -> Rubric:
    """Validate a parsed rubric document; raise PkmError with every problem."""
    if not isinstance(doc.data, dict):
        raise PkmError.single(
            doc.file, f"expected a rubric mapping, got {_type_name(doc.data)}", line=1, column=1
        )
    from pydantic import ValidationError  # noqa: PLC0415 - only when a rubric is validated

    try:
        rubric = rubric_validator().validate_python(doc.data)
    except ValidationError as exc:
        problems = validation_problems(doc, exc)
        # Rubric-wide rules run only once every field is valid; check them on the raw data too,
        # so that every problem is reported at once.
        if not any(e["type"] == "pkm_rules" and not e["loc"] for e in exc.errors()):
            problems += [_located(doc, *found) for found in tree_rule_problems(doc.data)]
        raise PkmError([*doc.problems, *problems]) from None
    if doc.problems:
        raise PkmError(doc.problems)
    return rubric

"""Validate rubric files: pydantic's errors turned into located problems a person can act on."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, get_args, get_origin

from pkmcli.errors import PkmError, Problem, counted, suggest
from pkmcli.files.reading import Document, locate
from pkmcli.messages.core import say
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
        return say("rubric.kind_nothing")
    if isinstance(value, bool):
        return say("rubric.kind_flag")
    if isinstance(value, int | float):
        return say("rubric.kind_number")
    if isinstance(value, str):
        return say("rubric.kind_text")
    if isinstance(value, list):
        return say("rubric.kind_list")
    if isinstance(value, dict):
        return say("rubric.kind_mapping")
    return type(value).__name__


# What pydantic's type errors want, by kind; any other type error wants a mapping.
_WANTED = {
    "string_type": "rubric.kind_text",
    "float_type": "rubric.kind_number",
    "float_parsing": "rubric.kind_number",
    "int_type": "rubric.kind_whole_number",
    "list_type": "rubric.kind_list",
}
_TYPE_ERRORS = frozenset({*_WANTED, "dataclass_type", "dict_type"})
_BOUNDS = {
    "greater_than": ("rubric.more_than", "gt"),
    "greater_than_equal": ("rubric.at_least", "ge"),
    "less_than": ("rubric.less_than", "lt"),
    "less_than_equal": ("rubric.at_most", "le"),
}


def _friendly(error: Any) -> str:
    kind = error["type"]
    loc = error["loc"]
    given = error.get("input")
    if kind == "missing":
        return say("rubric.missing_key", key=loc[-1])
    if isinstance(given, float) and given != given:  # noqa: PLR0124 - NaN is the one unequal to itself
        return say("rubric.nan")
    if kind in UNKNOWN_KEY:
        return say("rubric.unknown_key", key=loc[-1])
    if kind in _TYPE_ERRORS:
        wanted = _WANTED.get(kind, "rubric.kind_mapping")
        if kind == "dataclass_type" and _model_at(loc) is Text:
            wanted = "rubric.kind_text_or_languages"
        # YAML reads yes/no/on/off as true/false, which puzzles whoever meant the word.
        flag = isinstance(given, bool) and wanted.startswith("rubric.kind_text")
        message = "rubric.wrong_type_flag" if flag else "rubric.wrong_type"
        return say(message, wanted=say(wanted), got=_type_name(given))
    ctx = error.get("ctx") or {}
    if kind in _BOUNDS:
        message, name = _BOUNDS[kind]
        return say(message, limit=f"{ctx[name]:g}", given=given)
    if kind == "finite_number":
        return say("rubric.not_finite", given=given)
    if kind == "literal_error":
        # pydantic lists the values as "'a', 'b' or 'c'"; the last "or" is said here.
        first, _, last = str(ctx["expected"]).rpartition(" or ")
        expected = f"{first} {say('rubric.or')} {last}" if first else last
        return say("rubric.not_literal", expected=expected, given=repr(given))
    if kind == "string_pattern_mismatch":
        if loc[-1] == "key":
            return say("rubric.bad_key", given=repr(given))
        return say("rubric.bad_ident", given=repr(given), field=loc[-1])
    if kind == "string_too_short":
        return say("rubric.empty")
    if kind == "string_too_long":
        return say("rubric.too_long", limit=ctx["max_length"])
    if kind == "too_short":
        least = counted(ctx["min_length"], "rubric.items")
        return say("rubric.too_few", least=least, given=ctx["actual_length"])
    return say("rubric.invalid", detail=str(error["msg"]).removeprefix("Value error, "))


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
        message = say("rubric.not_a_rubric", got=_type_name(doc.data))
        raise PkmError.single(doc.file, message, line=1, column=1)
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

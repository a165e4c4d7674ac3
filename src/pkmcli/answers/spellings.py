"""How the reader's values may be written, as JSON Schema: the short forms of answers.

The reader takes each value's text: an option key in any case or an option's label, a number
with a decimal comma or a percent sign, yes and no in two languages. A YAML parser may make a
plain scalar a number or true or false before a schema sees it, so those are taken too.
"""

from __future__ import annotations

from typing import Any

import yaml

from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.rubric.model import Criterion, Option

SCALAR = {"type": ["string", "number", "boolean", "null"]}
NULL = {"type": "null"}
# A number as the reader takes it from text: a decimal comma, a percent sign, spaces around.
_DECIMAL = r"\+?[\d_]*(?:[.,][\d_]*)?(?:[eE][+-]?[\d_]+)?"
_MINUS_ZERO = r"-0*(?:[.,]0*)?"
_NUMBER_TEXT = rf"^\s*(?=\D*\d)(?:{_DECIMAL}|{_MINUS_ZERO})\s*%?\s*$"
_ZERO_TEXT = r"^\s*[+-]?[0_]*(?:[.,][0_]*)?(?:[eE][+-]?[\d_]+)?\s*%?\s*$"
# From 0 to 100 in plain digits; exponents and underscores are taken without a range.
_PERCENT_TEXT = (
    r"^\s*(?:\+?0*(?:100(?:[.,]0*)?|\d{0,2}(?:[.,]\d*)?)|" + _MINUS_ZERO + "|"
    r"[+-]?(?=[^%]*[eE_])" + _DECIMAL.removeprefix(r"\+?") + r")?\s*%?\s*$"
)
# The words `revision:` takes (any case), besides true and false themselves.
_FLAG_WORDS = ("true", "yes", "ya", "y", "false", "no", "tidak", "n")
_ECMA_SYNTAX = frozenset("^$\\.*+?()[]{}|/")


def any_case(text: str) -> str:
    """Return a pattern matching ``text`` in any case, in the regex dialect schemas share."""
    parts = []
    for char in text:
        forms = sorted({form for form in (char, char.lower(), char.upper()) if len(form) == 1})
        if len(forms) > 1:
            parts.append(f"[{''.join(forms)}]")
        else:
            parts.append(f"\\{char}" if char in _ECMA_SYNTAX else char)
    return "".join(parts)


def typed_forms(texts: list[str]) -> list[Any]:
    """Return what a YAML parser may make of these texts, in any case, when it is not text."""
    found: list[Any] = []
    for text in texts:
        for form in (text, text.lower(), text.upper(), text.capitalize()):
            try:
                value = yaml.safe_load(form)
            except yaml.YAMLError:
                continue
            # True == 1 in Python, but not in a schema: compare the types too.
            if isinstance(value, bool | int | float) and not any(
                type(value) is type(seen) and value == seen for seen in found
            ):
                found.append(value)
    return found


def option_value(criterion: Criterion, lang: Lang) -> dict[str, Any]:
    """The short form of a choice: an option key in any case, a label, or nothing."""
    keys = [option.key for option in criterion.choices]
    labels = [
        text
        for option in criterion.choices
        if option.label is not None
        for text in dict.fromkeys((option.label.id, option.label.en or option.label.id))
        if criterion.find_label(text) is not None
    ]
    by_key = "|".join(any_case(key) for key in keys)
    pattern = f"^(?:{by_key})$|^\\s*$"
    if labels:
        pattern = f"^\\s*(?:{'|'.join(any_case(text.strip()) for text in labels)})\\s*$|{pattern}"
    branches: list[dict[str, Any]] = [
        {"const": option.key, "description": option_line(option, lang)}
        for option in criterion.choices
    ]
    branches.append({"type": "string", "pattern": pattern})
    typed = typed_forms(keys + labels)
    if typed:
        branches.append({"enum": typed})
    return {"anyOf": [*branches, NULL]}


def option_line(option: Option, lang: Lang) -> str:
    """An option as an editor shows it: key, label and value."""
    label = option.label.get(lang) if option.label else option.key
    return say("schema.option", lang, key=option.key, label=label, value=f"{option.value:g}")


def percent_value() -> dict[str, Any]:
    """The short form of a percentage: 0 to 100, as a number or as text, or nothing."""
    return {
        "anyOf": [
            {"type": "number", "minimum": 0, "maximum": 100},
            {"type": "string", "pattern": _PERCENT_TEXT},
            NULL,
        ]
    }


def count_value(*, zero: bool) -> dict[str, Any]:
    """A numerator (zero or more) or a denominator (more than zero), or nothing."""
    text: dict[str, Any] = {"type": "string", "pattern": _NUMBER_TEXT}
    number: dict[str, Any] = {"type": "number", "minimum": 0}
    if not zero:
        text["not"] = {"pattern": _ZERO_TEXT}
        number = {"type": "number", "exclusiveMinimum": 0}
    return {"anyOf": [number, text, NULL]}


def both_or_neither() -> list[dict[str, Any]]:
    """A ratio gives both its numbers, or neither."""
    given = {"not": NULL}
    return [
        {
            "if": {"required": [one], "properties": {one: given}},
            "then": {"required": [other], "properties": {other: given}},
        }
        for one, other in (("numerator", "denominator"), ("denominator", "numerator"))
    ]


LINE = {**SCALAR, "not": {"type": "string", "pattern": "\n"}}
EVIDENCE = {
    "anyOf": [SCALAR, {"type": "array", "items": {"type": ["string", "number", "boolean"]}}]
}
REVISION = {
    "anyOf": [
        {"type": "boolean"},
        {"type": "string", "pattern": f"^\\s*(?:{'|'.join(map(any_case, _FLAG_WORDS))})\\s*$"},
    ]
}

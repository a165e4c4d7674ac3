"""Checking files against pkm's JSON Schemas as an editor does: the YAML read as data first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from pkmcli.files.reading import read_text

TIMESTAMP = "tag:yaml.org,2002:timestamp"


class EditorLoader(yaml.SafeLoader):
    """YAML as JSON sees it: a date stays text (JSON has no dates); the rest as YAML types it."""


EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _keys_as_text(data: Any) -> Any:
    if isinstance(data, dict):
        return {str(key): _keys_as_text(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_keys_as_text(item) for item in data]
    return data


def editor_data(text: str) -> Any:
    """Return YAML (or JSON) text as the data a schema checks; keys are always text in JSON."""
    return _keys_as_text(yaml.load(text, EditorLoader))  # noqa: S506 - a SafeLoader


def file_data(path: Path) -> Any:
    """Read a file as pkm reads its text (a BOM, the encoding), then as data."""
    return editor_data(read_text(path, str(path)))


def validator(schema: dict[str, Any]) -> Draft202012Validator:
    """Return a validator of ``schema``, after checking the schema itself is valid 2020-12."""
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def errors(schema_validator: Draft202012Validator, data: Any) -> list[str]:
    """Return every error the schema finds, each with where it is."""
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message[:160]}"
        for error in schema_validator.iter_errors(data)
    ]

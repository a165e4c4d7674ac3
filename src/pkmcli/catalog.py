"""Find, load and validate rubrics: the shipped ones by id, or any YAML file by path."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pkmcli.documents import Document, load_document, locate, parse_document
from pkmcli.errors import PkmError, Problem, suggest
from pkmcli.models import Rubric

DEFAULT_RUBRIC = "pkp-2019"


def data_dir(name: str) -> Path:
    """Return a shipped data folder (``rubrics`` or ``templates``), installed or in a checkout."""
    packaged = Path(str(resources.files("pkmcli"))) / name
    if packaged.is_dir():
        return packaged
    # Running from a source checkout (an editable install): the folder sits at the top.
    return Path(__file__).resolve().parents[2] / name


def shipped_rubrics() -> dict[str, Path]:
    """Map each shipped rubric id to its file."""
    folder = data_dir("rubrics")
    return {path.stem: path for path in sorted(folder.glob("*.yaml"))}


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
    if kind == "missing":
        return f"missing required key '{loc[-1]}'"
    if kind == "extra_forbidden":
        return f"unknown key '{loc[-1]}'"
    if kind in {
        "string_type",
        "model_type",
        "dict_type",
        "list_type",
        "float_type",
        "float_parsing",
        "int_type",
        "model_attributes_type",
    }:
        wanted = {
            "string_type": "text",
            "float_type": "a number",
            "float_parsing": "a number",
            "int_type": "a whole number",
            "list_type": "a list",
        }.get(kind, "a mapping")
        return f"expected {wanted}, got {_type_name(error.get('input'))}"
    return str(error["msg"]).removeprefix("Value error, ")


def _expected_keys(model: type[Any], loc: tuple[Any, ...]) -> list[str]:
    """Return the field names a model accepts at ``loc`` (for near-miss suggestions)."""
    from pkmcli import models  # noqa: PLC0415 - error path only

    by_field: dict[str, type[Any]] = {
        "scales": models.Scale,
        "grades": models.Grade,
        "sections": models.Section,
        "indicators": models.Indicator,
        "criteria": models.Criterion,
        "options": models.Option,
        "source": models.Source,
    }
    current: type[Any] = model
    for part in loc[:-1]:
        if isinstance(part, str) and part in by_field:
            current = by_field[part]
    return list(getattr(current, "model_fields", {}))


def validation_problems(doc: Document, exc: ValidationError) -> list[Problem]:
    """Turn pydantic errors into located problems, expanding bundled cross-field rules."""
    problems: list[Problem] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        key = ".".join(str(part) for part in loc) or None
        if error["type"] == "pkm_rules":
            for sub_path, message in error["ctx"]["problems"]:
                full = (*loc, *sub_path)
                where = locate(doc.node, full)
                line, column = where or (None, None)
                problems.append(
                    Problem(doc.file, message, line, column, ".".join(map(str, full)) or None)
                )
            continue
        message = _friendly(error)
        if error["type"] == "extra_forbidden":
            message += suggest(str(loc[-1]), _expected_keys(Rubric, loc))
        where = locate(doc.node, loc, at_key=error["type"] == "extra_forbidden")
        line, column = where or (None, None)
        problems.append(Problem(doc.file, message, line, column, key))
    return problems


def rubric_from_document(doc: Document) -> Rubric:
    """Validate a parsed rubric document; raise PkmError with every problem."""
    if not isinstance(doc.data, dict):
        raise PkmError.single(
            doc.file, f"expected a rubric mapping, got {_type_name(doc.data)}", line=1, column=1
        )
    try:
        rubric = Rubric.model_validate(doc.data)
    except ValidationError as exc:
        raise PkmError([*doc.problems, *validation_problems(doc, exc)]) from None
    if doc.problems:
        raise PkmError(doc.problems)
    return rubric


@functools.cache
def _load_path(path: Path, display: str) -> Rubric:
    return rubric_from_document(load_document(path, display))


def load_rubric(ref: str | None) -> Rubric:
    """Load a shipped rubric by id, or a rubric YAML file by path; default ``pkp-2019``."""
    ref = ref or DEFAULT_RUBRIC
    shipped = shipped_rubrics()
    if ref in shipped:
        return _load_path(shipped[ref], str(shipped[ref]))
    path = Path(ref)
    if path.suffix.lower() in {".yaml", ".yml", ".json"} or path.exists():
        return _load_path(path.resolve(), ref)
    raise PkmError.single(
        "--rubric",
        f"'{ref}' is neither a shipped rubric id{suggest(ref, shipped)} nor a rubric file "
        f"(shipped: {', '.join(shipped)})",
    )


def parse_rubric(text: str, name: str) -> Rubric:
    """Validate rubric YAML text (used by tests and by ``validate`` on stdin)."""
    return rubric_from_document(parse_document(text, name))

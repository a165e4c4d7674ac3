"""Find and load survey definitions, shipped or a unit's own, with every problem located."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from pkmcli.errors import PkmError, Problem, UsageError, suggest
from pkmcli.files.reading import Document
from pkmcli.files.shipped import data_dir
from pkmcli.language import Lang
from pkmcli.survey.definition import KeyPath, Survey, rule_problems
from pkmcli.survey.words import say

DEFAULT_SURVEY = "skm-2017"
MAX_DEFINITION_BYTES = 1024 * 1024
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def shipped_surveys() -> list[str]:
    """Return the ids of the shipped survey definitions."""
    return sorted(p.stem for p in data_dir("surveys").glob("*.yaml"))


def load_survey(ref: str | None, lang: Lang) -> Survey:
    """Load a shipped survey by id, or a definition file by path (default ``skm-2017``)."""
    ref = ref or DEFAULT_SURVEY
    looks_like_path = "/" in ref or "\\" in ref or ref.endswith((".yaml", ".yml"))
    if looks_like_path or Path(ref).is_file():
        return read_survey(Path(ref), ref, lang)
    shipped = shipped_surveys()
    if ref not in shipped:
        hint = suggest(ref, shipped, lang)
        message = say(lang, "survey_unknown", ref=ref, known=", ".join(shipped)) + hint
        raise UsageError([Problem("--survey", message)])
    return read_survey(data_dir("surveys") / f"{ref}.yaml", f"{ref}.yaml", lang)


def read_survey(path: Path, shown: str, lang: Lang) -> Survey:
    """Read and validate one definition file; raise PkmError with every problem at once."""
    from pydantic import ValidationError  # noqa: PLC0415 - not needed to list surveys

    text = _read_text(path, shown, lang)
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent):
                start = event.start_mark
                line, column = (start.line + 1, start.column + 1) if start else (None, None)
                raise PkmError.single(shown, say(lang, "def_alias"), line=line, column=column)
        root = yaml.compose(text, Loader=_LOADER)
        data = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, aliases refused above
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        message = say(lang, "def_yaml", detail=str(exc.problem or exc))
        raise PkmError.single(shown, message, line=line, column=column) from None
    except yaml.YAMLError as exc:
        raise PkmError.single(shown, say(lang, "def_yaml", detail=str(exc))) from None
    problems = _duplicate_keys(root, shown, lang)
    if not isinstance(data, dict):
        raise PkmError([*problems, Problem(shown, say(lang, "def_not_mapping"), 1, 1)])
    try:
        survey = Survey.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            loc = tuple(error["loc"])
            problems.append(_located(shown, root, loc, _message(error, lang)))
        raise PkmError(problems) from None
    for path_, key, values in rule_problems(survey):
        problems.append(_located(shown, root, path_, say(lang, f"def_{key}", **values)))
    if problems:
        raise PkmError(problems)
    return survey


def _read_text(path: Path, shown: str, lang: Lang) -> str:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_DEFINITION_BYTES + 1)
    except FileNotFoundError:
        raise PkmError.single(shown, say(lang, "file_missing")) from None
    except IsADirectoryError:
        raise PkmError.single(shown, say(lang, "file_is_dir")) from None
    except OSError as exc:
        raise PkmError.single(shown, say(lang, "file_unreadable", detail=exc.strerror)) from None
    if len(data) > MAX_DEFINITION_BYTES:
        raise PkmError.single(shown, say(lang, "def_too_big", limit="1 MiB"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PkmError.single(shown, say(lang, "def_not_utf8")) from None


def _message(error: Any, lang: Lang) -> str:
    kind = error["type"]
    loc = error["loc"]
    if kind == "missing":
        return say(lang, "def_missing", key=loc[-1])
    if kind == "extra_forbidden":
        return say(lang, "def_unknown_key", key=loc[-1])
    if kind == "string_pattern_mismatch" and loc[-1] == "weight":
        return say(lang, "def_weight_text", given=error.get("input"))
    if kind == "string_pattern_mismatch":
        return say(lang, "def_ident", given=error.get("input"))
    if kind == "too_short":
        return say(lang, "def_empty_list")
    return say(lang, "def_invalid", detail=str(error["msg"]))


def _duplicate_keys(root: yaml.Node | None, shown: str, lang: Lang) -> list[Problem]:
    problems: list[Problem] = []
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                if key.value in seen:
                    mark = key.start_mark
                    message = say(lang, "def_duplicate_key", key=key.value)
                    problems.append(Problem(shown, message, mark.line + 1, mark.column + 1))
                seen.add(key.value)
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return problems


def _located(shown: str, root: yaml.Node | None, path: KeyPath, message: str) -> Problem:
    node = root
    for part in path:
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            child = node.value[part] if part < len(node.value) else None
        if child is None:
            break
        node = child
    key = ".".join(str(p) for p in path) or None
    if node is None:
        return Problem(shown, message, key=key)
    return Problem(shown, message, node.start_mark.line + 1, node.start_mark.column + 1, key)


class SurveyFiles:
    """Survey definitions as `pkm validate` meets them among rubric and answers files."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def recognises(self, doc: Document) -> bool:
        """A survey definition has elements and bands; rubrics and answers have neither."""
        root = doc.node
        if not isinstance(root, yaml.MappingNode):
            return False
        keys = {k.value for k, _ in root.value if isinstance(k, yaml.ScalarNode)}
        return {"elements", "bands"} <= keys

    def check(self, file: str) -> str:
        survey = read_survey(Path(file), file, self.lang)
        weights = survey.weights()
        shown = ", ".join(sorted({str(w) for w in weights.values()}))
        return say(
            self.lang, "def_summary", id=survey.id, count=len(survey.elements), weights=shown
        )

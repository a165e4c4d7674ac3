"""Read YAML and JSON files into data plus the node tree that locates every value."""

from __future__ import annotations

import codecs
import json
import os
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from pkmcli.errors import PkmError, Problem, os_reason
from pkmcli.files.guards import (
    FAST_LOADER,
    LINE_BREAK,
    MAX_DEPTH,
    YAML_TAG_PREFIX,
    check_characters,
    check_depth,
    check_expansion,
    position,
    possible_depth,
    tag_problems,
)
from pkmcli.files.limits import grouped, max_bytes
from pkmcli.messages.core import say

# A file name as text or as a path.
StrPath = str | os.PathLike[str]

# JSON writers escape characters beyond U+FFFF as two surrogates ("\ud83d\ude00"), which
# YAML refuses; each pair is rewritten as the one escape YAML reads ("\U0001f600").
_SURROGATE_PAIR = re.compile(
    r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed file: its constructed data and the node tree to locate values."""

    file: str
    data: Any
    node: yaml.Node | None
    problems: list[Problem] = field(default_factory=list)


class _Loader(FAST_LOADER):  # type: ignore[misc, valid-type]
    """Safe loader that records duplicate keys instead of keeping the last one."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        # (key, where it repeats, the line it was first given on)
        self.duplicates: list[tuple[str, yaml.Mark, int]] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else id(key_node)
            if key in seen:
                self.duplicates.append((str(key), key_node.start_mark, seen[key]))
            else:
                seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


# Dates stay the text written: no rubric field needs a date object, and an impossible date
# (2026-13-45) would otherwise escape as a bare ValueError instead of a located problem.
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_str)


# What a plain scalar must say to be null (YAML 1.1, as the safe resolver has it).
NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})
NULL_TAG, _STR, _MAP, _SEQ = (YAML_TAG_PREFIX + kind for kind in ("null", "str", "map", "seq"))
# libyaml's bare parser composes nodes fastest; without libyaml the pure-Python loader does.
_Composer: Any = getattr(getattr(yaml, "cyaml", None), "CParser", None) or FAST_LOADER


class _NodeLoader(_Composer):  # type: ignore[misc]
    """Composes the node tree only, for callers that read values from the nodes.

    Plain scalars get only the null or str tag, not a resolved type (int, bool...):
    resolving every scalar with regular expressions is a third of the parse time, and
    those callers interpret node values themselves.
    """

    # Duplicate keys are found by the callers' readers, which walk every mapping anyway.
    duplicates: tuple[tuple[str, yaml.Mark, int], ...] = ()

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode:
            return NULL_TAG if implicit[0] and value in NULL_WORDS else _STR
        return _MAP if kind is yaml.MappingNode else _SEQ

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        """Skip path resolvers (none are registered)."""

    def ascend_resolver(self) -> None:
        """Skip path resolvers (none are registered)."""


def read_text(path: StrPath, display: str | None = None) -> str:
    """Read a text file as UTF-8 (a BOM is allowed), refusing binary and oversized files."""
    name = display or str(path)
    try:
        # Opened by name: a Path interns each part of its name, and the interned names of a
        # batch of 10,000 files would stay in memory.
        with open(path, "rb") as handle:  # noqa: PTH123
            size = os.fstat(handle.fileno()).st_size
            cap = max_bytes()
            if size > cap:
                raise PkmError.single(
                    name, say("files.too_big", size=grouped(size), cap=grouped(cap))
                )
            # Pipes and devices report size 0; reading at most one byte past the cap bounds
            # them too. A regular file is read with its own size: a cap-sized buffer is slow.
            raw = handle.read((size or cap) + 1)
            if 0 < size < len(raw):  # it grew since it was opened
                raw += handle.read(cap + 1 - len(raw))
        if len(raw) > cap:
            raise PkmError.single(name, say("files.over_limit", cap=grouped(cap)))
    except FileNotFoundError:
        raise PkmError.single(name, say("files.missing")) from None
    except IsADirectoryError:
        raise PkmError.single(name, say("files.is_directory")) from None
    except PermissionError:
        raise PkmError.single(name, say("files.permission")) from None
    except OSError as exc:
        raise PkmError.single(name, say("files.cannot_read", reason=os_reason(exc))) from None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise PkmError.single(name, say("files.utf16"), line=1)
    if b"\x00" in raw:
        line = raw.count(b"\n", 0, raw.index(b"\x00")) + 1
        raise PkmError.single(name, say("files.binary"), line=line)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise PkmError.single(
            name,
            say("files.not_utf8", byte=f"{raw[exc.start]:02x}"),
            line=line,
            column=column,
        ) from None


def _join_surrogates(text: str) -> str:
    if "\\u" not in text or not text.lstrip().startswith(("{", "[")):
        return text

    def join(match: re.Match[str]) -> str:
        high, low = int(match[2], 16), int(match[3], 16)
        code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        return f"{match[1]}\\U{code:08x}"

    return _SURROGATE_PAIR.sub(join, text)


def _mark_problem(name: str, exc: yaml.MarkedYAMLError, text: str = "") -> Problem:
    mark = exc.problem_mark or exc.context_mark
    # The parser's own words, for the rare problem not reworded below.
    detail = exc.problem or exc.context or say("files.yaml_unreadable")
    if exc.context and exc.problem:
        detail = f"{exc.problem} ({exc.context})"
    if mark is not None:
        detail, mark = _plain_message(exc, mark, text) or (detail, mark)
    message = say("files.invalid_yaml", detail=detail)
    if mark is None:
        return Problem(name, message)
    lines = LINE_BREAK.split(text)
    if mark.line >= len(lines):
        # libyaml places an error at the very end one line past a last line without a newline.
        return Problem(name, message, len(lines), len(lines[-1]) + 1)
    return Problem(name, message, mark.line + 1, mark.column + 1)


# The line breaks libyaml counts (str.splitlines knows more, which would shift lines).
_ALIAS = re.compile(r"\*([^\s,\[\]{}]+)")


def _plain_message(
    exc: yaml.MarkedYAMLError, mark: yaml.Mark, text: str
) -> tuple[str, yaml.Mark] | None:
    """Reword the libyaml messages that most often puzzle people editing by hand."""
    problem, context, opened = exc.problem or "", exc.context or "", exc.context_mark
    lines = LINE_BREAK.split(text)
    row = lines[mark.line] if mark.line < len(lines) else ""
    if problem == "second occurrence" and opened is not None:
        return say("files.yaml_anchor_twice", line=opened.line + 1), mark
    if problem == "but found another document":
        return say("files.yaml_second_document"), mark
    if problem.startswith("found a tab character") or (
        problem == "found character that cannot start any token" and row[mark.column :][:1] == "\t"
    ):
        return say("files.yaml_tab"), mark
    if problem == "found character that cannot start any token" and row[mark.column :]:
        return say("files.yaml_bad_start", char=row[mark.column]), mark
    if problem == "found undefined alias" and (alias := _ALIAS.match(row, mark.column)):
        return say("files.yaml_unknown_alias", name=alias[1]), mark
    if problem == "mapping values are not allowed in this context":
        return say("files.yaml_colon"), mark
    if problem == "did not find expected key" and opened is not None:
        column, line = opened.column + 1, opened.line + 1
        return say("files.yaml_expected_key", column=column, line=line), mark
    if problem == "did not find expected '-' indicator" and opened is not None:
        return say("files.yaml_expected_item", line=opened.line + 1), mark
    if problem == "could not find expected ':'" and opened is not None:
        return say("files.yaml_expected_colon"), opened
    if problem == "found unexpected end of stream" and "quoted scalar" in context and opened:
        return say("files.yaml_open_quote"), opened
    if problem.startswith("did not find expected ',' or") and opened is not None:
        key = "files.yaml_unclosed_list" if "sequence" in context else "files.yaml_unclosed_mapping"
        line, column = opened.line + 1, opened.column + 1
        return say(key, closer=problem[-2], line=line, column=column), mark
    return None


def parse_document(text: str, name: str, *, construct: bool = True) -> Document:
    """Parse YAML (or JSON) text, locating every problem; raise PkmError on failure.

    With ``construct=False`` only the node tree is built; callers walk it themselves.
    """
    if not text.strip():
        return Document(name, None, None)
    text = _join_surrogates(text)
    check_characters(text, name)
    if possible_depth(text) > MAX_DEPTH:
        try:
            check_depth(text, name)
        except yaml.MarkedYAMLError as exc:
            raise PkmError([_mark_problem(name, exc, text)]) from None
        except yaml.YAMLError as exc:
            raise PkmError.single(name, _yaml_error(exc)) from None
    loader = _Loader(text) if construct else _NodeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return Document(name, None, None)
        if "*" in text:
            check_expansion(node, name)
        if "!" in text and (refused := tag_problems(node, name)):
            raise PkmError(refused)
        data = loader.construct_document(node) if construct else None
    except yaml.MarkedYAMLError as exc:
        raise PkmError([_mark_problem(name, exc, text)]) from None
    except yaml.YAMLError as exc:
        raise PkmError.single(name, _yaml_error(exc)) from None
    finally:
        loader.dispose()
    problems = [
        Problem(
            name,
            say("files.duplicate_key", key=key, line=first),
            mark.line + 1,
            mark.column + 1,
        )
        for key, mark, first in loader.duplicates
    ]
    return Document(name, data, node, problems)


def load_document(path: StrPath, display: str | None = None, *, construct: bool = True) -> Document:
    """Read and parse one file."""
    name = display or str(path)
    return file_document(path, read_text(path, name), name, construct=construct)


def file_document(path: StrPath, text: str, name: str, *, construct: bool = True) -> Document:
    """Parse the text read from ``path`` (a ``.json`` file is held to JSON's grammar)."""
    if os.fspath(path).lower().endswith(".json") and text.strip():
        _check_json(text, name)
    return parse_document(text, name, construct=construct)


def _check_json(text: str, name: str) -> None:
    """Hold a ``.json`` file to JSON's grammar, which YAML stretches (trailing commas, quotes)."""
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        message = say("files.invalid_json", detail=_json_detail(exc.msg))
        raise PkmError.single(name, message, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        pass  # too deep for the json module: the YAML depth check reports it with its place


# Python's JSON reader's messages, in the catalogue (the English is the reader's own).
_JSON_DETAILS = {
    "Expecting value": "files.json_value",
    "Expecting property name enclosed in double quotes": "files.json_property",
    "Expecting ':' delimiter": "files.json_colon",
    "Expecting ',' delimiter": "files.json_comma",
    "Extra data": "files.json_extra",
    "Unterminated string starting at": "files.json_open_string",
    "Invalid control character at": "files.json_control",
    "Invalid \\escape": "files.json_escape",
    "Invalid \\uXXXX escape": "files.json_unicode_escape",
}


def _json_detail(msg: str) -> str:
    key = _JSON_DETAILS.get(msg)
    return say(key) if key else msg


def _yaml_error(exc: yaml.YAMLError) -> str:
    """Say an unplaced YAML error, in the parser's words."""
    return say("files.invalid_yaml", detail=" ".join(str(exc).split()))


def locate(
    root: yaml.Node | None, path: tuple[str | int, ...], *, at_key: bool = False
) -> tuple[int, int] | None:
    """Follow a key path through the node tree; return the deepest reachable position.

    ``at_key`` points at the last mapping key itself rather than its value (for unknown keys).
    """
    if root is None:
        return None
    node = root
    for step, part in enumerate(path):
        last = step == len(path) - 1
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(part):
                    node = key_node if (last and at_key) else value_node
                    break
            else:
                break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if not 0 <= part < len(node.value):
                break
            node = node.value[part]
        else:
            break
    return position(node)

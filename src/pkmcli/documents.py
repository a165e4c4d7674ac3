"""Read YAML and JSON files into data plus the node tree that locates every value."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pkmcli.errors import PkmError, Problem

try:
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# libyaml composes nested collections recursively in C and crashes past a few
# thousand levels, so deeper documents are refused before composing.
MAX_DEPTH = 100
# Aliases let a tiny file describe an exponentially large tree ("billion laughs").
MAX_EXPANDED_NODES = 200_000


def max_bytes() -> int:
    """Return the size cap for input files (``PKM_MAX_FILE_BYTES`` overrides it)."""
    raw = os.environ.get("PKM_MAX_FILE_BYTES", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_MAX_BYTES


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed file: its constructed data and the node tree to locate values."""

    file: str
    data: Any
    node: yaml.Node | None
    problems: list[Problem] = field(default_factory=list)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that records duplicate keys instead of keeping the last one."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[str, yaml.Mark]] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else id(key_node)
            if key in seen:
                self.duplicates.append((str(key), key_node.start_mark))
            seen.add(key)
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


def read_text(path: Path, display: str | None = None) -> str:
    """Read a text file as UTF-8 (a BOM is allowed), refusing binary and oversized files."""
    name = display or str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise PkmError.single(name, "is a directory, not a file")
        cap = max_bytes()
        if size > cap:
            raise PkmError.single(
                name,
                f"file is {size:,} bytes, over the {cap:,}-byte limit "
                "(set PKM_MAX_FILE_BYTES to raise it)",
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PkmError.single(name, "no such file") from None
    except PermissionError:
        raise PkmError.single(name, "permission denied") from None
    except OSError as exc:
        raise PkmError.single(name, f"cannot read: {exc.strerror or exc}") from None
    if b"\x00" in raw:
        line = raw.count(b"\n", 0, raw.index(b"\x00")) + 1
        raise PkmError.single(
            name, "binary data (NUL byte); expected a YAML or JSON text file", line=line
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise PkmError.single(
            name,
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
            line=line,
            column=column,
        ) from None


def _possible_depth(text: str) -> int:
    """Return a cheap upper bound on nesting depth, to skip the exact check for most files."""
    longest = max((len(line) for line in text.splitlines()), default=0)
    return text.count("[") + text.count("{") + longest


def _check_depth(text: str, name: str) -> None:
    depth = 0
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
                raise PkmError.single(
                    name,
                    f"nesting deeper than {MAX_DEPTH} levels is not supported",
                    line=line,
                    column=column,
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _check_expansion(root: yaml.Node, name: str) -> None:
    sizes: dict[int, int] = {}

    def size(node: yaml.Node) -> int:
        known = sizes.get(id(node))
        if known is not None:
            return known
        total = 1
        if isinstance(node, yaml.SequenceNode):
            total += sum(size(child) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total += sum(size(k) + size(v) for k, v in node.value)
        sizes[id(node)] = total
        if total > MAX_EXPANDED_NODES:
            mark = node.start_mark
            raise PkmError.single(
                name,
                "aliases expand to more than "
                f"{MAX_EXPANDED_NODES:,} values; refusing to load (possible alias bomb)",
                line=mark.line + 1,
                column=mark.column + 1,
            )
        return total

    size(root)


def _mark_problem(name: str, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    message = exc.problem or exc.context or "invalid YAML"
    if exc.context and exc.problem:
        message = f"{exc.problem} ({exc.context})"
    if mark is None:
        return Problem(name, f"invalid YAML: {message}")
    return Problem(name, f"invalid YAML: {message}", mark.line + 1, mark.column + 1)


def parse_document(text: str, name: str, *, construct: bool = True) -> Document:
    """Parse YAML (or JSON) text, locating every problem; raise PkmError on failure.

    With ``construct=False`` only the node tree is built; callers walk it themselves.
    """
    if _possible_depth(text) > MAX_DEPTH:
        try:
            _check_depth(text, name)
        except yaml.MarkedYAMLError as exc:
            raise PkmError([_mark_problem(name, exc)]) from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return Document(name, None, None)
        if "*" in text:
            _check_expansion(node, name)
        data = loader.construct_document(node) if construct else None
    except yaml.MarkedYAMLError as exc:
        raise PkmError([_mark_problem(name, exc)]) from None
    except yaml.YAMLError as exc:
        raise PkmError.single(name, f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()
    problems = [
        Problem(
            name,
            f"duplicate key '{key}' (an earlier one has the same name)",
            mark.line + 1,
            mark.column + 1,
        )
        for key, mark in loader.duplicates
    ]
    return Document(name, data, node, problems)


def load_document(path: Path, display: str | None = None, *, construct: bool = True) -> Document:
    """Read and parse one file."""
    name = display or str(path)
    return parse_document(read_text(path, name), name, construct=construct)


def position(node: yaml.Node) -> tuple[int, int]:
    """Return a node's 1-based line and column."""
    return node.start_mark.line + 1, node.start_mark.column + 1


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

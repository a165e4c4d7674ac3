"""Limits that keep hostile YAML from crashing pkm or running anything: depth, aliases, tags."""

from __future__ import annotations

import re

import yaml

from pkmcli.errors import PkmError, Problem
from pkmcli.files.limits import grouped
from pkmcli.messages.core import say

try:
    FAST_LOADER: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    FAST_LOADER = yaml.SafeLoader

# libyaml composes nested collections recursively in C and crashes past a few
# thousand levels, so deeper documents are refused before composing.
MAX_DEPTH = 100
# Aliases let a tiny file describe an exponentially large tree ("billion laughs").
MAX_EXPANDED_NODES = 200_000
# Tags a safe loader builds from plain YAML; any other tag (!!python/object, !!binary,
# local ones) is refused before construction rather than trusted or silently ignored.
YAML_TAG_PREFIX = "tag:yaml.org,2002:"
PLAIN_TAGS = frozenset(
    YAML_TAG_PREFIX + name
    for name in ("null", "bool", "int", "float", "str", "timestamp", "seq", "map", "merge", "value")
)
LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
# What YAML 1.1 lets a stream hold (the same test as libyaml's reader).
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def position(node: yaml.Node) -> tuple[int, int]:
    """Return a node's 1-based line and column."""
    return node.start_mark.line + 1, node.start_mark.column + 1


def possible_depth(text: str) -> int:
    """Return a cheap upper bound on nesting depth, to skip the exact check for most files."""
    longest = max(map(len, text.splitlines()), default=0)
    return text.count("[") + text.count("{") + longest


def _too_deep(name: str, line: int | None, column: int | None) -> PkmError:
    message = say("files.too_deep", depth=MAX_DEPTH)
    return PkmError.single(name, message, line=line, column=column)


def check_depth(text: str, name: str) -> None:
    try:
        _walk_depth(text, name, FAST_LOADER)
    except yaml.MarkedYAMLError as exc:
        # Builds of libyaml with a nesting limit of their own stop while scanning ahead,
        # before the events reach this check. The pure-Python parser has no such limit and
        # finds the same place; it is slower, but only such deep files come here.
        if "nesting depth" not in str(exc.problem):
            raise
        _walk_depth(text, name, yaml.SafeLoader)
        raise


def _walk_depth(text: str, name: str, loader: type[yaml.SafeLoader]) -> None:
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
                raise _too_deep(name, line, column)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def check_expansion(root: yaml.Node, name: str) -> None:
    """Refuse alias bombs and aliases that contain themselves, without recursing."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if not isinstance(node, yaml.CollectionNode):
            continue
        ident = id(node)
        if children_done:
            open_nodes.discard(ident)
            sizes[ident] = _size(node, sizes)
            if sizes[ident] > MAX_EXPANDED_NODES:
                message = say("files.alias_bomb", count=grouped(MAX_EXPANDED_NODES))
                raise _anchor_problem(name, node, message)
            continue
        if ident in open_nodes:
            raise _anchor_problem(name, node, say("files.alias_self"))
        if ident in sizes:
            continue
        open_nodes.add(ident)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node))


def tag_problems(root: yaml.Node, name: str) -> list[Problem]:
    """Report every explicit tag that asks for more than plain text, numbers and collections."""
    problems: list[Problem] = []
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.tag not in PLAIN_TAGS:
            shown = node.tag.replace(YAML_TAG_PREFIX, "!!", 1)
            line, column = position(node)
            problems.append(Problem(name, say("files.tag", tag=shown), line, column))
        if isinstance(node, yaml.CollectionNode):
            stack.extend(_children(node))
    return problems


def _children(node: yaml.CollectionNode) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return list(node.value)


def _size(node: yaml.CollectionNode, sizes: dict[int, int]) -> int:
    return 1 + sum(sizes.get(id(child), 1) for child in _children(node))


def _anchor_problem(name: str, node: yaml.Node, message: str) -> PkmError:
    mark = node.start_mark
    return PkmError.single(name, message, line=mark.line + 1, column=mark.column + 1)


def check_characters(text: str, name: str) -> None:
    """Locate a character YAML forbids (control characters), which libyaml reports unplaced."""
    found = _NOT_PRINTABLE.search(text)
    if found is None:
        return
    before = LINE_BREAK.split(text[: found.start()])
    raise PkmError.single(
        name,
        say("files.control", code=f"{ord(found[0]):04X}"),
        line=len(before),
        column=len(before[-1]) + 1,
    )

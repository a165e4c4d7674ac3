"""Rubric-wide rules (tree shape, unique ids, scale references), checked on plain data.

Plain data, so that the same rules run inside the model's validation and on a raw file
whose fields failed validation: every problem is reported at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pkmcli.errors import suggest
from pkmcli.messages.core import say

# Where a problem sits: the keys and list indexes from the top of the rubric.
KeyPath = tuple[str | int, ...]


def tree_problem(has_sections: bool, has_indicators: bool) -> str | None:
    """Say what is wrong with the top of a rubric's tree, if anything."""
    if has_sections and has_indicators:
        return say("rubric.both_trees")
    if not (has_sections or has_indicators):
        return say("rubric.no_tree")
    return None


def duplicate_ids(
    groups: Iterable[tuple[str, Iterable[tuple[KeyPath, str]]]],
) -> list[tuple[KeyPath, str]]:
    """Report every id given twice within its kind (section, indicator or criterion)."""
    problems: list[tuple[KeyPath, str]] = []
    for kind, entries in groups:
        seen: set[str] = set()
        for path, ident in entries:
            if ident in seen:
                problems.append(((*path, "id"), say(_TWICE[kind], id=ident)))
            seen.add(ident)
    return problems


_TWICE = {
    "section": "rubric.section_id_twice",
    "indicator": "rubric.indicator_id_twice",
    "criterion": "rubric.criterion_id_twice",
}


def unknown_scale(name: str, known: Iterable[str]) -> str:
    """Describe a reference to a scale the rubric does not define."""
    names = sorted(known)
    if not names:
        return say("rubric.unknown_scale_none", name=name)
    return say(
        "rubric.unknown_scale", name=name, hint=suggest(name, names), scales=", ".join(names)
    )


def not_in_scale(key: str, scale: str) -> str:
    """Describe a criterion option whose key its scale does not have."""
    return say("rubric.not_in_scale", key=key, scale=scale)


def _mappings(value: Any, path: KeyPath) -> list[tuple[KeyPath, dict[Any, Any]]]:
    """Return the mappings in a raw list with their paths, skipping anything else."""
    if not isinstance(value, list):
        return []
    return [((*path, n), item) for n, item in enumerate(value) if isinstance(item, dict)]


def tree_rule_problems(data: dict[Any, Any]) -> list[tuple[KeyPath, str]]:
    """Check the rubric-wide rules (tree shape, unique ids, scale references) on plain data.

    Plain data, so that the same rules also run on a raw file whose fields failed validation.
    """
    tree = tree_problem(data.get("sections") is not None, data.get("indicators") is not None)
    if tree is not None:
        return [((), tree)]
    sections = _mappings(data.get("sections"), ("sections",))
    indicators = [
        found
        for path, s in sections
        for found in _mappings(s.get("indicators"), (*path, "indicators"))
    ]
    indicators += _mappings(data.get("indicators"), ("indicators",))
    criteria = [
        found
        for path, i in indicators
        for found in _mappings(i.get("criteria"), (*path, "criteria"))
    ]

    def ids(items: list[tuple[KeyPath, dict[Any, Any]]]) -> list[tuple[KeyPath, str]]:
        return [(path, item["id"]) for path, item in items if isinstance(item.get("id"), str)]

    problems = duplicate_ids(
        [("section", ids(sections)), ("indicator", ids(indicators)), ("criterion", ids(criteria))]
    )
    scales = data.get("scales") or {}
    if not isinstance(scales, dict):
        return problems
    for path, criterion in criteria:
        name = criterion.get("scale")
        if not isinstance(name, str) or criterion.get("type", "choice") != "choice":
            continue
        if name not in scales:
            problems.append(((*path, "scale"), unknown_scale(name, map(str, scales))))
            continue
        scale = scales[name]
        known = {
            option["key"].casefold()
            for _, option in _mappings(
                scale.get("options") if isinstance(scale, dict) else None, ()
            )
            if isinstance(option.get("key"), str)
        }
        problems += [
            ((*where, "key"), not_in_scale(option["key"], name))
            for where, option in _mappings(criterion.get("options"), (*path, "options"))
            if known
            and isinstance(option.get("key"), str)
            and option["key"].casefold() not in known
        ]
    return problems

"""Columns settled by hand: ``--map COLUMN=ELEMENT`` or a small YAML file of such pairs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import yaml

from pkmcli.errors import Problem, UsageError, suggest
from pkmcli.language import Lang
from pkmcli.survey.columns import IGNORE
from pkmcli.survey.definition import Survey
from pkmcli.survey.labels import normalize_header
from pkmcli.survey.words import say

MAX_MAP_BYTES = 256 * 1024


def _pairs_from_file(spec: str, lang: Lang) -> list[tuple[str, str]]:
    path = Path(spec)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_MAP_BYTES + 1)
    except OSError:
        raise UsageError([Problem("--map", say(lang, "map_form", given=spec))]) from None
    if len(raw) > MAX_MAP_BYTES:
        raise UsageError([Problem(spec, say(lang, "map_file"))])
    try:
        data = yaml.safe_load(raw.decode("utf-8-sig"))
    except (ValueError, yaml.YAMLError):
        raise UsageError([Problem(spec, say(lang, "map_file"))]) from None
    if not isinstance(data, dict) or not all(
        isinstance(k, str | int) and isinstance(v, str) for k, v in data.items()
    ):
        raise UsageError([Problem(spec, say(lang, "map_file"))])
    return [(str(k), v) for k, v in data.items()]


def parse_mapping(specs: Sequence[str], survey: Survey, lang: Lang) -> dict[str, str]:
    """Return normalized header -> element or profile id (``-`` to leave a column out)."""
    known = [e.id for e in survey.elements] + [f.id for f in survey.profile]
    pairs: list[tuple[str, str]] = []
    for spec in specs:
        if "=" in spec:
            column, _, target = spec.rpartition("=")
            pairs.append((column, target.strip()))
        else:
            pairs += _pairs_from_file(spec, lang)
    mapping: dict[str, str] = {}
    problems: list[Problem] = []
    for column, target in pairs:
        if not column.strip():
            problems.append(Problem("--map", say(lang, "map_form", given=f"{column}={target}")))
        elif target != IGNORE and target not in known:
            hint = suggest(target, known, lang)
            message = say(lang, "map_target", target=target, known=", ".join(known)) + hint
            problems.append(Problem("--map", message))
        else:
            mapping[normalize_header(column)] = target
    if problems:
        raise UsageError(problems)
    return mapping

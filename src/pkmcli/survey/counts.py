"""What one survey data file holds, counted: the state the counting fills in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pkmcli.language import Lang
from pkmcli.survey.columns import Layout


@dataclass(slots=True)
class FileTally:
    """What one file holds, counted."""

    file: str
    path: Path
    encoding: str | None
    layout: Layout
    mapping: Mapping[str, str]
    lang: Lang
    # Free profile values (service, age) are shown in reports only; other outputs skip them.
    free_values: bool = True
    respondents: int = 0
    raw: dict[int, Counter[str]] = field(default_factory=dict)
    grouped: dict[int, Counter[tuple[str, str]]] = field(default_factory=dict)
    group_sizes: Counter[str] = field(default_factory=Counter)
    choices: dict[str, Counter[str]] = field(default_factory=dict)
    crowded: set[str] = field(default_factory=set)  # columns with too many values to list
    empty_rows: list[int] = field(default_factory=list)
    empty_count: int = 0
    duplicates: list[tuple[int, int]] = field(default_factory=list)
    duplicate_count: int = 0
    suggestions: list[str] = field(default_factory=list)
    suggestion_count: int = 0
    first_day: date | None = None
    last_day: date | None = None

"""Count the profile columns of a block: choices, suggestions, survey days, repeated rows."""

from __future__ import annotations

from collections import Counter
from itertools import compress
from typing import TYPE_CHECKING

from pkmcli.survey.definition import Survey
from pkmcli.survey.folding import normalize
from pkmcli.survey.moments import parse_day

if TYPE_CHECKING:
    from pkmcli.survey.counts import FileTally

KEEP_ROWS = 20  # rows named in a warning; the rest are counted
KEEP_TEXTS = 200
MAX_DISTINCT = 2_000
# Answers to "any suggestions?" that suggest nothing.
_NO_SUGGESTION = frozenset({"", "tidak ada", "tidak", "ga ada", "gak ada", "nihil", "no", "none"})


def count_profile(
    tally: FileTally,
    survey: Survey,
    columns: list[tuple[str, ...]],
    answered: list[bool],
    numbers: range | list[int],
    answers: list[tuple[str, ...]],
) -> None:
    for ident, index in tally.layout.fields.items():
        kind = survey.field(ident).kind
        column = columns[index]
        if kind == "free" and not tally.free_values:
            continue
        if kind in {"choice", "free"} and ident not in tally.crowded:
            counter = tally.choices.setdefault(ident, Counter())
            counter.update(compress(column, answered))
            if len(counter) > MAX_DISTINCT:
                tally.crowded.add(ident)
                del tally.choices[ident]
        elif kind == "text":
            _keep_suggestions(tally, column)
        elif kind == "timestamp":
            _note_days(tally, column)
            _find_duplicates(tally, column, numbers, answers)


def _keep_suggestions(tally: FileTally, column: tuple[str, ...]) -> None:
    # Counted by distinct text: a block holds few different answers to "any suggestions?".
    written = Counter(filter(None, column))
    for text, count in written.items():
        if normalize(text) in _NO_SUGGESTION:
            continue
        tally.suggestion_count += count
        if len(tally.suggestions) < KEEP_TEXTS:
            tally.suggestions.append(text.strip())


def _note_days(tally: FileTally, column: tuple[str, ...]) -> None:
    # A form exports in time order: the first and last stamp of each block bound the period.
    stamps = [s for s in (column[0], column[-1]) if s]
    for day in filter(None, map(parse_day, stamps)):
        tally.first_day = min(day, tally.first_day or day)
        tally.last_day = max(day, tally.last_day or day)


def _find_duplicates(
    tally: FileTally,
    stamps: tuple[str, ...],
    numbers: range | list[int],
    answers: list[tuple[str, ...]],
) -> None:
    # Only rows with the same timestamp can repeat a submission: most blocks have none.
    if len(set(stamps)) == len(stamps):
        return
    prints = list(zip(stamps, *answers, strict=True))
    first_seen: dict[tuple[str, ...], int] = {}
    for number, mark in zip(numbers, prints, strict=True):
        if not mark[0]:
            continue
        earlier = first_seen.setdefault(mark, number)
        if earlier != number:
            tally.duplicate_count += 1
            if len(tally.duplicates) < KEEP_ROWS:
                tally.duplicates.append((number, earlier))

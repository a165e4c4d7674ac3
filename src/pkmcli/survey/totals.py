"""Add up the tallies of several files: answers read through each element's labels."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from pkmcli.errors import PkmError, Problem
from pkmcli.language import Lang
from pkmcli.survey.columns import relabel
from pkmcli.survey.counts import FileTally
from pkmcli.survey.definition import SCALE, Survey
from pkmcli.survey.labels import AnswerKey, ChoiceKey
from pkmcli.survey.tally import MAX_LOCATED, locate_cells
from pkmcli.survey.words import say

MAX_GROUPS = 200


def _zero() -> list[int]:
    return [0] * len(SCALE)


@dataclass(slots=True)
class Group:
    """The respondents sharing one value of the ``--by`` column."""

    name: str
    respondents: int = 0
    counts: dict[str, list[int]] = field(default_factory=dict)


@dataclass(slots=True)
class Totals:
    """Every file's answers added up, with what the checks need to know."""

    files: list[str]
    tallies: list[FileTally]
    respondents: int = 0
    counts: dict[str, list[int]] = field(default_factory=dict)
    by: str | None = None
    groups: dict[str, Group] = field(default_factory=dict)
    profile: dict[str, Counter[str]] = field(default_factory=dict)
    outside: dict[str, Counter[str]] = field(default_factory=dict)
    suggestions: list[str] = field(default_factory=list)
    suggestion_count: int = 0
    first_day: date | None = None
    last_day: date | None = None


def _expected(survey: Survey, element: str, lang: Lang) -> str:
    answers = sorted(survey.element(element).answers, key=lambda a: a.value)
    return ", ".join(f"{a.value} '{a.label.get(lang)}'" for a in answers)


def add_up(
    tallies: Sequence[FileTally], survey: Survey, lang: Lang
) -> tuple[Totals, list[Problem]]:
    """Read every counted cell as an answer; raise PkmError naming every cell that is none."""
    keys = {e.id: AnswerKey.of(e) for e in survey.elements}
    totals = Totals([t.file for t in tallies], list(tallies))
    totals.counts = {e.id: _zero() for e in survey.elements}
    warnings: list[Problem] = []
    problems: list[Problem] = []
    for tally in tallies:
        layout, moved, wrong = relabel(tally.file, tally.layout, tally.raw, survey, lang)
        tally.layout = layout
        warnings += moved
        problems += wrong
        if wrong:
            continue
        bad: dict[int, set[str]] = {}
        for element, index in layout.elements.items():
            key = keys[element]
            for text, count in tally.raw[index].items():
                value = key.value(text)
                if value is None:
                    bad.setdefault(index, set()).add(text)
                elif value:
                    totals.counts[element][value - 1] += count
        if bad:
            problems += _located(tally, survey, bad, lang)
            continue
        totals.respondents += tally.respondents
        _add_groups(totals, tally, keys, lang)
        _add_profile(totals, tally, survey)
    if problems:
        raise PkmError(problems)
    days = [d for t in tallies for d in (t.first_day, t.last_day) if d is not None]
    if days:
        totals.first_day, totals.last_day = min(days), max(days)
    return totals, warnings


def _located(
    tally: FileTally, survey: Survey, bad: dict[int, set[str]], lang: Lang
) -> list[Problem]:
    owner = {index: element for element, index in tally.layout.elements.items()}

    def describe(index: int, text: str) -> str:
        element = owner[index]
        shown = text.strip()
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        title = survey.element(element).title.get(lang)
        return say(
            lang,
            "cell_not_answer",
            value=shown,
            element=title,
            expected=_expected(survey, element, lang),
        )

    found, total = locate_cells(tally, survey, bad, describe, lang)
    if total > MAX_LOCATED:
        found.append(Problem(tally.file, say(lang, "cells_more", count=total - MAX_LOCATED)))
    return found


def _add_groups(totals: Totals, tally: FileTally, keys: dict[str, AnswerKey], lang: Lang) -> None:
    layout = tally.layout
    if layout.by is None:
        return
    totals.by = totals.by or layout.header(layout.by)
    names: dict[str, str] = {}

    def group(raw: str) -> Group:
        name = names.get(raw)
        if name is None:
            name = names[raw] = " ".join(raw.split()) or say(lang, "group_blank")
        found = totals.groups.get(name.casefold())
        if found is None:
            if len(totals.groups) >= MAX_GROUPS:
                header = layout.header(layout.by or 0)
                message = say(lang, "by_crowded", column=header, limit=MAX_GROUPS)
                raise PkmError.single(tally.file, message, line=layout.header_row, column=header)
            found = totals.groups[name.casefold()] = Group(name)
            found.counts = {element: _zero() for element in keys}
        return found

    for raw, count in tally.group_sizes.items():
        group(raw).respondents += count
    for element, index in layout.elements.items():
        key = keys[element]
        for (raw, text), count in tally.grouped[index].items():
            value = key.value(text)
            if value:
                group(raw).counts[element][value - 1] += count


def _add_profile(totals: Totals, tally: FileTally, survey: Survey) -> None:
    for ident, counter in tally.choices.items():
        spec = survey.field(ident)
        counted = totals.profile.setdefault(ident, Counter())
        if spec.kind == "choice":
            key = ChoiceKey.of(spec)
            for raw, count in counter.items():
                value = key.value(raw)
                if value is None:
                    totals.outside.setdefault(ident, Counter())[raw.strip()] += count
                    value = raw.strip()
                if value:
                    counted[value] += count
        else:
            for raw, count in counter.items():
                if raw.strip():
                    counted[" ".join(raw.split())] += count
    room = max(0, 200 - len(totals.suggestions))
    totals.suggestions += tally.suggestions[:room]
    totals.suggestion_count += tally.suggestion_count

"""Warnings about the data: they do not stop the count, but a unit should know them."""

from __future__ import annotations

from collections import Counter

from pkmcli.errors import Problem
from pkmcli.language import Lang
from pkmcli.survey.arithmetic import Score, required_sample
from pkmcli.survey.counts import FileTally
from pkmcli.survey.definition import Survey
from pkmcli.survey.folding import normalize
from pkmcli.survey.labels import ChoiceKey
from pkmcli.survey.totals import Totals
from pkmcli.survey.words import say

SHOWN = 5


def _warn(lang: Lang, file: str, name: str, line: int | None = None, **values: object) -> Problem:
    return Problem(file, say(lang, "warning") + say(lang, name, **values), line)


def _rows(numbers: list[int], total: int) -> str:
    shown = ", ".join(map(str, numbers[:SHOWN]))
    return shown + (" ..." if total > SHOWN else "")


def data_warnings(
    totals: Totals, survey: Survey, score: Score, population: int | None, lang: Lang
) -> list[Problem]:
    """Return the warnings on sample size, empty and repeated answers, and profile values."""
    found: list[Problem] = []
    for tally in totals.tallies:
        found += _file_warnings(tally, survey, lang)
    where = "pkm skm"
    for element in score.elements:
        if element.nrr is None and score.ikm is not None:
            title = survey.element(element.id).title.get(lang)
            found.append(_warn(lang, where, "element_unanswered", element=title))
    if population is not None:
        required = required_sample(population)
        if totals.respondents < required:
            found.append(
                _warn(
                    lang,
                    where,
                    "sample_short",
                    got=totals.respondents,
                    required=required,
                    population=population,
                )
            )
    return found


def _file_warnings(tally: FileTally, survey: Survey, lang: Lang) -> list[Problem]:
    found: list[Problem] = []
    file = tally.file
    if tally.empty_count:
        rows = _rows(tally.empty_rows, tally.empty_count)
        found.append(_warn(lang, file, "rows_empty", count=tally.empty_count, rows=rows))
    if tally.duplicate_count:
        pairs = ", ".join(f"{a}={b}" for a, b in tally.duplicates[:SHOWN])
        pairs += " ..." if tally.duplicate_count > SHOWN else ""
        found.append(_warn(lang, file, "rows_repeated", count=tally.duplicate_count, pairs=pairs))
    for ident, counter in tally.choices.items():
        spec = survey.field(ident)
        if spec.kind != "choice":
            continue
        key = ChoiceKey.of(spec)
        outside: Counter[str] = Counter()
        for raw, count in counter.items():
            if key.value(raw) is None:
                outside[raw.strip()] += count
        if outside:
            column = tally.layout.header(tally.layout.fields[ident])
            listed = ", ".join(f"'{v}' ({n})" for v, n in outside.most_common(SHOWN))
            allowed = ", ".join(c.value for c in spec.values)
            found.append(
                _warn(lang, file, "profile_outside", column=column, values=listed, allowed=allowed)
            )
    found += _numbered_columns(tally, survey, lang)
    return found


def _numbered_columns(tally: FileTally, survey: Survey, lang: Lang) -> list[Problem]:
    """Columns named only by a number whose element the questionnaire numbers otherwise."""
    found: list[Problem] = []
    for element in survey.elements:
        index = tally.layout.elements.get(element.id)
        if index is None or not element.code or not element.form_code:
            continue
        header = tally.layout.header(index)
        if normalize(header) != normalize(element.code) or index in tally.layout.mapped:
            continue
        other = next((e for e in survey.elements if e.code == element.form_code), None)
        if other is None:
            continue
        found.append(
            _warn(
                lang,
                tally.file,
                "code_order",
                column=header,
                element=element.title.get(lang),
                other=other.title.get(lang),
                line=tally.layout.header_row,
                fix=f"--map {element.code}={other.id} --map {other.code}={element.id}",
            )
        )
    return found

"""Which column holds which element: by header text first, then checked by the labels in it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace

from pkmcli.errors import Problem
from pkmcli.language import Lang
from pkmcli.survey.definition import Survey
from pkmcli.survey.folding import normalize
from pkmcli.survey.labels import AnswerKey, normalize_header
from pkmcli.survey.words import say

IGNORE = "-"
# A column is taken for another element only when nearly all its labels say so.
CLEAR_MAJORITY = 0.9


@dataclass(frozen=True, slots=True)
class Layout:
    """The columns of one file: where its header is and what each column holds."""

    headers: tuple[str, ...]
    header_row: int
    elements: dict[str, int]  # element id -> column index
    fields: dict[str, int]  # profile field id -> column index
    mapped: frozenset[int]  # columns settled by --map, never moved by their labels
    by: int | None = None

    def header(self, index: int) -> str:
        return self.headers[index] or f"#{index + 1}"


def _words_in(phrase: str, text: str) -> bool:
    return re.search(rf"(?<![0-9a-z]){re.escape(phrase)}(?![0-9a-z])", text) is not None


@dataclass(frozen=True, slots=True)
class _Names:
    exact: dict[str, set[str]]  # target id -> whole names
    phrases: dict[str, set[str]]  # target id -> phrases a longer header may contain
    elements: frozenset[str]

    @classmethod
    def of(cls, survey: Survey) -> _Names:
        exact: dict[str, set[str]] = {}
        phrases: dict[str, set[str]] = {}
        for e in survey.elements:
            names = {e.title.id, e.title.en, e.question.id, e.question.en, e.id, *e.headers}
            exact[e.id] = {normalize_header(n) for n in names} | {normalize(e.code or e.id)}
            phrases[e.id] = {normalize(n) for n in (*e.headers, e.title.id, e.code or e.id)}
        for f in survey.profile:
            names = {f.title.id, f.title.en, f.id, *f.headers}
            exact[f.id] = {normalize_header(n) for n in names}
            phrases[f.id] = {normalize(n) for n in f.headers}
        return cls(exact, phrases, frozenset(e.id for e in survey.elements))

    def rank(self, header: str) -> tuple[tuple[int, int], list[str]]:
        """Return the best (tier, words) and the targets that reach it."""
        text = normalize_header(header)
        best: tuple[int, int] = (0, 0)
        targets: list[str] = []
        if not text:
            return best, targets
        for target, names in self.exact.items():
            score = (3, 0) if text in names else (0, 0)
            if score == (0, 0):
                tier = 2 if target in self.elements else 1
                found = [p for p in self.phrases[target] if p and _words_in(p, text)]
                if found:
                    score = (tier, max(len(p.split()) for p in found))
            if score > best:
                best, targets = score, [target]
            elif score == best and score != (0, 0):
                targets.append(target)
        return best, targets


_NAMES: dict[int, tuple[Survey, _Names]] = {}


def _names_of(survey: Survey) -> _Names:
    # Built once per survey: the header row is looked for row by row, sheet by sheet.
    cached = _NAMES.get(id(survey))
    if cached is None or cached[0] is not survey:
        cached = _NAMES[id(survey)] = (survey, _Names.of(survey))
    return cached[1]


def count_named(row: list[str], survey: Survey, mapping: Mapping[str, str]) -> int:
    """Count the cells of a row that name an element (to find the header row)."""
    names = _names_of(survey)
    found = 0
    for cell in row:
        target = mapping.get(normalize_header(cell))
        if target is None:
            _, targets = names.rank(cell)
            target = targets[0] if len(targets) == 1 else None
        found += target in names.elements
    return found


def match_columns(
    file: str,
    header: list[str],
    header_row: int,
    survey: Survey,
    mapping: Mapping[str, str],
    lang: Lang,
) -> tuple[Layout, list[Problem]]:
    """Assign columns to elements and profile fields; report what stays unsettled."""
    names = _names_of(survey)
    headers = tuple(cell.strip() for cell in header)
    claims: dict[str, list[tuple[tuple[int, int], int]]] = {}
    mapped: set[int] = set()
    problems: list[Problem] = []
    for index, cell in enumerate(headers):
        target = mapping.get(normalize_header(cell)) if cell else None
        if target is not None:
            mapped.add(index)
            if target != IGNORE:
                claims.setdefault(target, []).append(((9, 0), index))
            continue
        score, targets = names.rank(cell)
        if len(targets) == 1:
            claims.setdefault(targets[0], []).append((score, index))
    assigned: dict[str, int] = {}
    for target, found in claims.items():
        found.sort(key=lambda claim: (claim[0], -claim[1]), reverse=True)
        if target in names.elements and len(found) > 1 and found[0][0] == found[1][0]:
            both = ", ".join(f"'{headers[i]}'" for _, i in found[:2])
            title = survey.element(target).title.get(lang)
            message = say(lang, "columns_twice", element=title, id=target, columns=both)
            problems.append(Problem(file, message, line=header_row))
        assigned[target] = found[0][1]
    elements = {e.id: assigned[e.id] for e in survey.elements if e.id in assigned}
    for element in survey.elements:
        if element.id not in elements:
            title = element.title.get(lang)
            message = say(lang, "column_missing", element=title, id=element.id)
            problems.append(Problem(file, message, line=header_row))
    fields = {f.id: assigned[f.id] for f in survey.profile if f.id in assigned}
    return Layout(headers, header_row, elements, fields, frozenset(mapped)), problems


def pick_by(layout: Layout, by: str) -> int | None:
    """Return the column ``--by`` names: a profile field id or a header."""
    if by in layout.fields:
        return layout.fields[by]
    if by in layout.elements:
        return layout.elements[by]
    wanted = normalize_header(by)
    return next((i for i, h in enumerate(layout.headers) if normalize_header(h) == wanted), None)


def relabel(
    file: str,
    layout: Layout,
    raw: Mapping[int, Counter[str]],
    survey: Survey,
    lang: Lang,
) -> tuple[Layout, list[Problem], list[Problem]]:
    """Move columns whose labels belong to another element (the 8/9 swap); return warnings
    for the moves made and problems for the columns that cannot be settled this way."""
    keys = {e.id: AnswerKey.of(e) for e in survey.elements}
    moves: dict[str, str] = {}
    examples: dict[str, list[str]] = {}
    for element, index in layout.elements.items():
        if index in layout.mapped:
            continue
        written = {text: n for text, n in raw.get(index, Counter()).items() if text.strip()}
        fits = {
            other: sum(n for text, n in written.items() if key.label_value(text) is not None)
            for other, key in keys.items()
        }
        own = fits[element]
        labelled = max(fits.values(), default=0)
        if not labelled or own * 2 >= labelled:
            continue
        best = [other for other, fit in fits.items() if fit == labelled]
        if len(best) == 1 and labelled >= CLEAR_MAJORITY * sum(written.values()):
            moves[element] = best[0]
            examples[element] = sorted(written, key=lambda t: -written[t])[:2]
    warnings: list[Problem] = []
    problems: list[Problem] = []
    if not moves:
        return layout, warnings, problems
    if set(moves) == set(moves.values()):
        elements = dict(layout.elements)
        for source, target in moves.items():
            elements[target] = layout.elements[source]
        for source, target in moves.items():
            header = layout.header(layout.elements[source])
            message = say(
                lang,
                "columns_swapped",
                column=header,
                holds=survey.element(target).title.get(lang),
                labels=", ".join(f"'{t.strip()}'" for t in examples[source]),
                target=target,
            )
            warning = say(lang, "warning") + message
            warnings.append(Problem(file, warning, line=layout.header_row, column=header))
        return replace(layout, elements=elements), warnings, problems
    for source, target in moves.items():
        header = layout.header(layout.elements[source])
        message = say(
            lang,
            "column_foreign",
            holds=survey.element(target).title.get(lang),
            labels=", ".join(f"'{t.strip()}'" for t in examples[source]),
            element=survey.element(source).title.get(lang),
            column=header,
            target=target,
        )
        problems.append(Problem(file, message, line=layout.header_row, column=header))
    return layout, warnings, problems

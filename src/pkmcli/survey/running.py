"""`pkm skm` from start to end: read every file, add up, score, check and render."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pkmcli.errors import PkmError, Problem, UsageError
from pkmcli.language import Lang
from pkmcli.survey.catalog import load_survey
from pkmcli.survey.checks import data_warnings
from pkmcli.survey.counts import FileTally
from pkmcli.survey.definition import Survey
from pkmcli.survey.labels import normalize_header
from pkmcli.survey.mapping import parse_mapping
from pkmcli.survey.result import Outcome, score_totals
from pkmcli.survey.tally import tally_file
from pkmcli.survey.totals import Totals, add_up
from pkmcli.survey.words import say

FORMATS = ("table", "json", "csv", "md", "html")


@dataclass(frozen=True, slots=True)
class Request:
    """What the command line asked for."""

    data: tuple[str, ...]
    survey: str | None = None
    population: int | None = None
    output: str = "table"
    by: str | None = None
    maps: tuple[str, ...] = ()
    baseline: tuple[str, ...] = ()
    publication: bool = False
    unit: str | None = None
    period: str | None = None
    lang: Lang = "id"
    csv_dialect: str = "standard"  # for --format csv: standard or excel-id


@dataclass(frozen=True, slots=True)
class Answer:
    """The text to print or write, and the warnings for stderr."""

    text: str
    warnings: list[Problem]


def _read_all(
    files: tuple[str, ...],
    survey: Survey,
    mapping: Mapping[str, str],
    by: str | None,
    lang: Lang,
    *,
    baseline: bool = False,
    free_values: bool = True,
) -> tuple[Totals, list[Problem]]:
    tallies: list[FileTally] = []
    problems: list[Problem] = []
    for name in files:
        try:
            tally = tally_file(Path(name), name, survey, mapping, by, lang, free_values=free_values)
            tallies.append(tally)
        except PkmError as exc:
            problems += exc.problems
    if problems:
        # The files that could be read are checked too, so every problem shows at once.
        try:
            add_up(tallies, survey, lang)
        except PkmError as exc:
            problems += exc.problems
        raise PkmError(problems)
    seen = {normalize_header(h) for t in tallies for h in t.layout.headers}
    unused = [key for key in mapping if key not in seen]
    # An earlier period's files may name their columns otherwise: only the data must use --map.
    if unused and not baseline:
        message = say(lang, "map_unused", columns=", ".join(f"'{k}'" for k in unused))
        raise UsageError([Problem("--map", message)])
    return add_up(tallies, survey, lang)


def run_skm(request: Request) -> Answer:
    """Compute the SKM of the data files and render it in the requested format."""
    lang = request.lang
    if request.output not in FORMATS:
        raise UsageError([Problem("--format", say(lang, "format_unknown", given=request.output))])
    if request.publication and request.output != "html":
        raise UsageError([Problem("--publication", say(lang, "publication_html"))])
    if request.population is not None and request.population < 1:
        raise UsageError([Problem("--population", say(lang, "population_positive"))])
    if not request.data:
        raise UsageError([Problem("pkm skm", say(lang, "no_data"))])
    survey = load_survey(request.survey, lang)
    mapping = parse_mapping(request.maps, survey, lang)
    report = request.output in {"md", "html"}
    totals, warnings = _read_all(
        request.data, survey, mapping, request.by, lang, free_values=report
    )
    if not totals.respondents:
        raise PkmError([Problem(", ".join(totals.files), say(lang, "no_respondents"))])
    score, groups = score_totals(survey, totals)
    baseline = None
    if request.baseline:
        earlier, _ = _read_all(request.baseline, survey, mapping, None, lang, baseline=True)
        if earlier.respondents:
            baseline = (earlier, score_totals(survey, earlier)[0])
    warnings += data_warnings(totals, survey, score, request.population, lang)
    outcome = Outcome(survey, totals, score, groups, request.population, baseline, lang)
    return Answer(_render(outcome, request), warnings)


def _render(outcome: Outcome, request: Request) -> str:
    if request.output in {"md", "html"}:
        from pkmcli.survey.reporting import render_report  # noqa: PLC0415 - Jinja only here

        return render_report(
            outcome, request.output, request.unit, request.period, publication=request.publication
        )
    from pkmcli.survey import rendering  # noqa: PLC0415

    if request.output == "json":
        return rendering.render_json(outcome)
    if request.output == "csv":
        return rendering.render_csv(outcome, request.csv_dialect)
    return rendering.render_table(outcome)

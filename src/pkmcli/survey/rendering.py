"""The terminal table, the CSV rows and the JSON text of a survey result."""

from __future__ import annotations

import json
from fractions import Fraction

from pkmcli.files.csvs import STANDARD, CsvText, text_cell
from pkmcli.language import Lang
from pkmcli.numbers import fmt
from pkmcli.survey.arithmetic import Score, required_sample
from pkmcli.survey.definition import Survey
from pkmcli.survey.result import Outcome, result_json
from pkmcli.survey.words import say


def _num(value: Fraction | None, lang: Lang) -> str:
    return "-" if value is None else fmt(float(value), 2, lang)


def weight_text(weight: Fraction) -> str:
    return f"{weight.numerator}/{weight.denominator}" if weight.denominator != 1 else "1"


def render_json(outcome: Outcome) -> str:
    return json.dumps(result_json(outcome), ensure_ascii=False, indent=2) + "\n"


def summary_lines(outcome: Outcome) -> list[str]:
    """Return the lines under the table: IKM, grade, sample, period, the weight note."""
    lang, score, totals = outcome.lang, outcome.score, outcome.totals
    lines = []
    if score.ikm is not None and score.band is not None:
        lines.append(
            say(
                lang,
                "summary_ikm",
                ikm=_num(score.ikm, lang),
                grade=score.band.grade,
                performance=score.band.performance.get(lang),
            )
        )
    lines.append(say(lang, "summary_respondents", count=totals.respondents))
    if outcome.population is not None:
        required = required_sample(outcome.population)
        key = "summary_sample_ok" if totals.respondents >= required else "summary_sample_short"
        lines.append(say(lang, key, population=outcome.population, required=required))
    if totals.first_day and totals.last_day:
        lines.append(
            say(
                lang,
                "summary_period",
                start=totals.first_day.isoformat(),
                end=totals.last_day.isoformat(),
            )
        )
    lines.append(weights_note(outcome.survey, score, lang))
    return lines


def weights_note(survey: Survey, score: Score, lang: Lang) -> str:
    """Say once what the weight printed in the regulation would have shown."""
    if not score.printed_weights:
        return say(lang, "weights_own")
    weight = weight_text(next(iter(survey.weights().values())))
    (short, short_ikm), (longer, longer_ikm) = score.printed_weights
    return say(
        lang,
        "weights_note",
        weight=weight,
        short=fmt(float(short), 2, lang),
        short_ikm=_num(short_ikm, lang),
        longer=fmt(float(longer), 3, lang),
        longer_ikm=_num(longer_ikm, lang),
    )


def render_table(outcome: Outcome) -> str:
    from rich import box  # noqa: PLC0415 - only for the terminal table
    from rich.table import Table  # noqa: PLC0415
    from rich.text import Text  # noqa: PLC0415

    from pkmcli.console.consoles import plain_text  # noqa: PLC0415

    lang, survey, score = outcome.lang, outcome.survey, outcome.score
    weights = survey.weights()
    table = Table(title=survey.title.get(lang), box=box.SIMPLE_HEAVY, title_justify="left")
    for key, right in (
        ("col_no", False),
        ("col_element", False),
        ("col_answered", True),
        ("col_sum", True),
        ("col_nrr", True),
        ("col_weight", True),
        ("col_ikm", True),
        ("col_grade", False),
    ):
        table.add_column(say(lang, key), justify="right" if right else "left")
    for number, element in enumerate(score.elements, start=1):
        spec = survey.element(element.id)
        table.add_row(
            Text(spec.code or str(number)),
            Text(spec.title.get(lang)),
            str(element.answered),
            str(element.total),
            _num(element.nrr, lang),
            weight_text(weights[element.id]),
            _num(element.ikm, lang),
            Text(element.band.grade if element.band else "-"),
        )
    drawn = plain_text(table)
    if outcome.groups:
        groups = Table(title=outcome.totals.by, box=box.SIMPLE_HEAVY, title_justify="left")
        for key in ("col_group", "col_respondents", "col_ikm", "col_grade", "col_performance"):
            groups.add_column(say(lang, key))
        for group in outcome.groups:
            band = group.score.band
            groups.add_row(
                Text(group.name),
                str(group.respondents),
                _num(group.score.ikm, lang),
                Text(band.grade if band else "-"),
                Text(band.performance.get(lang) if band else "-"),
            )
        drawn += plain_text(groups)
    lines = [line.rstrip() for line in drawn.splitlines()]
    # Sentences stay whole lines: a terminal wraps them, and a pipe keeps them greppable.
    return "\n".join([*lines, *summary_lines(outcome)]) + "\n"


def render_csv(outcome: Outcome, dialect: str = STANDARD) -> str:
    """One row per element (and per group with ``--by``); numbers at full precision."""
    survey, lang = outcome.survey, outcome.lang
    weights = survey.weights()
    writer = CsvText(dialect, line_end="\n")

    def number(value: Fraction | None) -> str:
        return "" if value is None else writer.number(float(value))

    writer.row(
        [
            "group",
            "element",
            "title",
            "answered",
            "sum",
            "nrr",
            "element_ikm",
            "element_grade",
            "weight",
            "ikm",
            "grade",
            "performance",
        ]
    )
    parts = [("", outcome.score)] + [(g.name, g.score) for g in outcome.groups]
    for group, score in parts:
        band = score.band
        for e in score.elements:
            writer.row(
                [
                    text_cell(group),
                    e.id,
                    text_cell(survey.element(e.id).title.get(lang)),
                    e.answered,
                    e.total,
                    number(e.nrr),
                    number(e.ikm),
                    text_cell(e.band.grade) if e.band else "",
                    number(weights[e.id]),
                    number(score.ikm),
                    text_cell(band.grade) if band else "",
                    text_cell(band.performance.get(lang)) if band else "",
                ]
            )
    return writer.text()

"""Human-readable score tables for the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.numbers import fmt
from pkmcli.scoring.arithmetic import IndicatorScore, ScoreResult, other_total
from pkmcli.scoring.contract import StageFigure
from pkmcli.scoring.unanswered import policy_note

if TYPE_CHECKING:
    from rich.console import RenderableType


def result_table(
    result: ScoreResult,
    file: str,
    lang: Lang = "id",
    *,
    stages: Sequence[StageFigure] = (),
    changed: Sequence[str] = (),
) -> RenderableType:
    """Return a Rich renderable: one row per indicator, the total, and what is unanswered.

    With review stages, the table is the reported stage's, and a line gives every stage's
    total beside the unit's, with the criteria the evaluators changed.
    """
    from rich.console import Group  # noqa: PLC0415 - rich is only needed for human output
    from rich.table import Table  # noqa: PLC0415
    from rich.text import Text  # noqa: PLC0415

    meta = " · ".join(
        part
        for part in (result.answers.unit, result.answers.period, result.answers.assessor)
        if part
    )
    # Names come from files and rubrics: Text keeps brackets in them from reading as markup.
    title = Text(f"{file}" + (f" — {meta}" if meta else ""), style="table.title")
    table = Table(title=title, title_justify="left", show_footer=True)
    table.add_column(say("console.indicator", lang), footer=say("console.total", lang))
    table.add_column(
        say("console.weight", lang), justify="right", footer=fmt(result.max_score, 2, lang)
    )
    table.add_column(say("console.mean", lang), justify="right")
    table.add_column(say("console.score", lang), justify="right", footer=fmt(result.score, 2, lang))
    table.add_column("%", justify="right", footer=fmt(result.percent, 2, lang))

    def add_indicator(item: IndicatorScore) -> None:
        table.add_row(
            Text(f"{item.indicator.id}. {item.indicator.title.get(lang)}"),
            fmt(item.weight, 2, lang),
            fmt(item.mean, 4, lang),
            fmt(item.score, 2, lang),
            fmt(item.percent, 2, lang),
        )

    if result.sections:
        for section in result.sections:
            table.add_row(Text(section.section.title.get(lang), style="bold"))
            for item in section.indicators:
                add_indicator(item)
            subtotal = say("console.subtotal", lang, section=section.section.title.get(lang))
            table.add_row(
                Text(subtotal, style="italic"),
                fmt(section.max_score, 2, lang),
                "",
                fmt(section.score, 2, lang),
                fmt(section.percent, 2, lang),
                end_section=True,
            )
    else:
        for item in result.indicators:
            add_indicator(item)
    parts: list[RenderableType] = [table]
    if len(stages) > 1:
        totals = " · ".join(
            say(
                "console.stage_total",
                lang,
                stage=result.rubric.stage_label(f.stage, lang),
                score=fmt(f.score, 2, lang),
                percent=fmt(f.percent, 2, lang),
            )
            for f in stages
        )
        parts.append(Text(say("console.stages", lang, totals=totals)))
        if changed:
            parts.append(Text(say("console.changed", lang, ids=", ".join(changed))))
    if result.grade:
        parts.append(Text(say("console.grade", lang, grade=result.grade.label.get(lang))))
    if result.unanswered:
        ids = ", ".join(result.unanswered)
        parts.append(Text(say("console.unanswered", lang, ids=ids), style="yellow"))
        note = policy_note(result.policy, other_total(result), lang)
        if note:
            parts.append(Text(note, style="yellow"))
    return Group(*parts)

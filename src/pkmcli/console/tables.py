"""Human-readable score tables for the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pkmcli.language import Lang
from pkmcli.scoring.arithmetic import IndicatorScore, ScoreResult, other_total
from pkmcli.scoring.contract import StageFigure
from pkmcli.scoring.numbers import fmt
from pkmcli.scoring.unanswered import policy_note

if TYPE_CHECKING:
    from rich.console import RenderableType

_WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        "indicator": "Indikator",
        "weight": "Bobot",
        "score": "Nilai",
        "total": "Total",
        "unanswered": "Belum dijawab",
        "grade": "Predikat",
        "mean": "Rerata",
        "section": "Subtotal",
        "stages": "Tahap",
        "changed": "Diubah penilai",
    },
    "en": {
        "indicator": "Indicator",
        "weight": "Weight",
        "score": "Score",
        "total": "Total",
        "unanswered": "Unanswered",
        "grade": "Grade",
        "mean": "Mean",
        "section": "Subtotal",
        "stages": "Stages",
        "changed": "Changed by the evaluators",
    },
}


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

    words = _WORDS[lang]
    meta = " · ".join(
        part
        for part in (result.answers.unit, result.answers.period, result.answers.assessor)
        if part
    )
    # Names come from files and rubrics: Text keeps brackets in them from reading as markup.
    title = Text(f"{file}" + (f" — {meta}" if meta else ""), style="table.title")
    table = Table(title=title, title_justify="left", show_footer=True)
    table.add_column(words["indicator"], footer=words["total"])
    table.add_column(words["weight"], justify="right", footer=fmt(result.max_score))
    table.add_column(words["mean"], justify="right")
    table.add_column(words["score"], justify="right", footer=fmt(result.score))
    table.add_column("%", justify="right", footer=fmt(result.percent))

    def add_indicator(item: IndicatorScore) -> None:
        table.add_row(
            Text(f"{item.indicator.id}. {item.indicator.title.get(lang)}"),
            fmt(item.weight),
            fmt(item.mean, 4),
            fmt(item.score),
            fmt(item.percent),
        )

    if result.sections:
        for section in result.sections:
            table.add_row(Text(section.section.title.get(lang), style="bold"))
            for item in section.indicators:
                add_indicator(item)
            table.add_row(
                Text(f"{words['section']} {section.section.title.get(lang)}", style="italic"),
                fmt(section.max_score),
                "",
                fmt(section.score),
                fmt(section.percent),
                end_section=True,
            )
    else:
        for item in result.indicators:
            add_indicator(item)
    parts: list[RenderableType] = [table]
    if len(stages) > 1:
        totals = " · ".join(
            f"{result.rubric.stage_label(f.stage, lang)}: {fmt(f.score)} ({fmt(f.percent)}%)"
            for f in stages
        )
        parts.append(Text(f"{words['stages']}: {totals}"))
        if changed:
            parts.append(Text(f"{words['changed']}: {', '.join(changed)}"))
    if result.grade:
        parts.append(Text(f"{words['grade']}: {result.grade.label.get(lang)}"))
    if result.unanswered:
        parts.append(Text(f"{words['unanswered']}: {', '.join(result.unanswered)}", style="yellow"))
        note = policy_note(result.policy, other_total(result), lang)
        if note:
            parts.append(Text(note, style="yellow"))
    return Group(*parts)

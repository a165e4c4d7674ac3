"""Format `table`: the detailed table of one file, or a row per file and the portfolio summary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pkmcli.batch.gates import Gate, check_gates
from pkmcli.batch.gathering import Batch
from pkmcli.batch.portfolio import Portfolio
from pkmcli.batch.scorer import Outcome
from pkmcli.batch.summary import (
    LIST_LIMIT,
    Describe,
    criterion_label,
    indicator_label,
    overview,
    words_of,
)
from pkmcli.console.consoles import plain_text
from pkmcli.language import Lang
from pkmcli.numbers import fmt, short
from pkmcli.rubric.model import UNIT_STAGE
from pkmcli.scoring.unanswered import batch_note

if TYPE_CHECKING:
    from rich.console import RenderableType


def render(batch: Batch, lang: Lang, describe: Describe) -> str:
    """Return the table as plain text, for a file or a pipe."""
    table = renderable(batch, lang, describe)
    return "" if table is None else plain_text(table)


def renderable(batch: Batch, lang: Lang, describe: Describe) -> RenderableType | None:
    """Return the detailed table of a single file, or rows and a summary for several."""
    if batch.seen == 1:
        result = batch.outcomes[0].result if batch.outcomes else None
        if result is None:
            return None
        from pkmcli.console.tables import result_table  # noqa: PLC0415

        card = batch.outcomes[0].card
        stages = card.stages if card is not None else ()
        changed = card.changed if card is not None else ()
        return result_table(result, batch.outcomes[0].file, lang, stages=stages, changed=changed)
    return batch_table(batch.outcomes, batch.portfolio, batch.gates, lang, describe)


def review_stages(outcomes: Sequence[Outcome]) -> list[str]:
    """Every stage of the batch, the unit's first, when any file holds a review (else none)."""
    stages = [UNIT_STAGE]
    for outcome in outcomes:
        if outcome.card is not None:
            stages += [f.stage for f in outcome.card.stages if f.stage not in stages]
    return stages if len(stages) > 1 else []


def batch_table(
    outcomes: Sequence[Outcome],
    portfolio: Portfolio,
    gates: Sequence[Gate],
    lang: Lang,
    describe: Describe,
) -> RenderableType:
    """Return a Rich table with one row per file, followed by the portfolio summary."""
    from rich.console import Group  # noqa: PLC0415 - rich only for human output
    from rich.table import Table  # noqa: PLC0415
    from rich.text import Text  # noqa: PLC0415

    words = words_of(lang)
    # Indicator figures per file are in the CSV and JSON outputs; the summary has their means.
    table = Table(title_justify="left")
    table.add_column(words["file"], overflow="fold", min_width=16)
    table.add_column(words["unit"], overflow="fold", min_width=8)
    for header in (words["score"], "%", words["unanswered"]):
        table.add_column(header, justify="right", min_width=6)
    reviewed = review_stages(outcomes)
    for stage in reviewed:
        table.add_column(f"% {stage.upper()}", justify="right", min_width=6)
    if gates:
        table.add_column(words["gate"], min_width=6)
    for outcome in outcomes:
        card = outcome.card
        if card is None:
            filler = [""] * (3 + len(reviewed) + bool(gates))
            table.add_row(Text(outcome.file), Text(words["not_valid"], style="red"), *filler)
            continue
        cells: list[RenderableType] = [
            Text(card.file),
            Text(card.unit or ""),
            fmt(card.score, 2, lang),
            fmt(card.percent, 2, lang),
            str(len(card.unanswered)),
        ]
        by_stage = {f.stage: f for f in card.stages}
        cells += [fmt(by_stage[s].percent, 2, lang) if s in by_stage else "" for s in reviewed]
        if gates:
            passed = all(check.passed for check in check_gates(card, gates))
            cells.append(Text(words["pass"]) if passed else Text(words["fail"], style="red"))
        table.add_row(*cells)
    parts: list[RenderableType] = [table]
    note = batch_note(sum(1 for o in outcomes if o.card and o.card.unanswered), lang)
    if note:
        parts.append(Text(note, style="yellow"))
    return Group(*parts, *summary_tables(portfolio, gates, lang, describe))


def summary_tables(
    portfolio: Portfolio, gates: Sequence[Gate], lang: Lang, describe: Describe
) -> list[RenderableType]:
    """Return the portfolio summary as Rich tables."""
    from rich.table import Table  # noqa: PLC0415
    from rich.text import Text  # noqa: PLC0415

    words = words_of(lang)
    head = Table(title=words["title"], title_justify="left", show_header=False)
    head.add_column()
    head.add_column(justify="right")
    for label, value in overview(portfolio, lang):
        head.add_row(label, Text(value))
    parts: list[RenderableType] = [head]
    if portfolio.indicators:
        means = Table(title=words["means"], title_justify="left")
        means.add_column(words["indicator"])
        for name in ("mean_score", "weight", "mean_percent"):
            means.add_column(words[name], justify="right")
        for t in portfolio.indicators.values():
            means.add_row(
                Text(indicator_label(portfolio, t.rubric, t.id, t.title)),
                fmt(t.mean_score, 2, lang),
                short(t.weight, lang),
                fmt(t.mean_percent, 2, lang),
            )
        parts.append(means)
    shortfalls = portfolio.top_shortfalls()
    if shortfalls:
        below = Table(title=words["short"], title_justify="left")
        below.add_column(words["criterion"])
        below.add_column(words["below"], justify="right")
        below.add_column(words["share"], justify="right")
        for s in shortfalls:
            below.add_row(
                Text(criterion_label(portfolio, s.rubric, s.criterion, describe)),
                f"{s.count} {words['of']} {s.of}",
                f"{fmt(s.share, 0, lang)}%",
            )
        parts.append(below)
    if gates and portfolio.failures:
        under = Table(title=words["gates"], title_justify="left")
        for name in ("file", "unit", "total", "failed"):
            under.add_column(words[name], justify="right" if name == "total" else "left")
        for f in portfolio.failures[:LIST_LIMIT]:
            under.add_row(
                Text(f.file),
                Text(f.unit or ""),
                fmt(f.percent, 2, lang),
                Text("; ".join(f"{c.gate.name} ({c.detail(lang)})" for c in f.checks)),
            )
        parts.append(under)
    return parts

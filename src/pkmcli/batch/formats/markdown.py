"""Format `md`: the portfolio summary in Markdown, for CI job pages and pull requests."""

from __future__ import annotations

from collections.abc import Sequence

from pkmcli.batch.gates import Gate
from pkmcli.batch.gathering import Batch
from pkmcli.batch.portfolio import Portfolio
from pkmcli.batch.summary import (
    LIST_LIMIT,
    Describe,
    criterion_label,
    indicator_label,
    overview,
    words_of,
)
from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.numbers import fmt, short


def render(batch: Batch, lang: Lang, describe: Describe) -> str:
    """Return the summary of the batch as Markdown."""
    return markdown_summary(batch.portfolio, batch.gates, lang, describe)


def _md(text: str | None) -> str:
    """Escape text for a Markdown table cell."""
    return (text or "—").replace("\\", "\\\\").replace("|", "\\|")


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def markdown_summary(
    portfolio: Portfolio, gates: Sequence[Gate], lang: Lang, describe: Describe
) -> str:
    """Return the portfolio summary as Markdown."""
    words = words_of(lang)
    lines = [f"## {words['title']}", "", _row("", ""), _row("---", "---:")]
    lines += [_row(label, _md(value)) for label, value in overview(portfolio, lang)]
    if not portfolio.scored:
        lines += ["", words["none"]]
    else:
        lines += ["", f"### {words['means']}", ""]
        lines += [
            _row(words["indicator"], words["mean_score"], words["weight"], words["mean_percent"]),
            _row("---", "---:", "---:", "---:"),
        ]
        lines += [
            _row(
                _md(indicator_label(portfolio, t.rubric, t.id, t.title)),
                fmt(t.mean_score, 2, lang),
                short(t.weight, lang),
                fmt(t.mean_percent, 2, lang),
            )
            for t in portfolio.indicators.values()
        ]
        shortfalls = portfolio.top_shortfalls()
        if shortfalls:
            lines += ["", f"### {words['short']}", ""]
            lines += [_row(words["criterion"], words["below"], words["share"])]
            lines += [_row("---", "---:", "---:")]
            lines += [
                _row(
                    _md(criterion_label(portfolio, s.rubric, s.criterion, describe)),
                    f"{s.count} {words['of']} {s.of}",
                    f"{fmt(s.share, 0, lang)}%",
                )
                for s in shortfalls
            ]
    lines += _moves(portfolio, lang, describe)
    if gates:
        lines += ["", f"### {words['gates']}", ""]
        if portfolio.failures:
            lines += [_row(words["file"], words["unit"], words["total"], words["failed"])]
            lines += [_row("---", "---", "---:", "---")]
            lines += [
                _row(
                    _md(f.file),
                    _md(f.unit),
                    fmt(f.percent, 2, lang),
                    _md("; ".join(f"{c.gate.name} ({c.detail(lang)})" for c in f.checks)),
                )
                for f in portfolio.failures[:LIST_LIMIT]
            ]
            lines += _more(len(portfolio.failures), lang)
        else:
            lines.append(words["all_pass"])
    if portfolio.invalid:
        lines += ["", f"### {words['invalid']}", ""]
        lines += [f"- `{file}`" for file in portfolio.invalid[:LIST_LIMIT]]
        lines += _more(len(portfolio.invalid), lang)
    return "\n".join(lines) + "\n"


def _moves(portfolio: Portfolio, lang: Lang, describe: Describe) -> list[str]:
    """The evaluators' mark on the portfolio: mean change per indicator, most changed criteria."""
    words = words_of(lang)
    moves = portfolio.mean_moves()
    if not moves:
        return []
    lines = ["", f"### {words['moved']}", ""]
    lines += [
        _row(words["indicator"], words["stage"], words["mean_change"], words["changed_files"])
    ]
    lines += [_row("---", "---", "---:", "---:")]
    lines += [
        _row(
            _md(indicator_label(portfolio, rubric, ident, _title(portfolio, rubric, ident))),
            _md(stage.upper()),
            f"{'+' if change > 0 else ''}{fmt(change, 2, lang)}",
            str(count),
        )
        for rubric, stage, ident, change, count in moves
    ]
    changed = portfolio.most_changed()
    if changed:
        lines += ["", f"#### {words['most_changed']}", ""]
        lines += [_row(words["criterion"], words["changed_files"]), _row("---", "---:")]
        lines += [
            _row(_md(criterion_label(portfolio, rubric, ident, describe)), str(count))
            for rubric, ident, count in changed
        ]
    return lines


def _title(portfolio: Portfolio, rubric: str, ident: str) -> str:
    tally = portfolio.indicators.get((rubric, ident))
    return tally.title if tally is not None else ident


def _more(count: int, lang: Lang) -> list[str]:
    return ["", say("batch.more", lang, n=count - LIST_LIMIT)] if count > LIST_LIMIT else []

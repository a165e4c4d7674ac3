"""The portfolio summary for people: its wording, headline figures and labels."""

from __future__ import annotations

from collections.abc import Callable

from pkmcli.batch.portfolio import Portfolio
from pkmcli.language import Lang
from pkmcli.messages.core import table
from pkmcli.numbers import fmt

# Long lists (failed units, invalid files) are cut here in summaries; the full list is in
# the per-file outputs.
LIST_LIMIT = 50

Describe = Callable[[str, str], str | None]


def words_of(lang: Lang) -> dict[str, str]:
    """The summary's words (the catalogue's `batch` area), read by name."""
    return table("batch")[lang]


def overview(portfolio: Portfolio, lang: Lang) -> list[tuple[str, str]]:
    """Return the headline figures as (label, value) pairs."""
    words = words_of(lang)
    pairs = [
        (words["scored"], str(portfolio.scored)),
        (words["invalid"], str(len(portfolio.invalid))),
    ]
    mean = portfolio.mean_percent
    if mean is not None and portfolio.lowest and portfolio.highest:
        pairs += [
            (words["mean"], f"{fmt(mean, 2, lang)}%"),
            (words["lowest"], f"{fmt(portfolio.lowest[0], 2, lang)}% ({portfolio.lowest[1]})"),
            (words["highest"], f"{fmt(portfolio.highest[0], 2, lang)}% ({portfolio.highest[1]})"),
        ]
    return pairs


def indicator_label(portfolio: Portfolio, rubric: str, ident: str, title: str) -> str:
    prefix = f"{rubric} · " if len(portfolio.per_rubric) > 1 else ""
    return f"{prefix}{ident}. {title}"


def criterion_label(portfolio: Portfolio, rubric: str, ident: str, describe: Describe) -> str:
    prefix = f"{rubric} · " if len(portfolio.per_rubric) > 1 else ""
    question = describe(rubric, ident)
    return f"{prefix}{ident}" + (f" {question}" if question else "")

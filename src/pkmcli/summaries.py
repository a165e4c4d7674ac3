"""Portfolio summaries for people: Markdown for CI job pages, Rich tables for the terminal."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from pkmcli.gates import Gate, check_gates
from pkmcli.models import Lang
from pkmcli.portfolio import Portfolio
from pkmcli.workers import Outcome

if TYPE_CHECKING:
    from rich.console import RenderableType

# Long lists (failed units, invalid files) are cut here in summaries; the full list is in
# the per-file outputs.
LIST_LIMIT = 50

Describe = Callable[[str, str], str | None]

WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        "title": "Ringkasan penilaian",
        "scored": "Berkas dinilai",
        "invalid": "Berkas tidak valid",
        "mean": "Rata-rata total",
        "lowest": "Terendah",
        "highest": "Tertinggi",
        "means": "Rerata per indikator",
        "rubric": "Rubrik",
        "indicator": "Indikator",
        "mean_score": "Rerata nilai",
        "weight": "Bobot",
        "mean_percent": "Rerata %",
        "short": "Kriteria yang paling sering belum bernilai maksimal",
        "criterion": "Kriteria",
        "below": "Berkas di bawah nilai terbaik",
        "share": "Porsi",
        "of": "dari",
        "gates": "Unit di bawah ambang",
        "file": "Berkas",
        "unit": "Unit",
        "total": "Total %",
        "failed": "Ambang yang gagal",
        "all_pass": "Semua unit memenuhi ambang.",
        "more": "… dan {n} lainnya",
        "none": "Tidak ada berkas yang dapat dinilai.",
        "score": "Nilai",
        "unanswered": "Belum dijawab",
        "gate": "Ambang",
        "pass": "lolos",
        "fail": "gagal",
        "not_valid": "tidak valid",
    },
    "en": {
        "title": "Assessment summary",
        "scored": "Files scored",
        "invalid": "Invalid files",
        "mean": "Mean total",
        "lowest": "Lowest",
        "highest": "Highest",
        "means": "Mean per indicator",
        "rubric": "Rubric",
        "indicator": "Indicator",
        "mean_score": "Mean score",
        "weight": "Weight",
        "mean_percent": "Mean %",
        "short": "Criteria most often short of their best value",
        "criterion": "Criterion",
        "below": "Files below the best value",
        "share": "Share",
        "of": "of",
        "gates": "Units under the gates",
        "file": "File",
        "unit": "Unit",
        "total": "Total %",
        "failed": "Failed gates",
        "all_pass": "Every unit meets the gates.",
        "more": "… and {n} more",
        "none": "No file could be scored.",
        "score": "Score",
        "unanswered": "Unanswered",
        "gate": "Gates",
        "pass": "passed",
        "fail": "failed",
        "not_valid": "invalid",
    },
}


def _md(text: str | None) -> str:
    """Escape text for a Markdown table cell."""
    return (text or "—").replace("\\", "\\\\").replace("|", "\\|")


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def overview(portfolio: Portfolio, lang: Lang) -> list[tuple[str, str]]:
    """Return the headline figures as (label, value) pairs."""
    words = WORDS[lang]
    pairs = [
        (words["scored"], str(portfolio.scored)),
        (words["invalid"], str(len(portfolio.invalid))),
    ]
    mean = portfolio.mean_percent
    if mean is not None and portfolio.lowest and portfolio.highest:
        pairs += [
            (words["mean"], f"{mean:.2f}%"),
            (words["lowest"], f"{portfolio.lowest[0]:.2f}% ({portfolio.lowest[1]})"),
            (words["highest"], f"{portfolio.highest[0]:.2f}% ({portfolio.highest[1]})"),
        ]
    return pairs


def _indicator_label(portfolio: Portfolio, rubric: str, ident: str, title: str) -> str:
    prefix = f"{rubric} · " if len(portfolio.per_rubric) > 1 else ""
    return f"{prefix}{ident}. {title}"


def _criterion_label(portfolio: Portfolio, rubric: str, ident: str, describe: Describe) -> str:
    prefix = f"{rubric} · " if len(portfolio.per_rubric) > 1 else ""
    question = describe(rubric, ident)
    return f"{prefix}{ident}" + (f" {question}" if question else "")


def markdown_summary(
    portfolio: Portfolio, gates: Sequence[Gate], lang: Lang, describe: Describe
) -> str:
    """Return the portfolio summary as Markdown."""
    words = WORDS[lang]
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
                _md(_indicator_label(portfolio, t.rubric, t.id, t.title)),
                f"{t.mean_score:.2f}",
                f"{t.weight:g}",
                f"{t.mean_percent:.2f}",
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
                    _md(_criterion_label(portfolio, s.rubric, s.criterion, describe)),
                    f"{s.count} {words['of']} {s.of}",
                    f"{s.share:.0f}%",
                )
                for s in shortfalls
            ]
    if gates:
        lines += ["", f"### {words['gates']}", ""]
        if portfolio.failures:
            lines += [_row(words["file"], words["unit"], words["total"], words["failed"])]
            lines += [_row("---", "---", "---:", "---")]
            lines += [
                _row(
                    _md(f.file),
                    _md(f.unit),
                    f"{f.percent:.2f}",
                    _md("; ".join(f"{c.gate.name} ({c.detail()})" for c in f.checks)),
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


def _more(count: int, lang: Lang) -> list[str]:
    return ["", WORDS[lang]["more"].format(n=count - LIST_LIMIT)] if count > LIST_LIMIT else []


def batch_table(
    outcomes: Sequence[Outcome],
    portfolio: Portfolio,
    gates: Sequence[Gate],
    lang: Lang,
    describe: Describe,
) -> RenderableType:
    """Return a Rich table with one row per file, followed by the portfolio summary."""
    from rich.console import Group  # noqa: PLC0415 - rich only for human output
    from rich.markup import escape  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415

    words = WORDS[lang]
    cards = [o.card for o in outcomes if o.card is not None]
    # Indicator columns only make sense when every file answers the same rubric.
    ids = [f.id for f in cards[0].indicators] if len(portfolio.per_rubric) == 1 else []
    table = Table(title_justify="left")
    table.add_column(words["file"], overflow="fold")
    table.add_column(words["unit"])
    table.add_column(words["score"], justify="right")
    table.add_column("%", justify="right")
    for ident in ids:
        table.add_column(f"{ident} %", justify="right")
    table.add_column(words["unanswered"], justify="right")
    if gates:
        table.add_column(words["gate"])
    for outcome in outcomes:
        card = outcome.card
        if card is None:
            filler = [""] * (3 + len(ids) + bool(gates))
            table.add_row(escape(outcome.file), f"[red]{words['not_valid']}[/red]", *filler)
            continue
        percents = {f.id: f"{f.percent:.2f}" for f in card.indicators}
        cells = [
            escape(card.file),
            escape(card.unit or ""),
            f"{card.score:.2f}",
            f"{card.percent:.2f}",
            *(percents.get(ident, "") for ident in ids),
            str(len(card.unanswered)),
        ]
        if gates:
            passed = all(check.passed for check in check_gates(card, gates))
            cells.append(words["pass"] if passed else f"[red]{words['fail']}[/red]")
        table.add_row(*cells)
    return Group(table, *summary_tables(portfolio, gates, lang, describe))


def summary_tables(
    portfolio: Portfolio, gates: Sequence[Gate], lang: Lang, describe: Describe
) -> list[RenderableType]:
    """Return the portfolio summary as Rich tables."""
    from rich.markup import escape  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415

    words = WORDS[lang]
    head = Table(title=words["title"], title_justify="left", show_header=False)
    head.add_column()
    head.add_column(justify="right")
    for label, value in overview(portfolio, lang):
        head.add_row(label, escape(value))
    parts: list[RenderableType] = [head]
    if portfolio.indicators:
        means = Table(title=words["means"], title_justify="left")
        means.add_column(words["indicator"])
        for name in ("mean_score", "weight", "mean_percent"):
            means.add_column(words[name], justify="right")
        for t in portfolio.indicators.values():
            means.add_row(
                escape(_indicator_label(portfolio, t.rubric, t.id, t.title)),
                f"{t.mean_score:.2f}",
                f"{t.weight:g}",
                f"{t.mean_percent:.2f}",
            )
        parts.append(means)
    shortfalls = portfolio.top_shortfalls()
    if shortfalls:
        short = Table(title=words["short"], title_justify="left")
        short.add_column(words["criterion"])
        short.add_column(words["below"], justify="right")
        short.add_column(words["share"], justify="right")
        for s in shortfalls:
            short.add_row(
                escape(_criterion_label(portfolio, s.rubric, s.criterion, describe)),
                f"{s.count} {words['of']} {s.of}",
                f"{s.share:.0f}%",
            )
        parts.append(short)
    if gates and portfolio.failures:
        under = Table(title=words["gates"], title_justify="left")
        for name in ("file", "unit", "total", "failed"):
            under.add_column(words[name], justify="right" if name == "total" else "left")
        for f in portfolio.failures[:LIST_LIMIT]:
            under.add_row(
                escape(f.file),
                escape(f.unit or ""),
                f"{f.percent:.2f}",
                escape("; ".join(f"{c.gate.name} ({c.detail()})" for c in f.checks)),
            )
        parts.append(under)
    return parts

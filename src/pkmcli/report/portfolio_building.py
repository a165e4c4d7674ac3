"""The portfolio report's view: figures turned into translated, formatted rows, then rendered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pkmcli.errors import render_problems
from pkmcli.language import Lang
from pkmcli.numbers import fmt, round_half_up, short
from pkmcli.report.figures import (
    ChangeTally,
    bands,
    meeting,
    spread,
    stage_columns,
    tally_changes,
    tally_criteria,
    weakest,
)
from pkmcli.report.heatmap import UNANSWERED_MARK, build_heatmap
from pkmcli.report.labels import PORTFOLIO_WORDS, format_date
from pkmcli.report.portfolio import Portfolio, RubricGroup, Standing
from pkmcli.report.portfolio_views import (
    BandView,
    ChangedView,
    ColumnView,
    GroupView,
    HeadlineView,
    InvalidView,
    PortfolioView,
    RankRow,
    WeakView,
    change_view,
    competition_ranks,
)
from pkmcli.report.reviews import stage_short
from pkmcli.report.templating import Format, make_environment, render_template
from pkmcli.report.unit_views import move_view, unit_label, unit_view, verdict
from pkmcli.rubric.model import UNIT_STAGE

PORTFOLIO_TEMPLATES: dict[Format, str] = {"md": "portfolio.md.j2", "html": "portfolio.html.j2"}
DETAIL_LIMIT = 30


def _headline(group: RubricGroup, threshold: float | None, lang: Lang) -> HeadlineView:
    words = PORTFOLIO_WORDS[lang]
    percents = [s.current.result.percent for s in group.standings]
    figures = spread(percents)
    lowest = min(group.standings, key=lambda s: s.current.result.percent)
    highest = max(group.standings, key=lambda s: s.current.result.percent)
    line = None
    if threshold is not None:
        line = words["threshold_met"].format(
            count=meeting(percents, threshold),
            units=figures.count,
            threshold=short(threshold, lang),
        )
    found = [] if threshold is not None else bands(group.rubric, percents)
    return HeadlineView(
        units=figures.count,
        mean=fmt(figures.mean, 2, lang),
        minimum=fmt(figures.minimum, 2, lang),
        lowest=unit_label(lowest),
        maximum=fmt(figures.maximum, 2, lang),
        highest=unit_label(highest),
        deviation=fmt(figures.deviation, 2, lang),
        threshold_line=line,
        bands=tuple(
            BandView(
                band.grade.label.get(lang) if band.grade else words["below_bands"],
                short(band.grade.min_percent, lang) if band.grade else None,
                band.count,
            )
            for band in found
        ),
        no_threshold=threshold is None and not found,
    )


def _stage_percents(standing: Standing, columns: list[str], lang: Lang) -> tuple[str, ...]:
    """A unit's percent at each stage column; the unit's own for a file without reviews."""
    entry = standing.current
    held = dict(entry.stages) or {UNIT_STAGE: entry.result}
    words = PORTFOLIO_WORDS[lang]
    return tuple(
        fmt(held[c].percent, 2, lang) if c in held else words["not_given"] for c in columns
    )


def _changed_view(rank: int, tally: ChangeTally, lang: Lang) -> ChangedView:
    # The change is taken between the means as shown, as every change in the reports is.
    unit_mean, stage_mean = fmt(tally.unit_mean, 2, lang), fmt(tally.stage_mean, 2, lang)
    change = round_half_up(tally.stage_mean) - round_half_up(tally.unit_mean)
    shown = fmt(float(change), 2, lang)
    return ChangedView(
        rank=rank,
        id=tally.criterion.id,
        question=tally.criterion.question.get(lang),
        indicator=f"{tally.indicator.id}. {tally.indicator.title.get(lang)}",
        count=tally.count,
        reviewed=tally.reviewed,
        unit_mean=unit_mean,
        stage_mean=stage_mean,
        change=f"+{shown}" if change > 0 else shown,
        direction="up" if change > 0 else "down" if change < 0 else "same",
    )


def _group_view(
    number: int, group: RubricGroup, threshold: float | None, lang: Lang, stage: str | None
) -> GroupView:
    words = PORTFOLIO_WORDS[lang]
    rubric = group.rubric
    standings = group.standings
    ranks = competition_ranks([s.current.result.score for s in standings])
    anchors = [f"unit-{number}-{index}" for index in range(1, len(standings) + 1)]
    labels = [unit_label(s) for s in standings]
    columns = stage_columns(group)
    rows = []
    for standing, rank, anchor, label in zip(standings, ranks, anchors, labels, strict=True):
        result = standing.current.result
        previous = standing.previous
        change = None
        if previous is not None:
            change = change_view(result.score, previous.result.score, previous.period, lang)
        rows.append(
            RankRow(
                rank=rank,
                anchor=anchor,
                unit=label,
                period=standing.current.period,
                file=standing.current.file,
                score=fmt(result.score, 2, lang),
                percent=fmt(result.percent, 2, lang),
                indicators=tuple(fmt(i.score, 2, lang) for i in result.indicators),
                verdict=verdict(result.percent, group, threshold, lang),
                meets=None if threshold is None else result.percent >= threshold,
                change=change,
                once=standing.periods == 1,
                stages=_stage_percents(standing, columns, lang),
            )
        )
    tallies = tally_criteria(group)
    verdict_title = None
    if threshold is not None:
        verdict_title = words["threshold_column"].format(threshold=short(threshold, lang))
    elif rubric.grades:
        verdict_title = words["grade"]
    return GroupView(
        anchor=f"rubric-{number}",
        rubric_id=rubric.id,
        title=rubric.title.get(lang),
        version=rubric.version,
        regulation=rubric.source.regulation,
        headline=_headline(group, threshold, lang),
        columns=tuple(
            ColumnView(i.id, i.title.get(lang), short(i.weight, lang))
            for i in rubric.all_indicators()
        ),
        verdict_title=verdict_title,
        show_change=group.several_periods,
        ranking=tuple(rows),
        heatmap=build_heatmap(standings, tallies, anchors, labels, lang),
        weakest=tuple(
            WeakView(
                rank=n,
                id=t.criterion.id,
                question=t.criterion.question.get(lang),
                indicator=f"{t.indicator.id}. {t.indicator.title.get(lang)}",
                mean=fmt(t.mean, 2, lang),
                below=t.below,
                of=t.of,
                unanswered=(
                    words["unanswered_count"].format(count=t.unanswered) if t.unanswered else None
                ),
                moves=tuple(move_view(m, lang) for m in t.moves),
            )
            for n, t in enumerate(weakest(tallies), start=1)
        ),
        units=tuple(
            unit_view(s, rank, anchor, row, lang)
            for s, rank, anchor, row in zip(standings, ranks, anchors, rows, strict=True)
        ),
        stage_columns=tuple(stage_short(rubric, c, lang) for c in columns),
        reviewed=any(s.current.reviewed for s in standings),
        stage_name=(words["latest_stage"] if stage is None else stage_short(rubric, stage, lang)),
        changed=tuple(
            _changed_view(n, t, lang) for n, t in enumerate(tally_changes(group), start=1)
        ),
    )


def build_portfolio_view(
    portfolio: Portfolio,
    lang: Lang,
    generated: date,
    *,
    threshold: float | None = None,
    stage: str | None = None,
    detail_limit: int = DETAIL_LIMIT,
) -> PortfolioView:
    """Turn a gathered portfolio into what the portfolio templates show."""
    words = PORTFOLIO_WORDS[lang]
    day = format_date(generated, lang)
    return PortfolioView(
        lang=lang,
        words=words,
        generated=day,
        files_line=words["files_line"].format(
            files=portfolio.files,
            valid=portfolio.files - len(portfolio.invalid),
            invalid=len(portfolio.invalid),
            units=portfolio.units,
        ),
        files=portfolio.files,
        groups=tuple(
            _group_view(n, g, threshold, lang, stage)
            for n, g in enumerate(portfolio.groups, start=1)
        ),
        invalid=tuple(
            InvalidView(i.file, tuple(render_problems(i.problems)))
            for i in sorted([*portfolio.missing, *portfolio.invalid], key=lambda i: i.file)
        ),
        duplicates=tuple(
            words["duplicate_line"].format(file=d.file, kept=d.kept) for d in portfolio.duplicates
        ),
        detailed=portfolio.units <= detail_limit,
        brief_line=words["details_brief"].format(limit=detail_limit),
        footer=words["footer"].format(files=portfolio.files, date=day),
        unanswered_mark=UNANSWERED_MARK,
    )


def render_portfolio(view: PortfolioView, output: Format, template_dir: Path | None = None) -> str:
    """Render the portfolio view; raise PkmError for template problems."""
    env = make_environment(output, template_dir)
    return render_template(
        env, PORTFOLIO_TEMPLATES[output], {"portfolio": view, "words": view.words}
    )

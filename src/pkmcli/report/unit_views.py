"""A unit within a portfolio: its name, its answers in words, its verdict and its own section."""

from __future__ import annotations

from pathlib import PurePath

from pkmcli.language import Lang
from pkmcli.numbers import fmt, short
from pkmcli.report.figures import Move
from pkmcli.report.labels import PORTFOLIO_WORDS, REPORT_WORDS
from pkmcli.report.portfolio import RubricGroup, Standing
from pkmcli.report.portfolio_views import (
    MoveView,
    RankRow,
    ShortfallView,
    UnitIndicatorView,
    UnitView,
)
from pkmcli.report.wording import describe_option
from pkmcli.scoring.arithmetic import CriterionScore


def unit_label(standing: Standing) -> str:
    """Name a unit by its own name, or by its file when it gives none."""
    entry = standing.current
    return entry.unit if entry.unit and entry.unit.strip() else PurePath(entry.file).name


def answer_text(item: CriterionScore, lang: Lang) -> str:
    """Write an answer as the single report does: ``B. Label``, ``40%``, ``3 / 4``."""
    answer = item.answer
    if item.option is not None:
        key, label = describe_option(item.option, lang)
        return f"{key}. {label}" if label else key
    if answer.number is not None:
        return f"{short(answer.number, lang)}%"
    if answer.numerator is not None and answer.denominator is not None:
        return f"{short(answer.numerator, lang)} / {short(answer.denominator, lang)}"
    return PORTFOLIO_WORDS[lang]["unanswered"]


def move_view(move: Move, lang: Lang) -> MoveView:
    """Say where units stand on a criterion, where they go next, and the rubric's advice."""
    words, report_words = PORTFOLIO_WORDS[lang], REPORT_WORDS[lang]
    if not move.answered:
        now = words["unanswered"]
    elif move.option is not None:
        key, label = describe_option(move.option, lang)
        now = f"{key}. {label}" if label else key
    else:
        now = words["varied"]  # numeric answers: each unit has its own number
    if move.target is not None:
        key, label = describe_option(move.target, lang)
        target = f"{key}. {label}" if label else key
    else:
        target = words["target_full"]
    if move.recommendation is not None:
        advice = move.recommendation.get(lang)
        if not move.answered:
            advice = f"{report_words['answer_it']} {advice}"
    elif not move.answered:
        advice = report_words["answer_it"]
    else:
        advice = report_words["reach"] if move.target is not None else report_words["raise"]
    return MoveView(now, target, advice, move.count)


def verdict(percent: float, group: RubricGroup, threshold: float | None, lang: Lang) -> str | None:
    """Say whether a unit reaches the threshold, else its grade band (None: neither applies)."""
    words = PORTFOLIO_WORDS[lang]
    if threshold is not None:
        return words["meets"] if percent >= threshold else words["misses"]
    grade = group.rubric.grade_for(percent)
    if grade is not None:
        return grade.label.get(lang)
    return words["not_given"] if group.rubric.grades else None


def unit_view(standing: Standing, rank: int, anchor: str, row: RankRow, lang: Lang) -> UnitView:
    """A unit's own short section: its indicator scores and the criteria below their best."""
    result = standing.current.result
    shortfalls = tuple(
        ShortfallView(
            c.criterion.id,
            c.criterion.question.get(lang),
            c.answered,
            answer_text(c, lang),
            fmt(c.value, 2, lang),
            fmt(c.criterion.best_value, 2, lang),
        )
        for c in result.criteria()
        if c.shortfall > 0 or not c.answered
    )
    return UnitView(
        anchor=anchor,
        rank=rank,
        unit=row.unit,
        period=row.period,
        file=row.file,
        score=row.score,
        max_score=fmt(result.max_score, 2, lang),
        percent=row.percent,
        verdict=row.verdict,
        change=row.change,
        once=row.once,
        indicators=tuple(
            UnitIndicatorView(
                i.indicator.id,
                i.indicator.title.get(lang),
                fmt(i.score, 2, lang),
                fmt(i.weight, 2, lang),
                fmt(i.percent, 2, lang),
            )
            for i in result.indicators
        ),
        shortfalls=shortfalls,
    )

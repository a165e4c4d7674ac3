"""How a report writes an answer and the move to a better one, shared by every report view."""

from __future__ import annotations

from decimal import Decimal

from pkmcli.language import Lang
from pkmcli.numbers import fmt, short
from pkmcli.report.labels import REPORT_WORDS
from pkmcli.report.views import DeltaView, StepView
from pkmcli.rubric.model import Option
from pkmcli.scoring.advice import Step
from pkmcli.scoring.arithmetic import CriterionScore


def describe_option(option: Option, lang: Lang) -> tuple[str, str | None]:
    """Return an option as (short answer, longer label): ``("B", "Most services ...")``."""
    label = option.label.get(lang) if option.label else None
    if len(option.key) == 1 and label is not None and label.casefold() != option.key.casefold():
        return option.key.upper(), label
    return label or option.key, None


def answer_text(item: CriterionScore, lang: Lang) -> tuple[str, str | None]:
    """Return a scored answer as (short answer, longer label); empty when unanswered."""
    answer = item.answer
    if item.option is not None:
        return describe_option(item.option, lang)
    if answer.number is not None:
        return f"{short(answer.number, lang)}%", None
    if answer.numerator is not None and answer.denominator is not None:
        return f"{short(answer.numerator, lang)} / {short(answer.denominator, lang)}", None
    return "", None


def joined(key: str, label: str | None) -> str:
    """Write a short answer and its label as one phrase: ``B. Most services ...``."""
    return f"{key}. {label}" if label else key


def step_view(rank: int, step: Step, lang: Lang) -> StepView:
    """Say where a criterion stands, the next better option and the rubric's advice for it."""
    words = REPORT_WORDS[lang]
    item = step.item
    if step.target is not None:
        target = joined(*describe_option(step.target, lang))
    else:
        target = words["target_full"]
    if step.recommendation is not None:
        advice = step.recommendation.get(lang)
        if not item.answered:
            advice = f"{words['answer_it']} {advice}"
    elif not item.answered:
        advice = words["answer_it"]
    else:
        advice = words["reach"] if step.target is not None else words["raise"]
    return StepView(
        rank=rank,
        id=item.criterion.id,
        question=item.criterion.question.get(lang),
        indicator=f"{step.indicator.indicator.id}. {step.indicator.indicator.title.get(lang)}",
        answered=item.answered,
        now=joined(*answer_text(item, lang)) if item.answered else words["unanswered"],
        target=target,
        recommendation=advice,
        gain=f"+{fmt(step.gain, 2, lang)}",
    )


def delta_view(current: float, previous: float, previous_fraction: float, lang: Lang) -> DeltaView:
    """Format a change as an arrow and a signed number.

    The change is taken between the two numbers as displayed, so that the report's columns
    (previous, now, change) always agree when a reader subtracts them by hand.
    """
    change = Decimal(fmt(current)) - Decimal(fmt(previous))
    shown, before = fmt(float(change), 2, lang), fmt(previous, 2, lang)
    if change > 0:
        return DeltaView(f"+{shown}", "▲", "up", before, previous_fraction)
    if change < 0:
        return DeltaView(shown, "▼", "down", before, previous_fraction)
    return DeltaView(shown, "=", "same", before, previous_fraction)

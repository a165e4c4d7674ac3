"""The SKM report (KemenPANRB's "Laporan SKM" order) and the one-page publication."""

from __future__ import annotations

from collections import Counter
from fractions import Fraction
from typing import Any, Literal

from pkmcli.language import Lang
from pkmcli.numbers import fmt
from pkmcli.report.templating import make_environment, render_template
from pkmcli.survey.arithmetic import ElementScore, Score, required_sample
from pkmcli.survey.definition import Survey
from pkmcli.survey.rendering import weight_text, weights_note
from pkmcli.survey.result import Outcome
from pkmcli.survey.words import WORDS, say

TEMPLATES = {
    ("md", False): "skm-report.md.j2",
    ("html", False): "skm-report.html.j2",
    ("html", True): "skm-publication.html.j2",
}
WEAKEST = 3
TOP_VALUES = 10


def _num(value: Fraction | None, lang: Lang) -> str:
    return "-" if value is None else fmt(float(value), 2, lang)


def _percent(part: int, whole: int, lang: Lang) -> str:
    return fmt(100 * part / whole, 1, lang) if whole else "-"


def _element_view(survey: Survey, e: ElementScore, number: int, lang: Lang) -> dict[str, Any]:
    spec = survey.element(e.id)
    return {
        "id": e.id,
        "code": spec.code or f"U{number}",
        "title": spec.title.get(lang),
        "answered": e.answered,
        "sum": e.total,
        "nrr": _num(e.nrr, lang),
        "ikm": _num(e.ikm, lang),
        "value": float(e.ikm) if e.ikm is not None else None,
        "grade": e.band.grade if e.band else "-",
        "performance": e.band.performance.get(lang) if e.band else "-",
        "weight": weight_text(survey.weights()[e.id]),
    }


def _delta(now: Fraction | None, then: Fraction | None, lang: Lang) -> dict[str, str] | None:
    if now is None or then is None:
        return None
    change = float(now - then)
    text = fmt(change, 2, lang)
    if text.lstrip("-") in {"0.00", "0,00"}:
        return {"text": fmt(0.0, 2, lang), "direction": "same", "arrow": "="}
    if change > 0:
        return {"text": "+" + text, "direction": "up", "arrow": "▲"}
    return {"text": text, "direction": "down", "arrow": "▼"}


def _trend(outcome: Outcome) -> dict[str, Any] | None:
    if outcome.baseline is None:
        return None
    lang, survey = outcome.lang, outcome.survey
    earlier_totals, earlier = outcome.baseline
    before = {e.id: e for e in earlier.elements}
    period = ""
    if earlier_totals.first_day and earlier_totals.last_day:
        period = say(
            lang,
            "r_days",
            start=earlier_totals.first_day.isoformat(),
            end=earlier_totals.last_day.isoformat(),
        )
    return {
        "label": period or ", ".join(earlier_totals.files),
        "respondents": earlier_totals.respondents,
        "ikm": _num(earlier.ikm, lang),
        "grade": earlier.band.grade if earlier.band else "-",
        "delta": _delta(outcome.score.ikm, earlier.ikm, lang),
        "elements": [
            {
                "title": survey.element(e.id).title.get(lang),
                "then": _num(before[e.id].ikm, lang),
                "now": _num(e.ikm, lang),
                "delta": _delta(e.ikm, before[e.id].ikm, lang),
            }
            for e in outcome.score.elements
        ],
    }


def _profile(outcome: Outcome) -> list[dict[str, Any]]:
    lang, survey, totals = outcome.lang, outcome.survey, outcome.totals
    tables = []
    for spec in survey.profile:
        counted = totals.profile.get(spec.id)
        if spec.kind not in {"choice", "free"} or not counted:
            continue
        whole = sum(counted.values())
        labels = {c.value: c.label.get(lang) for c in spec.values}
        order: list[tuple[str, int]]
        if spec.kind == "choice":
            order = [(c.value, counted[c.value]) for c in spec.values]
            order += [(v, n) for v, n in counted.most_common() if v not in labels]
        else:
            order = Counter(counted).most_common(TOP_VALUES)
        rows = [
            {
                "label": labels.get(value, value),
                "count": n,
                "percent": _percent(n, whole, lang),
                "share": n / whole if whole else 0.0,
            }
            for value, n in order
        ]
        tables.append({"id": spec.id, "title": spec.title.get(lang), "rows": rows, "total": whole})
    return tables


def _summary(score: Score, lang: Lang) -> dict[str, Any]:
    band = score.band
    return {
        "ikm": _num(score.ikm, lang),
        "value": float(score.ikm) if score.ikm is not None else 25.0,
        "grade": band.grade if band else "-",
        "performance": band.performance.get(lang) if band else "-",
    }


def report_view(outcome: Outcome, unit: str | None, period: str | None) -> dict[str, Any]:
    """Everything the templates show, as text ready to print."""
    lang, survey, totals, score = outcome.lang, outcome.survey, outcome.totals, outcome.score
    elements = [_element_view(survey, e, i, lang) for i, e in enumerate(score.elements, 1)]
    answered = [e for e in elements if e["value"] is not None]
    ranked = sorted(answered, key=lambda e: e["value"])
    days = ""
    if totals.first_day and totals.last_day:
        days = say(
            lang, "r_days", start=totals.first_day.isoformat(), end=totals.last_day.isoformat()
        )
    sample = None
    if outcome.population is not None:
        required = required_sample(outcome.population)
        sample = {
            "population": outcome.population,
            "required": required,
            "enough": totals.respondents >= required,
        }
    return {
        "lang": lang,
        "title": survey.title.get(lang),
        "survey_id": survey.id,
        "regulation": survey.regulation,
        "unit": unit,
        "period": period or days,
        "files": totals.files,
        "respondents": totals.respondents,
        "sample": sample,
        **_summary(score, lang),
        "elements": elements,
        "weakest": ranked[:WEAKEST],
        "strongest": list(reversed(ranked[-WEAKEST:])),
        "ranked": ranked,
        "bands": [
            {
                "grade": b.grade,
                "low": fmt(float(b.low), 2, lang),
                "high": fmt(float(b.high), 2, lang),
                "low_value": float(b.low),
                "performance": b.performance.get(lang),
            }
            for b in survey.bands
        ],
        "profile": _profile(outcome),
        "by": totals.by,
        "groups": [
            {"name": g.name, "respondents": g.respondents, **_summary(g.score, lang)}
            for g in outcome.groups
        ],
        "trend": _trend(outcome),
        "suggestions": totals.suggestions,
        "suggestion_count": totals.suggestion_count,
        "suggestions_line": say(
            lang,
            "r_suggestions_count",
            count=totals.suggestion_count,
            shown=len(totals.suggestions),
        ),
        "weights_note": weights_note(survey, score, lang),
        "conclusion": _conclusion(lang, score, ranked, unit),
    }


def _conclusion(lang: Lang, score: Score, ranked: list[dict[str, Any]], unit: str | None) -> str:
    if score.band is None or not ranked:
        return ""
    return say(
        lang,
        "r_conclusion",
        unit=unit or say(lang, "r_this_unit"),
        ikm=_num(score.ikm, lang),
        grade=score.band.grade,
        performance=score.band.performance.get(lang),
        weakest=ranked[0]["title"],
        weakest_ikm=ranked[0]["ikm"],
    )


def render_report(
    outcome: Outcome, output: str, unit: str | None, period: str | None, *, publication: bool
) -> str:
    """Render the Markdown or HTML report, or the HTML publication."""
    kind: Literal["md", "html"] = "html" if output == "html" else "md"
    env = make_environment(kind)
    context = {"r": report_view(outcome, unit, period), "words": WORDS[outcome.lang]}
    return render_template(env, TEMPLATES[(kind, publication)], context)

"""Reports: a plain view of a score result, rendered through the Markdown or HTML template."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePath
from urllib.parse import urlsplit

from pkmcli.answers.model import AnswerSet
from pkmcli.errors import PkmError, Problem
from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.numbers import fmt
from pkmcli.report.labels import REPORT_WORDS, format_date
from pkmcli.report.reviews import Staged, build_review, check_stage, reported_stage, score_stages
from pkmcli.report.templating import TEMPLATE_NAMES, Format, make_environment, render_template
from pkmcli.report.views import (
    CriterionView,
    EvidenceView,
    IndicatorView,
    PreviousView,
    ReportView,
    RubricView,
    SectionView,
)
from pkmcli.report.wording import answer_text, delta_view, step_view
from pkmcli.rubric.model import Rubric
from pkmcli.scoring.advice import Change, compare_results, rank_steps
from pkmcli.scoring.arithmetic import (
    CriterionScore,
    IndicatorScore,
    Policy,
    ScoreResult,
    other_total,
)
from pkmcli.scoring.unanswered import policy_note

BAR_CELLS = 20


def web_link(text: str) -> str | None:
    """Return ``text`` if it is an http(s) URL with a host, else None.

    A name that starts with ``www.`` is a web address without its scheme, read as https.
    """
    candidate = text.strip()
    if candidate.casefold().startswith("www.") and " " not in candidate:
        candidate = f"https://{candidate}"
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    return candidate if parts.scheme.lower() in {"http", "https"} and parts.netloc else None


def view_evidence(item: str, root: Path | None) -> EvidenceView:
    """Classify one evidence entry; local paths are looked up relative to ``root``."""
    url = web_link(item)
    if url is not None or root is None:
        return EvidenceView(item, url, missing=False)
    try:
        found = (root / item).exists()
    except (OSError, ValueError):
        found = False
    return EvidenceView(item, None, missing=not found)


def _criterion_view(item: CriterionScore, lang: Lang, root: Path | None) -> CriterionView:
    answer, label = answer_text(item, lang)
    return CriterionView(
        id=item.criterion.id,
        question=item.criterion.question.get(lang),
        answered=item.answered,
        answer=answer,
        label=label,
        value=fmt(item.value, 2, lang),
        best=fmt(item.criterion.best_value, 2, lang),
        note=item.answer.note,
        evidence=tuple(view_evidence(e, root) for e in item.answer.evidence),
    )


def _indicator_view(
    item: IndicatorScore, lang: Lang, root: Path | None, change: Change | None
) -> IndicatorView:
    fraction = max(0.0, min(item.score / item.weight, 1.0))
    cells = int(fraction * BAR_CELLS + 0.5)
    delta = None
    if change is not None:
        before = change.before[item.indicator.id]
        delta = delta_view(item.score, before, before / item.weight, lang)
    return IndicatorView(
        id=item.indicator.id,
        title=item.indicator.title.get(lang),
        weight=fmt(item.weight, 2, lang),
        mean=fmt(item.mean, 4, lang),
        score=fmt(item.score, 2, lang),
        percent=fmt(item.percent, 2, lang),
        fraction=fraction,
        bar="█" * cells + "░" * (BAR_CELLS - cells),
        values=tuple(fmt(c.value, 2, lang) for c in item.criteria),
        criteria=tuple(_criterion_view(c, lang, root) for c in item.criteria),
        delta=delta,
    )


def _rubric_view(rubric: Rubric, lang: Lang) -> RubricView:
    source = rubric.source
    return RubricView(
        id=rubric.id,
        title=rubric.title.get(lang),
        version=rubric.version,
        regulation=source.regulation,
        edition=source.edition,
        notes=source.notes.get(lang) if source.notes else None,
        url=web_link(source.url) if source.url else None,
    )


def build_view(
    result: ScoreResult,
    lang: Lang,
    generated: date,
    *,
    baseline: ScoreResult | None = None,
    evidence_root: Path | None = None,
    stages: Sequence[Staged] = (),
) -> ReportView:
    """Turn a score result (and an optional earlier one) into what the templates show.

    ``stages`` are the file's review stages up to the one ``result`` scores; with more than
    the unit's own, the report becomes the evaluators' view.
    """
    change = compare_results(result, baseline) if baseline is not None else None
    answers = result.answers
    previous = None
    if change is not None:
        before = change.baseline
        previous = PreviousView(
            file=PurePath(before.answers.file).name,
            period=before.answers.period,
            score=fmt(before.score, 2, lang),
            percent=fmt(before.percent, 2, lang),
            delta=delta_view(result.score, before.score, before.score / before.max_score, lang),
        )
    grade = result.grade
    count = len(result.criteria())
    return ReportView(
        lang=lang,
        words=REPORT_WORDS[lang],
        unit=answers.unit,
        period=answers.period,
        assessor=answers.assessor,
        answers_file=PurePath(answers.file).name,
        generated=format_date(generated, lang),
        rubric=_rubric_view(result.rubric, lang),
        score=fmt(result.score, 2, lang),
        score_exact=fmt(result.score, 4, lang),
        max_score=fmt(result.max_score, 2, lang),
        percent=fmt(result.percent, 2, lang),
        fraction=max(0.0, min(result.score / result.max_score, 1.0)),
        headroom=fmt(result.max_score - result.score, 2, lang),
        grade=grade.label.get(lang) if grade else None,
        grade_description=grade.description.get(lang) if grade and grade.description else None,
        answered=count - len(result.unanswered),
        criteria_count=count,
        unanswered=result.unanswered,
        unanswered_note=policy_note(result.policy, other_total(result), lang) or "",
        sections=tuple(
            SectionView(
                s.section.id,
                s.section.title.get(lang),
                fmt(s.score, 2, lang),
                fmt(s.max_score, 2, lang),
                fmt(s.percent, 2, lang),
            )
            for s in result.sections
        ),
        indicators=tuple(
            _indicator_view(i, lang, evidence_root, change) for i in result.indicators
        ),
        steps=tuple(step_view(n, s, lang) for n, s in enumerate(rank_steps(result), start=1)),
        previous=previous,
        review=build_review(stages, stages[-1].stage, lang) if len(stages) > 1 else None,
    )


def render_report(
    result: ScoreResult,
    output: Format = "md",
    lang: Lang = "id",
    *,
    generated: date,
    baseline: ScoreResult | None = None,
    template_dir: Path | None = None,
    evidence_root: Path | None = None,
    stages: Sequence[Staged] = (),
) -> str:
    """Render the report text in ``output`` format; raise PkmError for template problems."""
    view = build_view(
        result, lang, generated, baseline=baseline, evidence_root=evidence_root, stages=stages
    )
    env = make_environment(output, template_dir)
    return render_template(env, TEMPLATE_NAMES[output], {"report": view, "words": view.words})


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """Everything `pkm report` was asked for."""

    file: Path
    output: Format = "md"
    lang: Lang = "id"
    rubric_ref: str | None = None
    baseline: Path | None = None
    template_dir: Path | None = None
    generated: date = field(default_factory=date.today)
    stage: str | None = None  # the review stage reported (None: the latest in the file)
    unanswered: Policy | None = None  # how unanswered criteria count (None: the rubric's)


def write_report(
    request: ReportRequest, output: Path | None, warnings: list[Problem] | None = None
) -> str | None:
    """Write the report to ``output`` (atomically) and return None, or return its text.

    An output that is one of the report's inputs is refused before anything is read.
    """
    if output is None:
        return report_file(request, warnings)
    from pkmcli.files.writing import check_not_an_input, check_writable  # noqa: PLC0415

    shown = str(output)
    inputs = [("answers file", str(request.file))]
    if request.baseline is not None:
        inputs.append(("baseline", str(request.baseline)))
    if request.rubric_ref is not None:
        inputs.append(("rubric file", request.rubric_ref))
    check_not_an_input(output, shown, inputs)
    check_writable(output, shown)
    text = report_file(request, warnings)
    from pkmcli.files.writing import write_atomic  # noqa: PLC0415

    write_atomic(output, text)
    return None


def report_file(request: ReportRequest, warnings: list[Problem] | None = None) -> str:
    """Read and score the answers file (and its baseline); return the report's text.

    What looks wrong about the baseline but can still be shown goes to ``warnings``.
    """
    from pkmcli.answers.reader import (  # noqa: PLC0415
        load_answers,
        load_answers_document,
        peek_rubric_id,
        read_answers,
    )
    from pkmcli.scoring.arithmetic import score_answers  # noqa: PLC0415

    file = request.file
    rubric, answer_set = load_answers(file, request.rubric_ref, display=str(file))
    if request.stage is not None:
        check_stage(request.stage, rubric)
    stage = reported_stage(answer_set, request.stage)
    standing = answer_set.at_stage(stage)
    previous = None
    if request.baseline is not None:
        shown = str(request.baseline)
        document = load_answers_document(request.baseline, shown)
        named = peek_rubric_id(document)
        if request.rubric_ref is None and named is not None and named != rubric.id:
            raise PkmError.single(
                shown,
                say(
                    "report.baseline_rubric", request.lang, named=named, file=file, rubric=rubric.id
                ),
                line=1,
            )
        earlier = read_answers(document, rubric, chosen=request.rubric_ref is not None)
        if warnings is not None:
            warnings += baseline_warnings(answer_set, earlier, file, request.baseline, request.lang)
        # Like with like: the baseline as it stood at the same stage.
        previous = score_answers(rubric, earlier.at_stage(stage), request.unanswered)
    return render_report(
        score_answers(rubric, standing, request.unanswered),
        request.output,
        request.lang,
        generated=request.generated,
        baseline=previous,
        template_dir=request.template_dir,
        evidence_root=file.parent,
        stages=(
            score_stages(rubric, answer_set, stage, request.unanswered)
            if answer_set.reviews
            else ()
        ),
    )


def baseline_warnings(
    now: AnswerSet, then: AnswerSet, file: Path, baseline: Path, lang: Lang | None = None
) -> list[Problem]:
    """Say what makes a baseline doubtful: the file itself, another unit, a later period."""
    from pkmcli.report.portfolio import period_order  # noqa: PLC0415 - periods ordered as there

    shown = str(baseline)
    found: list[str] = []
    try:
        same = baseline.samefile(file)
    except OSError:
        same = False
    if same:
        found.append(say("report.baseline_itself", lang))
    if now.unit and then.unit and _folded(now.unit) != _folded(then.unit):
        found.append(say("report.baseline_other_unit", lang, then=then.unit, now=now.unit))
    if now.period and then.period and period_order(then.period) > period_order(now.period):
        found.append(say("report.baseline_later", lang, then=then.period, now=now.period))
    return [Problem(shown, say("answers.warning", lang, message=m)) for m in found]


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())

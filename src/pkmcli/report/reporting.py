"""`pkm report` as one function: one answers file's report, or a portfolio over many files."""

from __future__ import annotations

import glob
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pkmcli.errors import ExitCode, PkmError, Problem, UsageError
from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.report.templating import Format
from pkmcli.scoring.arithmetic import Policy


@dataclass(frozen=True, slots=True)
class ReportJob:
    """Everything `pkm report` was asked for, whether one file or many."""

    inputs: Sequence[str]
    output: Format = "md"
    lang: Lang = "id"
    rubric_ref: str | None = None
    baseline: Path | None = None
    template_dir: Path | None = None
    generated: date = field(default_factory=date.today)
    threshold: float | None = None
    detail_limit: int | None = None
    stage: str | None = None  # the review stage reported (None: the latest in each file)
    unanswered: Policy | None = None  # how unanswered criteria count (None: the rubric's)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the command shows: the text (None when written to a file), the line saying where it
    was written, the problems of invalid inputs, and the exit code."""

    text: str | None
    notice: str | None
    problems: tuple[Problem, ...]
    exit_code: ExitCode


def is_single(inputs: Sequence[str]) -> bool:
    """Tell whether the inputs are one answers file (the single report, exactly as before).

    One path that is not a folder or a pattern is a single file, also when it is missing, so
    that a mistyped name gets the single report's own message.
    """
    if len(inputs) != 1:
        return False
    path = Path(inputs[0])
    return not path.is_dir() and (path.exists() or not glob.has_magic(inputs[0]))


def _single(job: ReportJob, target: Path | None) -> Outcome:
    from pkmcli.report.building import ReportRequest, write_report  # noqa: PLC0415

    if job.threshold is not None or job.detail_limit is not None:
        option = "--threshold" if job.threshold is not None else "--detail-limit"
        raise UsageError.single(option, say("report.portfolio_only", job.lang))
    request = ReportRequest(
        Path(job.inputs[0]),
        job.output,
        job.lang,
        job.rubric_ref,
        job.baseline,
        job.template_dir,
        job.generated,
        job.stage,
        job.unanswered,
    )
    warnings: list[Problem] = []
    text = write_report(request, target, warnings)
    notice = None if target is None else say("report.wrote", job.lang, path=target)
    return Outcome(text, notice, tuple(warnings), ExitCode.OK)


def _portfolio(job: ReportJob, target: Path | None) -> Outcome:
    from pkmcli.files.finding import expand_inputs  # noqa: PLC0415
    from pkmcli.files.writing import check_not_an_input, check_writable  # noqa: PLC0415
    from pkmcli.report.portfolio import gather_portfolio  # noqa: PLC0415
    from pkmcli.report.portfolio_building import (  # noqa: PLC0415
        DETAIL_LIMIT,
        build_portfolio_view,
        render_portfolio,
    )

    if job.baseline is not None:
        raise UsageError.single("--baseline", say("report.baseline_single", job.lang))
    paths, missing = expand_inputs(job.inputs)
    if not paths:
        raise PkmError(missing or [Problem("pkm report", say("report.no_inputs", job.lang))])
    if target is not None:
        inputs = [("answers file", path) for path in paths]
        if job.rubric_ref is not None:
            inputs.append(("rubric file", job.rubric_ref))
        # Refused before any file is read, so nothing is scored for a report never written.
        check_not_an_input(target, str(target), inputs)
        check_writable(target, str(target))
    portfolio = gather_portfolio(paths, job.rubric_ref, missing, job.stage, job.unanswered)
    view = build_portfolio_view(
        portfolio,
        job.lang,
        job.generated,
        threshold=job.threshold,
        stage=job.stage,
        detail_limit=DETAIL_LIMIT if job.detail_limit is None else job.detail_limit,
    )
    text = render_portfolio(view, job.output, job.template_dir)
    problems = tuple(portfolio.problems)
    code = ExitCode.INVALID if problems else ExitCode.OK
    if target is None:
        return Outcome(text, None, problems, code)
    from pkmcli.files.writing import write_atomic  # noqa: PLC0415

    write_atomic(target, text)
    notice = say("report.wrote", job.lang, path=target)
    return Outcome(None, notice, problems, code)


def run_report(job: ReportJob, target: Path | None) -> Outcome:
    """Report on the inputs: to ``target`` (atomically) or as text; raise PkmError.

    Invalid files of a portfolio do not stop it: they are listed in the report and returned
    as problems with exit code 3, the way `pkm score` treats a batch.
    """
    if is_single(job.inputs):
        return _single(job, target)
    return _portfolio(job, target)

"""`pkm report`: a Markdown or HTML report of one answers file, or of many as a portfolio."""

from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pkmcli.cli.app import (
    Command,
    Lang,
    LangOpt,
    RubricOpt,
    UnansweredOpt,
    app,
    exit_with,
    handles_errors,
    helptext,
    policy_of,
    report_problems,
)
from pkmcli.cli.completion import complete_stage


class ReportFormat(StrEnum):
    md = "md"
    html = "html"


@app.command(cls=Command, help=helptext("report"))
@handles_errors
def report(
    files: Annotated[
        list[str],
        typer.Argument(
            help=helptext("report_files"),
            metavar="FILE_OR_DIR...",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help=helptext("report_format"))
    ] = ReportFormat.md,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help=helptext("report_output"),
            show_default=False,
        ),
    ] = None,
    rubric: RubricOpt = None,
    lang: LangOpt = Lang.id,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            metavar="FILE",
            help=helptext("report_baseline"),
            show_default=False,
        ),
    ] = None,
    threshold: Annotated[
        float | None,
        typer.Option(
            "--threshold",
            metavar="PERCENT",
            min=0,
            max=100,
            help=helptext("report_threshold"),
            show_default=False,
        ),
    ] = None,
    detail_limit: Annotated[
        int | None,
        typer.Option(
            "--detail-limit",
            metavar="N",
            min=0,
            help=helptext("report_detail_limit"),
            show_default=False,
        ),
    ] = None,
    stage: Annotated[
        str | None,
        typer.Option(
            "--stage",
            metavar="ID",
            help=helptext("report_stage"),
            show_default=False,
            autocompletion=complete_stage,
        ),
    ] = None,
    unanswered: UnansweredOpt = None,
    template_dir: Annotated[
        Path | None,
        typer.Option(
            "--template-dir",
            metavar="DIR",
            help=helptext("report_template_dir"),
            show_default=False,
        ),
    ] = None,
    report_date: Annotated[
        datetime | None,
        typer.Option(
            "--date",
            envvar="PKM_REPORT_DATE",
            formats=["%Y-%m-%d"],
            metavar="YYYY-MM-DD",
            help=helptext("report_date"),
            show_default=False,
        ),
    ] = None,
) -> None:
    """Render a Markdown or HTML report of one answers file, or a portfolio of many."""
    from pkmcli.report.reporting import ReportJob, run_report  # noqa: PLC0415

    job = ReportJob(
        files,
        output_format.value,
        lang.value,
        rubric,
        baseline,
        template_dir,
        (report_date or datetime.now(UTC).astimezone()).date(),
        threshold,
        detail_limit,
        stage,
        policy_of(unanswered),
    )
    target = None if output is None or str(output) == "-" else output
    outcome = run_report(job, target)
    if outcome.text is not None:
        typer.echo(outcome.text, nl=False)
    if outcome.notice is not None:
        typer.echo(outcome.notice, err=True)
    report_problems(list(outcome.problems))
    exit_with(outcome.exit_code)

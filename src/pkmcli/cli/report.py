"""`pkm report`: a Markdown or HTML report of one answers file."""

from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pkmcli.cli.app import Lang, LangOpt, RubricOpt, app, handles_errors


class ReportFormat(StrEnum):
    md = "md"
    html = "html"


@app.command()
@handles_errors
def report(
    file: Annotated[
        Path, typer.Argument(help="Answers file to report on.", metavar="FILE", show_default=False)
    ],
    output_format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Report format.")
    ] = ReportFormat.md,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write the report to PATH (default: print to stdout).",
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
            help="An earlier answers file of the same unit; adds the change since then.",
            show_default=False,
        ),
    ] = None,
    template_dir: Annotated[
        Path | None,
        typer.Option(
            "--template-dir",
            metavar="DIR",
            help="Folder of templates that override the shipped ones by name.",
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
            help="Date printed on the report (default: today).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Render a Markdown or HTML report of one answers file."""
    from pkmcli.report.building import ReportRequest, write_report  # noqa: PLC0415

    request = ReportRequest(
        file,
        output_format.value,
        lang.value,
        rubric,
        baseline,
        template_dir,
        (report_date or datetime.now(UTC).astimezone()).date(),
    )
    target = None if output is None or str(output) == "-" else output
    text = write_report(request, target)
    if text is not None:
        typer.echo(text, nl=False)
    else:
        typer.echo(f"wrote {output}", err=True)

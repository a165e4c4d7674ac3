"""`pkm import`: read a filled LKE workbook back into an answers file."""

from pathlib import Path
from typing import Annotated

import typer

from pkmcli.cli.app import (
    Command,
    Lang,
    LangOpt,
    RubricOpt,
    app,
    handles_errors,
    helptext,
    report_problems,
)


@app.command(name="import", cls=Command, help=helptext("import"))
@handles_errors
def import_(
    workbook: Annotated[
        Path,
        typer.Argument(help=helptext("import_workbook"), metavar="PATH.xlsx", show_default=False),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help=helptext("import_output"),
            show_default=False,
        ),
    ] = None,
    rubric: RubricOpt = None,
    unit: Annotated[
        str | None,
        typer.Option("--unit", help=helptext("import_unit"), show_default=False),
    ] = None,
    period: Annotated[
        str | None,
        typer.Option("--period", help=helptext("import_period"), show_default=False),
    ] = None,
    lang: LangOpt = Lang.id,
) -> None:
    """Read a filled LKE workbook into an answers file."""
    from pkmcli.workbook.importing import import_workbook  # noqa: PLC0415

    target = None if output is None or str(output) == "-" else output
    done = import_workbook(workbook, target, rubric, lang.value, unit=unit, period=period)
    report_problems(list(done.warnings), "warning")
    if done.text is not None:
        typer.echo(done.text, nl=False)
    if done.notice is not None:
        typer.echo(done.notice, err=True)

"""`pkm export`: write an answers file as a workbook laid out like the official LKE sheet."""

from pathlib import Path
from typing import Annotated

import typer

from pkmcli.cli.app import Command, Lang, LangOpt, RubricOpt, app, handles_errors


@app.command(cls=Command)
@handles_errors
def export(
    file: Annotated[
        Path,
        typer.Argument(help="The answers file to export.", metavar="FILE", show_default=False),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH.xlsx",
            help="Where to write the workbook.",
            show_default=False,
        ),
    ],
    rubric: RubricOpt = None,
    lang: LangOpt = Lang.id,
) -> None:
    """Write an answers file as an LKE workbook.

    Write the answers as a workbook laid out like the official LKE sheet, with live formulas,
    an answer list per criterion, a column block per review stage and defined names.
    """
    from pkmcli.workbook.writing import export_workbook  # noqa: PLC0415

    typer.echo(export_workbook(file, output, rubric, lang.value), err=True)

"""`pkm export`: write an answers file as a workbook laid out like the official LKE sheet."""

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
    handles_errors,
    policy_of,
)


@app.command(cls=Command)
@handles_errors
def export(
    files: Annotated[
        list[str],
        typer.Argument(
            help="The answers file to export; or several, a folder or a pattern for a "
            "portfolio workbook (a sheet per unit).",
            metavar="FILES...",
            show_default=False,
        ),
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
    unanswered: UnansweredOpt = None,
    lang: LangOpt = Lang.id,
) -> None:
    """Write answers files as an LKE workbook.

    Write the answers as a workbook laid out like the official LKE sheet, with live formulas
    and their values, an answer list per criterion, a column block per review stage, defined
    names and a summary sheet. Many files make one workbook with a sheet per unit.
    """
    from pkmcli.workbook.exporting import export_workbook  # noqa: PLC0415

    note = export_workbook(files, output, rubric, lang.value, policy_of(unanswered))
    typer.echo(note, err=True)

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
    helptext,
    policy_of,
)


@app.command(cls=Command, help=helptext("export"))
@handles_errors
def export(
    files: Annotated[
        list[str],
        typer.Argument(
            help=helptext("export_files"),
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
            help=helptext("export_output"),
            show_default=False,
        ),
    ],
    rubric: RubricOpt = None,
    unanswered: UnansweredOpt = None,
    lang: LangOpt = Lang.id,
) -> None:
    """Write answers files as an LKE workbook."""
    from pkmcli.workbook.exporting import export_workbook  # noqa: PLC0415

    note = export_workbook(files, output, rubric, lang.value, policy_of(unanswered))
    typer.echo(note, err=True)

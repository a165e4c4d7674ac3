"""`pkm init`: write a blank answers file with every question as a comment."""

from pathlib import Path
from typing import Annotated

import typer

from pkmcli.cli.app import Command, Lang, LangOpt, NewFileRubricOpt, app, handles_errors


@app.command(cls=Command)
@handles_errors
def init(
    file: Annotated[
        Path | None,
        typer.Argument(
            help="Where to write the answers file (default: print to stdout).",
            metavar="FILE",
            show_default=False,
        ),
    ] = None,
    rubric: NewFileRubricOpt = None,
    unit: Annotated[str | None, typer.Option(metavar="NAME", help="Unit name to fill in.")] = None,
    period: Annotated[
        str | None, typer.Option(metavar="TEXT", help="Assessment period to fill in.")
    ] = None,
    assessor: Annotated[
        str | None, typer.Option(metavar="NAME", help="Assessor to fill in.")
    ] = None,
    lang: LangOpt = Lang.id,
    force: Annotated[bool, typer.Option("--force", help="Overwrite FILE if it exists.")] = False,
    no_schema: Annotated[
        bool,
        typer.Option(
            "--no-schema",
            help="Leave out the first line naming the file's JSON Schema for editors, and do "
            "not write the schema to .pkm/schema/ beside FILE.",
        ),
    ] = False,
) -> None:
    """Write a blank answers file to fill in.

    Write a blank answers file, each question and its options as comments, its first line
    naming the file's JSON Schema so that editors complete and check it.
    """
    from pkmcli.answers.drafting import draft_answers_file  # noqa: PLC0415

    metadata = {"unit": unit, "period": period, "assessor": assessor}
    target = None if file is None or str(file) == "-" else file
    text, note = draft_answers_file(
        target, rubric, metadata, lang.value, force=force, schema=not no_schema
    )
    if target is None:
        typer.echo(text, nl=False)
    if note:
        typer.echo(note, err=True)

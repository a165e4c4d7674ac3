"""`pkm init`: write a blank answers file with every question as a comment."""

from pathlib import Path
from typing import Annotated

import typer

from pkmcli.cli.app import Command, Lang, LangOpt, NewFileRubricOpt, app, handles_errors, helptext


@app.command(cls=Command, help=helptext("init"))
@handles_errors
def init(
    file: Annotated[
        Path | None,
        typer.Argument(
            help=helptext("init_file"),
            metavar="FILE",
            show_default=False,
        ),
    ] = None,
    rubric: NewFileRubricOpt = None,
    unit: Annotated[str | None, typer.Option(metavar="NAME", help=helptext("init_unit"))] = None,
    period: Annotated[
        str | None, typer.Option(metavar="TEXT", help=helptext("init_period"))
    ] = None,
    assessor: Annotated[
        str | None, typer.Option(metavar="NAME", help=helptext("init_assessor"))
    ] = None,
    lang: LangOpt = Lang.id,
    force: Annotated[bool, typer.Option("--force", help=helptext("init_force"))] = False,
    no_schema: Annotated[
        bool,
        typer.Option(
            "--no-schema",
            help=helptext("init_no_schema"),
        ),
    ] = False,
) -> None:
    """Write a blank answers file to fill in."""
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

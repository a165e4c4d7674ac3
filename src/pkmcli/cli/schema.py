"""`pkm schema answers|rubric`: the JSON Schemas of answers files and of rubric files."""

from pathlib import Path
from typing import Annotated

import typer

from pkmcli.cli.app import Command, Lang, LangOpt, NewFileRubricOpt, app, handles_errors, helptext

schema_app = typer.Typer(
    help=helptext("schema"),
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(schema_app, name="schema")

OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="PATH",
        help=helptext("schema_output"),
        show_default=False,
    ),
]


def _show(text: str, note: str) -> None:
    if note:
        typer.echo(note, err=True)
    else:
        typer.echo(text, nl=False)


@schema_app.command("answers", cls=Command, help=helptext("schema_answers"))
@handles_errors
def schema_answers(
    rubric: NewFileRubricOpt = None, output: OutputOpt = None, lang: LangOpt = Lang.id
) -> None:
    """Print the JSON Schema of answers files for a rubric."""
    from pkmcli.answers.schema import export_answers_schema  # noqa: PLC0415

    target = None if output is None or str(output) == "-" else output
    _show(*export_answers_schema(rubric, target, lang.value))


@schema_app.command("rubric", cls=Command, help=helptext("schema_rubric"))
@handles_errors
def schema_rubric(output: OutputOpt = None, lang: LangOpt = Lang.id) -> None:
    """Print the JSON Schema of rubric files."""
    from pkmcli.rubric.schema import export_rubric_schema  # noqa: PLC0415

    target = None if output is None or str(output) == "-" else output
    _show(*export_rubric_schema(target, lang.value))

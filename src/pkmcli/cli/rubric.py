"""`pkm rubric list|show` and `pkm rubrics`: the shipped rubrics, and any rubric as a tree."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from pkmcli.cli.app import Command, Lang, LangOpt, app, handles_errors, helptext, rubric_app


@rubric_app.command("list", cls=Command, help=helptext("rubric_list"))
@handles_errors
def rubric_list(lang: LangOpt = Lang.id) -> None:
    """List the shipped rubrics."""
    from pkmcli.rubric.catalog import shipped_listing  # noqa: PLC0415

    for line in shipped_listing(lang.value):
        typer.echo(line)


@rubric_app.command("show", cls=Command, help=helptext("rubric_show"))
@handles_errors
def rubric_show(
    ref: Annotated[
        str | None,
        typer.Argument(help=helptext("rubric_show_ref"), metavar="REF", show_default=False),
    ] = None,
    lang: LangOpt = Lang.id,
) -> None:
    """Show a rubric as a tree: indicators, weights, criteria and option values."""
    from pkmcli.console.trees import show_rubric  # noqa: PLC0415

    show_rubric(ref, lang.value, sys.stdout)


@rubric_app.command("export", cls=Command, help=helptext("rubric_export"))
@handles_errors
def rubric_export(
    ref: Annotated[
        str,
        typer.Argument(help=helptext("rubric_export_ref"), metavar="REF", show_default=False),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help=helptext("rubric_export_output"),
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=helptext("rubric_export_force"))] = False,
) -> None:
    """Copy a rubric out to edit as your own."""
    from pkmcli.rubric.catalog import export_rubric  # noqa: PLC0415

    target = None if output is None or str(output) == "-" else output
    text, note = export_rubric(ref, target, force=force)
    if target is None:
        typer.echo(text, nl=False)
    else:
        typer.echo(note, err=True)


@app.command("rubrics", cls=Command, help=helptext("rubrics"))
@handles_errors
def rubrics(lang: LangOpt = Lang.id) -> None:
    """List the shipped rubrics."""
    rubric_list(lang)

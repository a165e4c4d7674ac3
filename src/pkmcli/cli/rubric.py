"""`pkm rubric list|show` and `pkm rubrics`: the shipped rubrics, and any rubric as a tree."""

import sys
from typing import Annotated

import typer

from pkmcli.cli.app import Lang, LangOpt, app, handles_errors, rubric_app


@rubric_app.command("list")
@handles_errors
def rubric_list(lang: LangOpt = Lang.id) -> None:
    """List the shipped rubrics."""
    from pkmcli.rubric.catalog import shipped_listing  # noqa: PLC0415

    for line in shipped_listing(lang.value):
        typer.echo(line)


@rubric_app.command("show")
@handles_errors
def rubric_show(
    ref: Annotated[
        str | None,
        typer.Argument(
            help="Shipped rubric id or path (default: pkp-2019).", metavar="REF", show_default=False
        ),
    ] = None,
    lang: LangOpt = Lang.id,
) -> None:
    """Show a rubric as a tree: indicators, weights, criteria and option values."""
    from pkmcli.console.trees import show_rubric  # noqa: PLC0415

    show_rubric(ref, lang.value, sys.stdout)


@app.command("rubrics")
@handles_errors
def rubrics(lang: LangOpt = Lang.id) -> None:
    """List the shipped rubrics (same as `pkm rubric list`)."""
    rubric_list(lang)

"""`pkm assess`: the interview in the terminal."""

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
    exit_with,
    handles_errors,
    helptext,
    policy_of,
)


@app.command(cls=Command, help=helptext("assess"))
@handles_errors
def assess(
    file: Annotated[
        Path | None,
        typer.Argument(
            help=helptext("assess_file", default="jawaban-RUBRIC-DATE.yaml"),
            metavar="FILE",
            show_default=False,
        ),
    ] = None,
    rubric: RubricOpt = None,
    unit: Annotated[str | None, typer.Option(metavar="NAME", help=helptext("assess_unit"))] = None,
    period: Annotated[
        str | None, typer.Option(metavar="TEXT", help=helptext("assess_period"))
    ] = None,
    assessor: Annotated[
        str | None, typer.Option(metavar="NAME", help=helptext("assess_assessor"))
    ] = None,
    unanswered: UnansweredOpt = None,
    lang: LangOpt = Lang.id,
    restart: Annotated[
        bool,
        typer.Option("--restart", help=helptext("assess_restart")),
    ] = False,
) -> None:
    """Interview in the terminal, saving as you go."""
    from pkmcli.interview.terminal import assess_in_terminal  # noqa: PLC0415

    metadata = {"unit": unit, "period": period, "assessor": assessor}
    exit_with(
        assess_in_terminal(
            file, rubric, metadata, lang.value, restart=restart, policy=policy_of(unanswered)
        )
    )

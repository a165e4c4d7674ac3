"""`pkm review`: an evaluator's review stage, in the terminal."""

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
from pkmcli.cli.completion import complete_review_stage


@app.command(cls=Command, help=helptext("review"))
@handles_errors
def review(
    file: Annotated[
        Path,
        typer.Argument(
            help=helptext("review_file"),
            metavar="FILE",
            show_default=False,
        ),
    ],
    stage: Annotated[
        str,
        typer.Option(
            "--stage",
            metavar="ID",
            help=helptext("review_stage"),
            show_default=False,
            autocompletion=complete_review_stage,
        ),
    ],
    assessor: Annotated[
        str | None, typer.Option(metavar="NAME", help=helptext("review_assessor"))
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(metavar="YYYY-MM-DD", help=helptext("review_date")),
    ] = None,
    rubric: RubricOpt = None,
    unanswered: UnansweredOpt = None,
    lang: LangOpt = Lang.id,
    restart: Annotated[
        bool,
        typer.Option("--restart", help=helptext("review_restart")),
    ] = False,
) -> None:
    """Review a unit's answers as an evaluator team, saving as you go."""
    from pkmcli.interview.terminal import review_in_terminal  # noqa: PLC0415

    fields = {"assessor": assessor, "date": date}
    exit_with(
        review_in_terminal(
            file, stage, rubric, fields, lang.value, restart=restart, policy=policy_of(unanswered)
        )
    )

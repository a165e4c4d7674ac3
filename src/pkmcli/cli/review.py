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
    policy_of,
)
from pkmcli.cli.completion import complete_review_stage


@app.command(cls=Command)
@handles_errors
def review(
    file: Annotated[
        Path,
        typer.Argument(
            help="Answers file holding the unit's answers; rerun on it to resume the stage.",
            metavar="FILE",
            show_default=False,
        ),
    ],
    stage: Annotated[
        str,
        typer.Option(
            "--stage",
            metavar="ID",
            help="The review stage to answer, as the rubric declares it (tpi, tpn).",
            show_default=False,
            autocompletion=complete_review_stage,
        ),
    ],
    assessor: Annotated[
        str | None, typer.Option(metavar="NAME", help="Who reviews (kept in the stage).")
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            metavar="YYYY-MM-DD", help="Date of the review (default: the stage's, else today)."
        ),
    ] = None,
    rubric: RubricOpt = None,
    unanswered: UnansweredOpt = None,
    lang: LangOpt = Lang.id,
    restart: Annotated[
        bool,
        typer.Option("--restart", help="Walk every criterion again; the stage's answers stay."),
    ] = False,
) -> None:
    """Review a unit's answers as an evaluator team, saving as you go.

    Review a unit's answers as an evaluator team: Enter agrees, an option key answers
    otherwise, ! sends a criterion back for revision. Only the stage's own answers are
    written, after every answer; Ctrl-C, then rerun to resume.
    """
    from pkmcli.interview.terminal import review_in_terminal  # noqa: PLC0415

    fields = {"assessor": assessor, "date": date}
    exit_with(
        review_in_terminal(
            file, stage, rubric, fields, lang.value, restart=restart, policy=policy_of(unanswered)
        )
    )

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
    policy_of,
)


@app.command(cls=Command)
@handles_errors
def assess(
    file: Annotated[
        Path | None,
        typer.Argument(
            help="Answers file to fill in; rerun on the same file to resume "
            "(default: jawaban-RUBRIC-DATE.yaml here, or the newest unfinished one).",
            metavar="FILE",
            show_default=False,
        ),
    ] = None,
    rubric: RubricOpt = None,
    unit: Annotated[
        str | None, typer.Option(metavar="NAME", help="Unit name (not asked when given).")
    ] = None,
    period: Annotated[
        str | None, typer.Option(metavar="TEXT", help="Assessment period (not asked when given).")
    ] = None,
    assessor: Annotated[
        str | None, typer.Option(metavar="NAME", help="Assessor (not asked when given).")
    ] = None,
    unanswered: UnansweredOpt = None,
    lang: LangOpt = Lang.id,
    restart: Annotated[
        bool,
        typer.Option(
            "--restart", help="Start from the first criterion; saved answers stay as defaults."
        ),
    ] = False,
) -> None:
    """Interview in the terminal, saving as you go.

    Interview in the terminal, saving FILE after every answer; Ctrl-C, then rerun to resume.
    """
    from pkmcli.interview.terminal import assess_in_terminal  # noqa: PLC0415

    metadata = {"unit": unit, "period": period, "assessor": assessor}
    exit_with(
        assess_in_terminal(
            file, rubric, metadata, lang.value, restart=restart, policy=policy_of(unanswered)
        )
    )

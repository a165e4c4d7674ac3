"""`pkm validate`: check rubric and answers files, every problem at once."""

from typing import Annotated

import typer

from pkmcli.cli.app import (
    Command,
    Lang,
    LangOpt,
    RubricOpt,
    app,
    exit_with,
    handles_errors,
    helptext,
    report_problems,
)
from pkmcli.messages.core import say


@app.command(cls=Command, help=helptext("validate"))
@handles_errors
def validate(
    files: Annotated[
        list[str],
        typer.Argument(
            help=helptext("validate_files"),
            metavar="FILE...",
            show_default=False,
        ),
    ],
    rubric: RubricOpt = None,
    strict: Annotated[bool, typer.Option("--strict", help=helptext("strict"))] = False,
    lang: LangOpt = Lang.id,
) -> None:
    """Check rubric, answers and survey files."""
    from pkmcli.answers.checking import check_files  # noqa: PLC0415
    from pkmcli.survey.catalog import SurveyFiles  # noqa: PLC0415

    code = 0
    surveys = SurveyFiles(lang.value)
    checked = check_files(files, rubric, strict=strict, others=[surveys])
    for path, summary, problems, warnings in checked:
        report_problems(problems or warnings, "error" if problems else "warning")
        if problems:
            code = 3
        else:
            typer.echo(say("cli.valid", path=path, summary=summary))
    exit_with(code)

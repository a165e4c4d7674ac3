"""`pkm score`: score one or many answers files for people and CI."""

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pkmcli.batch.formats.registry import FORMATS
from pkmcli.cli.app import (
    Command,
    CsvDialect,
    CsvDialectOpt,
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
from pkmcli.cli.completion import complete_stage

# The choices of --format are the registry's formats.
ScoreFormat = StrEnum("ScoreFormat", {name: name for name in FORMATS})  # type: ignore[misc]
TABLE = ScoreFormat("table")


@app.command(cls=Command, help=helptext("score"))
@handles_errors
def score(
    files: Annotated[
        list[str],
        typer.Argument(
            help=helptext("score_files"),
            metavar="FILE...",
            show_default=False,
        ),
    ],
    rubric: RubricOpt = None,
    output_format: Annotated[
        ScoreFormat, typer.Option("--format", "-f", help=helptext("format"))
    ] = TABLE,
    csv_dialect: CsvDialectOpt = CsvDialect.standard,
    strict: Annotated[bool, typer.Option("--strict", help=helptext("strict"))] = False,
    fail_under: Annotated[
        float | None,
        typer.Option(
            "--fail-under",
            metavar="PERCENT",
            min=0,
            max=100,
            help=helptext("score_fail_under"),
        ),
    ] = None,
    fail_under_indicator: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-under-indicator",
            metavar="ID=PERCENT",
            help=helptext("score_fail_under_indicator"),
            show_default=False,
        ),
    ] = None,
    outputs: Annotated[
        list[str] | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FORMAT:PATH",
            help=helptext("score_output", formats=", ".join(FORMATS)),
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            metavar="N",
            min=1,
            help=helptext("score_jobs"),
            show_default=False,
        ),
    ] = None,
    stage: Annotated[
        str | None,
        typer.Option(
            "--stage",
            metavar="ID",
            help=helptext("score_stage"),
            show_default=False,
            autocompletion=complete_stage,
        ),
    ] = None,
    unanswered: UnansweredOpt = None,
    lang: LangOpt = Lang.id,
) -> None:
    """Score answers files, folders or patterns."""
    from pkmcli.batch.runner import Request, score_batch  # noqa: PLC0415
    from pkmcli.console.annotations import in_github_actions  # noqa: PLC0415

    request = Request(
        files,
        rubric,
        output_format.value,
        strict,
        fail_under,
        fail_under_indicator or (),
        outputs or (),
        jobs,
        lang.value,
        Path(summary) if (summary := os.environ.get("GITHUB_STEP_SUMMARY")) else None,
        stage,
        policy_of(unanswered),
        csv_dialect=csv_dialect.value,
        annotate=in_github_actions(),
    )
    exit_with(score_batch(request, sys.stdout, sys.stderr))

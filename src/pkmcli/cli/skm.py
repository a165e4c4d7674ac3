"""`pkm skm`: the public satisfaction survey (SKM/IKM, PermenPANRB 14/2017)."""

# No `from __future__ import annotations`: typer reads the signature as objects.
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pkmcli.cli.app import (
    Command,
    CsvDialect,
    CsvDialectOpt,
    Lang,
    LangOpt,
    app,
    handles_errors,
    helptext,
    report_problems,
)


class SkmFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    md = "md"
    html = "html"


@app.command(cls=Command, help=helptext("skm"))
@handles_errors
def skm(
    data: Annotated[
        list[str],
        typer.Argument(
            help=helptext("skm_data"),
            metavar="DATA...",
            show_default=False,
        ),
    ],
    survey: Annotated[
        str | None,
        typer.Option(
            "--survey",
            metavar="ID|PATH",
            help=helptext("skm_survey"),
            show_default=False,
        ),
    ] = None,
    population: Annotated[
        int | None,
        typer.Option(
            "--population",
            metavar="N",
            min=1,
            help=helptext("skm_population"),
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        SkmFormat, typer.Option("--format", "-f", help=helptext("format"))
    ] = SkmFormat.table,
    csv_dialect: CsvDialectOpt = CsvDialect.standard,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help=helptext("skm_output"),
            show_default=False,
        ),
    ] = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            metavar="COLUMN",
            help=helptext("skm_by"),
            show_default=False,
        ),
    ] = None,
    maps: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            metavar="COLUMN=ELEMENT",
            help=helptext("skm_map"),
            show_default=False,
        ),
    ] = None,
    baseline: Annotated[
        list[str] | None,
        typer.Option(
            "--baseline",
            metavar="DATA",
            help=helptext("skm_baseline"),
            show_default=False,
        ),
    ] = None,
    publication: Annotated[
        bool,
        typer.Option("--publication", help=helptext("skm_publication")),
    ] = False,
    unit: Annotated[
        str | None,
        typer.Option("--unit", metavar="NAME", help=helptext("skm_unit"), show_default=False),
    ] = None,
    period: Annotated[
        str | None,
        typer.Option(
            "--period",
            metavar="TEXT",
            help=helptext("skm_period"),
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = Lang.id,
) -> None:
    """Compute the satisfaction index (IKM)."""
    from pkmcli.files.writing import write_atomic  # noqa: PLC0415
    from pkmcli.survey.running import Request, run_skm  # noqa: PLC0415
    from pkmcli.survey.words import say  # noqa: PLC0415

    answer = run_skm(
        Request(
            data=tuple(data),
            survey=survey,
            population=population,
            output=output_format.value,
            by=by,
            maps=tuple(maps or ()),
            baseline=tuple(baseline or ()),
            publication=publication,
            unit=unit,
            period=period,
            lang=lang.value,
            csv_dialect=csv_dialect.value,
        )
    )
    report_problems(answer.warnings, "warning")
    if output is None or str(output) == "-":
        typer.echo(answer.text, nl=False)
        return
    write_atomic(output, answer.text)
    typer.echo(say(lang.value, "wrote", path=output), err=True)

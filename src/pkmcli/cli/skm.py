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
    report_problems,
)


class SkmFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    md = "md"
    html = "html"


@app.command(cls=Command)
@handles_errors
def skm(
    data: Annotated[
        list[str],
        typer.Argument(
            help="Survey data: Google Forms CSV, Excel CSV (',' or ';') or an XLSX recap sheet.",
            metavar="DATA...",
            show_default=False,
        ),
    ],
    survey: Annotated[
        str | None,
        typer.Option(
            "--survey",
            metavar="ID|PATH",
            help="Shipped survey id or a survey definition file (default: skm-2017).",
            show_default=False,
        ),
    ] = None,
    population: Annotated[
        int | None,
        typer.Option(
            "--population",
            metavar="N",
            min=1,
            help="Service users in the period: checks the sample size (Krejcie & Morgan).",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        SkmFormat, typer.Option("--format", "-f", help="Output format.")
    ] = SkmFormat.table,
    csv_dialect: CsvDialectOpt = CsvDialect.standard,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write to PATH (default: print to stdout).",
            show_default=False,
        ),
    ] = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            metavar="COLUMN",
            help="Break the result down by a column (a header or a profile id, e.g. layanan).",
            show_default=False,
        ),
    ] = None,
    maps: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            metavar="COLUMN=ELEMENT",
            help="Settle a column by hand (repeatable; ELEMENT '-' leaves it out), "
            "or give a YAML file of such pairs.",
            show_default=False,
        ),
    ] = None,
    baseline: Annotated[
        list[str] | None,
        typer.Option(
            "--baseline",
            metavar="DATA",
            help="Data of an earlier period (repeatable): adds the trend to reports.",
            show_default=False,
        ),
    ] = None,
    publication: Annotated[
        bool,
        typer.Option(
            "--publication", help="With --format html: the one-page notice for publication."
        ),
    ] = False,
    unit: Annotated[
        str | None,
        typer.Option(
            "--unit", metavar="NAME", help="Unit name printed on reports.", show_default=False
        ),
    ] = None,
    period: Annotated[
        str | None,
        typer.Option(
            "--period",
            metavar="TEXT",
            help="Period printed on reports (default: from the data's timestamps).",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = Lang.id,
) -> None:
    """Compute the satisfaction index (IKM).

    Compute the public satisfaction index (IKM) of PermenPANRB 14/2017 from survey data.
    """
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

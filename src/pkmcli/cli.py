"""The `pkm` command line: parse options, call the core, map errors to exit codes."""

from __future__ import annotations

import functools
import json
import sys
import traceback
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from pkmcli import __version__
from pkmcli.errors import PkmError, Problem, UsageError

P = ParamSpec("P")
R = TypeVar("R")

EXIT_GATE = 1
EXIT_USAGE = 2
EXIT_INVALID = 3
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130

app = typer.Typer(
    name="pkm",
    help="Assess, score and report Area VI (Peningkatan Kualitas Pelayanan Publik) of the "
    "Zona Integritas worksheet.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
rubric_app = typer.Typer(
    help="List the shipped rubrics or show one as a tree.", no_args_is_help=True
)
app.add_typer(rubric_app, name="rubric")


class Lang(StrEnum):
    id = "id"
    en = "en"


class ScoreFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


RubricOpt = Annotated[
    str | None,
    typer.Option(
        "--rubric",
        "-r",
        help="Shipped rubric id or path to a rubric YAML file "
        "[default: the one the answers file names, else pkp-2019].",
    ),
]
LangOpt = Annotated[Lang, typer.Option("--lang", "-l", help="Language of labels and texts.")]


def report_problems(problems: list[Problem]) -> None:
    """Print problems to stderr, one compiler-style line each."""
    for problem in problems:
        typer.echo(problem.render(), err=True)


def handles_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Map PkmError to its message and exit code, and Ctrl-C to exit 130."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except PkmError as exc:
            report_problems(exc.problems)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("pkm: interrupted", err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None

    return wrapper


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pkm {__version__}")
        raise typer.Exit


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Assess, score and report public-service quality (Zona Integritas, area VI)."""


@app.command()
@handles_errors
def score(
    files: Annotated[
        list[str],
        typer.Argument(help="Answers files, directories or glob patterns.", show_default=False),
    ],
    rubric: RubricOpt = None,
    output_format: Annotated[
        ScoreFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ScoreFormat.table,
    strict: Annotated[
        bool, typer.Option("--strict", help="Treat unanswered criteria as invalid input.")
    ] = False,
    fail_under: Annotated[
        float | None,
        typer.Option(
            "--fail-under",
            metavar="PERCENT",
            min=0,
            max=100,
            help="Exit 1 when a file scores under PERCENT of the maximum.",
        ),
    ] = None,
    lang: LangOpt = Lang.id,
) -> None:
    """Score one or many answers files."""
    from pkmcli.batch import expand_inputs, score_files  # noqa: PLC0415
    from pkmcli.results import result_to_dict  # noqa: PLC0415

    paths, missing = expand_inputs(files)
    report_problems(missing)
    invalid = bool(missing)
    failed = False
    scored = []
    for outcome in score_files(paths, rubric, strict=strict):
        if outcome.result is None:
            report_problems(list(outcome.problems))
            invalid = True
            continue
        if fail_under is not None and outcome.result.percent < fail_under:
            failed = True
            typer.echo(
                f"{outcome.file}: {outcome.result.percent:.2f}% is under the "
                f"--fail-under gate of {fail_under:g}%",
                err=True,
            )
        if output_format is ScoreFormat.jsonl:
            typer.echo(
                json.dumps(
                    result_to_dict(outcome.result, outcome.file, lang.value), ensure_ascii=False
                )
            )
        else:
            scored.append(outcome)
    if output_format is ScoreFormat.json:
        typer.echo(
            json.dumps(
                [result_to_dict(o.result, o.file, lang.value) for o in scored if o.result],
                ensure_ascii=False,
                indent=2,
            )
        )
    elif output_format is ScoreFormat.table:
        from rich.console import Console  # noqa: PLC0415

        from pkmcli.tables import result_table  # noqa: PLC0415

        console = Console(soft_wrap=False)
        for outcome in scored:
            if outcome.result is not None:
                console.print(result_table(outcome.result, outcome.file, lang.value))
    if not paths and not missing:
        raise UsageError([Problem("pkm score", "no answers files found in the given inputs")])
    if invalid:
        raise typer.Exit(EXIT_INVALID)
    if failed:
        raise typer.Exit(EXIT_GATE)


@app.command()
@handles_errors
def validate(
    files: Annotated[
        list[str], typer.Argument(help="Rubric or answers files.", show_default=False)
    ],
    rubric: RubricOpt = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Treat unanswered criteria as invalid input.")
    ] = False,
) -> None:
    """Check rubric or answers files, reporting every problem at once."""
    from pkmcli.batch import expand_inputs  # noqa: PLC0415
    from pkmcli.checking import check_file  # noqa: PLC0415

    paths, missing = expand_inputs(files)
    report_problems(missing)
    invalid = bool(missing)
    for path in paths:
        try:
            summary = check_file(path, rubric, strict=strict)
        except PkmError as exc:
            report_problems(exc.problems)
            invalid = True
        else:
            typer.echo(f"{path}: ok ({summary})")
    if invalid:
        raise typer.Exit(EXIT_INVALID)


@app.command()
@handles_errors
def init(
    file: Annotated[
        Path | None,
        typer.Argument(
            help="Where to write the answers file [default: print to stdout].", show_default=False
        ),
    ] = None,
    rubric: RubricOpt = None,
    unit: Annotated[str | None, typer.Option(help="Unit name to fill in.")] = None,
    period: Annotated[str | None, typer.Option(help="Assessment period to fill in.")] = None,
    assessor: Annotated[str | None, typer.Option(help="Assessor to fill in.")] = None,
    lang: LangOpt = Lang.id,
    force: Annotated[bool, typer.Option("--force", help="Overwrite FILE if it exists.")] = False,
) -> None:
    """Write a blank answers file, each question and its options as comments."""
    from pkmcli.answers import AnswerSet  # noqa: PLC0415
    from pkmcli.catalog import load_rubric  # noqa: PLC0415
    from pkmcli.drafting import render_answers  # noqa: PLC0415
    from pkmcli.storage import write_atomic  # noqa: PLC0415

    chosen = load_rubric(rubric)
    blank = AnswerSet(rubric=chosen.id, unit=unit, period=period, assessor=assessor)
    text = render_answers(chosen, blank, lang.value)
    if file is None or str(file) == "-":
        typer.echo(text, nl=False)
        return
    if file.exists() and not force:
        raise UsageError([Problem(str(file), "already exists; pass --force to overwrite it")])
    write_atomic(file, text)
    typer.echo(
        f"wrote {file} ({len(chosen.all_criteria())} criteria of rubric {chosen.id}); "
        f"fill it in, then run: pkm score {file}",
        err=True,
    )


@rubric_app.command("list")
@handles_errors
def rubric_list(lang: LangOpt = Lang.id) -> None:
    """List the shipped rubrics."""
    from pkmcli.catalog import load_rubric, shipped_rubrics  # noqa: PLC0415

    for ident in shipped_rubrics():
        item = load_rubric(ident)
        typer.echo(f"{ident}\t{item.version}\t{item.title.get(lang.value)}")


@rubric_app.command("show")
@handles_errors
def rubric_show(
    ref: Annotated[
        str | None,
        typer.Argument(help="Shipped rubric id or path [default: pkp-2019].", show_default=False),
    ] = None,
    lang: LangOpt = Lang.id,
) -> None:
    """Show a rubric as a tree: indicators, weights, criteria and option values."""
    from rich.console import Console  # noqa: PLC0415

    from pkmcli.catalog import load_rubric  # noqa: PLC0415
    from pkmcli.trees import rubric_tree  # noqa: PLC0415

    Console(soft_wrap=False).print(rubric_tree(load_rubric(ref), lang.value))


@app.command("rubrics")
@handles_errors
def rubrics(lang: LangOpt = Lang.id) -> None:
    """List the shipped rubrics (same as `pkm rubric list`)."""
    rubric_list(lang)


def main() -> None:
    """Run the CLI; anything but a user error is a bug: exit 70 with the traceback."""
    try:
        app(prog_name="pkm")
    except SystemExit:
        raise
    except KeyboardInterrupt:
        typer.echo("pkm: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except Exception:  # noqa: BLE001 - the last resort: report a bug, never hide it
        typer.echo(
            "pkm: internal error (a bug in pkm; please report it with the traceback below)",
            err=True,
        )
        traceback.print_exc()
        sys.exit(EXIT_INTERNAL)

"""The `pkm` app: the Typer object, options shared by commands, errors mapped to exit codes.

Each command lives in a module of its own in this package and registers itself on ``app``;
``cli.main`` imports them all and runs the app.
"""

# No `from __future__ import annotations` in this package: typer reads every command's
# signature on each run, and would have to evaluate string annotations again every time.
import functools
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Literal, ParamSpec, TypeVar

import typer
from typer.core import TyperCommand

from pkmcli import __version__
from pkmcli.cli.completion import complete_rubric
from pkmcli.errors import ExitCode, PkmError, Problem, render_problems
from pkmcli.messages.core import language, reset_language, say, use_language

if TYPE_CHECKING:
    from pkmcli.console.annotations import Kind

P = ParamSpec("P")
R = TypeVar("R")


def helptext(name: str, **values: Any) -> str:
    """Say help text ``name`` in the language of the environment (`--lang` is read later)."""
    return say("help." + name, language(), **values)


class Command(TyperCommand):
    """A command whose usage line names required arguments plainly: ``pkm score FILE...``."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:  # the CLI library's own Context
        pieces = super().collect_usage_pieces(ctx)
        return [piece.replace("{", "").replace("}", "") for piece in pieces]


app = typer.Typer(
    name="pkm",
    help=helptext("pkm"),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # --install-completion and --show-completion: commands, options and, after --rubric and
    # --stage, the shipped rubrics' ids (cli/completion.py).
    add_completion=True,
    # Plain help reads the same in a terminal, a pipe and the README.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
rubric_app = typer.Typer(
    help=helptext("rubric"),
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(rubric_app, name="rubric")


class Lang(StrEnum):
    id = "id"
    en = "en"


RubricOpt = Annotated[
    str | None,
    typer.Option(
        "--rubric",
        "-r",
        metavar="REF",
        help=helptext("rubric_ref"),
        autocompletion=complete_rubric,
    ),
]
NewFileRubricOpt = Annotated[
    str | None,
    typer.Option(
        "--rubric",
        "-r",
        metavar="REF",
        help=helptext("new_rubric_ref"),
        autocompletion=complete_rubric,
    ),
]


class Unanswered(StrEnum):
    zero = "zero"
    skip = "skip"


UnansweredOpt = Annotated[
    Unanswered | None,
    typer.Option(
        "--unanswered",
        help=helptext("unanswered"),
        show_default=False,
    ),
]


def policy_of(value: Unanswered | None) -> Literal["zero", "skip"] | None:
    """The scoring policy an ``--unanswered`` option names (None: the rubric's own)."""
    if value is None:
        return None
    return "skip" if value is Unanswered.skip else "zero"


LangOpt = Annotated[
    Lang,
    typer.Option("--lang", "-l", envvar="PKM_LANG", help=helptext("lang")),
]


class CsvDialect(StrEnum):
    standard = "standard"
    excel_id = "excel-id"


CsvDialectOpt = Annotated[
    CsvDialect,
    typer.Option(
        "--csv-dialect",
        help=helptext("csv_dialect"),
    ),
]


def report_problems(problems: list[Problem], kind: "Kind" = "error") -> None:
    """Print problems to stderr, one compiler-style line each (and in CI as annotations)."""
    from pkmcli.console.annotations import in_github_actions, problem_annotations  # noqa: PLC0415

    for line in render_problems(problems):
        typer.echo(line, err=True)
    if in_github_actions():
        for line in problem_annotations(problems, kind):
            typer.echo(line, err=True)


def handles_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Map PkmError to its message and exit code, and Ctrl-C to exit 130."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        lang = kwargs.get("lang")
        if lang is not None:
            use_language("en" if str(lang) == "en" else "id")
        else:
            reset_language()
        try:
            return func(*args, **kwargs)
        except PkmError as exc:
            report_problems(exc.problems)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            typer.echo(say("cli.interrupted"), err=True)
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except BrokenPipeError:
            # Later writes and the final flush must not fail again on the closed pipe.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(ExitCode.BROKEN_PIPE) from None

    return wrapper


def _version(value: bool) -> None:
    if value:
        typer.echo(say("cli.version", version=__version__))
        raise typer.Exit


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=helptext("version")),
    ] = False,
) -> None:
    """Assess, score and report public-service quality (Zona Integritas, area VI)."""


def exit_with(code: int) -> None:
    """End the command with ``code`` unless it is 0."""
    if code:
        raise typer.Exit(code)

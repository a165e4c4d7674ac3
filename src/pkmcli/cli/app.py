"""The `pkm` command line: parse options, call the core, map errors to exit codes."""

# No `from __future__ import annotations` here: typer reads every command's signature on
# each run, and would have to evaluate string annotations again every time.
import functools
import os
import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from pkmcli import __version__
from pkmcli.errors import PkmError, Problem, UsageError, render_problems

P = ParamSpec("P")
R = TypeVar("R")

EXIT_GATE = 1
EXIT_USAGE = 2
EXIT_INVALID = 3
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
# A reader that stops early (`pkm score ... | head`) is no failed gate: exit as a program
# ended by SIGPIPE would, 128 + 13.
EXIT_BROKEN_PIPE = 141

app = typer.Typer(
    name="pkm",
    help="Assess, score and report Area VI (Peningkatan Kualitas Pelayanan Publik) of the "
    "Zona Integritas worksheet.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    # Plain help reads the same in a terminal, a pipe and the README.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
rubric_app = typer.Typer(
    help="List the shipped rubrics or show one as a tree.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(rubric_app, name="rubric")


class Lang(StrEnum):
    id = "id"
    en = "en"


class ScoreFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    junit = "junit"
    md = "md"


RubricOpt = Annotated[
    str | None,
    typer.Option(
        "--rubric",
        "-r",
        help="Shipped rubric id or path to a rubric YAML file "
        "(default: the one the answers file names, else pkp-2019).",
    ),
]
LangOpt = Annotated[Lang, typer.Option("--lang", "-l", help="Language of labels and texts.")]


def report_problems(problems: list[Problem]) -> None:
    """Print problems to stderr, one compiler-style line each."""
    for line in render_problems(problems):
        typer.echo(line, err=True)


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
        except BrokenPipeError:
            # Later writes and the final flush must not fail again on the closed pipe.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(EXIT_BROKEN_PIPE) from None

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
        typer.Argument(
            help="Answers files, directories or glob patterns.",
            metavar="FILE...",
            show_default=False,
        ),
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
    fail_under_indicator: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-under-indicator",
            metavar="ID=PERCENT",
            help="Exit 1 when indicator ID scores under PERCENT of its weight (repeatable).",
            show_default=False,
        ),
    ] = None,
    outputs: Annotated[
        list[str] | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FORMAT:PATH",
            help="Also write FORMAT (table, json, jsonl, csv, junit, md) to PATH (repeatable).",
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Worker processes for big batches (default: one per core).",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = Lang.id,
) -> None:
    """Score one or many answers files; directories and glob patterns too."""
    import os  # noqa: PLC0415

    from pkmcli.batch import runner as batching  # noqa: PLC0415
    from pkmcli.batch import workers  # noqa: PLC0415
    from pkmcli.console.progress import progress_bar  # noqa: PLC0415

    targets = [batching.parse_target(spec) for spec in outputs or []]
    gates = batching.plan_gates(fail_under, fail_under_indicator or [], rubric)
    paths, missing = batching.expand_inputs(files)
    if not paths and not missing:
        raise UsageError([Problem("pkm score", "no answers files found in the given inputs")])
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    need = batching.needs(
        output_format.value,
        [t.format for t in targets],
        gates=bool(gates),
        summary=bool(step_summary),
    )
    job = workers.Job(rubric, strict, lang.value, need.records, need.lines, need.cards)
    run = batching.Batch(job, gates, keep=need.keep)
    for problem in missing:
        for line in run.add(workers.Outcome(problem.file, problems=(problem,))):
            typer.echo(line, err=True)
    streaming = output_format is ScoreFormat.jsonl
    with (
        workers.score_files(paths, job, jobs or workers.default_jobs()) as outcomes,
        progress_bar(len(paths), "pkm score") as advance,
    ):
        for outcome in outcomes:
            for line in run.add(outcome):
                typer.echo(line, err=True)
            if streaming and outcome.line is not None:
                # Written directly: typer.echo per line would cost a big batch 3%.
                sys.stdout.write(f"{outcome.line}\n")
                sys.stdout.flush()
            advance()
    describe = batching.questions(rubric, lang.value)
    if output_format is ScoreFormat.table:
        from pkmcli.console.consoles import make_console  # noqa: PLC0415

        table = run.table(lang.value, describe)
        if table is not None:
            make_console().print(table)
    elif not streaming:
        typer.echo(run.render(output_format.value, lang.value, describe), nl=False)
    run.write(targets, lang.value, describe)
    if step_summary:
        batching.append_summary(Path(step_summary), run.render("md", lang.value, describe))
    if run.status:
        raise typer.Exit(run.status)


@app.command()
@handles_errors
def validate(
    files: Annotated[
        list[str],
        typer.Argument(help="Rubric or answers files.", metavar="FILE...", show_default=False),
    ],
    rubric: RubricOpt = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Treat unanswered criteria as invalid input.")
    ] = False,
) -> None:
    """Check rubric or answers files, reporting every problem at once."""
    from pkmcli.answers.checking import check_file  # noqa: PLC0415
    from pkmcli.batch.runner import expand_inputs  # noqa: PLC0415

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
    if not paths and not missing:
        raise UsageError([Problem("pkm validate", "no files found in the given inputs")])
    if invalid:
        raise typer.Exit(EXIT_INVALID)


@app.command()
@handles_errors
def init(
    file: Annotated[
        Path | None,
        typer.Argument(
            help="Where to write the answers file (default: print to stdout).",
            metavar="FILE",
            show_default=False,
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
    from pkmcli.answers.drafting import render_answers  # noqa: PLC0415
    from pkmcli.answers.reader import AnswerSet  # noqa: PLC0415
    from pkmcli.files.writing import write_atomic  # noqa: PLC0415
    from pkmcli.rubric.catalog import load_rubric  # noqa: PLC0415

    chosen = load_rubric(rubric)
    blank = AnswerSet(rubric=chosen.id, unit=unit, period=period, assessor=assessor)
    text = render_answers(chosen, blank, lang.value)
    if file is None or str(file) == "-":
        typer.echo(text, nl=False)
        return
    if file.exists() and not file.is_dir() and not force:
        raise UsageError([Problem(str(file), "already exists; pass --force to overwrite it")])
    write_atomic(file, text)
    typer.echo(
        f"wrote {file} ({len(chosen.all_criteria())} criteria of rubric {chosen.id}); "
        f"fill it in, then run: pkm score {file}",
        err=True,
    )


class ReportFormat(StrEnum):
    md = "md"
    html = "html"


@app.command()
@handles_errors
def report(
    file: Annotated[
        Path, typer.Argument(help="Answers file to report on.", metavar="FILE", show_default=False)
    ],
    output_format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Report format.")
    ] = ReportFormat.md,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write the report to PATH (default: print to stdout).",
            show_default=False,
        ),
    ] = None,
    rubric: RubricOpt = None,
    lang: LangOpt = Lang.id,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            metavar="FILE",
            help="An earlier answers file of the same unit; adds the change since then.",
            show_default=False,
        ),
    ] = None,
    template_dir: Annotated[
        Path | None,
        typer.Option(
            "--template-dir",
            metavar="DIR",
            help="Folder of templates that override the shipped ones by name.",
            show_default=False,
        ),
    ] = None,
    report_date: Annotated[
        datetime | None,
        typer.Option(
            "--date",
            envvar="PKM_REPORT_DATE",
            formats=["%Y-%m-%d"],
            metavar="YYYY-MM-DD",
            help="Date printed on the report (default: today).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Render a Markdown or HTML report of one answers file."""
    from pkmcli.answers.reader import load_answers, load_answers_document, read_answers  # noqa: PLC0415
    from pkmcli.files.writing import write_atomic  # noqa: PLC0415
    from pkmcli.report.building import render_report  # noqa: PLC0415
    from pkmcli.scoring.arithmetic import score_answers  # noqa: PLC0415

    chosen, answer_set = load_answers(file, rubric, display=str(file))
    previous = None
    if baseline is not None:
        earlier = read_answers(load_answers_document(baseline, str(baseline)), chosen)
        previous = score_answers(chosen, earlier)
    text = render_report(
        score_answers(chosen, answer_set),
        output_format.value,
        lang.value,
        generated=(report_date or datetime.now(UTC).astimezone()).date(),
        baseline=previous,
        template_dir=template_dir,
        evidence_root=file.parent,
    )
    if output is None or str(output) == "-":
        typer.echo(text, nl=False)
        return
    write_atomic(output, text)
    typer.echo(f"wrote {output}", err=True)


@app.command()
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
    unit: Annotated[str | None, typer.Option(help="Unit name (not asked when given).")] = None,
    period: Annotated[
        str | None, typer.Option(help="Assessment period (not asked when given).")
    ] = None,
    assessor: Annotated[str | None, typer.Option(help="Assessor (not asked when given).")] = None,
    lang: LangOpt = Lang.id,
    restart: Annotated[
        bool,
        typer.Option(
            "--restart", help="Start from the first criterion; saved answers stay as defaults."
        ),
    ] = False,
) -> None:
    """Interview in the terminal, saving FILE after every answer; Ctrl-C, then rerun to resume."""
    from pkmcli.interview.terminal import assess_in_terminal  # noqa: PLC0415

    metadata = {"unit": unit, "period": period, "assessor": assessor}
    code = assess_in_terminal(file, rubric, metadata, lang.value, restart=restart)
    if code:
        raise typer.Exit(code)


@rubric_app.command("list")
@handles_errors
def rubric_list(lang: LangOpt = Lang.id) -> None:
    """List the shipped rubrics."""
    from pkmcli.rubric.catalog import load_rubric, shipped_rubrics  # noqa: PLC0415

    for ident in shipped_rubrics():
        item = load_rubric(ident)
        typer.echo(f"{ident}\t{item.version}\t{item.title.get(lang.value)}")


@rubric_app.command("show")
@handles_errors
def rubric_show(
    ref: Annotated[
        str | None,
        typer.Argument(
            help="Shipped rubric id or path (default: pkp-2019).", metavar="REF", show_default=False
        ),
    ] = None,
    lang: LangOpt = Lang.id,
) -> None:
    """Show a rubric as a tree: indicators, weights, criteria and option values."""
    from pkmcli.console.consoles import make_console  # noqa: PLC0415
    from pkmcli.console.trees import rubric_tree  # noqa: PLC0415
    from pkmcli.rubric.catalog import load_rubric  # noqa: PLC0415

    make_console().print(rubric_tree(load_rubric(ref), lang.value))


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

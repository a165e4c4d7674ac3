"""`pkm score` as one function: expand the inputs, score every file, write every output."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, NamedTuple

from pkmcli.batch.formats.registry import FORMATS, needs, renderer
from pkmcli.batch.gates import Gate, parse_gates
from pkmcli.batch.gathering import Batch
from pkmcli.batch.scorer import Job, Outcome
from pkmcli.batch.summary import Describe
from pkmcli.errors import ExitCode, PkmError, Problem, UsageError, os_reason, suggest
from pkmcli.files.finding import expand_inputs
from pkmcli.files.writing import check_not_an_input, check_writable, write_atomic
from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.rubric.model import Rubric
from pkmcli.scoring.arithmetic import Policy


class Target(NamedTuple):
    """An ``--output FORMAT:PATH``: a format and the file it is written to."""

    format: str
    path: Path


def parse_target(spec: str) -> Target:
    """Parse ``FORMAT:PATH`` and check that PATH can be written; raise UsageError."""
    name, sep, raw = spec.partition(":")
    if not sep or name not in FORMATS or not raw:
        message = say("batch.output_syntax", formats=", ".join(FORMATS), spec=spec)
        raise UsageError([Problem("--output", message)])
    path = Path(raw)
    check_writable(path, raw, UsageError)
    return Target(name, path)


def parse_targets(specs: Sequence[str]) -> list[Target]:
    """Parse every ``--output``; two of them naming one file is a usage error."""
    targets: list[Target] = []
    for spec in specs:
        target = parse_target(spec)
        twice = next((t for t in targets if t.path.absolute() == target.path.absolute()), None)
        if twice is not None:
            raise UsageError.single(
                str(target.path),
                say("batch.output_twice", first=twice.format, second=target.format),
            )
        targets.append(target)
    return targets


def rubrics_in_play(rubric_ref: str | None) -> list[Rubric]:
    """The rubrics a batch may use: ``--rubric``, else every shipped one."""
    from pkmcli.rubric.catalog import load_rubric, shipped_rubrics  # noqa: PLC0415

    if rubric_ref:
        return [load_rubric(rubric_ref)]
    return [load_rubric(r) for r in shipped_rubrics()]


def known_indicators(rubric_ref: str | None) -> dict[str, list[str]]:
    """Map each rubric a batch may use to its indicators."""
    return {r.id: [i.id for i in r.all_indicators()] for r in rubrics_in_play(rubric_ref)}


def plan_gates(
    fail_under: float | None, indicator_specs: Sequence[str], rubric_ref: str | None
) -> tuple[Gate, ...]:
    """Build the gates of a run, checking indicator ids against the rubrics in play.

    A ``--rubric`` is loaded here in any case, so a bad one stops the run before it starts.
    """
    from pkmcli.rubric.catalog import load_rubric  # noqa: PLC0415

    if rubric_ref is not None:
        load_rubric(rubric_ref)
    if not indicator_specs:
        return () if fail_under is None else (Gate(fail_under),)
    return parse_gates(fail_under, indicator_specs, known_indicators(rubric_ref))


def check_stage(stage: str | None, rubric_ref: str | None) -> None:
    """Refuse a ``--stage`` that the rubric in use (else every shipped rubric) does not declare."""
    if stage is None:
        return
    from pkmcli.rubric.catalog import load_rubric, shipped_rubrics  # noqa: PLC0415

    rubrics = (
        [load_rubric(rubric_ref)] if rubric_ref else [load_rubric(r) for r in shipped_rubrics()]
    )
    known = sorted({s for r in rubrics for s in r.stage_ids()})
    if stage not in known:
        hint = suggest(stage, known)
        raise UsageError.single(
            "--stage",
            say("answers.unknown_stage", stage=stage, hint=hint, stages=", ".join(known)),
        )


def append_summary(path: Path, text: str, lang: Lang | None = None) -> None:
    """Append the Markdown summary to a CI job summary file (``GITHUB_STEP_SUMMARY``)."""
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise PkmError.single(
            str(path), say("batch.summary_append", lang, reason=os_reason(exc, lang))
        ) from None


def questions(rubric_ref: str | None, lang: Lang) -> Describe:
    """Return a lookup of criterion questions, for summaries that name criteria."""
    from pkmcli.rubric.catalog import load_rubric  # noqa: PLC0415

    def describe(rubric_id: str, ident: str) -> str | None:
        try:
            rubric = load_rubric(rubric_ref or rubric_id)
        except PkmError:
            return None
        criterion = rubric.criterion(ident)
        return criterion.question.get(lang) if criterion else None

    return describe


@dataclass(frozen=True, slots=True)
class Request:
    """Everything `pkm score` was asked to do."""

    inputs: Sequence[str]
    rubric_ref: str | None = None
    output_format: str = "table"
    strict: bool = False
    fail_under: float | None = None
    indicator_gates: Sequence[str] = ()
    outputs: Sequence[str] = ()
    jobs: int | None = None
    lang: Lang = "id"
    step_summary: Path | None = None  # GITHUB_STEP_SUMMARY
    stage: str | None = None  # the stage whose figures are reported and gated
    unanswered: Policy | None = None  # how unanswered criteria count (default: the rubric's)
    csv_dialect: str = "standard"  # how CSV is written, on stdout and by --output
    annotate: bool = False  # GitHub Actions annotations on stderr (GITHUB_ACTIONS)


def score_batch(request: Request, out: IO[str], err: IO[str]) -> ExitCode:
    """Score every answers file the request names; write the outputs; return the exit code.

    Data goes to ``out`` and each problem and failed gate to ``err`` as a line; usage
    mistakes (a bad ``--output``, an unknown gate, no input at all) raise UsageError before
    any file is scored.
    """
    from pkmcli.batch import workers  # noqa: PLC0415
    from pkmcli.console.progress import progress_bar  # noqa: PLC0415

    targets = parse_targets(request.outputs)
    gates = plan_gates(request.fail_under, request.indicator_gates, request.rubric_ref)
    check_stage(request.stage, request.rubric_ref)
    paths, missing = expand_inputs(request.inputs)
    if not paths and not missing:
        raise UsageError([Problem("pkm score", say("batch.no_inputs", request.lang))])
    inputs = [("answers file", path) for path in paths]
    if request.rubric_ref is not None:
        inputs.append(("rubric file", request.rubric_ref))
    for target in targets:
        check_not_an_input(target.path, str(target.path), inputs)
    written = [t.format for t in targets]
    stdout_format = FORMATS[request.output_format]
    # Annotations name the unanswered criteria of every file, which scorecards hold.
    need = needs(
        stdout_format.name,
        written,
        gates=bool(gates) or request.annotate,
        summary=request.step_summary is not None,
    )
    # One file's table shows its full result, scored once by the full reader.
    single_table = len(paths) + len(missing) == 1 and "table" in {stdout_format.name, *written}
    job = Job(
        request.rubric_ref,
        request.strict,
        request.lang,
        need.records,
        need.lines,
        need.cards,
        keep_result=single_table,
        stage=request.stage,
        unanswered=request.unanswered,
    )
    batch = Batch(job, gates, keep=need.keep or single_table, annotate=request.annotate)
    from pkmcli.batch.formats.json_lines import outcome_line  # noqa: PLC0415

    streaming = stdout_format.streams
    with (
        workers.score_files(paths, job, request.jobs or workers.default_jobs()) as outcomes,
        progress_bar(len(paths), "pkm score", err) as bar,
    ):
        for problem in missing:
            outcome = Outcome(problem.file, problems=(problem,))
            bar.say(batch.add(outcome))
            if streaming and (line := outcome_line(outcome)) is not None:
                out.write(f"{line}\n")
        for outcome in outcomes:
            bar.say(batch.add(outcome))
            if streaming and (line := outcome_line(outcome)) is not None:
                out.write(f"{line}\n")
                out.flush()
            bar.advance()
    _check_after(batch, request)
    describe = questions(request.rubric_ref, request.lang)
    options = {"csv_dialect": request.csv_dialect}
    if stdout_format.name == "table":
        from pkmcli.batch.formats.table import renderable  # noqa: PLC0415
        from pkmcli.console.consoles import make_console  # noqa: PLC0415

        table = renderable(batch, request.lang, describe)
        if table is not None:
            make_console(out).print(table)
    elif not stdout_format.streams:
        out.write(renderer(stdout_format.name, options)(batch, request.lang, describe))
    for target in targets:
        render = renderer(target.format, options)
        write_atomic(target.path, render(batch, request.lang, describe))
    if request.step_summary is not None:
        summary = renderer("md")(batch, request.lang, describe)
        append_summary(request.step_summary, summary, request.lang)
    return batch.status


def _check_after(batch: Batch, request: Request) -> None:
    """Refuse, once the files are read, what only they can show to be a mistake."""
    portfolio = batch.portfolio
    if not portfolio.scored and not portfolio.invalid and batch.skipped:
        raise UsageError.single(
            "pkm score", say("batch.none_among", request.lang, count=batch.skipped)
        )
    if request.rubric_ref is not None or not portfolio.scored:
        return  # --rubric was checked before the run
    present = {ident for _, ident in portfolio.indicators}
    for gate in batch.gates:
        if gate.indicator is not None and gate.indicator not in present:
            rubrics = "; ".join(
                say(
                    "batch.has",
                    request.lang,
                    rubric=rubric,
                    ids=", ".join(i for r, i in portfolio.indicators if r == rubric),
                )
                for rubric in portfolio.rubrics
            )
            raise UsageError.single(
                "--fail-under-indicator",
                say("batch.no_indicator", request.lang, id=gate.indicator, rubrics=rubrics),
            )

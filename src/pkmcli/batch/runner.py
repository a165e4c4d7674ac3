"""Score a batch for CI: expand inputs, gather outcomes and gates, render every output."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from pkmcli.batch.gates import Gate, check_gates, gate_message, parse_gates
from pkmcli.batch.portfolio import Portfolio
from pkmcli.batch.workers import Job, Outcome
from pkmcli.errors import PkmError, Problem, UsageError, render_problems
from pkmcli.language import Lang

if TYPE_CHECKING:
    from rich.console import RenderableType

    from pkmcli.batch.summaries import Describe

ANSWER_SUFFIXES = (".yaml", ".yml", ".json")
FORMATS = ("table", "json", "jsonl", "csv", "junit", "md")
# Formats that need every file's outcome at the end (the others stream or summarise).
_GATHERING = frozenset({"table", "json", "jsonl", "csv", "junit"})
EXIT_OK, EXIT_GATE, EXIT_INVALID = 0, 1, 3


def expand_inputs(inputs: Iterable[str]) -> tuple[list[str], list[Problem]]:
    """Turn files, directories and glob patterns into a sorted list of answers files."""
    found: set[str] = set()
    problems: list[Problem] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found.update(_walk(str(path), problems))
        elif path.exists():
            found.add(raw)
        elif glob.has_magic(raw):
            # Path.glob takes no absolute patterns; the shell-style pattern is the user's own.
            matches = [m for m in glob.glob(raw, recursive=True) if Path(m).is_file()]  # noqa: PTH207
            if not matches:
                problems.append(Problem(raw, "no files match this pattern"))
            found.update(matches)
        else:
            problems.append(Problem(raw, "no such file or directory"))
    return sorted(found), problems


def _walk(folder: str, problems: list[Problem]) -> Iterator[str]:
    """Yield the answers files under ``folder``, skipping hidden files and folders.

    Hidden folders hold tool settings (.git, .github/workflows/*.yml), not answers. Linked
    folders are not followed, so a link loop cannot trap the walk.
    """
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        pending.append(entry.path)
                    elif entry.name.lower().endswith(ANSWER_SUFFIXES) and entry.is_file():
                        yield entry.path
        except OSError as exc:
            problems.append(Problem(current, f"cannot read folder: {exc.strerror or exc}"))


class Target(NamedTuple):
    """An ``--output FORMAT:PATH``: a format and the file it is written to."""

    format: str
    path: Path


def parse_target(spec: str) -> Target:
    """Parse ``FORMAT:PATH`` and check that PATH can be written; raise UsageError."""
    name, sep, raw = spec.partition(":")
    if not sep or name not in FORMATS or not raw:
        raise UsageError(
            [
                Problem(
                    "--output",
                    f"expected FORMAT:PATH with FORMAT one of {', '.join(FORMATS)}, got '{spec}'",
                )
            ]
        )
    path = Path(raw)
    parent = path.parent
    why = None
    if path.is_dir():
        why = "is a directory; give a file path to write"
    elif not parent.is_dir():
        why = f"directory '{parent}' does not exist"
    elif not os.access(parent, os.W_OK | os.X_OK):
        why = f"directory '{parent}' is not writable"
    if why:
        raise UsageError([Problem("--output", f"cannot write '{raw}': {why}")])
    return Target(name, path)


class Needs(NamedTuple):
    """What a run must make per file and keep, given its outputs."""

    keep: bool  # every outcome, for outputs written at the end
    cards: bool  # scorecards, for gates, summaries, tables, CSV and JUnit
    records: bool  # contract objects, for JSON
    lines: bool  # JSON lines


def needs(stdout: str, files: Iterable[str], *, gates: bool, summary: bool) -> Needs:
    """Work out what to make and keep for stdout's format and the ``--output`` formats.

    JSON lines on stdout stream out one by one, so a run that only streams keeps nothing;
    a run with no gate and no summary makes no scorecards either.
    """
    gathered = {*files, stdout} - ({"jsonl"} - {*files})
    every = gathered | {stdout}
    cards = gates or summary or bool(every - {"json", "jsonl"})
    return Needs(bool(gathered & _GATHERING), cards, "json" in every, "jsonl" in every)


def known_indicators(rubric_ref: str | None) -> dict[str, list[str]]:
    """Map each rubric a batch may use (``--rubric``, else every shipped one) to its indicators."""
    from pkmcli.rubric.catalog import load_rubric, shipped_rubrics  # noqa: PLC0415

    rubrics = (
        [load_rubric(rubric_ref)] if rubric_ref else [load_rubric(r) for r in shipped_rubrics()]
    )
    return {r.id: [i.id for i in r.all_indicators()] for r in rubrics}


def plan_gates(
    fail_under: float | None, indicator_specs: list[str], rubric_ref: str | None
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


@dataclass(slots=True)
class Batch:
    """The outcomes of a run as they arrive: portfolio figures, gate checks, exit status."""

    job: Job = field(default_factory=Job)
    gates: tuple[Gate, ...] = ()
    keep: bool = True
    portfolio: Portfolio = field(default_factory=Portfolio)
    outcomes: list[Outcome] = field(default_factory=list)
    seen: int = 0

    def add(self, outcome: Outcome) -> list[str]:
        """Record one outcome; return the lines to show on stderr (problems, failed gates)."""
        self.seen += 1
        if self.keep:
            self.outcomes.append(outcome)
        if outcome.problems:
            self.portfolio.add_invalid(outcome.file)
            return render_problems(outcome.problems)
        if outcome.card is None:  # nobody asked for figures
            self.portfolio.scored += 1
            return []
        checks = check_gates(outcome.card, self.gates)
        self.portfolio.add(outcome.card, checks)
        return [gate_message(outcome.file, c) for c in checks if not c.passed]

    @property
    def status(self) -> int:
        """Exit status: 3 when any file is invalid, else 1 when any gate failed, else 0."""
        if self.portfolio.invalid:
            return EXIT_INVALID
        return EXIT_GATE if self.portfolio.failures else EXIT_OK

    def table(self, lang: Lang, describe: Describe) -> RenderableType | None:
        """Return the detailed table of a single file, or rows and a summary for several."""
        if self.seen == 1:
            card = self.outcomes[0].card if self.outcomes else None
            if card is None:
                return None
            from pkmcli.batch.workers import score_result  # noqa: PLC0415
            from pkmcli.console.tables import result_table  # noqa: PLC0415

            result = score_result(card.file, self.job.rubric_ref, strict=self.job.strict)
            return result_table(result, card.file, lang)
        from pkmcli.batch.scoreboards import batch_table  # noqa: PLC0415

        return batch_table(self.outcomes, self.portfolio, self.gates, lang, describe)

    def render(self, name: str, lang: Lang, describe: Describe) -> str:
        """Return the whole output in format ``name`` as text."""
        from pkmcli.batch import exports, summaries  # noqa: PLC0415

        if name == "md":
            return summaries.markdown_summary(self.portfolio, self.gates, lang, describe)
        if name == "json":
            return exports.json_text(self.outcomes)
        if name == "jsonl":
            return exports.jsonl_text(self.outcomes)
        if name == "csv":
            return exports.csv_text(o.card for o in self.outcomes if o.card is not None)
        if name == "junit":
            return exports.junit_text(self.outcomes, self.gates)
        table = self.table(lang, describe)
        from pkmcli.console.consoles import plain_text  # noqa: PLC0415

        return "" if table is None else plain_text(table)

    def write(self, targets: Iterable[Target], lang: Lang, describe: Describe) -> None:
        """Write each ``--output`` file atomically; raise PkmError when one cannot be."""
        from pkmcli.files.writing import write_atomic  # noqa: PLC0415

        for target in targets:
            write_atomic(target.path, self.render(target.format, lang, describe))


def append_summary(path: Path, text: str) -> None:
    """Append the Markdown summary to a CI job summary file (``GITHUB_STEP_SUMMARY``)."""
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise PkmError.single(
            str(path), f"GITHUB_STEP_SUMMARY: cannot append: {exc.strerror or exc}"
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

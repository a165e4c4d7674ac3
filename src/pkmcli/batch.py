"""Score many answers files: expand inputs, score each, never stop at a bad one."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pkmcli.answers import check_complete, load_answers
from pkmcli.errors import PkmError, Problem
from pkmcli.scoring import ScoreResult, score_answers

ANSWER_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One input file's result, or the problems that kept it from being scored."""

    file: str
    result: ScoreResult | None = None
    problems: tuple[Problem, ...] = ()


def expand_inputs(inputs: Iterable[str]) -> tuple[list[str], list[Problem]]:
    """Turn files, directories and glob patterns into a sorted list of answers files."""
    found: set[str] = set()
    problems: list[Problem] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found.update(
                str(p)
                for p in path.rglob("*")
                if p.suffix.lower() in ANSWER_SUFFIXES and p.is_file()
            )
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


def score_file(file: str, rubric_ref: str | None = None, *, strict: bool = False) -> Outcome:
    """Score one answers file, turning user errors into an Outcome with problems."""
    try:
        rubric, answer_set = load_answers(Path(file), rubric_ref, display=file)
        if strict:
            check_complete(answer_set, rubric)
        return Outcome(file, score_answers(rubric, answer_set))
    except PkmError as exc:
        return Outcome(file, problems=tuple(exc.problems))


def score_files(
    files: Iterable[str], rubric_ref: str | None = None, *, strict: bool = False
) -> Iterator[Outcome]:
    """Score files one by one, in the order given."""
    for file in files:
        yield score_file(file, rubric_ref, strict=strict)

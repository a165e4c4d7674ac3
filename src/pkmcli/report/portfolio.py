"""A portfolio: many answers files read, scored and grouped by rubric; units matched by period."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pkmcli.errors import PkmError, Problem
from pkmcli.report.reviews import check_stage, reported_stage, score_stages
from pkmcli.rubric.model import Rubric
from pkmcli.scoring.arithmetic import Policy, ScoreResult

_DIGITS = re.compile(r"(\d+)")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Entry:
    """One valid answers file and its score, exactly as `pkm score` computes it.

    ``result`` is the reported stage's; a file with reviews also has every stage's in
    ``stages``, the unit's own first.
    """

    file: str
    result: ScoreResult
    stages: tuple[tuple[str, ScoreResult], ...] = ()

    @property
    def reviewed(self) -> bool:
        return len(self.stages) > 1

    @property
    def unit(self) -> str | None:
        return self.result.answers.unit

    @property
    def period(self) -> str | None:
        return self.result.answers.period


@dataclass(frozen=True, slots=True)
class Standing:
    """A unit's latest period, which is ranked, and the period before it when one was given."""

    current: Entry
    previous: Entry | None
    periods: int  # how many periods of this unit the inputs hold


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A file left out because another file gives the same unit and period."""

    file: str
    kept: str
    unit: str | None
    period: str | None


@dataclass(frozen=True, slots=True)
class InvalidFile:
    """An input that could not be scored, with every problem found in it."""

    file: str
    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class RubricGroup:
    """The units answering one rubric, best first, and whether their files span periods."""

    rubric: Rubric
    standings: tuple[Standing, ...]
    several_periods: bool


@dataclass(frozen=True, slots=True)
class Portfolio:
    """Everything read from the inputs: the valid files by rubric, the invalid ones, duplicates."""

    files: int  # answers files found and read
    groups: tuple[RubricGroup, ...]
    invalid: tuple[InvalidFile, ...]  # files read and found invalid
    missing: tuple[InvalidFile, ...]  # inputs that named no file, or an unreadable folder
    duplicates: tuple[Duplicate, ...]

    @property
    def units(self) -> int:
        return sum(len(group.standings) for group in self.groups)

    @property
    def problems(self) -> list[Problem]:
        """Every problem of every input that was not scored, for stderr and the exit code."""
        return [p for bad in (*self.missing, *self.invalid) for p in bad.problems]


def unit_identity(entry: Entry) -> str:
    """Return what matches a unit's files across periods: its name, ignoring case and spacing.

    A file without a unit name matches no other file, so it stands on its own.
    """
    if entry.unit is None or not entry.unit.strip():
        return f"\0{entry.file}"
    return _SPACES.sub(" ", entry.unit.strip()).casefold()


def period_order(period: str | None) -> tuple[tuple[int, int, str], ...]:
    """Order periods as people write them: numbers by value (``2025-2`` before ``2025-10``).

    A file without a period counts as the earliest.
    """
    if period is None:
        return ()
    parts = _DIGITS.split(period.strip().casefold())
    return tuple(
        (1, int(part), "") if part.isdigit() else (0, 0, part) for part in parts if part != ""
    )


def _rank_key(standing: Standing) -> tuple[float, str, str]:
    entry = standing.current
    return (-entry.result.score, (entry.unit or "").casefold(), entry.file)


def match_periods(entries: Iterable[Entry]) -> tuple[list[Standing], list[Duplicate]]:
    """Group files by unit; rank each unit's latest period against the one before it.

    Two files of one unit and one period cannot both be the unit: the later path is used,
    and the other is reported as a duplicate rather than silently averaged or dropped.
    """
    by_unit: dict[str, dict[tuple[tuple[int, int, str], ...], Entry]] = {}
    duplicates: list[Duplicate] = []
    for entry in sorted(entries, key=lambda e: e.file):
        periods = by_unit.setdefault(unit_identity(entry), {})
        key = period_order(entry.period)
        earlier = periods.get(key)
        if earlier is not None:
            duplicates.append(Duplicate(earlier.file, entry.file, entry.unit, entry.period))
        periods[key] = entry
    standings = []
    for periods in by_unit.values():
        ordered = [periods[key] for key in sorted(periods)]
        previous = ordered[-2] if len(ordered) > 1 else None
        standings.append(Standing(ordered[-1], previous, len(ordered)))
    return sorted(standings, key=_rank_key), duplicates


def group_by_rubric(entries: Sequence[Entry]) -> tuple[list[RubricGroup], list[Duplicate]]:
    """Split the entries by the rubric they answer, in order of first appearance."""
    rubrics: dict[str, Rubric] = {}
    members: dict[str, list[Entry]] = {}
    for entry in entries:
        rubric = entry.result.rubric
        rubrics.setdefault(rubric.id, rubric)
        members.setdefault(rubric.id, []).append(entry)
    groups: list[RubricGroup] = []
    duplicates: list[Duplicate] = []
    for ident, group in members.items():
        standings, doubles = match_periods(group)
        several = len({period_order(e.period) for e in group}) > 1
        groups.append(RubricGroup(rubrics[ident], tuple(standings), several))
        duplicates += doubles
    return groups, duplicates


def read_entries(
    paths: Sequence[str],
    rubric_ref: str | None,
    stage: str | None = None,
    policy: Policy | None = None,
) -> tuple[list[Entry], list[InvalidFile]]:
    """Read and score every file at ``stage`` (None: its latest); keep invalid files' problems.

    A stage the file's rubric does not declare stops the run (exit 2), as a wrong option does.
    """
    from pkmcli.answers.reader import load_answers  # noqa: PLC0415
    from pkmcli.scoring.arithmetic import score_answers  # noqa: PLC0415

    entries: list[Entry] = []
    invalid: list[InvalidFile] = []
    for path in paths:
        try:
            rubric, answers = load_answers(Path(path), rubric_ref, display=path)
        except PkmError as exc:
            invalid.append(InvalidFile(path, tuple(exc.problems)))
            continue
        if stage is not None:
            check_stage(stage, rubric)
        reported = reported_stage(answers, stage)
        stages: tuple[tuple[str, ScoreResult], ...] = ()
        if answers.reviews:
            stages = tuple(
                (s.stage, s.result) for s in score_stages(rubric, answers, reported, policy)
            )
        result = score_answers(rubric, answers.at_stage(reported), policy)
        entries.append(Entry(path, result, stages))
    return entries, invalid


def gather_portfolio(
    paths: Sequence[str],
    rubric_ref: str | None,
    missing: Sequence[Problem] = (),
    stage: str | None = None,
    policy: Policy | None = None,
) -> Portfolio:
    """Read, score and group ``paths``; ``missing`` are inputs that named no file.

    A ``--rubric`` is loaded first, so that a broken one stops the run once instead of
    being reported against every file.
    """
    if rubric_ref is not None:
        from pkmcli.rubric.catalog import load_rubric  # noqa: PLC0415

        rubric = load_rubric(rubric_ref)
        if stage is not None:
            check_stage(stage, rubric)
    entries, invalid = read_entries(paths, rubric_ref, stage, policy)
    groups, duplicates = group_by_rubric(entries)
    return Portfolio(
        files=len(paths),
        groups=tuple(groups),
        invalid=tuple(invalid),
        missing=tuple(InvalidFile(p.file, (p,)) for p in missing),
        duplicates=tuple(duplicates),
    )

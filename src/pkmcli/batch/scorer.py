"""Score one answers file for a batch: the one place where the fast lane and the full reader meet.

A plain file goes through the lane (``batch.lane``); anything else, or a file whose full
result is wanted, through the full reader and scorer. Both give a ``Tally``, written by the
one contract (``scoring.contract``) into whatever the outputs of the run need.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from pkmcli.answers.checking import other_kind
from pkmcli.answers.model import AnswerSet
from pkmcli.answers.reader import (
    check_complete,
    load_answers_document,
    peek_rubric_id,
    read_answers,
    rubric_for,
)
from pkmcli.batch.lane import tally_nodes
from pkmcli.batch.records import Scorecard, card_of
from pkmcli.errors import PkmError, Problem
from pkmcli.files.reading import Document
from pkmcli.language import Lang
from pkmcli.rubric.model import UNIT_STAGE
from pkmcli.scoring.arithmetic import Policy, ScoreResult, score_answers
from pkmcli.scoring.contract import (
    Tally,
    changed_answers,
    line_of,
    record_of,
    stage_figure,
    tally_of,
)
from pkmcli.scoring.plans import Plan, plan_for


class Job(NamedTuple):
    """How to score every file of a batch, and which outputs to prepare per file."""

    rubric_ref: str | None = None
    strict: bool = False
    lang: Lang = "id"
    keep_record: bool = False  # the full contract object (for --format json)
    make_line: bool = False  # the object as one JSON line (for --format jsonl)
    make_card: bool = True  # the scorecard (for gates, summaries and the other formats)
    keep_result: bool = False  # the full score result (for the detailed table of one file)
    stage: str | None = None  # the stage the figures and gates describe (default: the latest)
    unanswered: Policy | None = None  # how unanswered criteria count (default: the rubric's)


class Outcome(NamedTuple):
    """One file's scorecard, record and JSON line (each when asked for), or its problems."""

    file: str
    card: Scorecard | None = None
    record: dict[str, Any] | None = None
    line: str | None = None
    problems: tuple[Problem, ...] = ()
    result: ScoreResult | None = None
    warnings: tuple[Problem, ...] = ()
    skipped: str | None = None  # why a file was passed over: it is no answers file


# Rubric and plan picked per (--rubric, rubric named in the file, language); a batch names
# few rubrics.
_PLANS: dict[tuple[str | None, str | None, Lang, Policy | None], Plan] = {}


def _plan(doc: Document, job: Job) -> Plan:
    key = (job.rubric_ref, peek_rubric_id(doc), job.lang, job.unanswered)
    plan = _PLANS.get(key)
    if plan is None:
        rubric = rubric_for(doc, job.rubric_ref)
        plan = _PLANS[key] = plan_for(rubric, job.lang, job.unanswered)
    return plan


def _score_stages(
    answer_set: AnswerSet, plan: Plan, file: str, job: Job
) -> tuple[ScoreResult, Tally]:
    """Score every stage the file holds; the tally describes the chosen (or latest) one."""
    rubric = plan.rubric
    present = answer_set.stages()
    stage = job.stage or present[-1]
    standing = answer_set.at_stage(stage, rubric.stage_ids())
    if job.strict:
        check_complete(standing, rubric)
    # Each stage the file holds is scored once; a stage it lacks stands as the one before it.
    policy = plan.policy
    results = {s: score_answers(rubric, answer_set.at_stage(s), policy) for s in present}
    result = results[stage] if stage in results else score_answers(rubric, standing, policy)
    tally = tally_of(result, file, plan)
    if len(present) > 1 or stage != UNIT_STAGE:
        tally.stage = stage
        tally.stages = tuple(stage_figure(s, results[s]) for s in present)
        tally.changed = changed_answers(answer_set.answers, standing.answers, rubric)
    return result, tally


def score_file(file: str, job: Job) -> Outcome:
    """Score one answers file; user errors become an Outcome with problems."""
    result = None
    try:
        doc = load_answers_document(file)
        if peek_rubric_id(doc) is None and (other := other_kind(doc)) is not None:
            return Outcome(file, skipped=other)
        plan = _plan(doc, job)
        tally = (
            None
            if job.keep_result
            else tally_nodes(doc, plan, file, strict=job.strict, stage=job.stage)
        )
        if tally is None:
            other = other_kind(doc)
            if other is not None:
                return Outcome(file, skipped=other)
            answer_set = read_answers(doc, plan.rubric, chosen=job.rubric_ref is not None)
            result, tally = _score_stages(answer_set, plan, file, job)
    except PkmError as exc:
        return Outcome(file, problems=tuple(exc.problems))
    return Outcome(
        file,
        card_of(tally) if job.make_card else None,
        record_of(tally) if job.keep_record else None,
        line_of(tally) if job.make_line else None,
        result=result if job.keep_result else None,
        warnings=result.answers.warnings if result is not None else (),
    )

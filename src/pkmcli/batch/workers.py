"""Score answers files one by one, in this process or in worker processes, in input order."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from pkmcli.answers.reader import (
    check_complete,
    load_answers_document,
    peek_rubric_id,
    read_answers,
    rubric_for,
)
from pkmcli.batch.plans import Plan, plan_for
from pkmcli.batch.records import Scorecard, card_from_record, line_of, record_from_result, record_of
from pkmcli.batch.tallies import tally_nodes
from pkmcli.errors import PkmError, Problem
from pkmcli.files.reading import Document
from pkmcli.language import Lang
from pkmcli.scoring.arithmetic import ScoreResult, score_answers

# Under this many files, starting worker processes costs more than it saves.
IN_PROCESS_LIMIT = 64
# Files per task sent to a worker: large enough to amortise the round trip, small enough
# that results stream out steadily and both workers finish together.
MAX_CHUNK = 128


class Job(NamedTuple):
    """How to score every file of a batch, and which outputs to prepare per file."""

    rubric_ref: str | None = None
    strict: bool = False
    lang: Lang = "id"
    keep_record: bool = False  # the full contract object (for --format json)
    make_line: bool = False  # the object as one JSON line (for --format jsonl)
    make_card: bool = True  # the scorecard (for gates, summaries and the other formats)


class Outcome(NamedTuple):
    """One file's scorecard, record and JSON line (each when asked for), or its problems."""

    file: str
    card: Scorecard | None = None
    record: dict[str, Any] | None = None
    line: str | None = None
    problems: tuple[Problem, ...] = ()


# Rubric and plan picked per (--rubric, rubric named in the file, language); a batch names
# few rubrics.
_PLANS: dict[tuple[str | None, str | None, Lang], Plan] = {}


def _plan(doc: Document, rubric_ref: str | None, lang: Lang) -> Plan:
    key = (rubric_ref, peek_rubric_id(doc), lang)
    plan = _PLANS.get(key)
    if plan is None:
        plan = _PLANS[key] = plan_for(rubric_for(doc, rubric_ref), lang)
    return plan


def score_file(file: str, job: Job) -> Outcome:
    """Score one answers file; user errors become an Outcome with problems."""
    try:
        doc = load_answers_document(file)
        plan = _plan(doc, job.rubric_ref, job.lang)
        rubric = plan.rubric
        tally = tally_nodes(doc, plan, file, strict=job.strict)
        if tally is None:
            answer_set = read_answers(doc, rubric)
            if job.strict:
                check_complete(answer_set, rubric)
            record, shortfalls = record_from_result(
                score_answers(rubric, answer_set), file, job.lang
            )
    except PkmError as exc:
        return Outcome(file, problems=tuple(exc.problems))
    if tally is not None:
        return Outcome(
            file,
            tally.card() if job.make_card else None,
            record_of(tally) if job.keep_record else None,
            line_of(tally) if job.make_line else None,
        )
    return Outcome(
        file,
        card_from_record(record, shortfalls) if job.make_card else None,
        record if job.keep_record else None,
        json.dumps(record, ensure_ascii=False) if job.make_line else None,
    )


def score_result(file: str, rubric_ref: str | None, *, strict: bool = False) -> ScoreResult:
    """Score one file to the full result (for the detailed table); raise PkmError."""
    doc = load_answers_document(file)
    rubric = _plan(doc, rubric_ref, "id").rubric
    answer_set = read_answers(doc, rubric)
    if strict:
        check_complete(answer_set, rubric)
    return score_answers(rubric, answer_set)


_WORKER_JOB = Job()


def _start_worker(job: Job) -> None:
    import signal  # noqa: PLC0415 - workers only

    global _WORKER_JOB  # noqa: PLW0603 - set once per worker process, before any task
    _WORKER_JOB = job
    # Ctrl-C reaches the whole process group; the parent alone decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _score_in_worker(file: str) -> Outcome:
    return score_file(file, _WORKER_JOB)


def default_jobs() -> int:
    """Return the number of worker processes to use by default: one per core."""
    return os.cpu_count() or 1


@contextlib.contextmanager
def score_files(files: Sequence[str], job: Job, jobs: int = 1) -> Iterator[Iterator[Outcome]]:
    """Yield an iterator of outcomes in the order of ``files``, scored by ``jobs`` processes.

    The pool starts on entering, before the caller starts anything threaded (a progress
    bar), since forking a threaded process is unsafe.
    """
    if jobs <= 1 or len(files) < IN_PROCESS_LIMIT:
        yield (score_file(file, job) for file in files)
        return
    import multiprocessing  # noqa: PLC0415 - only big batches need processes
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    # Forked workers inherit the imported modules and loaded rubrics, and start at once.
    fork = sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else None)
    workers = min(jobs, len(files))
    chunk = max(1, min(MAX_CHUNK, len(files) // (workers * 8)))
    pool = ProcessPoolExecutor(workers, context, initializer=_start_worker, initargs=(job,))
    try:
        yield pool.map(_score_in_worker, files, chunksize=chunk)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)

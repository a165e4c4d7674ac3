"""Score a batch's files in this process or in worker processes, results in input order."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Sequence

from pkmcli.batch.scorer import Job, Outcome, score_file

# Under this many files, starting worker processes costs more than it saves.
IN_PROCESS_LIMIT = 64
# Files per task sent to a worker: large enough to amortise the round trip, small enough
# that results stream out steadily and both workers finish together.
MAX_CHUNK = 128


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

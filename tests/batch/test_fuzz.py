"""Seeded random mutations of valid answers and rubric files never crash pkm.

Each case mutates a valid file (bytes or lines) and feeds it to the core the commands use:
the outcome must be a score or PkmError problems that all name the mutated file. Set
``PKM_FUZZ_CASES`` for more cases and ``PKM_FUZZ_SEED`` to explore other ones; a failing
case's id is its seed, so ``-k`` reruns it.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import HOSTILE
from pkmcli.answers.checking import check_file
from pkmcli.answers.reader import load_answers
from pkmcli.batch.scorer import Job, Outcome, score_file
from pkmcli.errors import PkmError, Problem
from pkmcli.rubric.catalog import data_dir
from pkmcli.scoring.arithmetic import score_answers

CASES = int(os.environ.get("PKM_FUZZ_CASES", "300"))
SEED = int(os.environ.get("PKM_FUZZ_SEED", "2019"))
CLI_CASES = 20

LONG_FORM = """rubric: pkp-2019
unit: "Kantor Pelayanan: Utama"
period: 2026
assessor: Tim Penilai
answers:
  a.1: {answer: ya, note: SK 12/2025, evidence: [bukti/sk.pdf]}
  a.2:
    answer: B
    note: |
      Maklumat dipasang di loket,
      belum di website.
    evidence:
      - bukti/a2-maklumat.jpg
      - https://example.go.id/maklumat
  a.3: c
  a.4: ~
  b.1: &sama a
  b.2: *sama
  c.1: 'b'
  c.3: "d"
"""
SOURCES: dict[str, tuple[str, bytes]] = {
    "answers": (".yaml", (HOSTILE / "good.yaml").read_bytes()),
    "long-form": (".yaml", LONG_FORM.encode()),
    "json": (".json", (HOSTILE / "json-valid.json").read_bytes()),
    "rubric": (".yaml", (data_dir("rubrics") / "pkp-2019.yaml").read_bytes()),
}
# Bytes that mean something to YAML, JSON or the decoder.
SPECIAL = [
    b":", b"- ", b"[", b"]", b"{", b"}", b"&a ", b"*a", b"!!python/object ", b"!x ", b'"',
    b"'", b"\t", b"\n", b"\r\n", b"#", b"%", b"@", b"|", b">", b"? ", b"---\n", b"\x00",
    b"\xff", b"\xe9", b"\xef\xbb\xbf", b"\\u", b"~", b",", b"1e999", b"-1", b".nan",
]  # fmt: skip


def flip_bit(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    at = rng.randrange(len(data))
    return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1 :]


def insert_bytes(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    piece = rng.choice(SPECIAL) if rng.random() < 0.7 else rng.randbytes(rng.randint(1, 4))
    return data[:at] + piece + data[at:]


def delete_bytes(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    at = rng.randrange(len(data))
    return data[:at] + data[at + rng.randint(1, 8) :]


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _on_lines(change: Callable[[random.Random, list[bytes]], None]) -> Callable[..., bytes]:
    def mutate(rng: random.Random, data: bytes) -> bytes:
        lines = data.splitlines(keepends=True)
        if len(lines) < 2:
            return data
        change(rng, lines)
        return b"".join(lines)

    return mutate


@_on_lines
def delete_line(rng: random.Random, lines: list[bytes]) -> None:
    del lines[rng.randrange(len(lines))]


@_on_lines
def duplicate_line(rng: random.Random, lines: list[bytes]) -> None:
    at = rng.randrange(len(lines))
    lines.insert(at, lines[at])


@_on_lines
def swap_lines(rng: random.Random, lines: list[bytes]) -> None:
    first, second = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[first], lines[second] = lines[second], lines[first]


@_on_lines
def change_indentation(rng: random.Random, lines: list[bytes]) -> None:
    at = rng.randrange(len(lines))
    stripped = lines[at].lstrip(b" ")
    lines[at] = b" " * max(0, len(lines[at]) - len(stripped) + rng.choice([-4, -2, -1, 1, 2, 4]))
    lines[at] += stripped


MUTATIONS = [
    flip_bit,
    insert_bytes,
    delete_bytes,
    truncate,
    delete_line,
    duplicate_line,
    swap_lines,
    change_indentation,
]


def mutated(seed: int) -> tuple[str, str, bytes]:
    """Return (source name, suffix, mutated bytes) for one seed, the same on every run."""
    rng = random.Random(seed)  # noqa: S311 - reproducible mutations, not secrets
    name = rng.choice(sorted(SOURCES))
    suffix, data = SOURCES[name]
    for _ in range(rng.choice([1, 1, 2, 3])):
        data = rng.choice(MUTATIONS)(rng, data)
    return name, suffix, data


def assert_named(problems: tuple[Problem, ...] | list[Problem], file: str, data: bytes) -> None:
    assert problems, "a rejected file must say why"
    lines = data.count(b"\n") + data.count(b"\r") + 1
    for problem in problems:
        assert problem.file == file, problem.render()
        assert problem.message.strip(), problem
        if problem.line is not None:
            assert 1 <= problem.line <= lines, problem.render()


def assert_agrees_with_the_full_reader(outcome: Outcome, file: str, rubric: str | None) -> None:
    """The batch scorer's quick path must accept, reject and score exactly as the full one."""
    try:
        reference = score_answers(*load_answers(Path(file), rubric, display=file))
    except PkmError as exc:
        rejected: PkmError | None = exc
    else:
        rejected = None
    if rejected is not None:
        assert outcome.card is None, (
            f"the batch scorer accepted what the reader rejects: {rejected}"
        )
        assert sorted(outcome.problems, key=Problem.sort_key) == rejected.problems
        return
    assert outcome.card is not None, outcome.problems
    assert outcome.card.score == pytest.approx(reference.score, abs=1e-9)
    assert outcome.card.unanswered == reference.unanswered


@pytest.mark.parametrize("seed", range(SEED, SEED + CASES))
def test_mutated_file_is_scored_or_rejected(seed: int, tmp_path: Path) -> None:
    source, suffix, data = mutated(seed)
    path = tmp_path / f"mutated-{seed}{suffix}"
    path.write_bytes(data)
    file, rubric = str(path), None
    if source == "rubric":
        try:
            check_file(file)
        except PkmError as exc:
            assert_named(exc.problems, file, data)
        else:
            # A rubric that is still valid may have lost criteria the answers file uses.
            file, data = str(HOSTILE / "good.yaml"), (HOSTILE / "good.yaml").read_bytes()
        rubric = str(path)
        outcome = score_file(str(HOSTILE / "good.yaml"), Job(rubric_ref=rubric))
    else:
        outcome = score_file(file, Job())
    if outcome.card is None:
        assert_named(outcome.problems, file, data)
    else:
        assert 0 <= outcome.card.score <= outcome.card.max_score + 1e-9
    assert_agrees_with_the_full_reader(
        outcome, str(HOSTILE / "good.yaml") if rubric else file, rubric
    )


def test_mutations_change_the_files() -> None:
    changed = sum(mutated(seed)[2] != SOURCES[mutated(seed)[0]][1] for seed in range(100))
    assert changed > 80


def test_cli_exit_codes_under_mutation(tmp_path: Path) -> None:
    """A smaller run through the real command, in child processes: only exit 0 or 3."""
    runs = []
    for seed in range(SEED, SEED + CLI_CASES):
        source, suffix, data = mutated(seed)
        path = tmp_path / f"mutated-{seed}{suffix}"
        path.write_bytes(data)
        command = ["validate", path.name] if source == "rubric" else ["score", path.name]
        runs.append(
            (
                seed,
                subprocess.Popen(
                    [sys.executable, "-m", "pkmcli", *command],
                    cwd=tmp_path,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                ),
            )
        )
    for seed, child in runs:
        _, stderr = child.communicate(timeout=60)
        text = stderr.decode("utf-8", "replace")
        assert child.returncode in {0, 3}, (seed, child.returncode, text)
        assert "Traceback" not in text, (seed, text)

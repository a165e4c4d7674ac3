"""Worker processes: the same output with one process or two."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from helpers import KEYS, varied_answers
from pkmcli.cli.main import app

pytestmark = pytest.mark.usefixtures("here")

# Option keys of the default rubric, criterion by criterion.


ALL_A = "rubric: pkp-2019\nunit: Unit A\nanswers:\n" + "".join(
    f"  {ident}: {keys[0]}\n" for ident, keys in KEYS.items()
)


# a: (0 + 1 + 1 + 1) / 4 x 3 = 2.25 (75%); everything else at its best: total 9.25.
ONE_NO = ALL_A.replace("a.1: ya", "a.1: tidak").replace("Unit A", "Unit B")


BROKEN = "rubric: pkp-2019\nanswers:\n  a.1: mungkin\n"


BROKEN_ERROR = "rusak.yaml:3:8: a.1: 'mungkin' is not an option here; expected one of ya, tidak\n"


@pytest.fixture
def portfolio(here: Path) -> Path:
    """Write a small portfolio: two valid units in a folder."""
    folder = here / "jawaban"
    folder.mkdir()
    (folder / "b.yaml").write_text(ONE_NO, encoding="utf-8")
    (folder / "a.yaml").write_text(ALL_A, encoding="utf-8")
    return folder


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_jobs_1_and_2_give_identical_outputs(runner, here):
    rng = random.Random(5)  # noqa: S311 - reproducible test data
    folder = here / "banyak"
    folder.mkdir()
    for number in range(80):
        (folder / f"unit-{number:02d}.yaml").write_text(
            varied_answers(rng, f"Unit {number}"), encoding="utf-8"
        )
    (folder / "unit-07.yaml").write_text(BROKEN, encoding="utf-8")
    runs = {}
    for jobs in ("1", "2"):
        outputs = [f"-o{fmt}:{fmt}-{jobs}.out" for fmt in ("json", "csv", "junit", "md", "table")]
        args = ["score", "banyak", "-f", "jsonl", "--fail-under", "50", "-j", jobs, *outputs]
        result = runner.invoke(app, args)
        files = [(here / f"{fmt}-{jobs}.out").read_text() for fmt in ("json", "csv", "junit", "md")]
        runs[jobs] = (result.exit_code, result.stdout, result.stderr, files)
    assert runs["1"] == runs["2"]
    exit_code, stdout, stderr, _ = runs["1"]
    assert exit_code == 3
    lines = [json.loads(line) for line in stdout.splitlines()]
    assert (len(lines), sum(not r["valid"] for r in lines)) == (80, 1)
    assert BROKEN_ERROR.replace("rusak", "banyak/unit-07") in stderr
    under = [r["percent"] < 50 for r in lines if r["valid"]]
    assert stderr.count("is under the --fail-under gate of 50%") == sum(under) > 0

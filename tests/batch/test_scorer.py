"""The scorer: the lane and the full reader give the same outcome; one file is read once."""

from __future__ import annotations

import json

import pytest

from helpers import ROOT
from pkmcli.batch import scorer
from pkmcli.batch.scorer import Job, score_file
from pkmcli.cli.main import app

PLAIN = "rubric: pkp-2019\nunit: U\nanswers:\n  a.1: ya\n  a.2: {answer: b, note: di loket}\n"


@pytest.fixture
def plain(write_answers):
    return write_answers(PLAIN, "u.yaml")


def test_both_ways_give_the_same_outcome(plain):
    everything = {"keep_record": True, "make_line": True, "make_card": True}
    lane = score_file(str(plain), Job(**everything))
    full = score_file(str(plain), Job(**everything, keep_result=True))
    assert lane.result is None
    assert full.result is not None
    assert (lane.card, lane.record, lane.line) == (full.card, full.record, full.line)


def test_problems_become_an_outcome(write_answers):
    bad = write_answers("rubric: pkp-2019\nanswers:\n  a.1: mungkin\n", "bad.yaml")
    outcome = score_file(str(bad), Job())
    assert outcome.card is None
    assert [p.line for p in outcome.problems] == [3]


def test_a_single_file_table_reads_and_scores_the_file_once(runner, plain, monkeypatch):
    reads = []
    real = scorer.load_answers_document

    def counting(path, display=None):
        reads.append(path)
        return real(path, display)

    monkeypatch.setattr(scorer, "load_answers_document", counting)
    done = runner.invoke(app, ["score", str(plain)])
    assert done.exit_code == 0, done.stderr
    assert reads == [str(plain)]


def test_files_that_are_plainly_no_answers_are_skipped_with_a_notice(runner, plain):
    folder = plain.parent
    (folder / "rubrik.yaml").write_text((ROOT / "rubrics" / "pkp-2019.yaml").read_text())
    (folder / "hasil.json").write_text(
        runner.invoke(app, ["score", str(plain), "-f", "json"]).stdout
    )
    (folder / "snap.json").write_text(
        (ROOT / "rubrics" / "validated" / "pkp-2019.json").read_text()
    )
    done = runner.invoke(app, ["score", str(folder), "-f", "jsonl"])
    assert done.exit_code == 0, done.stderr
    assert [json.loads(line)["file"] for line in done.stdout.splitlines()] == [str(plain)]
    assert done.stderr.splitlines() == [
        f"{folder / 'hasil.json'}: skipped: a result file of pkm score, not answers",
        f"{folder / 'rubrik.yaml'}: skipped: a rubric, not answers",
        f"{folder / 'snap.json'}: skipped: a validated rubric snapshot, not answers",
    ]


def test_inputs_with_no_answers_file_at_all_are_a_usage_error(runner, tmp_path):
    rubric = tmp_path / "rubrik.yaml"
    rubric.write_text((ROOT / "rubrics" / "pkp-2019.yaml").read_text())
    done = runner.invoke(app, ["score", str(rubric)])
    assert done.exit_code == 2
    assert done.stderr.endswith("pkm score: no answers files among the inputs (1 skipped)\n")

"""The scorer: the lane and the full reader give the same outcome; one file is read once."""

from __future__ import annotations

import pytest

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

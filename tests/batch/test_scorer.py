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


@pytest.mark.usefixtures("english")  # the messages held here are English
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


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_inputs_with_no_answers_file_at_all_are_a_usage_error(runner, tmp_path):
    rubric = tmp_path / "rubrik.yaml"
    rubric.write_text((ROOT / "rubrics" / "pkp-2019.yaml").read_text())
    done = runner.invoke(app, ["score", str(rubric)])
    assert done.exit_code == 2
    assert done.stderr.endswith("pkm score: no answers files among the inputs (1 skipped)\n")
    done = runner.invoke(app, ["score", str(rubric), "--lang", "id"])
    assert done.stderr == (
        f"{rubric}: dilewati: rubrik, bukan jawaban\n"
        "pkm score: tidak ada berkas jawaban di antara masukan (1 dilewati)\n"
    )


REVIEWED = """\
rubric: pkp-2019
unit: Kantor Pelayanan X
answers:
  a.1: ya
  a.2: b
  a.3: b
  b.1: a
reviews:
  - stage: tpi
    answers:
      a.1: ya
      a.2: {answer: c, note: Belum di media daring}
      a.4: a
  - stage: tpn
    answers:
      a.2: d
"""


@pytest.mark.parametrize(
    ("stage", "a_score", "changed"),
    [
        # a: (1 + 0.67 + 0.67 + 0) / 4 x 3 = 1.755 (a.4 unanswered at the unit)
        ("unit", (1 + 0.67 + 0.67 + 0) / 4 * 3, []),
        # tpi answers a.2 with c and a.4, unanswered at the unit, with a; a.3 is inherited
        ("tpi", (1 + 0.33 + 0.67 + 1) / 4 * 3, ["a.2", "a.4"]),
        # tpn answers only a.2; a.4 is inherited from tpi
        ("tpn", (1 + 0 + 0.67 + 1) / 4 * 3, ["a.2", "a.4"]),
    ],
)
def test_each_stage_is_scored_on_its_own_with_inherited_answers(
    runner, write_answers, stage, a_score, changed
):
    path = write_answers(REVIEWED, "u.yaml")
    done = runner.invoke(app, ["score", str(path), "-f", "json", "--stage", stage])
    assert done.exit_code == 0, done.stderr
    [record] = json.loads(done.stdout)
    assert record["stage"] == stage
    assert record["indicators"][0]["score"] == pytest.approx(a_score)
    assert record["changed"] == changed
    assert [s["stage"] for s in record["stages"]] == ["unit", "tpi", "tpn"]
    by_stage = {s["stage"]: s for s in record["stages"]}
    assert by_stage[stage]["score"] == record["score"]
    assert by_stage[stage]["indicators"][0] == {
        "id": "a",
        "score": record["indicators"][0]["score"],
    }


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_without_stage_the_latest_is_reported_and_gated(runner, write_answers):
    path = write_answers(REVIEWED, "u.yaml")
    done = runner.invoke(app, ["score", str(path), "-f", "json", "--fail-under-indicator", "a=50"])
    [record] = json.loads(done.stdout)
    assert record["stage"] == "tpn"
    # tpn's a is (1 + 0 + 0.67 + 1) / 4 x 3 = 2.0025 of 3: 66.75 % passes; unit's 58.5 % would not
    assert done.exit_code == 0, done.stderr
    done = runner.invoke(
        app, ["score", str(path), "--stage", "unit", "--fail-under-indicator", "a=60"]
    )
    assert done.exit_code == 1
    assert "indicator a at 58.50% is under" in done.stderr


def test_a_stage_that_agrees_everywhere_scores_as_the_unit(runner, write_answers):
    agreed = REVIEWED.split("reviews:", maxsplit=1)[0] + (
        "reviews:\n  - stage: tpi\n    answers: {a.1: ya, a.2: b, a.3: b, b.1: a}\n"
    )
    record = json.loads(
        runner.invoke(app, ["score", str(write_answers(agreed)), "-f", "json"]).stdout
    )[0]
    unit, tpi = record["stages"]
    assert (unit["score"], unit["indicators"]) == (tpi["score"], tpi["indicators"])
    assert record["changed"] == []


def test_a_file_without_reviews_has_the_unit_stage_alone(runner, plain):
    record = json.loads(runner.invoke(app, ["score", str(plain), "-f", "json"]).stdout)[0]
    assert (record["stage"], record["changed"]) == ("unit", [])
    assert [s["stage"] for s in record["stages"]] == ["unit"]
    assert record["stages"][0]["score"] == record["score"]


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_an_unknown_stage_is_a_usage_error(runner, plain):
    done = runner.invoke(app, ["score", str(plain), "--stage", "tpx"])
    assert (done.exit_code, done.stderr) == (
        2,
        "--stage: unknown stage 'tpx'; did you mean tpn? (stages: tpi, tpn, unit)\n",
    )


@pytest.mark.usefixtures("plain")
def test_every_format_carries_the_stages(runner, write_answers, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")  # wide enough that no header wraps
    reviewed = write_answers(REVIEWED, "r.yaml")
    folder = str(reviewed.parent)
    csv_out = runner.invoke(app, ["score", folder, "-f", "csv"]).stdout
    assert csv_out.splitlines()[0].endswith(
        "c,stage,unit_score,unit_percent,tpi_score,tpi_percent,tpn_score,tpn_percent,unanswered,valid,problems"
    )
    table = runner.invoke(app, ["score", folder]).stdout
    assert "% UNIT" in table
    assert "% TPN" in table
    markdown = runner.invoke(app, ["score", folder, "-f", "md"]).stdout
    assert "### Pergeseran nilai oleh penilai" in markdown
    assert "| a. Standar Pelayanan | TPI |" in markdown
    one = runner.invoke(app, ["score", str(reviewed)]).stdout
    assert "Diubah penilai: a.2, a.4" in one

"""The sentence human outputs carry when something is unanswered: the other policy's total."""

from __future__ import annotations

import json

from helpers import run_pkm
from pkmcli.scoring.unanswered import batch_note, policy_note


def test_nothing_to_say_when_everything_is_answered():
    assert policy_note("zero", None, "id") is None
    assert batch_note(0, "en") is None


def test_the_note_names_the_other_total_in_the_language():
    assert "total 3,00" in (policy_note("zero", 3.0, "id") or "")
    assert "Blm Diisi" in (policy_note("zero", 3.0, "en") or "")
    assert "total would be 0.75" in (policy_note("skip", 0.75, "en") or "")


def test_score_says_what_the_workbook_would_show(tmp_path):
    file = tmp_path / "p.yaml"
    file.write_text("rubric: pkp-2019\nunit: X\nanswers:\n  a.1: ya\n  b.1: a\n", encoding="utf-8")
    shown = run_pkm("score", str(file), COLUMNS="200")
    assert "akan menunjukkan total 6,00" in shown.stdout
    skip = json.loads(run_pkm("score", str(file), "-f", "json", "--unanswered", "skip").stdout)
    zero = json.loads(run_pkm("score", str(file), "-f", "json").stdout)
    assert (skip[0]["unanswered_policy"], zero[0]["unanswered_policy"]) == ("skip", "zero")
    assert skip[0]["score"] == 6.0
    assert zero[0]["score"] < skip[0]["score"]
    english = run_pkm("score", str(file), "--unanswered", "skip", "--lang", "en", COLUMNS="200")
    assert f"the total would be {zero[0]['score']:.2f}" in english.stdout


def test_a_rubric_may_choose_skip(tmp_path):
    rubric = tmp_path / "r.yaml"
    rubric.write_text(
        "id: mini\nversion: '1'\ntitle: Mini\nsource: {regulation: Contoh}\nunanswered: skip\n"
        "indicators:\n  - id: a\n    title: A\n    weight: 2\n    criteria:\n"
        "      - id: a.1\n        question: Q1\n        options:\n"
        "          - {key: ya, label: Ya, value: 1}\n          - {key: tidak, label: Tidak, value: 0}\n"
        "      - id: a.2\n        question: Q2\n        options:\n"
        "          - {key: ya, label: Ya, value: 1}\n          - {key: tidak, label: Tidak, value: 0}\n",
        encoding="utf-8",
    )
    file = tmp_path / "p.yaml"
    file.write_text("rubric: mini\nanswers:\n  a.1: ya\n", encoding="utf-8")
    out = run_pkm("score", str(file), "--rubric", str(rubric), "-f", "json")
    assert json.loads(out.stdout)[0]["score"] == 2.0
    out = run_pkm("score", str(file), "-r", str(rubric), "-f", "json", "--unanswered", "zero")
    assert json.loads(out.stdout)[0]["score"] == 1.0
    bad = rubric.read_text(encoding="utf-8").replace("unanswered: skip", "unanswered: never")
    rubric.write_text(bad, encoding="utf-8")
    out = run_pkm("validate", str(rubric))
    assert out.returncode == 3
    assert "r.yaml:5:" in out.stderr

"""`pkm validate`: answers and rubric files, every problem of every file."""

from __future__ import annotations

import json

import pytest

from helpers import BAD, BAD_ERRORS, BAD_ERRORS_EN, GOOD
from pkmcli.cli.main import app
from pkmcli.rubric.catalog import shipped_rubrics

# English here, unless a test says otherwise; the default (Indonesian) is held at the end.
pytestmark = pytest.mark.usefixtures("here", "english")


def test_validate_answers_and_rubric_files(runner, write_answers):
    write_answers(GOOD, "jawaban.yaml")
    rubric_file = shipped_rubrics()["pkp-2019"]
    write_answers(rubric_file.read_text(encoding="utf-8"), "rubrik.yaml")
    result = runner.invoke(app, ["validate", "jawaban.yaml", "rubrik.yaml"])
    assert result.exit_code == 3
    assert result.stdout == "jawaban.yaml: ok (answers for pkp-2019: 11 of 12 answered)\n"
    assert result.stderr == (
        "rubrik.yaml:1:1: id: 'pkp-2019' is the id of a shipped rubric; give your rubric an id "
        "of its own (for example 'pkp-2019-own'), and name it in your answers files\n"
    )
    write_answers(
        rubric_file.read_text(encoding="utf-8").replace("id: pkp-2019", "id: own", 1), "rubrik.yaml"
    )
    result = runner.invoke(app, ["validate", "rubrik.yaml", str(rubric_file)])
    assert result.exit_code == 0, result.stderr
    assert sorted(result.stdout.splitlines()) == sorted(
        [
            "rubrik.yaml: ok (rubric own 1.0: 3 indicators, 12 criteria, maximum 10)",
            f"{rubric_file}: ok (rubric pkp-2019 1.0: 3 indicators, 12 criteria, maximum 10)",
        ]
    )


def test_validate_reads_dates_as_the_text_written(runner, write_answers):
    write_answers("rubric: pkp-2019\nperiod: 2026-13-45\nanswers:\n  a.1: ya\n", "jawaban.yaml")
    result = runner.invoke(app, ["validate", "jawaban.yaml"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "jawaban.yaml: ok (answers for pkp-2019: 1 of 12 answered)\n"
    result = runner.invoke(app, ["score", "-f", "jsonl", "jawaban.yaml"])
    assert json.loads(result.stdout)["period"] == "2026-13-45"


def test_validate_strict(runner, write_answers):
    write_answers(GOOD, "jawaban.yaml")
    result = runner.invoke(app, ["validate", "--strict", "jawaban.yaml"])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == (
        "jawaban.yaml:4:1: c.3: unanswered (--strict requires an answer for every criterion)\n"
    )


def test_validate_reports_every_problem_of_every_file(runner, write_answers):
    write_answers(BAD, "salah.yaml")
    write_answers(GOOD, "jawaban.yaml")
    write_answers(
        """\
id: rusak
version: "1"
title: Rusak
source: {regulation: Uji}
indicators:
  - id: a
    title: A
    weight: 0
    criteria:
      - {id: a.1, question: Q, scale: abc}
      - {id: a.1, question: Q, type: percentage, guidence: G}
""",
        "rusak.yaml",
    )
    result = runner.invoke(app, ["validate", "salah.yaml", "jawaban.yaml", "rusak.yaml"])
    assert result.exit_code == 3
    assert result.stdout == "jawaban.yaml: ok (answers for pkp-2019: 11 of 12 answered)\n"
    assert result.stderr == (
        "rusak.yaml:8:13: indicators.0.weight: must be more than 0, got 0\n"
        "rusak.yaml:10:39: indicators.0.criteria.0.scale: unknown scale 'abc' (scales: none defined)\n"
        "rusak.yaml:11:14: indicators.0.criteria.1.id: criterion id 'a.1' is used twice\n"
        "rusak.yaml:11:50: indicators.0.criteria.1.guidence: unknown key 'guidence'; did you mean guidance?\n"
        + BAD_ERRORS_EN
    )
    result = runner.invoke(
        app, ["validate", "salah.yaml", "jawaban.yaml", "rusak.yaml", "-l", "id"]
    )
    assert result.exit_code == 3
    assert result.stdout == "jawaban.yaml: ok (jawaban untuk pkp-2019: 11 dari 12 terjawab)\n"
    assert result.stderr == (
        "rusak.yaml:8:13: indicators.0.weight: harus lebih dari 0, tertulis 0\n"
        "rusak.yaml:10:39: indicators.0.criteria.0.scale: skala 'abc' tidak dikenal (rubrik ini tidak menetapkan skala)\n"
        "rusak.yaml:11:14: indicators.0.criteria.1.id: id kriteria 'a.1' dipakai dua kali\n"
        "rusak.yaml:11:50: indicators.0.criteria.1.guidence: kunci 'guidence' tidak dikenal; mungkin maksud Anda guidance?\n"
        + BAD_ERRORS
    )


def test_validate_speaks_indonesian_by_default(runner, write_answers, monkeypatch):
    monkeypatch.delenv("PKM_LANG")
    write_answers(GOOD, "jawaban.yaml")
    rubric_file = shipped_rubrics()["pkp-2019"]
    write_answers(rubric_file.read_text(encoding="utf-8"), "rubrik.yaml")
    result = runner.invoke(app, ["validate", "jawaban.yaml", "rubrik.yaml", str(rubric_file)])
    assert result.exit_code == 3
    assert sorted(result.stdout.splitlines()) == sorted(
        [
            "jawaban.yaml: ok (jawaban untuk pkp-2019: 11 dari 12 terjawab)",
            f"{rubric_file}: ok (rubrik pkp-2019 1.0: 3 indikator, 12 kriteria, nilai maksimum 10)",
        ]
    )
    assert result.stderr == (
        "rubrik.yaml:1:1: id: 'pkp-2019' adalah id rubrik bawaan; beri rubrik Anda id sendiri "
        "(misalnya 'pkp-2019-own'), lalu sebut id itu dalam berkas jawaban Anda\n"
    )
    result = runner.invoke(app, ["validate", "--strict", "jawaban.yaml"])
    assert result.stderr == (
        "jawaban.yaml:4:1: c.3: belum dijawab (--strict mewajibkan jawaban untuk setiap kriteria)\n"
    )

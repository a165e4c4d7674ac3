"""`pkm score` through the CLI: tables, JSON, gates, exit codes, problems on stderr."""

from __future__ import annotations

import json
import re

import pytest

from helpers import BAD, BAD_ERRORS, BAD_ERRORS_EN, COMPLETE, GOOD, GOOD_TOTAL
from pkmcli.cli.main import app
from pkmcli.rubric.catalog import shipped_rubrics

pytestmark = pytest.mark.usefixtures("here")


def cells(output: str, label: str) -> list[str]:
    """Return the cells of the table row that starts with ``label``."""
    line = next(line for line in output.splitlines() if label in line)
    return [cell.strip() for cell in re.split(r"[│┃|]", line) if cell.strip()]


def test_score_prints_a_table(runner, write_answers):
    write_answers(GOOD, "jawaban.yaml")
    result = runner.invoke(app, ["score", "jawaban.yaml"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    assert out.splitlines()[0].rstrip() == "jawaban.yaml — Kantor Pelayanan X · 2026"
    assert cells(out, "Indikator") == ["Indikator", "Bobot", "Rerata", "Nilai", "%"]
    assert cells(out, "a. Standar") == ["a. Standar Pelayanan", "3,00", "0,6250", "1,88", "62,50"]
    assert cells(out, "b. Budaya") == [
        "b. Budaya Pelayanan Prima",
        "3,00",
        "0,7000",
        "2,10",
        "70,00",
    ]
    assert cells(out, "c. Penilaian") == [
        "c. Penilaian Kepuasan terhadap Pelayanan",
        "4,00",
        "0,3333",
        "1,33",
        "33,33",
    ]
    assert cells(out, "Total") == ["Total", "10,00", "5,31", "53,08"]
    assert "Belum dijawab: c.3" in out.splitlines()
    assert "akan menunjukkan total" in out  # what the official workbook's mean would show


def test_score_table_in_english(runner, write_answers):
    write_answers(GOOD, "jawaban.yaml")
    result = runner.invoke(app, ["score", "--lang", "en", "jawaban.yaml"])
    assert result.exit_code == 0
    assert cells(result.stdout, "Indicator") == ["Indicator", "Weight", "Mean", "Score", "%"]
    assert cells(result.stdout, "a. Service") == [
        "a. Service Standards",
        "3.00",
        "0.6250",
        "1.88",
        "62.50",
    ]
    assert "Unanswered: c.3" in result.stdout.splitlines()
    assert "would show a total of" in result.stdout


def test_score_json_keeps_full_precision(runner, write_answers):
    write_answers(GOOD, "jawaban.yaml")
    result = runner.invoke(app, ["score", "-f", "json", "jawaban.yaml"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    [data] = json.loads(result.stdout)
    assert data["file"] == "jawaban.yaml"
    assert data["rubric"] == "pkp-2019"
    assert (data["unit"], data["period"]) == ("Kantor Pelayanan X", "2026")
    assert data["score"] == pytest.approx(GOOD_TOTAL, abs=1e-12)
    assert data["max_score"] == 10.0
    assert data["percent"] == pytest.approx(GOOD_TOTAL * 10, abs=1e-10)
    assert data["unanswered"] == ["c.3"]
    a, b, c = data["indicators"]
    assert (a["id"], a["title"], a["weight"]) == ("a", "Standar Pelayanan", 3.0)
    assert a["score"] == pytest.approx(1.875)
    assert a["percent"] == pytest.approx(62.5)
    assert b["score"] == pytest.approx(2.1)
    assert c["score"] == pytest.approx(4 / 3)
    assert a["criteria"][0] == {"id": "a.1", "answer": "ya", "value": 1.0, "answered": True}
    assert a["criteria"][1] == {
        "id": "a.2",
        "answer": "B",
        "value": 0.67,
        "answered": True,
        "note": "Maklumat di loket",
    }
    assert c["criteria"][2] == {"id": "c.3", "answer": None, "value": 0.0, "answered": False}


def test_score_jsonl_prints_one_object_per_line(runner, write_answers):
    write_answers(GOOD, "satu.yaml")
    write_answers(COMPLETE, "dua.yaml")
    result = runner.invoke(app, ["score", "--format", "jsonl", "satu.yaml", "dua.yaml"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert [r["file"] for r in records] == ["dua.yaml", "satu.yaml"]
    assert records[0]["score"] == pytest.approx(6.641666666666667, abs=1e-12)
    assert records[0]["unanswered"] == []
    assert records[1]["score"] == pytest.approx(GOOD_TOTAL, abs=1e-12)


def test_score_a_directory_and_a_glob(runner, write_answers):
    write_answers(GOOD, "unit/a.yaml")
    write_answers(COMPLETE, "unit/b.yml")
    write_answers("bukan jawaban", "unit/catatan.txt")
    for inputs in (["unit"], ["unit/*.y*ml"]):
        result = runner.invoke(app, ["score", "-f", "jsonl", *inputs])
        assert result.exit_code == 0, result.stderr
        assert [json.loads(line)["file"] for line in result.stdout.splitlines()] == [
            "unit/a.yaml",
            "unit/b.yml",
        ]


def test_strict_makes_unanswered_criteria_invalid(runner, write_answers):
    write_answers(GOOD, "jawaban.yaml")
    result = runner.invoke(app, ["score", "--strict", "-f", "json", "jawaban.yaml"])
    assert result.exit_code == 3
    assert [(r["file"], r["valid"]) for r in json.loads(result.stdout)] == [("jawaban.yaml", False)]
    assert result.stderr == (
        "jawaban.yaml:4:1: c.3: belum dijawab (--strict mewajibkan jawaban untuk setiap kriteria)\n"
    )
    result = runner.invoke(app, ["score", "--strict", "-f", "json", "jawaban.yaml", "--lang", "en"])
    assert result.stderr == (
        "jawaban.yaml:4:1: c.3: unanswered (--strict requires an answer for every criterion)\n"
    )
    write_answers(COMPLETE, "jawaban.yaml")
    result = runner.invoke(app, ["score", "--strict", "-f", "json", "jawaban.yaml"])
    assert result.exit_code == 0
    assert result.stderr == ""


def test_fail_under_is_a_gate(runner, write_answers):
    write_answers(GOOD, "jawaban.yaml")
    result = runner.invoke(app, ["score", "--fail-under", "60", "-f", "jsonl", "jawaban.yaml"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["file"] == "jawaban.yaml"
    assert result.stderr == "jawaban.yaml: 53,08% di bawah ambang --fail-under 60%\n"
    args = ["score", "--fail-under", "60", "-f", "jsonl", "jawaban.yaml", "--lang", "en"]
    result = runner.invoke(app, args)
    assert result.stderr == "jawaban.yaml: 53.08% is under the --fail-under gate of 60%\n"
    result = runner.invoke(app, ["score", "--fail-under", "53", "-f", "jsonl", "jawaban.yaml"])
    assert result.exit_code == 0
    assert result.stderr == ""


def test_fail_under_outside_0_to_100_is_a_usage_error(runner, write_answers):
    write_answers(GOOD, "jawaban.yaml")
    result = runner.invoke(app, ["score", "--fail-under", "150", "jawaban.yaml"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--fail-under" in result.stderr


def test_an_invalid_file_prints_errors_on_stderr_and_its_entry_in_machine_formats(
    runner, write_answers
):
    write_answers(BAD, "salah.yaml")
    for fmt in ("table", "json", "jsonl", "csv"):
        result = runner.invoke(app, ["score", "-f", fmt, "salah.yaml"])
        assert result.exit_code == 3
        assert result.stderr == BAD_ERRORS
        assert "Traceback" not in result.stderr
        if fmt == "table":
            assert result.stdout == ""
        else:
            assert "salah.yaml" in result.stdout
            assert ("false" in result.stdout) is True


def test_a_batch_with_an_invalid_file_still_scores_the_valid_ones(runner, write_answers):
    write_answers(GOOD, "a-baik.yaml")
    write_answers(BAD, "salah.yaml")
    write_answers(COMPLETE, "z-lengkap.yaml")
    args = ["score", "-f", "jsonl", "a-baik.yaml", "salah.yaml", "z-lengkap.yaml", "hilang.yaml"]
    result = runner.invoke(app, args)
    assert result.exit_code == 3
    assert [(r["file"], r["valid"]) for r in map(json.loads, result.stdout.splitlines())] == [
        ("hilang.yaml", False),
        ("a-baik.yaml", True),
        ("salah.yaml", False),
        ("z-lengkap.yaml", True),
    ]
    assert result.stderr == "hilang.yaml: berkas atau folder tidak ditemukan\n" + BAD_ERRORS
    result = runner.invoke(app, ["score", "a-baik.yaml", "salah.yaml"])
    assert result.exit_code == 3
    assert "a. Standar Pelayanan" in result.stdout
    assert result.stderr == BAD_ERRORS
    result = runner.invoke(app, [*args, "--lang", "en"])
    assert result.stderr == "hilang.yaml: no such file or directory\n" + BAD_ERRORS_EN


def test_invalid_input_beats_a_failed_gate(runner, write_answers):
    write_answers(GOOD, "a-baik.yaml")
    write_answers(BAD, "salah.yaml")
    result = runner.invoke(app, ["score", "--fail-under", "90", "a-baik.yaml", "salah.yaml"])
    assert result.exit_code == 3


def test_score_with_a_rubric_file(runner, write_answers):
    text = shipped_rubrics()["pkp-2019"].read_text(encoding="utf-8")
    write_answers(text.replace("id: pkp-2019", "id: milik-kami"), "rubrik/milik-kami.yaml")
    write_answers(GOOD.replace("pkp-2019", "milik-kami"), "jawaban.yaml")
    result = runner.invoke(
        app, ["score", "-r", "rubrik/milik-kami.yaml", "-f", "jsonl", "jawaban.yaml"]
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["rubric"] == "milik-kami"
    result = runner.invoke(app, ["score", "-f", "jsonl", "jawaban.yaml", "--lang", "en"])
    assert result.exit_code == 3
    shipped = ", ".join(shipped_rubrics())
    assert result.stderr == (
        f"jawaban.yaml:1:9: rubric: unknown rubric 'milik-kami' (shipped: {shipped}; pass --rubric FILE for your own)\n"
    )


def test_score_with_an_unknown_rubric_reference(runner, write_answers):
    write_answers(GOOD, "jawaban.yaml")
    result = runner.invoke(app, ["score", "--rubric", "pkp-2109", "jawaban.yaml", "--lang", "en"])
    assert result.exit_code == 3
    assert result.stdout == ""
    shipped = ", ".join(shipped_rubrics())
    assert result.stderr == (
        "--rubric: 'pkp-2109' is neither a shipped rubric id nor a rubric file; did you mean "
        f"pkp-2019? (shipped: {shipped})\n"
    )

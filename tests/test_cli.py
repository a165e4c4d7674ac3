"""The pkm command line through CliRunner: output on stdout, problems on stderr, exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pkmcli import __version__
from pkmcli.cli.main import app
from pkmcli.rubric.catalog import load_rubric, shipped_rubrics

GOOD = """\
rubric: pkp-2019
unit: Kantor Pelayanan X
period: "2026"
answers:
  a.1: ya
  a.2: {answer: B, note: Maklumat di loket}
  a.3: c
  a.4: b
  b.1: a
  b.2: a
  b.3: b
  b.4: d
  b.5: ya
  c.1: a
  c.2: tidak
"""
# a: (1 + .67 + .33 + .5) / 4 x 3 = 1.875; b: (1 + 1 + .5 + 0 + 1) / 5 x 3 = 2.1
# c: (1 + 0 + 0) / 3 x 4 = 1.333...; total 5.308333..., c.3 unanswered.
GOOD_TOTAL = 5.308333333333334

COMPLETE = GOOD + "  c.3: a\n"
# Everything as GOOD, and c gets (1 + 0 + 1) / 3 x 4 = 2.666...; total 6.641666...

BAD = """\
rubric: pkp-2019
answers:
  a.1: ya
  a.2: f
  a.9: a
  a.1: tidak
"""
BAD_ERRORS = (
    "salah.yaml:4:8: a.2: 'f' is not an option here; expected one of a, b, c, d\n"
    "salah.yaml:5:3: unknown criterion 'a.9'; did you mean a.4? (rubric pkp-2019 has a.1 to c.3)\n"
    "salah.yaml:6:3: duplicate key 'a.1' (first given on line 3)\n"
)


@pytest.fixture(autouse=True)
def here(tmp_path, monkeypatch):
    """Work in an empty directory so that file names in messages are short and relative."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


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
    assert cells(out, "a. Standar") == ["a. Standar Pelayanan", "3.00", "0.6250", "1.88", "62.50"]
    assert cells(out, "b. Budaya") == [
        "b. Budaya Pelayanan Prima",
        "3.00",
        "0.7000",
        "2.10",
        "70.00",
    ]
    assert cells(out, "c. Penilaian") == [
        "c. Penilaian Kepuasan terhadap Pelayanan",
        "4.00",
        "0.3333",
        "1.33",
        "33.33",
    ]
    assert cells(out, "Total") == ["Total", "10.00", "5.31", "53.08"]
    assert out.splitlines()[-1] == "Belum dijawab: c.3"


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
    assert result.stdout.splitlines()[-1] == "Unanswered: c.3"


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
    assert json.loads(result.stdout) == []
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


def test_an_invalid_file_prints_errors_on_stderr_and_nothing_on_stdout(runner, write_answers):
    write_answers(BAD, "salah.yaml")
    for fmt in ("table", "json", "jsonl"):
        result = runner.invoke(app, ["score", "-f", fmt, "salah.yaml"])
        assert result.exit_code == 3
        assert result.stderr == BAD_ERRORS
        assert result.stdout in {"", "[]\n"}
        assert "Traceback" not in result.stderr


def test_a_batch_with_an_invalid_file_still_scores_the_valid_ones(runner, write_answers):
    write_answers(GOOD, "a-baik.yaml")
    write_answers(BAD, "salah.yaml")
    write_answers(COMPLETE, "z-lengkap.yaml")
    args = ["score", "-f", "jsonl", "a-baik.yaml", "salah.yaml", "z-lengkap.yaml", "hilang.yaml"]
    result = runner.invoke(app, args)
    assert result.exit_code == 3
    assert [json.loads(line)["file"] for line in result.stdout.splitlines()] == [
        "a-baik.yaml",
        "z-lengkap.yaml",
    ]
    assert result.stderr == "hilang.yaml: no such file or directory\n" + BAD_ERRORS
    result = runner.invoke(app, ["score", "a-baik.yaml", "salah.yaml"])
    assert result.exit_code == 3
    assert "a. Standar Pelayanan" in result.stdout
    assert result.stderr == BAD_ERRORS


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
    result = runner.invoke(app, ["score", "-f", "jsonl", "jawaban.yaml"])
    assert result.exit_code == 3
    shipped = ", ".join(shipped_rubrics())
    assert result.stderr == (
        f"jawaban.yaml:1:9: rubric: unknown rubric 'milik-kami' (shipped: {shipped}; pass --rubric FILE for your own)\n"
    )


def test_score_with_an_unknown_rubric_reference(runner, write_answers):
    write_answers(GOOD, "jawaban.yaml")
    result = runner.invoke(app, ["score", "--rubric", "pkp-2109", "jawaban.yaml"])
    assert result.exit_code == 3
    assert result.stdout == ""
    shipped = ", ".join(shipped_rubrics())
    assert result.stderr == (
        "--rubric: 'pkp-2109' is neither a shipped rubric id nor a rubric file; did you mean "
        f"pkp-2019? (shipped: {shipped})\n"
    )


def test_validate_answers_and_rubric_files(runner, write_answers):
    write_answers(GOOD, "jawaban.yaml")
    rubric_file = shipped_rubrics()["pkp-2019"]
    write_answers(rubric_file.read_text(encoding="utf-8"), "rubrik.yaml")
    result = runner.invoke(app, ["validate", "jawaban.yaml", "rubrik.yaml"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "jawaban.yaml: ok (answers for pkp-2019: 11 of 12 answered)\n"
        "rubrik.yaml: ok (rubric pkp-2019 1.0: 3 indicators, 12 criteria, maximum 10)\n"
    )
    assert result.stderr == ""


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
        + BAD_ERRORS
    )


def test_init_prints_a_blank_file(runner):
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 0
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert "rubric: pkp-2019" in lines
    assert "  a.1:" in lines
    assert "    # tidak = Tidak (0)" in lines
    assert sum(1 for line in lines if re.fullmatch(r"  [abc]\.\d:", line)) == 12


def test_init_writes_a_file_that_validates(runner, here):
    result = runner.invoke(
        app, ["init", "jawaban.yaml", "--unit", "Kantor: Pusat #1", "--period", "2026"]
    )
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == (
        "wrote jawaban.yaml (12 criteria of rubric pkp-2019); fill it in, then run: "
        "pkm score jawaban.yaml\n"
    )
    text = (here / "jawaban.yaml").read_text(encoding="utf-8")
    assert 'unit: "Kantor: Pusat #1"' in text.splitlines()
    assert 'period: "2026"' in text.splitlines()
    result = runner.invoke(app, ["validate", "jawaban.yaml"])
    assert result.stdout == "jawaban.yaml: ok (answers for pkp-2019: 0 of 12 answered)\n"
    result = runner.invoke(app, ["score", "-f", "jsonl", "jawaban.yaml"])
    data = json.loads(result.stdout)
    assert (data["unit"], data["period"], data["score"]) == ("Kantor: Pusat #1", "2026", 0.0)
    assert len(data["unanswered"]) == 12


def test_init_refuses_to_overwrite_without_force(runner, here):
    (here / "jawaban.yaml").write_text("rubric: pkp-2019\nanswers:\n  a.1: ya\n", encoding="utf-8")
    result = runner.invoke(app, ["init", "jawaban.yaml"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "jawaban.yaml: already exists; pass --force to overwrite it\n"
    assert (here / "jawaban.yaml").read_text(encoding="utf-8").endswith("a.1: ya\n")
    result = runner.invoke(app, ["init", "jawaban.yaml", "--force", "--lang", "en"])
    assert result.exit_code == 0
    text = (here / "jawaban.yaml").read_text(encoding="utf-8")
    assert "  # a.1 Does the unit have a policy on service standards?" in text.splitlines()
    assert "  a.1:" in text.splitlines()


def test_init_into_a_missing_directory_is_invalid_input(runner, here):
    result = runner.invoke(app, ["init", "tidak/ada/jawaban.yaml"])
    assert result.exit_code == 3
    assert result.stderr == (
        "tidak/ada/jawaban.yaml: cannot write: directory 'tidak/ada' does not exist\n"
    )
    assert not (here / "tidak").exists()


def test_rubric_list_and_rubrics(runner):
    expected = "".join(
        f"{ident}\t{load_rubric(ident).version}\t{load_rubric(ident).title.get('id')}\n"
        for ident in shipped_rubrics()
    )
    assert (
        "pkp-2019\t1.0\tPeningkatan Kualitas Pelayanan Publik (LKE Zona Integritas 2019)\n"
        in expected
    )
    for args in (["rubric", "list"], ["rubrics"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0
        assert result.stdout == expected
        assert result.stderr == ""
    result = runner.invoke(app, ["rubrics", "--lang", "en"])
    assert (
        "pkp-2019\t1.0\tImproving the Quality of Public Service (Integrity Zone worksheet, 2019)"
        in result.stdout.splitlines()
    )


def test_rubric_show_draws_the_tree(runner):
    result = runner.invoke(app, ["rubric", "show"])
    assert result.exit_code == 0
    assert result.stderr == ""
    out = result.stdout
    assert out.startswith("pkp-2019 1.0: Peningkatan Kualitas Pelayanan Publik")
    assert "a Standar Pelayanan (bobot 3)" in out
    assert "c Penilaian Kepuasan terhadap Pelayanan (bobot 4)" in out
    assert "ya = Ya (1)" in out
    assert "d = Belum ada tindak lanjut (0)" in out
    result = runner.invoke(app, ["rubric", "show", "pkp-2019", "--lang", "en"])
    assert "a Service Standards (weight 3)" in result.stdout
    result = runner.invoke(app, ["rubric", "show", "tidak-ada"])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith("--rubric: 'tidak-ada' is neither a shipped rubric id")


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"pkm {__version__}\n"


def test_unknown_option_is_a_usage_error(runner):
    result = runner.invoke(app, ["score", "--bogus", "x.yaml"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "No such option: --bogus" in result.stderr


def test_python_m_pkmcli_finds_rubrics_from_any_directory(tmp_path):
    (tmp_path / "jawaban.yaml").write_text(GOOD, encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "pkmcli", "score", "-f", "jsonl", "jawaban.yaml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    data = json.loads(done.stdout)
    assert data["score"] == pytest.approx(GOOD_TOTAL, abs=1e-12)
    assert Path(tmp_path / "jawaban.yaml").is_file()


def test_a_reader_that_stops_early_is_no_failed_gate(tmp_path: Path) -> None:
    example = (
        Path(__file__).resolve().parents[1] / "examples" / "kantor-pelayanan-b.yaml"
    ).read_text(encoding="utf-8")
    for number in range(120):  # well over a pipe buffer of JSON lines
        (tmp_path / f"unit-{number:03d}.yaml").write_text(example, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "pkmcli", "score", str(tmp_path), "-f", "jsonl", "--jobs", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stdout.readline().startswith(b'{"file": ')
    process.stdout.close()
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 141
    assert b"Traceback" not in stderr

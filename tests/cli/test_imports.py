"""`pkm import`: round trips through a real spreadsheet engine, located errors, hostile files."""

from __future__ import annotations

import json
import random

import openpyxl
import pytest

import hostile_workbooks
from helpers import DATA, MINI_RUBRIC, NEEDS_SOFFICE, random_answers, recalculated
from pkmcli.cli.main import app
from pkmcli.rubric.catalog import load_rubric

REVIEWED = DATA / "report-reviewed.yaml"


def cell_of(book, name):
    sheet_name, coordinate = next(book.defined_names[name].destinations)
    return book[sheet_name][coordinate.replace("$", "").split(":")[0]]


def scores(runner, file, *extra):
    result = runner.invoke(app, ["score", str(file), "-f", "json", *extra])
    assert result.exit_code == 0, result.stderr
    (record,) = json.loads(result.stdout)
    return {s["stage"]: s["score"] for s in record["stages"]}


@NEEDS_SOFFICE
@pytest.mark.parametrize(("ref", "seed"), [("pkp-2019", 7), ("pkp-2021", 8), ("mini", 9)])
def test_change_two_answers_in_a_spreadsheet_and_import_scores_as_it_shows(
    runner, tmp_path, ref, seed
):
    ref = str(MINI_RUBRIC) if ref == "mini" else ref
    rubric = load_rubric(ref)
    rng = random.Random(seed)  # noqa: S311 - synthetic test data
    source = tmp_path / "jawaban.yaml"
    source.write_text(random_answers(rubric, rng), encoding="utf-8")
    exported = tmp_path / "lke.xlsx"
    chosen = ["-r", ref]
    assert runner.invoke(app, ["export", str(source), "-o", str(exported), *chosen]).exit_code == 0
    book = openpyxl.load_workbook(exported)
    choices = [c for c in rubric.all_criteria() if c.type == "choice"]
    for criterion in rng.sample(choices, 2):
        cell_of(book, f"pkm_answer_{criterion.id.replace('.', '_')}").value = rng.choice(
            criterion.choices
        ).key.upper()
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    saved = recalculated(tmp_path, edited) / edited.name
    back = tmp_path / "kembali.yaml"
    result = runner.invoke(app, ["import", str(saved), "-o", str(back), *chosen])
    assert result.exit_code == 0, result.stderr
    assert "ditulis" in result.stderr
    shown = openpyxl.load_workbook(saved, data_only=True)
    assert scores(runner, back, *chosen)["unit"] == pytest.approx(cell_of(shown, "pkm_total").value)


@NEEDS_SOFFICE
def test_review_stages_come_back_as_the_spreadsheet_scores_them(runner, tmp_path):
    exported = tmp_path / "lke.xlsx"
    assert runner.invoke(app, ["export", str(REVIEWED), "-o", str(exported)]).exit_code == 0
    book = openpyxl.load_workbook(exported)
    cell_of(book, "pkm_answer_a_1").value = "tidak"  # the unit changes; stages follow it live
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    saved = recalculated(tmp_path, edited) / edited.name
    back = tmp_path / "kembali.yaml"
    assert runner.invoke(app, ["import", str(saved), "-o", str(back)]).exit_code == 0
    shown = openpyxl.load_workbook(saved, data_only=True)
    got = scores(runner, back)
    for stage, name in (("unit", "pkm_total"), ("tpi", "pkm_tpi_total"), ("tpn", "pkm_tpn_total")):
        assert got[stage] == pytest.approx(cell_of(shown, name).value), stage


def test_import_without_output_prints_the_answers_file(runner, tmp_path):
    exported = tmp_path / "lke.xlsx"
    assert runner.invoke(app, ["export", str(REVIEWED), "-o", str(exported)]).exit_code == 0
    result = runner.invoke(app, ["import", str(exported)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# ")
    assert "reviews:" in result.stdout
    assert [p.name for p in tmp_path.iterdir()] == ["lke.xlsx"]


def test_every_bad_cell_is_located_and_nothing_is_written(runner, tmp_path):
    exported = tmp_path / "lke.xlsx"
    source = tmp_path / "j.yaml"
    source.write_text("rubric: pkp-2019\nanswers:\n  a.1: ya\n", encoding="utf-8")
    assert runner.invoke(app, ["export", str(source), "-o", str(exported)]).exit_code == 0
    book = openpyxl.load_workbook(exported)
    first = cell_of(book, "pkm_answer_a_2")
    first.value = "F"
    second = cell_of(book, "pkm_answer_b_1")
    second.value = "#REF!"
    book.save(exported)
    back = tmp_path / "kembali.yaml"
    result = runner.invoke(app, ["import", str(exported), "-o", str(back), "--lang", "en"])
    assert result.exit_code == 3
    assert (
        f"{exported}:LKE!{first.coordinate}: 'F' is not an option of a.2; "
        "expected one of A, B, C, D\n"
    ) in result.stderr
    assert f"{exported}:LKE!{second.coordinate}: the cell holds the error #REF!" in result.stderr
    assert "Traceback" not in result.stderr
    assert not back.exists()
    indonesian = runner.invoke(app, ["import", str(exported)])
    assert "'F' bukan pilihan a.2; pilihan yang ada: A, B, C, D" in indonesian.stderr


def test_a_stored_value_that_disagrees_is_a_warning_naming_its_cell(runner, tmp_path):
    exported = tmp_path / "lke.xlsx"
    source = tmp_path / "j.yaml"
    source.write_text("rubric: pkp-2019\nanswers:\n  a.1: ya\n", encoding="utf-8")
    assert runner.invoke(app, ["export", str(source), "-o", str(exported)]).exit_code == 0
    book = openpyxl.load_workbook(exported)
    cell_of(book, "pkm_answer_a_1").value = "tidak"  # changed without recalculating
    book.save(exported)
    result = runner.invoke(app, ["import", str(exported), "--lang", "en"])
    assert result.exit_code == 0
    # openpyxl drops stored values on saving: nothing stored, nothing to disagree with.
    assert "differs" not in result.stderr
    assert "a.1: tidak" in result.stdout


def test_import_refuses_to_write_over_its_workbook(runner, tmp_path):
    exported = tmp_path / "lke.xlsx"
    assert runner.invoke(app, ["export", str(REVIEWED), "-o", str(exported)]).exit_code == 0
    before = exported.read_bytes()
    result = runner.invoke(app, ["import", str(exported), "-o", str(exported)])
    assert result.exit_code == 2
    assert exported.read_bytes() == before


def test_a_workbook_that_is_no_lke_is_refused(runner, tmp_path):
    plain = tmp_path / "lain.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "apa saja"
    book.save(plain)
    result = runner.invoke(app, ["import", str(plain), "--lang", "en"])
    assert result.exit_code == 3
    assert f"{plain}: no LKE sheet" in result.stderr


@pytest.mark.parametrize("case", sorted(hostile_workbooks.CASES))
def test_hostile_workbooks_are_refused_with_the_openers_message(runner, tmp_path, case):
    build, _ = hostile_workbooks.CASES[case]
    path = build(tmp_path / "lke.xlsx")
    result = runner.invoke(app, ["import", str(path), "--lang", "en"])
    assert result.exit_code == 3, result.stderr
    assert "Traceback" not in result.stderr
    assert "root:" not in result.stderr + result.stdout  # no entity content leaks out
    assert result.stderr.startswith(f"{path}: ")

"""`pkm export`: the workbook on disk, refused outputs, and LibreOffice's numbers against pkm's."""

from __future__ import annotations

import json
import random

import openpyxl
import pytest

import pkmcli.cli.export  # noqa: F401 - registers the command
from helpers import DATA, MINI_RUBRIC, NEEDS_SOFFICE, random_answers, recalculated
from pkmcli.cli.main import app
from pkmcli.rubric.catalog import load_rubric

REVIEWED = DATA / "report-reviewed.yaml"


def test_export_writes_a_workbook(runner, tmp_path):
    target = tmp_path / "lke.xlsx"
    result = runner.invoke(app, ["export", str(REVIEWED), "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "ditulis" in result.stderr
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["LKE", "Ringkasan"]
    summary = book["Ringkasan"]
    assert [summary.cell(row=r, column=1).value for r in (2, 3, 4)] == ["unit", "tpi", "tpn"]
    assert {"pkm_total", "pkm_tpi_total", "pkm_tpn_total", "pkm_answer_a_2"} <= set(
        book.defined_names
    )
    assert [p.name for p in tmp_path.iterdir()] == ["lke.xlsx"]


def test_export_refuses_to_overwrite_its_input(runner, tmp_path):
    source = tmp_path / "jawaban.yaml"
    source.write_bytes(REVIEWED.read_bytes())
    result = runner.invoke(app, ["export", str(source), "-o", str(source), "--lang", "en"])
    assert result.exit_code == 2
    assert "is the answers file" in result.stderr
    assert source.read_bytes() == REVIEWED.read_bytes()


def test_export_refuses_an_unwritable_output_before_reading(runner, tmp_path):
    target = str(tmp_path / "no" / "x.xlsx")
    result = runner.invoke(app, ["export", "missing.yaml", "-o", target, "--lang", "en"])
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_export_reports_invalid_answers(runner, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("rubric: pkp-2019\nanswers:\n  a.1: mungkin\n", encoding="utf-8")
    result = runner.invoke(app, ["export", str(bad), "-o", str(tmp_path / "x.xlsx")])
    assert result.exit_code == 3
    assert not (tmp_path / "x.xlsx").exists()


def named_value(book, name):
    sheet_name, coordinate = next(book.defined_names[name].destinations)
    return book[sheet_name][coordinate.replace("$", "")].value


@NEEDS_SOFFICE
@pytest.mark.parametrize(
    ("rubric_ref", "seed", "policy"),
    [("pkp-2019", 1, "zero"), ("pkp-2021", 2, "zero"), ("mini", 3, "zero"),
     ("pkp-2019", 4, "skip"), ("pkp-2021", 5, "skip"), ("mini", 6, "skip")],
)  # fmt: skip
def test_recalculated_workbook_agrees_with_pkm_score(runner, tmp_path, rubric_ref, seed, policy):
    ref = str(MINI_RUBRIC) if rubric_ref == "mini" else rubric_ref
    rubric = load_rubric(ref)
    rng = random.Random(seed)  # noqa: S311 - synthetic test data
    files = []
    chosen = ["-r", ref, "--unanswered", policy]
    for number in range(3):
        source = tmp_path / f"j{number}.yaml"
        source.write_text(random_answers(rubric, rng), encoding="utf-8")
        target = tmp_path / f"j{number}.xlsx"
        result = runner.invoke(app, ["export", str(source), "-o", str(target), *chosen])
        assert result.exit_code == 0, result.stderr
        files.append((source, target))
    out = recalculated(tmp_path, *(t for _, t in files))
    for source, target in files:
        scored = runner.invoke(app, ["score", str(source), *chosen, "-f", "json"])
        assert scored.exit_code == 0, scored.stderr
        (record,) = json.loads(scored.stdout)
        assert record["unanswered_policy"] == policy
        # Recalculated by a spreadsheet engine, and as stored by pkm before any recalculation.
        for book in (
            openpyxl.load_workbook(out / target.name, data_only=True),
            openpyxl.load_workbook(target, data_only=True),
        ):
            assert named_value(book, "pkm_total") == pytest.approx(record["score"], abs=1e-9)
            for indicator in record["indicators"]:
                name = "pkm_score_" + indicator["id"].replace(".", "_").replace("-", "_")
                assert named_value(book, name) == pytest.approx(indicator["score"], abs=1e-9)


@NEEDS_SOFFICE
def test_recalculated_review_stages_agree_with_pkm_score(runner, tmp_path):
    target = tmp_path / "lke.xlsx"
    assert runner.invoke(app, ["export", str(REVIEWED), "-o", str(target)]).exit_code == 0
    saved = recalculated(tmp_path, target) / "lke.xlsx"
    recalculated_book = openpyxl.load_workbook(saved, data_only=True)
    stored = openpyxl.load_workbook(target, data_only=True)
    for stage, name in (("unit", "pkm_total"), ("tpi", "pkm_tpi_total"), ("tpn", "pkm_tpn_total")):
        scored = runner.invoke(app, ["score", str(REVIEWED), "-f", "json", "--stage", stage])
        (record,) = json.loads(scored.stdout)
        for book in (recalculated_book, stored):
            assert named_value(book, name) == pytest.approx(record["score"], abs=1e-9), stage


def portfolio_rows(book):
    sheet = book[book.sheetnames[0]]
    rows = list(sheet.iter_rows(values_only=True))
    return rows[0], rows[1:]


def test_a_folder_exports_one_portfolio_workbook(runner, tmp_path):
    folder = tmp_path / "unit"
    folder.mkdir()
    rng = random.Random(11)  # noqa: S311 - synthetic test data
    rubric = load_rubric("pkp-2019")
    for number in range(3):
        text = random_answers(rubric, rng).replace("unit: =Unit Acak", f"unit: Unit {number}")
        (folder / f"u{number}.yaml").write_text(text, encoding="utf-8")
    (folder / "u3.yaml").write_bytes(REVIEWED.read_bytes())
    target = tmp_path / "portofolio.xlsx"
    result = runner.invoke(app, ["export", str(folder), "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(target, data_only=True)
    assert book.sheetnames[0] == "Portofolio"
    assert len(book.sheetnames) == 5
    head, rows = portfolio_rows(book)
    assert head[:5] == ("Berkas", "Unit", "Periode", "Rubrik", "Tahap")
    for row in rows:
        scored = runner.invoke(app, ["score", row[0], "-f", "json"])
        (record,) = json.loads(scored.stdout)
        totals = dict(zip(head[5:], row[5:], strict=True))
        for figure in record["stages"]:
            assert totals[f"Total {figure['stage']}"] == pytest.approx(figure["score"])
        for indicator in record["indicators"]:
            assert totals[indicator["id"]] == pytest.approx(indicator["score"])
    # Each unit's sheet has its own names.
    sheet = book[book.sheetnames[1]]
    assert "pkm_total" in sheet.defined_names
    assert "pkm_total" not in book.defined_names


def test_a_portfolio_with_an_invalid_file_writes_nothing(runner, tmp_path):
    folder = tmp_path / "unit"
    folder.mkdir()
    (folder / "a.yaml").write_bytes(REVIEWED.read_bytes())
    (folder / "b.yaml").write_text("rubric: pkp-2019\nanswers:\n  a.1: mungkin\n", encoding="utf-8")
    target = tmp_path / "portofolio.xlsx"
    result = runner.invoke(app, ["export", str(folder), "-o", str(target), "--lang", "en"])
    assert result.exit_code == 3
    assert "b.yaml:3:" in result.stderr
    assert not target.exists()


@NEEDS_SOFFICE
def test_formula_like_text_stays_text_in_a_spreadsheet_engine(runner, tmp_path):
    hostile = ["=1+1", "+2+3", "-4+5", "@SUM(1)", '=HYPERLINK("http://x","y")']
    source = tmp_path / "j.yaml"
    notes = "".join(
        f"  {ident}:\n    answer: a\n    note: '{text}'\n"
        for ident, text in zip(["a.2", "a.3", "b.1", "b.2", "c.1"], hostile, strict=True)
    )
    source.write_text(f"rubric: pkp-2019\nunit: '=2*3'\nanswers:\n{notes}", encoding="utf-8")
    target = tmp_path / "lke.xlsx"
    assert runner.invoke(app, ["export", str(source), "-o", str(target)]).exit_code == 0
    saved = recalculated(tmp_path, target) / "lke.xlsx"
    for data_only in (True, False):
        book = openpyxl.load_workbook(saved, data_only=data_only)
        texts = {c.value for row in book["LKE"].iter_rows() for c in row}
        assert set(hostile) | {"=2*3"} <= texts
        assert 2 not in texts  # "=1+1" was never computed
        assert 6 not in texts

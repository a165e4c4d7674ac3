"""`pkm export`: the workbook on disk, refused outputs, and LibreOffice's numbers against pkm's."""

from __future__ import annotations

import json
import random
import shutil
import subprocess

import openpyxl
import pytest

import pkmcli.cli.export  # noqa: F401 - registers the command
from helpers import DATA, MINI_RUBRIC
from pkmcli.cli.main import app
from pkmcli.rubric.catalog import load_rubric

REVIEWED = DATA / "report-reviewed.yaml"


def test_export_writes_a_workbook(runner, tmp_path):
    target = tmp_path / "lke.xlsx"
    result = runner.invoke(app, ["export", str(REVIEWED), "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "written" in result.stderr
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["LKE"]
    assert {"pkm_total", "pkm_tpi_total", "pkm_tpn_total", "pkm_answer_a_2"} <= set(
        book.defined_names
    )
    assert [p.name for p in tmp_path.iterdir()] == ["lke.xlsx"]


def test_export_refuses_to_overwrite_its_input(runner, tmp_path):
    source = tmp_path / "jawaban.yaml"
    source.write_bytes(REVIEWED.read_bytes())
    result = runner.invoke(app, ["export", str(source), "-o", str(source)])
    assert result.exit_code == 2
    assert "is the answers file" in result.stderr
    assert source.read_bytes() == REVIEWED.read_bytes()


def test_export_refuses_an_unwritable_output_before_reading(runner, tmp_path):
    result = runner.invoke(app, ["export", "missing.yaml", "-o", str(tmp_path / "no" / "x.xlsx")])
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_export_reports_invalid_answers(runner, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("rubric: pkp-2019\nanswers:\n  a.1: mungkin\n", encoding="utf-8")
    result = runner.invoke(app, ["export", str(bad), "-o", str(tmp_path / "x.xlsx")])
    assert result.exit_code == 3
    assert not (tmp_path / "x.xlsx").exists()


def random_answers(rubric, rng: random.Random) -> str:
    lines = ["rubric: " + rubric.id, "unit: =Unit Acak", "answers:"]
    for criterion in rubric.all_criteria():
        if rng.random() < 0.2:
            continue  # unanswered counts 0
        if criterion.type == "choice":
            lines.append(f"  {criterion.id}: {rng.choice(criterion.choices).key}")
        elif criterion.type == "percentage":
            lines.append(f"  {criterion.id}: {rng.randint(0, 100)}")
        else:
            lines.append(
                f"  {criterion.id}: {{numerator: {rng.randint(0, 9)}, "
                f"denominator: {rng.randint(1, 6)}}}"
            )
    return "\n".join(lines) + "\n"


def named_value(book, name):
    sheet_name, coordinate = next(book.defined_names[name].destinations)
    return book[sheet_name][coordinate.replace("$", "")].value


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
@pytest.mark.parametrize(("rubric_ref", "seed"), [("pkp-2019", 1), ("pkp-2021", 2), ("mini", 3)])
def test_recalculated_workbook_agrees_with_pkm_score(runner, tmp_path, rubric_ref, seed):
    ref = str(MINI_RUBRIC) if rubric_ref == "mini" else rubric_ref
    rubric = load_rubric(ref)
    rng = random.Random(seed)  # noqa: S311 - synthetic test data
    out = tmp_path / "out"
    files = []
    for number in range(3):
        source = tmp_path / f"j{number}.yaml"
        source.write_text(random_answers(rubric, rng), encoding="utf-8")
        target = tmp_path / f"j{number}.xlsx"
        result = runner.invoke(app, ["export", str(source), "-o", str(target), "-r", ref])
        assert result.exit_code == 0, result.stderr
        files.append((source, target))
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", "xlsx", "--outdir", str(out), *(str(t) for _, t in files)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    for source, target in files:
        scored = runner.invoke(app, ["score", str(source), "-r", ref, "-f", "json"])
        assert scored.exit_code == 0, scored.stderr
        (record,) = json.loads(scored.stdout)
        book = openpyxl.load_workbook(out / target.name, data_only=True)
        assert named_value(book, "pkm_total") == pytest.approx(record["score"], abs=1e-9)
        for indicator in record["indicators"]:
            name = "pkm_score_" + indicator["id"].replace(".", "_").replace("-", "_")
            assert named_value(book, name) == pytest.approx(indicator["score"], abs=1e-9)


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_recalculated_review_stages_agree_with_pkm_score(runner, tmp_path):
    target = tmp_path / "lke.xlsx"
    assert runner.invoke(app, ["export", str(REVIEWED), "-o", str(target)]).exit_code == 0
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", "xlsx", "--outdir", str(tmp_path / "out"), str(target)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    book = openpyxl.load_workbook(tmp_path / "out" / "lke.xlsx", data_only=True)
    for stage, name in (("unit", "pkm_total"), ("tpi", "pkm_tpi_total"), ("tpn", "pkm_tpn_total")):
        scored = runner.invoke(app, ["score", str(REVIEWED), "-f", "json", "--stage", stage])
        (record,) = json.loads(scored.stdout)
        assert named_value(book, name) == pytest.approx(record["score"], abs=1e-9), stage

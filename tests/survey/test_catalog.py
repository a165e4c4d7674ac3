"""Survey definitions: the shipped one, and a unit's own file validated with located problems."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
import yaml

from helpers import ROOT
from pkmcli.errors import PkmError, UsageError
from pkmcli.files.shipped import data_dir
from pkmcli.survey.catalog import load_survey, shipped_surveys

SHIPPED = data_dir("surveys") / "skm-2017.yaml"


def test_shipped_survey():
    assert shipped_surveys() == ["skm-2017"]
    survey = load_survey(None, "id")
    assert [e.id for e in survey.elements] == [
        "persyaratan", "prosedur", "waktu", "biaya", "produk",
        "kompetensi", "perilaku", "pengaduan", "sarana",
    ]  # fmt: skip
    assert set(survey.weights().values()) == {Fraction(1, 9)}
    assert [b.grade for b in survey.bands] == ["A", "B", "C", "D"]


def own(tmp_path: Path, change) -> Path:
    data = yaml.safe_load(SHIPPED.read_text())
    change(data)
    path = tmp_path / "survei-unit.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(PkmError) as caught:
        load_survey(str(path), "en")
    return [p.render() for p in caught.value.problems]


def test_own_weights_must_sum_to_one(tmp_path):
    def weigh(data):
        for element in data["elements"]:
            element["weight"] = "0.1"

    rendered = problems_of(own(tmp_path, weigh))
    assert len(rendered) == 1
    assert rendered[0].endswith("elements: the weights must add up to exactly 1 (given: 0.9)")


def test_own_weights_exact(tmp_path):
    def weigh(data):
        for element in data["elements"]:
            element["weight"] = "1/9"
        data["elements"][0]["weight"] = "2/9"
        data["elements"][1]["weight"] = "0"

    survey = load_survey(str(own(tmp_path, weigh)), "en")
    assert survey.weights()["persyaratan"] == Fraction(2, 9)
    assert not survey.equal_weights()


def test_located_problems_all_at_once(tmp_path):
    def spoil(data):
        data["elements"][2]["answers"] = data["elements"][2]["answers"][:3]
        data["elements"][3]["colour"] = "blue"
        data["bands"][1]["from"] = "76.00"
        data["profile"][1]["id"] = "Jenis Kelamin"

    rendered = problems_of(own(tmp_path, spoil))
    assert any("elements.3.colour: unknown key 'colour'" in r for r in rendered)
    assert any("profile.1.id: 'Jenis Kelamin' is not a valid id" in r for r in rendered)
    path = str(tmp_path / "survei-unit.yaml")
    assert all(r.startswith(f"{path}:") for r in rendered)
    assert all(r.split(":")[1].isdigit() for r in rendered)


def test_rules_after_the_fields(tmp_path):
    def spoil(data):
        data["elements"][2]["answers"] = data["elements"][2]["answers"][:3]
        data["bands"][1]["from"] = "76.00"
        data["elements"][1]["id"] = "persyaratan"

    rendered = problems_of(own(tmp_path, spoil))
    assert any(
        "elements.2.answers: answers must have the values 1, 2, 3 and 4" in r for r in rendered
    )
    assert any(
        "bands.1.from: bands must join up: this band should start at 76.61" in r for r in rendered
    )
    assert any("elements.1.id: id 'persyaratan' is used more than once" in r for r in rendered)


def test_yaml_problems(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("id: a\nid: b\n")
    assert any(r.startswith(f"{path}:2:1: key 'id' is given twice") for r in problems_of(path))
    path.write_text("a: &x [1]\nb: *x\n")
    assert problems_of(path) == [
        f"{path}:2:4: YAML aliases (*name) are not allowed in a survey definition"
    ]
    path.write_text("[1, 2")
    assert problems_of(path)[0] == f"{path}:2:1: not valid YAML: did not find expected ',' or ']'"
    path.write_bytes(b"id: \xff\n")
    assert problems_of(path) == [f"{path}: not UTF-8 text; save the file as UTF-8"]


def test_unknown_survey_id():
    with pytest.raises(UsageError) as caught:
        load_survey("skm-2014", "id")
    assert caught.value.problems[0].render() == (
        "--survey: survei 'skm-2014' tidak dikenal; yang tersedia: skm-2017; mungkin maksud Anda "
        "skm-2017?"
    )


def test_pkm_validate_checks_a_survey_definition(runner, tmp_path):
    from pkmcli.cli.main import app  # noqa: PLC0415 - every command registered

    own = tmp_path / "survei-kami.yaml"
    text = (ROOT / "surveys" / "skm-2017.yaml").read_text(encoding="utf-8")
    own.write_text(text, encoding="utf-8")
    done = runner.invoke(app, ["validate", str(own)])
    assert (done.exit_code, done.stdout) == (
        0,
        f"{own}: ok (survei skm-2017: 9 unsur, bobot 1/9)\n",
    )
    own.write_text(
        text.replace("  - id: persyaratan\n", "  - id: persyaratan\n    weight: 1/8\n", 1)
    )
    done = runner.invoke(app, ["validate", str(own), "--lang", "en"])
    assert done.exit_code == 3
    assert done.stderr.startswith(f"{own}:")

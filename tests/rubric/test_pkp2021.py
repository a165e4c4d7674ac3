"""The shipped pkp-2021 rubric: its shape, its values, and scores computed by hand."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pkmcli.answers.reader import read_answers
from pkmcli.cli.main import app
from pkmcli.files.reading import parse_document
from pkmcli.rubric.catalog import load_rubric, shipped_rubrics
from pkmcli.rubric.model import Rubric
from pkmcli.scoring.arithmetic import score_answers
from pkmcli.scoring.contract import result_record

YA_TIDAK = [("ya", 1.0), ("tidak", 0.0)]
ABC = [("a", 1.0), ("b", 0.5), ("c", 0.0)]
ABCD = [("a", 1.0), ("b", 0.67), ("c", 0.33), ("d", 0.0)]
ABCDE = [("a", 1.0), ("b", 0.75), ("c", 0.5), ("d", 0.25), ("e", 0.0)]

# Answer types from the facts table of the 2021 worksheet, area VI.
EXPECTED_OPTIONS = {
    "p1.a": ABCDE,
    "p1.b": ABCD,
    "p1.c": ABCD,
    "p1.d": YA_TIDAK,
    "p2.a": ABCDE,
    "p2.b": ABCD,
    "p2.c": ABCD,
    "p2.d": ABCD,
    "p2.e": ABCD,
    "p2.f": ABCDE,
    "p3.a": ABCDE,
    "p3.b": ABC,
    "p3.c": ABC,
    "p4.a": ABCDE,
    "p4.b": ABC,
    "p4.c": ABCD,
    "p5.a": ABCD,
    "p5.b": YA_TIDAK,
    "p5.c": ABC,
    "r1.a": ABCD,
    "r2.a": ABCD,
}


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return load_rubric("pkp-2021")


def score(rubric: Rubric, answers: str) -> dict:
    text = f"rubric: pkp-2021\nunit: Kantor X\nanswers:\n{answers}"
    doc = parse_document(text, "jawaban.yaml", construct=False)
    return result_record(score_answers(rubric, read_answers(doc, rubric)), "jawaban.yaml")


def test_is_shipped_next_to_the_default():
    assert {"pkp-2019", "pkp-2021"} <= set(shipped_rubrics())


def test_metadata(rubric):
    assert rubric.id == "pkp-2021"
    assert rubric.version == "1.0"
    assert (
        rubric.title.get("id") == "Peningkatan Kualitas Pelayanan Publik (LKE Zona Integritas 2021)"
    )
    assert rubric.title.get("en") == (
        "Improving the Quality of Public Service (Integrity Zone worksheet, 2021)"
    )
    assert (
        rubric.source.regulation
        == "PermenPANRB 90/2021 sebagaimana diubah dengan PermenPANRB 5/2024"
    )
    assert rubric.source.edition == "2021"
    notes = rubric.source.notes
    assert notes is not None
    assert notes.en is not None
    assert "drops Fulfilment question ii.b" in notes.en
    assert "this rubric keeps it (p2.b)" in notes.en
    assert "butir ii.b Pemenuhan" in notes.id
    assert rubric.grades == []


def test_sections_indicators_and_weights(rubric):
    assert rubric.sections is not None
    shape = [
        (s.id, [(i.id, i.title.get("id"), i.weight) for i in s.indicators]) for s in rubric.sections
    ]
    assert shape == [
        (
            "pemenuhan",
            [
                ("p1", "Standar Pelayanan", 1.0),
                ("p2", "Budaya Pelayanan Prima", 1.0),
                ("p3", "Pengelolaan Pengaduan", 1.0),
                ("p4", "Penilaian Kepuasan terhadap Pelayanan", 1.0),
                ("p5", "Pemanfaatan Teknologi Informasi", 1.0),
            ],
        ),
        (
            "reform",
            [
                ("r1", "Upaya dan/atau Inovasi Pelayanan Publik", 2.5),
                ("r2", "Penanganan Pengaduan Pelayanan dan Konsultasi", 2.5),
            ],
        ),
    ]
    assert rubric.max_score == 10.0
    assert [s.title.get("en") for s in rubric.sections] == ["Fulfilment", "Reform"]


def test_criterion_ids(rubric):
    by_indicator = {i.id: [c.id for c in i.criteria] for i in rubric.all_indicators()}
    assert by_indicator == {
        "p1": ["p1.a", "p1.b", "p1.c", "p1.d"],
        "p2": ["p2.a", "p2.b", "p2.c", "p2.d", "p2.e", "p2.f"],
        "p3": ["p3.a", "p3.b", "p3.c"],
        "p4": ["p4.a", "p4.b", "p4.c"],
        "p5": ["p5.a", "p5.b", "p5.c"],
        "r1": ["r1.a", "r1.b"],
        "r2": ["r2.a"],
    }


def test_types_and_option_values(rubric):
    types = {c.id: c.type for c in rubric.all_criteria()}
    assert types == dict.fromkeys(EXPECTED_OPTIONS, "choice") | {"r1.b": "ratio"}
    for ident, expected in EXPECTED_OPTIONS.items():
        criterion = rubric.criterion(ident)
        assert criterion is not None
        assert [(o.key, o.value) for o in criterion.choices] == expected, ident


def test_scales_are_defined_once(rubric):
    assert {name: [(o.key, o.value) for o in s.options] for name, s in rubric.scales.items()} == {
        "ya-tidak": YA_TIDAK,
        "abc": ABC,
        "abcd": ABCD,
        "abcde": ABCDE,
    }
    choice = [c for c in rubric.all_criteria() if c.type == "choice"]
    assert all(c.scale in rubric.scales for c in choice)


def test_ratio_criterion(rubric):
    criterion = rubric.criterion("r1.b")
    assert criterion is not None
    assert criterion.numerator is not None
    assert criterion.denominator is not None
    assert criterion.numerator.get("id") == "Jumlah perizinan/pelayanan yang telah dipermudah"
    assert criterion.denominator.get("id") == "Jumlah perizinan/pelayanan yang terdata/terdaftar"
    assert criterion.numerator.get("en") == "Number of licences/services made easier"
    assert criterion.denominator.get("en") == "Number of licences/services registered"
    assert criterion.recommendation is not None
    assert criterion.recommendation.en


def test_survey_frequency_labels(rubric):
    criterion = rubric.criterion("p4.a")
    assert criterion is not None
    labels = [(o.key, o.label.get("en") if o.label else None) for o in criterion.choices]
    assert labels == [
        ("a", "At least 4 times a year"),
        ("b", "3 times a year"),
        ("c", "Twice a year"),
        ("d", "Once a year"),
        ("e", "No survey in the assessment year"),
    ]


def test_every_criterion_explains_itself_in_both_languages(rubric):
    bare = {"A", "B", "C", "D", "E", "Ya", "Tidak"}
    for criterion in rubric.all_criteria():
        for text in (criterion.question, criterion.guidance, criterion.evidence):
            assert text is not None, criterion.id
            assert text.en, criterion.id
        best = criterion.best_value
        for option in criterion.choices:
            where = f"{criterion.id} {option.key}"
            assert option.label is not None, where
            assert option.label.en, where
            assert option.label.id not in bare, where
            if option.value == best:
                assert option.recommendation is None, where
            else:
                assert option.recommendation is not None, where
                assert option.recommendation.en, where


@pytest.mark.parametrize(
    ("answers", "indicators", "total", "sections"),
    [
        pytest.param(
            "  p1.a: b\n  p1.b: a\n  p1.c: c\n  p1.d: ya\n",
            {"p1": 0.77},
            0.77,
            (0.77, 0.0),
            id="p1-mixed",
        ),
        pytest.param(
            "  r1.a: b\n  r1.b: {numerator: 3, denominator: 4}\n",
            {"r1": 1.775},
            1.775,
            (0.0, 1.775),
            id="r1-choice-and-ratio",
        ),
        pytest.param(
            "  r1.a: a\n  r1.b: {numerator: 6, denominator: 4}\n",
            {"r1": 2.5},
            2.5,
            (0.0, 2.5),
            id="ratio-over-1-capped",
        ),
        pytest.param(
            "  r1.a: B\n  r1.b:\n",
            {"r1": 0.8375},
            0.8375,
            (0.0, 0.8375),
            id="ratio-unanswered-counts-0",
        ),
        pytest.param(
            "  p2.a: C\n  p2.f: D\n",
            {"p2": 0.125},
            0.125,
            (0.125, 0.0),
            id="a-e-upper-case-two-of-six",
        ),
        pytest.param(
            "  p3.b: b\n  p3.c: B\n  r2.a: b\n",
            {"p3": 0.3333333333333333, "r2": 1.675},
            2.0083333333333333,
            (0.3333333333333333, 1.675),
            id="abc-and-r2",
        ),
        pytest.param(
            "  p5.a: c\n  p5.b: Tidak\n  p5.c: a\n  p4.a: e\n  p4.b: a\n  p4.c: d\n",
            {"p4": 0.3333333333333333, "p5": 0.4433333333333333},
            0.7766666666666666,
            (0.7766666666666666, 0.0),
            id="p4-p5",
        ),
        pytest.param(
            "  p1.a: a\n  p1.b: a\n  p1.c: a\n  p1.d: ya\n"
            "  p2.a: a\n  p2.b: a\n  p2.c: a\n  p2.d: a\n  p2.e: a\n  p2.f: a\n"
            "  p3.a: a\n  p3.b: a\n  p3.c: a\n  p4.a: a\n  p4.b: a\n  p4.c: a\n"
            "  p5.a: a\n  p5.b: ya\n  p5.c: a\n"
            "  r1.a: a\n  r1.b: {numerator: 12, denominator: 12}\n  r2.a: a\n",
            {"p1": 1.0, "p2": 1.0, "p3": 1.0, "p4": 1.0, "p5": 1.0, "r1": 2.5, "r2": 2.5},
            10.0,
            (5.0, 5.0),
            id="all-best",
        ),
        pytest.param(
            "  p1.a: b\n  p1.b: a\n  p1.c: c\n  p1.d: ya\n"
            "  p2.a: a\n  p2.b: b\n  p2.c: c\n  p2.d: d\n  p2.e: b\n  p2.f: c\n"
            "  p3.a: b\n  p3.b: a\n  p3.c: b\n  p4.a: a\n  p4.b: b\n  p4.c: b\n"
            "  p5.a: b\n  p5.b: tidak\n  p5.c: a\n"
            "  r1.a: b\n  r1.b: {numerator: 3, denominator: 4}\n  r2.a: c\n",
            {
                "p1": 0.77,
                "p2": 0.5283333333333333,
                "p3": 0.75,
                "p4": 0.7233333333333333,
                "p5": 0.5566666666666666,
                "r1": 1.775,
                "r2": 0.825,
            },
            5.928333333333333,
            (3.328333333333333, 2.6),
            id="full-mixed",
        ),
    ],
)
def test_hand_computed_scores(rubric, answers, indicators, total, sections):
    result = score(rubric, answers)
    got = {i["id"]: i["score"] for i in result["indicators"]}
    expected = dict.fromkeys(got, 0.0) | indicators
    assert got == pytest.approx(expected)
    assert result["score"] == pytest.approx(total)
    assert result["max_score"] == 10.0
    assert result["percent"] == pytest.approx(total * 10)
    assert result["grade"] is None
    assert [(s["id"], s["max_score"], s["indicators"]) for s in result["sections"]] == [
        ("pemenuhan", 5.0, ["p1", "p2", "p3", "p4", "p5"]),
        ("reform", 5.0, ["r1", "r2"]),
    ]
    assert tuple(s["score"] for s in result["sections"]) == pytest.approx(sections)


def test_unanswered_are_listed_in_rubric_order(rubric):
    result = score(rubric, "  p1.a: b\n  r1.b: {numerator: 1, denominator: 2}\n")
    assert result["unanswered"] == [
        "p1.b", "p1.c", "p1.d",
        "p2.a", "p2.b", "p2.c", "p2.d", "p2.e", "p2.f",
        "p3.a", "p3.b", "p3.c",
        "p4.a", "p4.b", "p4.c",
        "p5.a", "p5.b", "p5.c",
        "r1.a", "r2.a",
    ]  # fmt: skip
    r1 = next(i for i in result["indicators"] if i["id"] == "r1")
    assert r1["criteria"][1] == {
        "id": "r1.b",
        "answer": {"numerator": 1.0, "denominator": 2.0},
        "value": 0.5,
        "answered": True,
    }


def test_section_titles_in_english(rubric):
    doc = parse_document("rubric: pkp-2021\nanswers:\n", "x.yaml", construct=False)
    result = result_record(score_answers(rubric, read_answers(doc, rubric)), "x.yaml", "en")
    assert [s["title"] for s in result["sections"]] == ["Fulfilment", "Reform"]


def test_cli_validate_the_rubric():
    path = shipped_rubrics()["pkp-2021"]
    result = CliRunner().invoke(app, ["validate", str(path), "--lang", "en"])
    assert result.exit_code == 0
    assert (
        result.stdout
        == f"{path}: ok (rubric pkp-2021 1.0: 7 indicators, 22 criteria, maximum 10)\n"
    )
    assert result.stderr == ""
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.stdout.endswith(
        "(rubrik pkp-2021 1.0: 7 indikator, 22 kriteria, nilai maksimum 10)\n"
    )


def test_cli_init_then_score(tmp_path: Path):
    runner = CliRunner()
    target = tmp_path / "jawaban.yaml"
    made = runner.invoke(app, ["init", str(target), "--rubric", "pkp-2021", "--unit", "Kantor X"])
    assert made.exit_code == 0
    assert made.stdout == ""
    assert made.stderr == (
        f"ditulis: {target} (22 kriteria dari rubrik pkp-2021); isi berkasnya, lalu jalankan: "
        f"pkm score {target}\n"
        f"skema untuk editor ditulis ke {tmp_path / '.pkm/schema/answers-pkp-2021.json'}\n"
    )
    text = target.read_text(encoding="utf-8")
    assert (
        "  # p4.a Apakah telah dilakukan survei kepuasan masyarakat terhadap pelayanan?\n" in text
    )
    assert "    # a = Minimal 4 kali dalam setahun (1)\n" in text
    text = re.sub(r"^  p1\.a:$", "  p1.a: b", text, flags=re.MULTILINE)
    text = re.sub(r"^  r1\.a:$", "  r1.a: b", text, flags=re.MULTILINE)
    text = re.sub(
        r"^  r1\.b:$", "  r1.b:\n    numerator: 3\n    denominator: 4", text, flags=re.MULTILINE
    )
    target.write_text(text, encoding="utf-8")
    scored = runner.invoke(app, ["score", str(target), "--format", "json"])
    assert scored.exit_code == 0
    assert scored.stderr == ""
    (result,) = json.loads(scored.stdout)
    assert result["rubric"] == "pkp-2021"
    assert result["unit"] == "Kantor X"
    assert result["score"] == pytest.approx(1.9625)  # 0.75/4 * 1 + (0.67 + 0.75)/2 * 2.5
    assert [s["score"] for s in result["sections"]] == pytest.approx([0.1875, 1.775])
    assert len(result["unanswered"]) == 19

"""Importing a workbook in the official LKE layout: rows matched by text, damage survived."""

from __future__ import annotations

import json
import random

import pytest
import yaml

from lke_builder import build_official
from pkmcli.cli.main import app
from pkmcli.rubric.catalog import load_rubric

RUBRIC = load_rubric("pkp-2021")


def random_official(rng: random.Random, blank: float = 0.15) -> dict[str, str | float | None]:
    answers: dict[str, str | float | None] = {}
    for criterion in RUBRIC.all_criteria():
        if rng.random() < blank:
            continue
        if criterion.type == "ratio":
            answers[f"{criterion.id}.numerator"] = rng.randint(0, 9)
            answers[f"{criterion.id}.denominator"] = rng.randint(1, 9)
        elif criterion.type == "choice":
            answers[criterion.id] = rng.choice(criterion.choices).key
        else:
            answers[criterion.id] = rng.randint(0, 100)
    return answers


def imported(runner, path, *extra):
    result = runner.invoke(app, ["import", str(path), "--lang", "en", *extra])
    return result, (yaml.safe_load(result.stdout) if result.exit_code == 0 else None)


def scored(runner, tmp_path, text, *extra):
    file = tmp_path / "kembali.yaml"
    file.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["score", str(file), "-f", "json", *extra])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)[0]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_official_arithmetic_comes_back_under_skip(runner, tmp_path, seed):
    rng = random.Random(seed)  # noqa: S311 - synthetic test data
    made = build_official(tmp_path / "lke.xlsx", random_official(rng), stored="computed")
    result, data = imported(runner, made.path)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""  # every stored value agrees with pkm's recomputation
    assert data["rubric"] == "pkp-2021"
    assert (data["unit"], data["period"]) == ("Unit Contoh", "2025")
    record = scored(runner, tmp_path, result.stdout, "--unanswered", "skip")
    for indicator in record["indicators"]:
        shown = made.values[f"LKE ZI!L{made.rows[indicator['id']]}"]
        # Nothing answered: the official sheet shows #DIV/0!, pkm's skip scores 0.
        assert indicator["score"] == pytest.approx(0.0 if shown == "#DIV/0!" else shown)


def test_a_ratio_reads_its_two_count_rows_by_their_labels(runner, tmp_path):
    given = {"r1.b.numerator": 3, "r1.b.denominator": 4, "p1.a": "a"}
    made = build_official(tmp_path / "lke.xlsx", given, stored="computed")
    _, data = imported(runner, made.path)
    assert data["answers"]["r1.b"] == {"numerator": 3, "denominator": 4}
    assert data["answers"]["p1.a"] == "a"


def test_real_copies_damage_gives_located_warnings(runner, tmp_path):
    rng = random.Random(5)  # noqa: S311 - synthetic test data
    answers = random_official(rng, blank=0)
    damage = {"option_overwritten", "letters_out_of_order", "duplicate_id", "ref_error",
              "old_notes_sheet"}  # fmt: skip
    made = build_official(tmp_path / "lke.xlsx", answers, damage=damage, stored="computed")
    result, data = imported(runner, made.path)
    assert result.exit_code == 0, result.stderr
    shown = str(made.path)
    lines = result.stderr.splitlines()
    assert any(line.startswith(f"{shown}:LKE ZI!J105: the answer kind 'Ya'") for line in lines)
    assert any(line.startswith(f"{shown}:LKE ZI!K125: p5.c is written again") for line in lines)
    assert any(line.startswith(f"{shown}:LKE ZI!L115: the stored value is the error #REF!")
               for line in lines)  # fmt: skip
    # Letters out of order change nothing: rows are matched by their question.
    assert data["answers"]["p2.b"] == answers["p2.b"]
    assert data["answers"]["p2.c"] == answers["p2.c"]


def test_reviewer_columns_become_review_stages(runner, tmp_path):
    made = build_official(
        tmp_path / "lke.xlsx",
        {"p1.a": "a", "p1.b": "b"},
        stages={"tpi": {"p1.a": "c"}},
        stage_notes={"tpi": {"p1.a": "SK belum ditandatangani"}},
        stored="computed",
    )
    result, data = imported(runner, made.path)
    assert result.exit_code == 0, result.stderr
    (review,) = data["reviews"]
    assert review["stage"] == "tpi"
    assert review["answers"] == {"p1.a": {"answer": "c", "note": "SK belum ditandatangani"}}
    record = scored(runner, tmp_path, result.stdout)
    assert record["stage"] == "tpi"
    assert record["changed"] == ["p1.a"]


def test_a_stored_value_that_disagrees_is_named(runner, tmp_path):
    made = build_official(tmp_path / "lke.xlsx", {"p1.a": "a"}, stored={"L102": 0.25})
    result, _ = imported(runner, made.path)
    assert result.exit_code == 0
    assert (
        f"{made.path}:LKE ZI!L102: the stored value 0.25 differs from what its answers "
        "compute to: 1.0000"
    ) in result.stderr


def test_a_bad_answer_is_an_error_at_its_cell(runner, tmp_path):
    made = build_official(tmp_path / "lke.xlsx", {"p1.a": "F", "p1.d": "mungkin"})
    result, _ = imported(runner, made.path, "-o", str(tmp_path / "j.yaml"))
    assert result.exit_code == 3
    row_a, row_d = made.rows["p1.a"], made.rows["p1.d"]
    assert (
        f"{made.path}:LKE ZI!K{row_a}: 'F' is not an option of p1.a; expected one of "
        "A, B, C, D, E\n"
    ) in result.stderr
    assert f"{made.path}:LKE ZI!K{row_d}: 'mungkin' is not an option of p1.d" in result.stderr
    assert not (tmp_path / "j.yaml").exists()


def test_an_omitted_criterion_is_left_unanswered_with_a_warning(runner, tmp_path):
    made = build_official(tmp_path / "lke.xlsx", {"p1.a": "a"}, omit={"p2.b"}, stored="computed")
    result, data = imported(runner, made.path)
    assert result.exit_code == 0
    assert "criteria with no row on this sheet (left unanswered): p2.b" in result.stderr
    assert data["answers"]["p2.b"] is None


def test_a_stored_indicator_score_that_disagrees_is_named(runner, tmp_path):
    made = build_official(tmp_path / "lke.xlsx", {"p1.a": "a"}, stored={"L101": 0.9})
    result, _ = imported(runner, made.path)
    assert result.exit_code == 0
    assert f"{made.path}:LKE ZI!L101: the stored value 0.9 differs" in result.stderr

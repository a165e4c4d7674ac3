"""Finding and loading rubrics, and the shipped pkp-2019 rubric exactly as the contract lists it."""

from __future__ import annotations

import pytest

from pkmcli.errors import PkmError
from pkmcli.messages.core import use_language
from pkmcli.rubric.catalog import DEFAULT_RUBRIC, data_dir, load_rubric, shipped_rubrics

# English here; the Indonesian of the same problems is held at the end.
pytestmark = pytest.mark.usefixtures("english")

YA_TIDAK = [("ya", 1.0), ("tidak", 0.0)]
ABC = [("a", 1.0), ("b", 0.5), ("c", 0.0)]
ABCD = [("a", 1.0), ("b", 0.67), ("c", 0.33), ("d", 0.0)]

# The seed's table: indicator weights and each criterion's answer type.
PKP_2019 = {
    ("a", 3.0, "Standar Pelayanan"): {
        "a.1": YA_TIDAK,
        "a.2": ABCD,
        "a.3": ABCD,
        "a.4": ABC,
    },
    ("b", 3.0, "Budaya Pelayanan Prima"): {
        "b.1": ABCD,
        "b.2": ABC,
        "b.3": ABC,
        "b.4": ABCD,
        "b.5": YA_TIDAK,
    },
    ("c", 4.0, "Penilaian Kepuasan terhadap Pelayanan"): {
        "c.1": ABC,
        "c.2": YA_TIDAK,
        "c.3": ABCD,
    },
}


def test_shipped_pkp2019_has_the_contracts_indicators_and_weights():
    rubric = load_rubric("pkp-2019")
    assert rubric.id == "pkp-2019"
    assert rubric.sections is None
    assert [(i.id, i.weight, i.title.get("id")) for i in rubric.all_indicators()] == list(PKP_2019)
    assert rubric.max_score == 10.0


def test_shipped_pkp2019_has_the_contracts_criteria_types_and_values():
    rubric = load_rubric("pkp-2019")
    expected = {ident: options for group in PKP_2019.values() for ident, options in group.items()}
    assert [c.id for c in rubric.all_criteria()] == list(expected)
    for criterion in rubric.all_criteria():
        assert criterion.type == "choice", criterion.id
        assert [(o.key, o.value) for o in criterion.choices] == expected[criterion.id], criterion.id
        assert criterion.best_value == 1.0


def test_shipped_pkp2019_texts_are_complete_in_both_languages():
    rubric = load_rubric("pkp-2019")
    assert rubric.title.en
    assert "52/2014" in rubric.source.regulation
    assert "10/2019" in rubric.source.regulation
    assert rubric.source.notes is not None
    assert rubric.source.notes.en
    for indicator in rubric.all_indicators():
        assert indicator.title.en, indicator.id
    for criterion in rubric.all_criteria():
        assert criterion.question.en, criterion.id
        assert criterion.evidence is not None, criterion.id
        assert criterion.evidence.en, criterion.id
        for option in criterion.choices:
            assert option.label is not None, (criterion.id, option.key)
            assert option.label.en, (criterion.id, option.key)
            if option.value != 1.0:
                assert option.recommendation is not None, (criterion.id, option.key)
                assert option.recommendation.en, (criterion.id, option.key)


def test_data_dir_finds_the_shipped_rubrics_and_templates():
    rubrics = data_dir("rubrics")
    assert rubrics.is_dir()
    assert (rubrics / "pkp-2019.yaml").is_file()
    assert data_dir("templates").is_dir()


def test_shipped_rubrics_maps_ids_to_files():
    shipped = shipped_rubrics()
    assert "pkp-2019" in shipped
    assert shipped["pkp-2019"] == data_dir("rubrics") / "pkp-2019.yaml"
    assert list(shipped) == sorted(shipped)
    for ident in shipped:
        assert load_rubric(ident).id == ident


def test_the_default_rubric_is_pkp2019():
    assert DEFAULT_RUBRIC == "pkp-2019"
    assert load_rubric(None) is load_rubric("pkp-2019")


def test_a_rubric_file_loads_by_path_from_any_directory(tmp_path, monkeypatch):
    text = shipped_rubrics()["pkp-2019"].read_text(encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "milik-kami.yaml").write_text(
        text.replace("id: pkp-2019", "id: milik-kami"), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    rubric = load_rubric("sub/milik-kami.yaml")
    assert rubric.id == "milik-kami"
    assert load_rubric(str(tmp_path / "sub" / "milik-kami.yaml")) == rubric


def test_an_unknown_rubric_reference_suggests_the_shipped_ones(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(PkmError) as caught:
        load_rubric("pkp-2109")
    [problem] = caught.value.problems
    shipped = ", ".join(shipped_rubrics())
    assert problem.render() == (
        "--rubric: 'pkp-2109' is neither a shipped rubric id nor a rubric file; did you mean "
        f"pkp-2019? (shipped: {shipped})"
    )
    assert caught.value.exit_code == 3


def test_a_missing_rubric_file_is_reported(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(PkmError) as caught:
        load_rubric("tidak-ada.yaml")
    assert [p.render() for p in caught.value.problems] == [
        "tidak-ada.yaml: no such file or directory"
    ]


def test_an_invalid_rubric_file_reports_its_own_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rusak.yaml").write_text("id: rusak\nversion: 1\n", encoding="utf-8")
    with pytest.raises(PkmError) as caught:
        load_rubric("rusak.yaml")
    assert [p.render() for p in caught.value.problems] == [
        "rusak.yaml:1:1: title: missing required key 'title'",
        "rusak.yaml:1:1: source: missing required key 'source'",
        "rusak.yaml:1:1: a rubric needs 'indicators' (or 'sections', each with its 'indicators')",
    ]


def test_a_rubric_of_ones_own_may_not_take_a_shipped_id(tmp_path):
    own = tmp_path / "salinan.yaml"
    own.write_text(shipped_rubrics()["pkp-2019"].read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(PkmError) as caught:
        load_rubric(str(own))
    assert caught.value.problems[0].render() == (
        f"{own}:1:1: id: 'pkp-2019' is the id of a shipped rubric; give your rubric an id of its "
        "own (for example 'pkp-2019-own'), and name it in your answers files"
    )
    # The shipped file itself, given by its path, is the shipped rubric.
    assert load_rubric(str(shipped_rubrics()["pkp-2019"])).id == "pkp-2019"


def test_an_unknown_rubric_reference_is_said_in_indonesian(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    use_language("id")
    with pytest.raises(PkmError) as caught:
        load_rubric("pkp-2109")
    [problem] = caught.value.problems
    shipped = ", ".join(shipped_rubrics())
    assert problem.render() == (
        "--rubric: 'pkp-2109' bukan id rubrik bawaan maupun berkas rubrik; mungkin maksud Anda "
        f"pkp-2019? (rubrik bawaan: {shipped})"
    )

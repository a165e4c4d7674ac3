"""The rubric schema: every rubric pkm accepts is valid against it; what it can say, it refuses."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from helpers import HOSTILE, ROOT, TESTS
from pkmcli.errors import PkmError
from pkmcli.files.reading import read_text
from pkmcli.rubric.catalog import parse_rubric, shipped_rubrics
from pkmcli.rubric.model import field_types
from pkmcli.rubric.schema import PARTS, rubric_schema, schema_json, write_schema
from schemas import editor_data, errors, file_data, validator


@functools.cache
def checker(lang: str = "id"):
    return validator(rubric_schema("en" if lang == "en" else "id"))


def rubric_files() -> list[Path]:
    """Every YAML file of the shipped rubrics and the tests that pkm accepts as a rubric."""
    found = []
    for path in [*shipped_rubrics().values(), *sorted(TESTS.rglob("*.yaml"))]:
        try:
            parse_rubric(read_text(path, str(path)), str(path))
        except PkmError:
            continue
        found.append(path)
    return found


def test_every_rubric_pkm_accepts_is_valid_against_the_schema():
    files = rubric_files()
    names = {path.name for path in files}
    assert {"pkp-2019.yaml", "pkp-2021.yaml", "rubric-mini.yaml", "mini-rubric.yaml"} <= names
    for path in files:
        for lang in ("id", "en"):
            assert errors(checker(lang), file_data(path)) == [], path.relative_to(ROOT)


def test_the_schema_is_draft_2020_12_and_stable():
    schema = rubric_schema("en")
    validator(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "urn:pkm:schema:rubric"
    assert schema["title"] == "pkm rubric file"
    assert rubric_schema("id")["title"] == "Berkas rubrik pkm"
    assert schema_json(rubric_schema("id")) == schema_json(rubric_schema("id"))


def test_every_part_and_key_of_the_model_is_described():
    schema = rubric_schema("en")
    parts = {"Rubric": schema, **schema["$defs"]}
    assert set(parts) == set(PARTS)
    for name, part in parts.items():
        assert part["description"], name
        assert set(part["properties"]) == set(field_types(PARTS[name])), name
        for key, value in part["properties"].items():
            assert value["description"], f"{name}.{key}"
    assert parts["Text"]["properties"]["id"]["description"] == "The text in Indonesian."
    assert schema["properties"]["unanswered"]["enum"] == ["zero", "skip"]


REFUSED_FILES = [
    "rubric-negative-weight.yaml",
    "rubric-zero-weight.yaml",
    "rubric-weight-text.yaml",
    "rubric-value-above-one.yaml",
    "rubric-value-negative.yaml",
    "rubric-unknown-key.yaml",
    "rubric-no-indicators.yaml",
]


@pytest.mark.parametrize("name", REFUSED_FILES)
def test_rubric_files_pkm_refuses_the_schema_refuses(name):
    path = HOSTILE / name
    with pytest.raises(PkmError):
        parse_rubric(read_text(path, name), name)
    assert errors(checker(), file_data(path)) != []


MINI = """\
id: mini
version: 1.0
title: Rubrik mini
source: {regulation: Uji}
indicators:
  - id: m
    title: {id: Mini, en: Mini}
    weight: 2
    criteria:
      - id: m.1
        question: Apakah ada?
        options:
          - {key: ya, label: Ya, value: 1}
          - {key: tidak, label: Tidak, value: 0}
      - id: m.2
        question: Berapa persen?
        type: percentage
      - id: m.3
        question: Berapa banyak?
        type: ratio
        numerator: Yang sudah
        denominator: Seluruhnya
"""

OPTIONS = MINI[MINI.index("        options:") : MINI.index("      - id: m.2")]
REFUSED = {
    "a version as a list": ("version: 1.0", "version: [1]"),
    "an empty title": ("title: Rubrik mini", 'title: ""'),
    "both sections and indicators": ("indicators:", "sections: []\nindicators:"),
    "a choice without options or scale": (OPTIONS, "        guidance: x\n"),
    "a percentage with a scale": ("type: percentage", "type: percentage\n        scale: ya"),
    "a ratio without its denominator": ("        denominator: Seluruhnya\n", ""),
    "a numerator outside a ratio": ("type: percentage", "type: percentage\n        numerator: x"),
    "an unknown answer type": ("type: percentage", "type: persen"),
    "a bad id": ("id: m.1", "id: m 1"),
    "an unknown policy": ("version: 1.0", "version: 1.0\nunanswered: nol"),
}


def test_the_mini_rubric_is_good_to_both():
    parse_rubric(MINI, "mini.yaml")
    assert errors(checker(), editor_data(MINI)) == []


@pytest.mark.parametrize("case", list(REFUSED))
def test_what_the_model_refuses_the_schema_refuses(case):
    old, new = REFUSED[case]
    assert old in MINI
    text = MINI.replace(old, new, 1)
    with pytest.raises(PkmError):
        parse_rubric(text, "mini.yaml")
    assert errors(checker(), editor_data(text)) != [], case


def test_a_schema_file_is_written_once_and_left_alone_when_it_holds_the_same(tmp_path):
    path = tmp_path / "a" / "b" / "schema.json"
    assert write_schema(path, "{}\n") is True
    before = path.stat().st_mtime_ns
    assert write_schema(path, "{}\n") is False
    assert path.stat().st_mtime_ns == before
    assert write_schema(path, "[]\n") is True
    assert path.read_text(encoding="utf-8") == "[]\n"


def test_a_folder_that_cannot_be_made_is_a_located_problem(tmp_path):
    (tmp_path / "a").write_text("a file, not a folder", encoding="utf-8")
    with pytest.raises(PkmError) as caught:
        write_schema(tmp_path / "a" / "schema.json", "{}\n")
    (problem,) = caught.value.problems
    assert problem.file == str(tmp_path / "a" / "schema.json")
    assert problem.message.startswith(f"tidak dapat membuat folder {tmp_path / 'a'}: ")

"""Every sentence exists in both languages, and every sentence the code asks for exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

from pkmcli.survey.words import WORDS, say

SOURCES = [
    *Path(__file__).parents[2].joinpath("src", "pkmcli", "survey").glob("*.py"),
    Path(__file__).parents[2] / "src" / "pkmcli" / "cli" / "skm.py",
]
TEMPLATES = list(Path(__file__).parents[2].joinpath("templates").glob("skm-*.j2"))


def test_every_key_in_both_languages():
    only_id = set(WORDS["id"]) - set(WORDS["en"])
    only_en = set(WORDS["en"]) - set(WORDS["id"])
    assert not only_id, f"only in Indonesian: {sorted(only_id)}"
    assert not only_en, f"only in English: {sorted(only_en)}"


def test_both_languages_fill_in_the_same_values():
    fields = string.Formatter()
    for name, text in WORDS["id"].items():
        wanted = {f for _, f, _, _ in fields.parse(text) if f}
        given = {f for _, f, _, _ in fields.parse(WORDS["en"][name]) if f}
        assert wanted == given, name


def test_every_key_the_code_asks_for_exists():
    asked = set()
    for source in SOURCES:
        asked |= set(re.findall(r'say\(\s*[\w.]+,\s*"(\w+)"', source.read_text()))
        asked |= {f"def_{k}" for k in re.findall(r'\), "(\w+)", \{', source.read_text())}
    for template in TEMPLATES:
        asked |= set(re.findall(r"words\.(\w+)", template.read_text()))
    missing = sorted(k for k in asked if k not in WORDS["id"])
    assert not missing
    assert len(asked) > 100


def test_say_fills_in():
    assert say("en", "wrote", path="x.md") == "wrote x.md"
    assert say("id", "wrote", path="x.md") == "ditulis: x.md"

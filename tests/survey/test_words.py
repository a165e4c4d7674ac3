"""The survey's sentences come from the catalogue's `survey` area, and every one it asks for exists.

Both languages, and the same fields in each, are held for every area by
tests/messages/test_core.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from pkmcli.messages.core import table
from pkmcli.survey.words import WORDS, say

SOURCES = [
    *Path(__file__).parents[2].joinpath("src", "pkmcli", "survey").glob("*.py"),
    Path(__file__).parents[2] / "src" / "pkmcli" / "cli" / "skm.py",
]
TEMPLATES = list(Path(__file__).parents[2].joinpath("templates").glob("skm-*.j2"))


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


def test_the_words_are_the_catalogues_survey_area():
    assert WORDS is table("survey")

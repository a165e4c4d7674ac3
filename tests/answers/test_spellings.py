"""The spellings of values in the answers schema: patterns in the dialect schemas share."""

from __future__ import annotations

import re

import pytest

from pkmcli.answers.spellings import (
    REVISION,
    any_case,
    count_value,
    percent_value,
    typed_forms,
)


def test_any_case_matches_every_case_and_escapes_what_a_pattern_reads_as_syntax():
    assert any_case("ya") == "[Yy][Aa]"
    assert any_case("a.1 (b)") == r"[Aa]\.1 \([Bb]\)"
    assert any_case("x-y/z") == r"[Xx]-[Yy]\/[Zz]"
    assert re.fullmatch(any_case("Ñandú"), "ñANDÚ")


def test_typed_forms_are_what_yaml_makes_of_the_words():
    assert typed_forms(["Yes", "No", "a", "1", "tidak"]) == [True, False, 1]
    assert typed_forms(["1", "on"]) == [1, True]  # 1 and true stay apart


def pattern_of(schema, kind="string"):
    return next(b["pattern"] for b in schema["anyOf"] if b.get("type") == kind)


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("85", True),
        ("85,5 %", True),
        (" 100.0% ", True),
        ("0.85", True),
        ("-0", True),
        ("5e1", True),
        ("", True),
        ("100,5", False),
        ("101", False),
        ("-5", False),
        ("delapan", False),
    ],
)
def test_percentages_as_text(text, taken):
    assert bool(re.search(pattern_of(percent_value()), text)) is taken


@pytest.mark.parametrize(
    ("text", "numerator", "denominator"),
    [("3", True, True), ("0", True, False), ("0,0", True, False), ("12,5%", True, True)],
)
def test_ratio_numbers_as_text(text, numerator, denominator):
    assert bool(re.search(pattern_of(count_value(zero=True)), text)) is numerator
    below = count_value(zero=False)
    branch = next(b for b in below["anyOf"] if b.get("type") == "string")
    fits = re.search(branch["pattern"], text) and not re.search(branch["not"]["pattern"], text)
    assert bool(fits) is denominator


def test_revision_words_in_any_case():
    pattern = pattern_of(REVISION)
    assert all(re.search(pattern, word) for word in ("Ya", "TIDAK", " y ", "No", "true"))
    assert not re.search(pattern, "mungkin")

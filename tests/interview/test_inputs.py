"""What typed lines mean: options by key, label or unique prefix."""

from __future__ import annotations

import pytest

from pkmcli.interview.inputs import choose_option, jump_target, parse_answer
from pkmcli.rubric.catalog import load_rubric
from pkmcli.rubric.model import Rubric


@pytest.fixture
def rubric() -> Rubric:
    return load_rubric("pkp-2019")


def test_choose_option_accepts_labels_and_unique_prefixes(rubric):
    yes_no = rubric.criterion("a.1")
    assert yes_no is not None
    assert [choose_option(yes_no, t).key for t in ("ya", "TIDAK", "Yes", "no", "t", "y")] == [
        "ya",
        "tidak",
        "ya",
        "tidak",
        "tidak",
        "ya",
    ]
    assert choose_option(yes_no, "x") is None
    assert choose_option(yes_no, "") is None
    assert parse_answer(yes_no, "<") is None
    assert jump_target(":a.3") == jump_target(": a.3") == jump_target("g a.3") == "a.3"
    assert jump_target("ga.3") is None

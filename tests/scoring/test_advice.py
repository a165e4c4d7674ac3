"""What to do next and the change since a baseline: which steps, in which order, gaining what."""

from __future__ import annotations

import pytest

from helpers import DATA
from pkmcli.answers.reader import load_answers
from pkmcli.rubric.catalog import load_rubric
from pkmcli.scoring.advice import compare_results, next_option, rank_steps, worst_option
from pkmcli.scoring.arithmetic import score_answers


def scored(name: str, rubric: str | None = None):
    return score_answers(*load_answers(DATA / name, rubric))


def test_steps_are_ranked_by_total_score_gain():
    steps = rank_steps(scored("report-mid.yaml"))
    # gain = (next option's value - current value) / criteria in the indicator x weight
    assert [(s.item.criterion.id, round(s.gain, 4)) for s in steps] == [
        ("c.1", round(0.5 / 3 * 4, 4)),
        ("c.3", round(0.33 / 3 * 4, 4)),
        ("a.4", round(0.5 / 4 * 3, 4)),
        ("b.3", round(0.5 / 5 * 3, 4)),
        ("a.2", round(0.33 / 4 * 3, 4)),
        ("a.3", round(0.33 / 4 * 3, 4)),
        ("b.1", round(0.34 / 5 * 3, 4)),
        ("b.4", round(0.34 / 5 * 3, 4)),
    ]


def test_step_targets_and_recommendations():
    steps = {s.item.criterion.id: s for s in rank_steps(scored("report-mid.yaml"))}
    assert steps["a.2"].target is not None
    assert steps["a.2"].target.key == "a"
    assert steps["a.2"].recommendation is not None
    assert steps["a.2"].recommendation.id.startswith("Publikasikan maklumat")
    # Unanswered: the next option above nothing, with the worst option's advice.
    assert steps["c.3"].target is not None
    assert steps["c.3"].target.key == "c"
    assert steps["c.3"].recommendation is not None
    assert steps["c.3"].recommendation.id.startswith("Bahas hasil survei")


def test_numeric_criteria_aim_at_full_value():
    steps = rank_steps(scored("report-mini.yaml", str(DATA / "rubric-mini.yaml")))
    by_id = {s.item.criterion.id: s for s in steps}
    assert by_id["i.b"].target is None
    assert by_id["i.b"].gain == pytest.approx(0.6 / 2 * 2)
    assert by_id["j.a"].recommendation is None


def test_option_neighbours():
    criterion = load_rubric("pkp-2019").criterion("a.2")
    assert criterion is not None
    keys = [getattr(next_option(criterion, v), "key", None) for v in (0, 0.33, 0.67, 1.0)]
    assert keys == ["c", "b", "a", None]
    assert getattr(worst_option(criterion), "key", None) == "d"


def test_compare_results():
    change = compare_results(scored("report-mid.yaml"), scored("report-mid-2025.yaml"))
    assert change.total == pytest.approx(6.026 - (1.245 + 0.498 + 2 / 3))
    assert change.by_indicator == pytest.approx(
        {"a": 2.13 - 1.245, "b": 1.896 - 0.498, "c": 2 - 2 / 3}
    )
    assert change.before == pytest.approx({"a": 1.245, "b": 0.498, "c": 2 / 3})

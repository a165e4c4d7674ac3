"""The figures of a portfolio: spread, threshold, grade bands, criterion tallies, weakest."""

from __future__ import annotations

import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import DATA, MINI_RUBRIC
from pkmcli.report.figures import (
    bands,
    meeting,
    spread,
    stage_columns,
    tally_changes,
    tally_criteria,
    weakest,
)
from pkmcli.report.portfolio import gather_portfolio
from pkmcli.rubric.catalog import load_rubric

PORTFOLIO = DATA / "portfolio" / "pkp"
LATEST = [str(PORTFOLIO / f"kantor-{u}-2026.yaml") for u in "abc"]


def test_spread_of_totals():
    figures = spread([40.0, 60.0, 80.0])
    assert (figures.count, figures.mean, figures.minimum, figures.maximum) == (3, 60.0, 40.0, 80.0)
    assert figures.deviation == pytest.approx(statistics.pstdev([40.0, 60.0, 80.0]))
    assert spread([55.5]).deviation == 0.0


@given(st.lists(st.floats(min_value=0, max_value=100), min_size=1, max_size=50))
def test_spread_bounds(percents):
    figures = spread(percents)
    assert figures.minimum <= figures.mean + 1e-9
    assert figures.mean <= figures.maximum + 1e-9
    assert figures.deviation >= 0
    assert figures.deviation <= (figures.maximum - figures.minimum) / 2 + 1e-9


def test_meeting_counts_the_threshold_itself():
    assert meeting([74.99, 75.0, 90.0], 75) == 2
    assert meeting([10.0], 0) == 1


def test_bands_highest_first_with_units_under_every_band():
    rubric = load_rubric(str(MINI_RUBRIC))
    found = bands(rubric, [95.0, 90.0, 60.0, 10.0])
    assert [(b.grade.label.id if b.grade else None, b.count) for b in found] == [
        ("Sangat Baik", 2),
        ("Baik", 1),
        ("Kurang", 1),
    ]
    assert bands(load_rubric("pkp-2019"), [50.0]) == []


def test_units_under_the_lowest_band_are_counted_apart(tmp_path):
    text = MINI_RUBRIC.read_text(encoding="utf-8").replace("min_percent: 0,", "min_percent: 20,")
    (tmp_path / "mini.yaml").write_text(text, encoding="utf-8")
    found = bands(load_rubric(str(tmp_path / "mini.yaml")), [10.0, 60.0])
    assert [(b.grade.min_percent if b.grade else None, b.count) for b in found] == [
        (90.0, 0),
        (50.0, 1),
        (20.0, 0),
        (None, 1),
    ]


def tallies():
    group = gather_portfolio(LATEST, None).groups[0]
    return {t.criterion.id: t for t in tally_criteria(group)}


def test_tally_mean_below_and_unanswered():
    found = tallies()
    assert list(found) == [c.id for c in load_rubric("pkp-2019").all_criteria()]
    a1 = found["a.1"]  # ya, ya, tidak
    assert (a1.mean, a1.below, a1.unanswered, a1.of) == (pytest.approx(2 / 3), 1, 0, 3)
    c3 = found["c.3"]  # b, a, unanswered
    assert (c3.below, c3.unanswered) == (2, 1)
    assert c3.mean == pytest.approx((0.67 + 1 + 0) / 3)
    b3 = found["b.3"]  # c, b, c: everyone below the best
    assert b3.below == 3


def test_moves_fold_units_with_the_same_step_most_common_first():
    b3 = tallies()["b.3"]
    moves = [(m.option.key if m.option else None, m.target.key if m.target else None, m.count)
             for m in b3.moves]  # fmt: skip
    assert moves == [("c", "b", 2), ("b", "a", 1)]
    c3 = tallies()["c.3"]
    unanswered = next(m for m in c3.moves if not m.answered)
    assert (unanswered.option, unanswered.count) == (None, 1)
    assert unanswered.target is not None
    assert unanswered.recommendation is not None


def test_weakest_lowest_mean_first_and_only_below_best():
    found = weakest(list(tallies().values()))
    assert len(found) == 5
    means = [t.mean for t in found]
    assert means == sorted(means)
    assert all(t.below > 0 for t in found)
    assert found[0].criterion.id == "b.3"  # 0.33, 0.67, 0.33: the lowest mean
    assert weakest(list(tallies().values()), limit=2) == found[:2]


def test_weakest_is_empty_when_everyone_is_best(write_answers):
    ids = [c.id for c in load_rubric("pkp-2019").all_criteria()]
    best = {"a.1": "ya", "b.5": "ya", "c.2": "ya"}
    body = ", ".join(f"{i}: {best.get(i, 'a')}" for i in ids)
    path = write_answers(f"rubric: pkp-2019\nunit: U\nanswers: {{{body}}}\n")
    group = gather_portfolio([str(path)], None).groups[0]
    assert weakest(tally_criteria(group)) == []


REVIEWED = sorted(str(p) for p in (DATA / "portfolio" / "reviewed").glob("*.yaml"))


def test_changes_are_counted_over_reviewed_units_only():
    (group,) = gather_portfolio(REVIEWED, None).groups
    assert stage_columns(group) == ["unit", "tpi", "tpn"]
    found = tally_changes(group)
    assert [(t.criterion.id, t.count, t.reviewed) for t in found] == [
        ("a.2", 2, 2), ("c.2", 1, 2), ("b.2", 1, 2), ("b.4", 1, 2),
    ]  # fmt: skip
    assert (found[0].unit_mean, found[0].stage_mean) == pytest.approx((0.835, 0.5))
    assert len(tally_changes(group, limit=2)) == 2


def test_a_stage_changes_what_counts_as_changed():
    (group,) = gather_portfolio(REVIEWED, None, stage="tpi").groups
    assert [t.criterion.id for t in tally_changes(group)] == ["a.2", "b.2", "b.4"]
    # The columns stop at the stage reported: TPN's figures are not part of a TPI report.
    assert stage_columns(group) == ["unit", "tpi"]


def test_no_reviews_no_stage_columns_and_no_changes():
    (group,) = gather_portfolio(LATEST, None).groups
    assert stage_columns(group) == []
    assert tally_changes(group) == []

"""The heatmap: a value in every cell, a colour step for it, unanswered marked apart."""

from __future__ import annotations

import pytest

from helpers import DATA
from pkmcli.answers.model import Answer
from pkmcli.report.figures import tally_criteria
from pkmcli.report.heatmap import (
    STEPS,
    UNANSWERED_MARK,
    HeatCell,
    build_heatmap,
    criterion_cell,
    level_of,
    value_cell,
)
from pkmcli.report.portfolio import gather_portfolio
from pkmcli.rubric.catalog import load_rubric
from pkmcli.scoring.arithmetic import CriterionScore

PORTFOLIO = DATA / "portfolio" / "pkp"


@pytest.mark.parametrize(
    ("value", "level"),
    [(0.0, 0), (0.04, 0), (0.05, 1), (0.25, 3), (0.33, 3), (0.5, 5), (0.67, 7), (0.75, 8),
     (0.949, 9), (0.95, 10), (1.0, 10), (-0.2, 0), (1.7, 10)],
)  # fmt: skip
def test_levels_round_half_up_within_the_scale(value, level):
    assert level_of(value) == level


def test_value_cells_write_the_number_in_the_language():
    assert value_cell(0.675, "id") == HeatCell("0,68", 7)
    assert value_cell(0.675, "en") == HeatCell("0.68", 7)
    assert value_cell(1.125, "en").text == "1.13"


def test_unanswered_is_no_zero():
    criterion = load_rubric("pkp-2019").criterion("a.2")
    assert criterion is not None
    unanswered = CriterionScore(criterion, Answer(), None, 0.0)
    assert criterion_cell(unanswered, "id") == HeatCell(UNANSWERED_MARK, None)
    worst = criterion.find_option("d")
    zero = CriterionScore(criterion, Answer(key="d"), worst, 0.0)
    assert criterion_cell(zero, "id") == HeatCell("0,00", 0)


def test_layout_rows_in_ranking_order_columns_by_indicator():
    paths = [str(PORTFOLIO / f"kantor-{u}-2026.yaml") for u in "abc"]
    group = gather_portfolio(paths, None).groups[0]
    tallies = tally_criteria(group)
    view = build_heatmap(group.standings, tallies, ["u1", "u2", "u3"], ["B", "A", "C"], "en")
    assert [(g.id, g.span) for g in view.groups] == [("a", 4), ("b", 5), ("c", 3)]
    assert [c.id for c in view.columns][:3] == ["a.1", "a.2", "a.3"]
    assert [(r.anchor, r.label) for r in view.rows] == [("u1", "B"), ("u2", "A"), ("u3", "C")]
    weak = view.rows[2].cells
    assert [c.text for c in weak] == [
        "0.00", "0.00", "0.33", "0.00", "0.33", "0.00", "0.00", "0.00", "0.00", "0.50",
        UNANSWERED_MARK, UNANSWERED_MARK,
    ]  # fmt: skip
    assert [c.level for c in weak[-3:]] == [5, None, None]
    assert [m.text for m in view.means] == [f"{t.mean:.2f}" for t in tallies]
    assert [c.level for c in view.levels] == list(range(STEPS + 1))


def test_rows_need_a_name_each():
    group = gather_portfolio([str(PORTFOLIO / "kantor-b-2026.yaml")], None).groups[0]
    with pytest.raises(ValueError, match="zip"):
        build_heatmap(group.standings, tally_criteria(group), [], [], "id")

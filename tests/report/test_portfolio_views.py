"""The portfolio's small formatting rules: changes between shown totals, shared ranks."""

from __future__ import annotations

import pytest

from pkmcli.report.portfolio_views import ChangeView, change_view, competition_ranks


def test_change_is_taken_between_the_totals_as_shown():
    # 6.025 shows as 6.03 and 2.414 as 2.41: a reader subtracting by hand gets 3.62.
    assert change_view(6.025, 2.414, "2025", "en") == ChangeView("+3.62", "▲", "up", "2025", "2.41")
    assert change_view(6.025, 2.414, "2025", "id") == ChangeView("+3,62", "▲", "up", "2025", "2,41")


@pytest.mark.parametrize(
    ("now", "before", "text", "direction"),
    [(1.0, 2.5, "-1.50", "down"), (3.004, 2.996, "0.00", "same"), (3.0, 3.0, "0.00", "same")],
)
def test_change_directions(now, before, text, direction):
    change = change_view(now, before, None, "en")
    assert (change.text, change.direction) == (text, direction)
    assert change.arrow == {"down": "▼", "same": "="}[direction]


def test_equal_scores_share_a_rank():
    assert competition_ranks([9.0, 7.5, 7.5, 7.5, 1.0]) == [1, 2, 2, 2, 5]
    assert competition_ranks([5.0]) == [1]
    assert competition_ranks([]) == []

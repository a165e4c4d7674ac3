"""Timestamps as forms and spreadsheets write them."""

from __future__ import annotations

from datetime import date

import pytest

from pkmcli.survey.moments import parse_day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024/01/15 10:23:45 AM GMT+7", date(2024, 1, 15)),
        ("2024-01-15 10:23:45", date(2024, 1, 15)),
        ("15/01/2024 10:23:45", date(2024, 1, 15)),
        ("05/01/2024", date(2024, 1, 5)),
        ("1/15/2024 10:23:45", date(2024, 1, 15)),
        ("2024/13/45", None),
        ("kemarin", None),
        ("", None),
    ],
)
def test_parse_day(text, day):
    assert parse_day(text) == day

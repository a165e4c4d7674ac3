"""Gathering a portfolio: files read and scored, invalid ones kept, units matched across periods."""

from __future__ import annotations

import pytest

from helpers import DATA
from pkmcli.answers.reader import load_answers
from pkmcli.errors import PkmError, Problem
from pkmcli.report.portfolio import (
    Entry,
    gather_portfolio,
    match_periods,
    period_order,
    unit_identity,
)
from pkmcli.scoring.arithmetic import score_answers

PORTFOLIO = DATA / "portfolio" / "pkp"


def entry(write_answers, name: str, unit: str | None, period: str | None, keys: str) -> Entry:
    lines = ["rubric: pkp-2019"]
    if unit is not None:
        lines.append(f'unit: "{unit}"')
    if period is not None:
        lines.append(f'period: "{period}"')
    lines.append("answers: {" + keys + "}")
    path = write_answers("\n".join(lines) + "\n", name)
    rubric, answers = load_answers(path)
    return Entry(str(path), score_answers(rubric, answers))


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_gathers_every_file_and_keeps_the_invalid_one():
    paths = sorted(str(p) for p in PORTFOLIO.glob("*.yaml"))
    portfolio = gather_portfolio(paths, None)
    assert portfolio.files == 6
    assert [bad.file for bad in portfolio.invalid] == [str(PORTFOLIO / "rusak.yaml")]
    assert [p.render() for p in portfolio.invalid[0].problems] == [
        f"{PORTFOLIO / 'rusak.yaml'}:6:8: a.1: 'mungkin' is not an option here; expected one of ya, tidak",
        f"{PORTFOLIO / 'rusak.yaml'}:7:3: unknown criterion 'z.9' (rubric pkp-2019 has a.1 to c.3)",
    ]
    assert portfolio.problems == list(portfolio.invalid[0].problems)
    assert [g.rubric.id for g in portfolio.groups] == ["pkp-2019", "pkp-2021"]
    units = [[s.current.unit for s in g.standings] for g in portfolio.groups]
    assert units == [["Kantor Uji B", "Kantor Uji A", "Kantor Uji C"], ["Kantor Uji D"]]
    assert portfolio.units == 4


def test_latest_period_is_ranked_against_the_one_before():
    paths = sorted(str(p) for p in PORTFOLIO.glob("kantor-*.yaml"))
    group = gather_portfolio(paths, None).groups[0]
    assert group.several_periods is True
    a = next(s for s in group.standings if s.current.unit == "Kantor Uji A")
    assert (a.current.period, a.periods) == ("2026", 2)
    assert a.previous is not None
    assert (a.previous.unit, a.previous.period) == ("kantor uji  a", "2025")
    b = next(s for s in group.standings if s.current.unit == "Kantor Uji B")
    assert (b.previous, b.periods) == (None, 1)
    # The other rubric's only unit has one period, so that section shows no change column.
    assert gather_portfolio(paths, None).groups[1].several_periods is False


def test_scores_are_those_of_the_arithmetic():
    path = PORTFOLIO / "kantor-a-2026.yaml"
    group = gather_portfolio([str(path), str(PORTFOLIO / "kantor-b-2026.yaml")], None).groups[0]
    rubric, answers = load_answers(path)
    expected = score_answers(rubric, answers)
    found = next(s.current.result for s in group.standings if s.current.file == str(path))
    assert found.score == expected.score
    assert [i.score for i in found.indicators] == [i.score for i in expected.indicators]


def test_missing_inputs_are_listed_apart_from_the_files_read():
    lost = Problem("tiada.yaml", "no such file or directory")
    portfolio = gather_portfolio([str(PORTFOLIO / "kantor-b-2026.yaml")], None, [lost])
    assert (portfolio.files, portfolio.invalid) == (1, ())
    assert [m.file for m in portfolio.missing] == ["tiada.yaml"]
    assert portfolio.problems == [lost]


def test_a_broken_rubric_stops_the_run_once(tmp_path):
    rubric = tmp_path / "rubrik.yaml"
    rubric.write_text("id: x\n", encoding="utf-8")
    with pytest.raises(PkmError) as caught:
        gather_portfolio([str(PORTFOLIO / "kantor-b-2026.yaml")], str(rubric))
    assert {p.file for p in caught.value.problems} == {str(rubric)}


def test_a_given_rubric_applies_to_every_file():
    paths = [str(PORTFOLIO / "kantor-b-2026.yaml"), str(PORTFOLIO / "kantor-d-2021.yaml")]
    portfolio = gather_portfolio(paths, "pkp-2019")
    assert [g.rubric.id for g in portfolio.groups] == ["pkp-2019"]
    assert [i.file for i in portfolio.invalid] == [paths[1]]


def test_same_unit_and_period_twice_uses_the_later_path(write_answers):
    first = entry(write_answers, "a.yaml", "Unit X", "2026", "a.1: ya")
    second = entry(write_answers, "b.yaml", " unit   x ", "2026", "a.1: tidak")
    standings, duplicates = match_periods([second, first])
    assert [s.current.file for s in standings] == [second.file]
    assert [(d.file, d.kept) for d in duplicates] == [(first.file, second.file)]


def test_units_without_a_name_never_match(write_answers):
    one = entry(write_answers, "a.yaml", None, "2025", "a.1: ya")
    two = entry(write_answers, "b.yaml", None, "2026", "a.1: ya")
    standings, duplicates = match_periods([one, two])
    assert (len(standings), duplicates) == (2, [])
    assert unit_identity(one) != unit_identity(two)
    assert all(s.periods == 1 for s in standings)


def test_ranking_is_by_score_then_name(write_answers):
    low = entry(write_answers, "c.yaml", "Cendana", "2026", "a.1: tidak")
    tie_b = entry(write_answers, "b.yaml", "beringin", "2026", "a.1: ya")
    tie_a = entry(write_answers, "a.yaml", "Akasia", "2026", "a.1: ya")
    standings, _ = match_periods([low, tie_b, tie_a])
    assert [s.current.unit for s in standings] == ["Akasia", "beringin", "Cendana"]


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("2025", "2026"),
        ("2025-2", "2025-10"),
        ("2025", "2025-S1"),
        (None, "2020"),
        ("Semester 1 2026", "Semester 2 2026"),
    ],
)
def test_periods_order_as_people_write_them(earlier, later):
    assert period_order(earlier) < period_order(later)


def test_periods_ignore_case_and_outer_space():
    assert period_order(" 2026 ") == period_order("2026")
    assert period_order("TW1") == period_order("tw1")

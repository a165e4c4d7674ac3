"""The SKM arithmetic against hand-computed cases and the regulation's own figures."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pkmcli.survey.arithmetic import (
    element_score,
    grade,
    krejcie_morgan,
    required_sample,
    score_counts,
)
from pkmcli.survey.catalog import load_survey

SURVEY = load_survey("skm-2017", "en")
IDS = [e.id for e in SURVEY.elements]
# The example of the facts: 29 respondents, element totals in the regulation's order.
TOTALS_29 = [105, 101, 100, 116, 102, 105, 106, 105, 115]


def counts_for(total: int, answered: int) -> list[int]:
    """Spread ``answered`` answers of 1-4 so that they sum to ``total``."""
    counts = [0, 0, answered, 0]
    current = 3 * answered
    while current < total:
        counts[2] -= 1
        counts[3] += 1
        current += 1
    while current > total:
        counts[2] -= 1
        counts[1] += 1
        current -= 1
    return counts


def test_twenty_nine_respondents_from_element_totals():
    counts = {ident: counts_for(total, 29) for ident, total in zip(IDS, TOTALS_29, strict=True)}
    score = score_counts(SURVEY, counts)
    assert score.ikm == Fraction(955 * 25, 29 * 9)
    assert round(float(score.ikm), 3) == 91.475
    assert score.band is not None
    assert score.band.grade == "A"
    printed = {name: round(float(value), 2) for name, value in score.printed_weights}
    assert printed == {"0.11": 90.56, "0.111": 91.38}
    assert [e.total for e in score.elements] == TOTALS_29
    assert all(e.answered == 29 for e in score.elements)


def test_element_nrr_and_ikm():
    element = element_score(SURVEY, "persyaratan", [1, 2, 3, 4])
    assert element.answered == 10
    assert element.total == 1 + 4 + 9 + 16
    assert element.nrr == Fraction(30, 10)
    assert element.ikm == 75
    assert element.band is not None
    assert element.band.grade == "C"


def test_blank_answers_are_left_out_of_the_denominator():
    # Blanks are not counted at all: 2 answers of 4 give NRR 4, whatever the respondents.
    score = score_counts(SURVEY, {ident: [0, 0, 0, 2] for ident in IDS})
    assert score.ikm == 100
    low = score_counts(SURVEY, {**{ident: [0, 0, 0, 2] for ident in IDS}, "biaya": [1, 0, 0, 0]})
    assert low.ikm == Fraction(8 * 4 + 1, 9) * 25


def test_unanswered_element_is_left_out_and_weights_scale_up():
    counts = {ident: [0, 0, 5, 0] for ident in IDS[:-1]}
    score = score_counts(SURVEY, counts)
    assert score.elements[-1].nrr is None
    assert score.ikm == 75
    assert score.printed_weights == ()


@pytest.mark.parametrize(
    ("ikm", "expected"),
    [
        ("88.31", "A"),
        ("88.30", "B"),
        ("88.305", "A"),
        ("88.3049", "B"),
        ("76.61", "B"),
        ("76.60", "C"),
        ("65.00", "C"),
        ("64.99", "D"),
        ("100", "A"),
        ("25", "D"),
    ],
)
def test_grade_boundaries_are_inclusive_on_the_rounded_index(ikm, expected):
    assert grade(SURVEY.bands, Fraction(ikm)).grade == expected


def test_grade_words():
    words = {b.grade: (b.performance.id, b.performance.en) for b in SURVEY.bands}
    assert words["A"] == ("Sangat Baik", "Very good")
    assert words["D"][0] == "Tidak Baik"
    assert {b.grade: b.low for b in SURVEY.bands}["B"] == Decimal("76.61")


@pytest.mark.parametrize(
    ("population", "sample"),
    [
        (100, 80),
        (1_000, 278),
        (10_000, 370),
        (20_000, 377),
        (50_000, 381),
        (75_000, 382),
        (1_000_000, 384),
    ],
)
def test_krejcie_morgan_table_rows(population, sample):
    assert krejcie_morgan(population) == sample
    assert required_sample(population) == sample


def test_populations_between_rows_take_the_next_row_up():
    assert required_sample(101) == required_sample(110) == 86
    assert required_sample(999) == 278
    assert required_sample(5_000_000) == 384
    assert required_sample(7) == 7


answer_counts = st.lists(
    st.lists(st.integers(0, 40), min_size=4, max_size=4).filter(any), min_size=9, max_size=9
)


@settings(max_examples=200, deadline=None)
@given(answer_counts)
def test_ikm_stays_on_its_scale(rows):
    score = score_counts(SURVEY, dict(zip(IDS, rows, strict=True)))
    assert score.ikm is not None
    assert 25 <= score.ikm <= 100
    assert score.band is not None


respondents = st.lists(
    st.lists(st.integers(0, 4), min_size=9, max_size=9).filter(any), min_size=1, max_size=60
)


def _score_rows(rows):
    counts = {ident: [0, 0, 0, 0] for ident in IDS}
    for row in rows:
        for ident, value in zip(IDS, row, strict=True):
            if value:
                counts[ident][value - 1] += 1
    return score_counts(SURVEY, counts).ikm


@settings(max_examples=200, deadline=None)
@given(respondents, st.randoms())
def test_order_of_respondents_changes_nothing(rows, rnd):
    shuffled = list(rows)
    rnd.shuffle(shuffled)
    assert _score_rows(rows) == _score_rows(shuffled)


@settings(max_examples=200, deadline=None)
@given(respondents, st.data())
def test_one_better_answer_never_lowers_the_index(rows, data):
    index = data.draw(st.integers(0, len(rows) - 1))
    answered = [i for i, v in enumerate(rows[index]) if 0 < v < 4]
    if not answered:
        return
    column = data.draw(st.sampled_from(answered))
    better = [list(r) for r in rows]
    better[index][column] += 1
    before, after = _score_rows(rows), _score_rows(better)
    assert before is not None
    assert after is not None
    assert after > before

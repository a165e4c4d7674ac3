"""SKM arithmetic (PermenPANRB 14/2017): counts of answers -> NRR, IKM, grade; sample size.

Pure functions on exact fractions: the weights are exactly 1/9 (not the 0,11 the regulation
prints), and nothing is rounded until a grade is read off the conversion table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from pkmcli.numbers import round_half_up
from pkmcli.survey.definition import SCALE, Band, Survey, grade_band

# NRR (1-4) x 25 puts the index on 25-100.
SCALE_FACTOR = 25
# Krejcie & Morgan (1970): chi-square for 1 degree of freedom at 95 %, P = 0.5, d = 0.05.
CHI_SQUARE = Fraction("3.841")
PROPORTION = Fraction(1, 2)
MARGIN = Fraction("0.05")
# The populations of the published table; one between two rows takes the next row up.
TABLE_ROWS = (
    *range(10, 100, 5),
    *range(100, 300, 10),
    *range(300, 500, 20),
    *range(500, 1000, 50),
    *range(1000, 2000, 100),
    *range(2000, 3000, 200),
    *range(3000, 5000, 500),
    *range(5000, 10000, 1000),
    10_000,
    15_000,
    20_000,
    30_000,
    40_000,
    50_000,
    75_000,
    1_000_000,
)


@dataclass(frozen=True, slots=True)
class ElementScore:
    """One element's tally and what it comes to."""

    id: str
    counts: tuple[int, ...]  # how many answered 1, 2, 3, 4
    answered: int
    total: int
    nrr: Fraction | None  # None when nobody answered the element
    ikm: Fraction | None
    band: Band | None


@dataclass(frozen=True, slots=True)
class Score:
    """The survey's result: every element, the weighted IKM and its band."""

    elements: tuple[ElementScore, ...]
    ikm: Fraction | None
    band: Band | None
    # What the IKM would show with the weight printed in the regulation (0,11) and 0,111.
    printed_weights: tuple[tuple[str, Fraction], ...]


def rounded(value: Fraction) -> Decimal:
    """Round as every display does: half up to 2 decimals (the grade is read from this)."""
    return round_half_up(float(value), 2)


def grade(bands: tuple[Band, ...], ikm: Fraction) -> Band:
    """Return the band of an IKM on 25-100, read on its value rounded to 2 decimals."""
    return grade_band(bands, rounded(ikm))


def element_score(survey: Survey, ident: str, counts: Sequence[int]) -> ElementScore:
    """Score one element from how many respondents gave each value (blanks not counted)."""
    answered = sum(counts)
    total = sum(value * count for value, count in zip(SCALE, counts, strict=True))
    if not answered:
        return ElementScore(ident, tuple(counts), 0, 0, None, None, None)
    nrr = Fraction(total, answered)
    ikm = nrr * SCALE_FACTOR
    return ElementScore(ident, tuple(counts), answered, total, nrr, ikm, grade(survey.bands, ikm))


def weighted_ikm(nrrs: Mapping[str, Fraction], weights: Mapping[str, Fraction]) -> Fraction:
    """Return sum(NRR x weight) x 25, over the elements that have an NRR.

    An element nobody answered is left out and the other weights are scaled up to sum to 1,
    so that the index stays on 25-100.
    """
    share = sum((weights[ident] for ident in nrrs), Fraction(0))
    weighted = sum((nrr * weights[ident] for ident, nrr in nrrs.items()), Fraction(0))
    return weighted / share * SCALE_FACTOR


def score_counts(survey: Survey, counts: Mapping[str, Sequence[int]]) -> Score:
    """Score a survey from the answer counts of each element."""
    zero = (0,) * len(SCALE)
    elements = tuple(element_score(survey, e.id, counts.get(e.id, zero)) for e in survey.elements)
    nrrs = {e.id: e.nrr for e in elements if e.nrr is not None}
    if not nrrs:
        return Score(elements, None, None, ())
    weights = survey.weights()
    ikm = weighted_ikm(nrrs, weights)
    printed: tuple[tuple[str, Fraction], ...] = ()
    if survey.equal_weights() and len(nrrs) == len(elements):
        exact = Fraction(1, len(elements))
        printed = tuple(
            (str(short), sum(nrrs.values(), Fraction(0)) * Fraction(short) * SCALE_FACTOR)
            for short in (round_half_up(float(exact), 2), round_half_up(float(exact), 3))
        )
    return Score(elements, ikm, grade(survey.bands, ikm), printed)


def krejcie_morgan(population: int) -> int:
    """Return the formula's sample size for a population (rounded half up)."""
    if population <= 0:
        return 0
    spread = CHI_SQUARE * PROPORTION * (1 - PROPORTION)
    exact = spread * population / (MARGIN**2 * (population - 1) + spread)
    return int(round_half_up(float(exact), 0))


def required_sample(population: int) -> int:
    """Return the sample the Krejcie & Morgan table asks of a population."""
    if population < TABLE_ROWS[0]:
        return max(population, 0)
    row = next((r for r in TABLE_ROWS if r >= population), TABLE_ROWS[-1])
    return krejcie_morgan(row)

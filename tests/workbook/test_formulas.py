"""Formula text built from the rubric's own options, for any rubric."""

from __future__ import annotations

from helpers import MINI_RUBRIC
from pkmcli.rubric.catalog import load_rubric
from pkmcli.workbook import formulas


def mini_criterion(ident: str):
    criterion = load_rubric(str(MINI_RUBRIC)).criterion(ident)
    assert criterion is not None
    return criterion


def test_numbers_are_written_exactly_and_short():
    assert formulas.number(1.0) == "1"
    assert formulas.number(0.0) == "0"
    assert formulas.number(0.67) == "0.67"
    assert formulas.number(1 / 3) == repr(1 / 3)


def test_a_choice_is_an_if_chain_over_the_rubrics_own_keys_and_values():
    assert formulas.value_formula(mini_criterion("j.b"), ["G9"]) == (
        '=IF(G9="",0,IF(G9="a",1,IF(G9="b",0.5,IF(G9="c",0,0))))'
    )
    # Options filled in from a scale keep the scale's order and values.
    assert formulas.value_formula(mini_criterion("i.a"), ["K3"]) == (
        '=IF(K3="",0,IF(K3="ya",1,IF(K3="tidak",0,0)))'
    )


def test_percentage_and_ratio_are_capped_at_one_and_empty_is_zero():
    assert formulas.value_formula(mini_criterion("i.b"), ["G4"]) == ('=IF(G4="",0,MIN(1,G4/100))')
    assert formulas.value_formula(mini_criterion("j.a"), ["G7", "G8"]) == (
        '=IF(OR(G7="",G8=""),0,IF(G8=0,0,MIN(1,G7/G8)))'
    )


def test_quotes_in_text_literals_are_doubled():
    assert formulas.text_literal('a"b') == '"a""b"'


def test_indicator_sum_share_and_list():
    assert formulas.indicator_formula(["H3", "H4"], "D2") == "=AVERAGE(H3,H4)*D2"
    assert formulas.sum_formula(["H2", "H9"]) == "=SUM(H2,H9)"
    assert formulas.sum_formula([]) == "=0"
    assert formulas.share_formula("H2", "D2") == "=H2/D2"
    assert formulas.choice_list(mini_criterion("j.b")) == '"a,b,c"'

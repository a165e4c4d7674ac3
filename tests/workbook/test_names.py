"""Defined names of the workbook contract: ids written with `_`, stages after `pkm_`."""

from __future__ import annotations

import pytest

from pkmcli.errors import PkmError
from pkmcli.workbook.names import NameBook, answer_name, name_part, score_name, total_name


def test_every_character_that_is_not_a_letter_or_digit_becomes_an_underscore():
    assert name_part("a.2") == "a_2"
    assert name_part("R-1.x_y") == "R_1_x_y"


def test_unit_names_and_stage_names():
    assert total_name() == "pkm_total"
    assert score_name("a") == "pkm_score_a"
    assert answer_name("a.2") == "pkm_answer_a_2"
    assert total_name("tpi") == "pkm_tpi_total"
    assert answer_name("a.2", "tpi") == "pkm_tpi_answer_a_2"
    assert score_name("b.1", "tim-2") == "pkm_tim_2_score_b_1"


def test_two_ids_writing_the_same_name_are_refused_ignoring_case():
    book = NameBook("jawaban.yaml", "en")
    book.add("pkm_answer_a_2", "LKE!$G$6", "the answer of 'a.2'")
    with pytest.raises(
        PkmError,
        match=r"'A_2' and the answer of 'a\.2' both give the workbook name 'pkm_answer_A_2'",
    ) as caught:
        book.add("pkm_answer_A_2", "LKE!$G$7", "the answer of 'A_2'")
    assert caught.value.problems[0].file == "jawaban.yaml"
    assert book.items() == [("pkm_answer_a_2", "LKE!$G$6")]

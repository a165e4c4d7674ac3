"""How answers, next steps and changes are written in every report view."""

from __future__ import annotations

from pkmcli.answers.model import Answer
from pkmcli.report.wording import answer_text, delta_view, describe_option, joined
from pkmcli.rubric.catalog import load_rubric
from pkmcli.scoring.arithmetic import CriterionScore


def test_an_option_is_its_key_and_label_or_its_label_alone():
    criterion = load_rubric("pkp-2019").criterion("a.2")
    assert criterion is not None
    short, label = describe_option(criterion.choices[1], "id")
    assert short == "B"
    assert label is not None
    assert label.startswith("Maklumat untuk semua jenis layanan")
    yes = load_rubric("pkp-2019").criterion("a.1")
    assert yes is not None
    assert describe_option(yes.choices[0], "en") == ("Yes", None)
    assert joined("B", "Sebagian") == "B. Sebagian"
    assert joined("Ya", None) == "Ya"


def test_numbers_and_ratios_are_written_as_given():
    criterion = load_rubric("pkp-2019").criterion("a.1")
    assert criterion is not None
    assert answer_text(CriterionScore(criterion, Answer(number=40.5), None, 0.405), "id") == (
        "40,5%",
        None,
    )
    assert answer_text(CriterionScore(criterion, Answer(number=40.5), None, 0.405), "en") == (
        "40.5%",
        None,
    )
    ratio = CriterionScore(criterion, Answer(numerator=3, denominator=4), None, 0.75)
    assert answer_text(ratio, "en") == ("3 / 4", None)
    halves = CriterionScore(criterion, Answer(numerator=1.5, denominator=2), None, 0.75)
    assert answer_text(halves, "id") == ("1,5 / 2", None)
    assert answer_text(CriterionScore(criterion, Answer(), None, 0.0), "en") == ("", None)


def test_a_change_is_taken_between_the_numbers_shown():
    # 1.004 and 1.006 show as 1.00 and 1.01, so the change shown is +0.01, not +0.00.
    assert delta_view(1.006, 1.004, 0.5, "en").text == "+0.01"
    assert delta_view(1.006, 1.004, 0.5, "id").text == "+0,01"
    assert delta_view(1.006, 1.004, 0.5, "id").previous == "1,00"
    assert delta_view(1.0, 1.5, 0.5, "id").arrow == "▼"
    assert delta_view(2.0, 2.0, 1.0, "id").direction == "same"

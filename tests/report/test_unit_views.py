"""A unit within a portfolio: answers and advice in words, its verdict, its own section."""

from __future__ import annotations

from datetime import date

from helpers import DATA, MINI_RUBRIC
from pkmcli.answers.reader import load_answers
from pkmcli.report.figures import Move
from pkmcli.report.portfolio import gather_portfolio
from pkmcli.report.portfolio_building import build_portfolio_view
from pkmcli.report.unit_views import answer_text, move_view, unit_label, verdict
from pkmcli.rubric.catalog import load_rubric
from pkmcli.scoring.arithmetic import score_answers

PKP = DATA / "portfolio" / "pkp"


def test_answers_read_as_in_the_single_report():
    rubric, answers = load_answers(DATA / "report-mini.yaml", str(DATA / "rubric-mini.yaml"))
    texts = [answer_text(c, "id") for c in score_answers(rubric, answers).criteria()]
    assert texts == ["Ya", "40%", "3 / 4", "B. Sebagian"]


def test_moves_say_what_to_do():
    criterion = load_rubric("pkp-2019").criterion("a.2")
    assert criterion is not None
    b, a = criterion.find_option("b"), criterion.find_option("a")
    assert b is not None
    assert a is not None
    advice = b.recommendation
    assert advice is not None
    move = move_view(Move(answered=True, option=b, target=a, recommendation=advice, count=3), "en")
    assert (move.now[:3], move.target[:3], move.count) == ("B. ", "A. ", 3)
    assert move.recommendation == advice.get("en")
    unanswered = move_view(
        Move(answered=False, option=None, target=a, recommendation=None, count=1), "id"
    )
    assert (unanswered.now, unanswered.recommendation) == (
        "Belum dijawab",
        "Jawab kriteria ini; selama belum dijawab nilainya 0.",
    )
    number = move_view(
        Move(answered=True, option=None, target=None, recommendation=None, count=2), "en"
    )
    assert (number.now, number.target, number.recommendation) == (
        "varied",
        "100% achieved",
        "Raise this criterion toward 100%.",
    )


def test_a_unit_without_a_name_is_named_by_its_file(write_answers):
    path = write_answers("rubric: pkp-2019\nanswers: {a.1: ya}\n", "tanpa-nama.yaml")
    group = gather_portfolio([str(path)], None).groups[0]
    assert unit_label(group.standings[0]) == "tanpa-nama.yaml"
    named = gather_portfolio([str(PKP / "kantor-b-2026.yaml")], None).groups[0]
    assert unit_label(named.standings[0]) == "Kantor Uji B"


def test_verdict_threshold_then_grade_then_nothing(tmp_path):
    mini = gather_portfolio([str(DATA / "portfolio" / "mini" / "satu.yaml")], str(MINI_RUBRIC))
    group = mini.groups[0]
    assert verdict(90.5, group, None, "en") == "Very Good"
    assert verdict(90.5, group, 95, "id") == "belum"
    assert verdict(95.0, group, 95, "en") == "reached"
    text = MINI_RUBRIC.read_text(encoding="utf-8").replace("min_percent: 0,", "min_percent: 20,")
    (tmp_path / "mini.yaml").write_text(text, encoding="utf-8")
    raised = gather_portfolio(
        [str(DATA / "portfolio" / "mini" / "satu.yaml")], str(tmp_path / "mini.yaml")
    )
    assert verdict(10.0, raised.groups[0], None, "id") == "—"  # under every band
    plain = gather_portfolio([str(PKP / "kantor-b-2026.yaml")], None).groups[0]
    assert verdict(10.0, plain, None, "id") is None  # no bands, no threshold


def test_a_units_section_lists_what_is_below_its_best():
    paths = [str(PKP / "kantor-a-2025.yaml"), str(PKP / "kantor-c-2026.yaml")]
    view = build_portfolio_view(gather_portfolio(paths, None), "en", date(2026, 1, 15))
    units = {u.unit: u for u in view.groups[0].units}
    weak = units["Kantor Uji C"]
    assert (weak.rank, weak.anchor, weak.score, weak.max_score) == (2, "unit-1-2", "1.11", "10.00")
    assert [(i.id, i.score, i.weight) for i in weak.indicators] == [
        ("a", "0.25", "3.00"),
        ("b", "0.20", "3.00"),
        ("c", "0.67", "4.00"),
    ]
    assert [s.id for s in weak.shortfalls] == [c.id for c in load_rubric("pkp-2019").all_criteria()]
    c3 = weak.shortfalls[-1]
    assert (c3.answered, c3.answer, c3.value, c3.best) == (False, "Unanswered", "0.00", "1.00")
    # Two units, one period each, though the inputs span two periods.
    assert (weak.once, weak.change) == (True, None)

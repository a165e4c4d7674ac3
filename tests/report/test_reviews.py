"""The evaluators' view: stages scored on their own, answers per stage, the findings (LHE)."""

from __future__ import annotations

import pytest

from helpers import DATA
from pkmcli.answers.model import Answer, AnswerSet, Review
from pkmcli.answers.reader import load_answers
from pkmcli.errors import UsageError
from pkmcli.report.reviews import (
    build_review,
    check_stage,
    reported_stage,
    score_stages,
    stage_date,
    stage_short,
)
from pkmcli.rubric.catalog import load_rubric
from pkmcli.scoring.arithmetic import score_answers
from pkmcli.scoring.contract import changed_answers

REVIEWED = DATA / "report-reviewed.yaml"


@pytest.fixture(scope="module")
def reviewed():
    return load_answers(REVIEWED)


def test_each_stage_is_scored_on_its_own(reviewed):
    rubric, answers = reviewed
    stages = score_stages(rubric, answers, "tpn")
    assert [s.stage for s in stages] == ["unit", "tpi", "tpn"]
    for staged in stages:
        expected = score_answers(rubric, answers.at_stage(staged.stage))
        assert staged.result.score == expected.score
    assert [round(s.result.score, 4) for s in stages] == [6.026, 5.911, 4.7817]
    assert stages[0].review is None
    assert stages[2].review is answers.reviews[1]


def test_a_report_at_an_earlier_stage_leaves_later_ones_out(reviewed):
    rubric, answers = reviewed
    assert [s.stage for s in score_stages(rubric, answers, "tpi")] == ["unit", "tpi"]
    assert [s.stage for s in score_stages(rubric, answers, "unit")] == ["unit"]


def test_the_reported_stage_is_the_latest_unless_asked(reviewed):
    _, answers = reviewed
    assert reported_stage(answers, None) == "tpn"
    assert reported_stage(answers, "tpi") == "tpi"
    assert reported_stage(AnswerSet("pkp-2019"), None) == "unit"


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_an_undeclared_stage_is_refused_naming_the_declared_ones():
    rubric = load_rubric("pkp-2019")
    check_stage("tpi", rubric)
    with pytest.raises(UsageError) as caught:
        check_stage("tpx", rubric)
    assert caught.value.problems[0].message == (
        "unknown stage 'tpx'; did you mean tpn? (stages: unit, tpi, tpn)"
    )


def test_changed_compares_keys_without_case_numbers_and_ratios():
    rubric = load_rubric("pkp-2021")
    ratio = next(c.id for c in rubric.all_criteria() if c.type == "ratio")
    choice = next(c.id for c in rubric.all_criteria() if c.choices)
    unit = {choice: Answer(key="A"), ratio: Answer(numerator=1, denominator=2)}
    same = {choice: Answer(key="a", note="setuju"), ratio: Answer(numerator=1, denominator=2)}
    assert changed_answers(unit, same, rubric) == ()
    other = {choice: Answer(key="b"), ratio: Answer(numerator=1, denominator=4)}
    assert set(changed_answers(unit, other, rubric)) == {choice, ratio}
    assert changed_answers({}, {choice: Answer(note="only a note")}, rubric) == ()


def test_stage_names_and_dates():
    rubric = load_rubric("pkp-2019")
    assert [stage_short(rubric, s, "id") for s in rubric.stage_ids()] == ["Unit", "TPI", "TPN"]
    assert stage_date("2026-03-01", "id") == "1 Maret 2026"
    assert stage_date("2026-03-01", "en") == "1 March 2026"
    assert stage_date("awal Maret", "id") == "awal Maret"
    assert stage_date(None, "id") is None


def test_answers_per_stage_say_inherited_agreed_and_revision(reviewed):
    rubric, answers = reviewed
    view = build_review(score_stages(rubric, answers, "tpn"), "tpn", "en")
    unit, tpi, tpn = view.answers["a.1"]
    assert (unit.answer, unit.inherited, unit.note) == ("Yes", None, answers.answers["a.1"].note)
    assert (tpi.agrees, tpi.inherited) == (True, None)
    assert (tpn.inherited, tpn.value) == ("= TPI", "1.00")
    _, tpi, tpn = view.answers["a.3"]
    assert (tpi.inherited, tpi.revision, tpi.note) == (
        "= Unit",
        True,
        "Lengkapi SOP pengaduan | loket *2*",
    )
    assert tpn.inherited == "= Unit"
    assert view.revisions == frozenset({"a.3", "c.2"})
    assert [s.short for s in view.stages] == ["Unit", "TPI", "TPN"]
    assert [s.reported for s in view.stages] == [False, False, True]
    assert [s.delta.text if s.delta else None for s in view.stages] == [None, "-0.12", "-1.25"]


def test_findings_name_who_moved_the_answer_and_the_way_up(reviewed):
    rubric, answers = reviewed
    view = build_review(score_stages(rubric, answers, "tpn"), "tpn", "en")
    assert [f.id for f in view.findings] == ["a.2", "a.3", "b.1", "b.2", "c.2", "c.3"]
    moved = view.findings[0]
    # TPN agreed with TPI's C: the change is TPI's, and the note is TPI's.
    assert "was changed by TPI to C." in moved.finding
    assert (moved.change, moved.effect, moved.direction) == ("-0.34", "-0.26", "down")
    assert moved.notes == (("TPI", answers.reviews[0].answers["a.2"].note),)
    assert moved.target is not None
    assert moved.target.startswith("B. ")
    kept = view.findings[1]
    assert kept.finding.endswith("was not changed.")
    assert (kept.change, kept.revision) == ("0.00", "Sent back for revision by TPI.")
    answered = view.findings[-1]
    assert answered.finding.startswith("A criterion the unit left unanswered (value 0.00)")
    assert answered.effect == "+0.44"


def test_findings_at_an_earlier_stage_are_that_stage_s(reviewed):
    rubric, answers = reviewed
    view = build_review(score_stages(rubric, answers, "tpi"), "tpi", "id")
    assert [f.id for f in view.findings] == ["a.2", "a.3", "b.2", "c.3"]
    assert view.revisions == frozenset({"a.3"})


def test_a_later_review_without_revision_clears_it():
    rubric = load_rubric("pkp-2019")
    answers = AnswerSet(
        "pkp-2019",
        answers={"a.1": Answer(key="ya")},
        reviews=(
            Review("tpi", answers={"a.1": Answer(note="cek", revision=True)}),
            Review("tpn", answers={"a.1": Answer(key="ya")}),
        ),
    )
    view = build_review(score_stages(rubric, answers, "tpn"), "tpn", "id")
    assert view.revisions == frozenset()
    assert view.findings == ()
    assert build_review(score_stages(rubric, answers, "tpi"), "tpi", "id").revisions == {"a.1"}

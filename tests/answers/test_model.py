"""Answers as data: the answers of each review stage, as they stand at every stage."""

from __future__ import annotations

import pytest

from pkmcli.answers.model import Answer, AnswerSet, Review, merge_answer
from pkmcli.answers.reader import load_answers
from pkmcli.errors import PkmError
from pkmcli.messages.core import use_language

# English here; the Indonesian of the same problems is held at the end.
pytestmark = pytest.mark.usefixtures("english")

REVIEWED = """\
rubric: pkp-2019
unit: Kantor Pelayanan X
answers:
  a.1: ya
  a.2: {answer: b, note: Maklumat di loket, evidence: [bukti/a2.jpg]}
  a.3: c
reviews:
  - stage: tpi
    assessor: Tim Penilai Internal
    date: 2026-03-01
    answers:
      a.1: ya
      a.2:
        answer: c
        note: Maklumat belum dipublikasikan di media daring
      a.4: b
      b.1: {note: Perlu bukti pelatihan, revision: true}
  - stage: tpn
    answers:
      a.2: b
"""


def test_a_stage_answers_what_it_answers_and_inherits_the_rest(write_answers):
    _, answers = load_answers(write_answers(REVIEWED))
    assert answers.stages() == ["unit", "tpi", "tpn"]
    tpi = answers.at_stage("tpi").answers
    assert (tpi["a.1"].key, tpi["a.2"].key, tpi["a.3"].key, tpi["a.4"].key) == ("ya", "c", "c", "b")
    assert tpi["a.2"].note == "Maklumat belum dipublikasikan di media daring"
    assert tpi["a.2"].evidence == ("bukti/a2.jpg",)
    assert tpi["b.1"].key is None
    assert tpi["b.1"].revision
    tpn = answers.at_stage("tpn").answers
    assert tpn["a.2"].key == "b"
    assert tpn["a.2"].note == "Maklumat belum dipublikasikan di media daring"
    assert answers.at_stage("unit") is answers
    review = answers.reviews[0]
    assert (review.stage, review.assessor, review.date) == (
        "tpi",
        "Tim Penilai Internal",
        "2026-03-01",
    )


def test_a_stage_that_agrees_everywhere_holds_the_unit_answers():
    unit = {"a.1": Answer(key="ya"), "a.2": Answer(key="b", note="n")}
    same = AnswerSet("pkp-2019", answers=unit, reviews=(Review("tpi", answers=dict(unit)),))
    assert same.at_stage("tpi").answers == unit


def test_merging_keeps_the_answer_when_a_review_only_adds_a_note():
    merged = merge_answer(Answer(key="b", evidence=("x.pdf",)), Answer(note="cek ulang"))
    assert merged == Answer(key="b", note="cek ulang", evidence=("x.pdf",))


@pytest.mark.parametrize(
    ("reviews", "message"),
    [
        (
            "  - stage: tpx\n",
            "reviews.1: unknown stage 'tpx'; did you mean tpn? (stages: tpi, tpn)",
        ),
        ("  - stage: tpi\n  - stage: tpi\n", "reviews.2: stage 'tpi' is given twice"),
        (
            "  - stage: tpn\n  - stage: tpi\n",
            "reviews.2: stage 'tpi' comes after 'tpn'; stages go in the rubric's order (tpi, tpn)",
        ),
        (
            "  - stage: tpi\n    answers: {a.1: mungkin}\n",
            "a.1: 'mungkin' is not an option here; expected one of ya, tidak",
        ),
        (
            "  - stage: tpi\n    answers: {z.9: a}\n",
            "unknown criterion 'z.9' (rubric pkp-2019 has a.1 to c.3)",
        ),
        (
            "  - {stage: tpi, answers: {a.1: {answer: ya, revision: mungkin}}}\n",
            "a.1: revision: expected true or false",
        ),
        ("  - {assessor: X}\n", "reviews.1: missing required key 'stage'"),
    ],
)
def test_bad_reviews_are_located_invalid_input(write_answers, reviews, message):
    path = write_answers("rubric: pkp-2019\nanswers:\n  a.1: ya\nreviews:\n" + reviews)
    with pytest.raises(PkmError) as caught:
        load_answers(path)
    assert caught.value.exit_code == 3
    assert [p.render().split(": ", 1)[1] for p in caught.value.problems] == [message]


def test_the_unit_may_not_send_a_criterion_back(write_answers):
    path = write_answers("rubric: pkp-2019\nanswers:\n  a.1: {answer: ya, revision: true}\n")
    with pytest.raises(PkmError, match="unknown key 'revision'"):
        load_answers(path)


def test_bad_reviews_are_said_in_indonesian(write_answers):
    use_language("id")
    reviews = "  - stage: tpx\n  - stage: tpn\n  - stage: tpi\n  - {assessor: X}\n  - stage: tpn\n"
    path = write_answers("rubric: pkp-2019\nanswers:\n  a.1: ya\nreviews:\n" + reviews)
    with pytest.raises(PkmError) as caught:
        load_answers(path)
    assert [p.render().split(": ", 1)[1] for p in caught.value.problems] == [
        "reviews.1: tahap 'tpx' tidak dikenal; mungkin maksud Anda tpn? (tahap yang ada: tpi, tpn)",
        "reviews.3: tahap 'tpi' ditulis setelah 'tpn'; tahap harus mengikuti urutan rubrik (tpi, tpn)",
        "reviews.4: kunci wajib 'stage' tidak ada",
        "reviews.5: tahap 'tpn' ditulis dua kali",
    ]

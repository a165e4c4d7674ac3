"""Scores of hand-computed answer sets: pkp-2019 and a small rubric with numeric criteria."""

from __future__ import annotations

import pytest

from pkmcli.answers.model import Answer, AnswerSet
from pkmcli.answers.reader import load_answers
from pkmcli.rubric.catalog import load_rubric
from pkmcli.rubric.model import Rubric
from pkmcli.scoring.arithmetic import criterion_value, score_answers

ALL = ["a.1", "a.2", "a.3", "a.4", "b.1", "b.2", "b.3", "b.4", "b.5", "c.1", "c.2", "c.3"]

# Each case: the answers block, then the indicator scores a, b, c and the total, worked out by
# hand from the contract (indicator = mean of ALL its criteria x weight; a=3/4, b=3/5, c=4/3),
# and the criteria left unanswered.
CASES = [
    pytest.param(
        """
  a.1: ya
  a.2: a
  a.3: a
  a.4: a
  b.1: a
  b.2: a
  b.3: a
  b.4: a
  b.5: ya
  c.1: a
  c.2: ya
  c.3: a
""",
        (3.0, 3.0, 4.0, 10.0),
        [],
        id="all-best",
    ),
    pytest.param("", (0.0, 0.0, 0.0, 0.0), ALL, id="all-unanswered"),
    pytest.param(
        """
  a.1: tidak
  a.2: d
  a.3: d
  a.4: c
  b.1: d
  b.2: c
  b.3: c
  b.4: d
  b.5: tidak
  c.1: c
  c.2: tidak
  c.3: d
""",
        (0.0, 0.0, 0.0, 0.0),
        [],
        id="all-worst-but-answered",
    ),
    pytest.param(
        # (1 + 0.67 + 0.33 + 0.5) / 4 * 3 = 1.875
        """
  a.1: ya
  a.2: b
  a.3: c
  a.4: b
""",
        (1.875, 0.0, 0.0, 1.875),
        ["b.1", "b.2", "b.3", "b.4", "b.5", "c.1", "c.2", "c.3"],
        id="indicator-a-only",
    ),
    pytest.param(
        # a gets (0 + .67 + .67 + .5) / 4 x 3 = 1.38
        # b gets (.67 + .5 + .5 + .67 + 0) / 5 x 3 = 1.404
        # c gets (.5 + 0 + .67) / 3 x 4 = 1.56
        """
  a.1: tidak
  a.2: b
  a.3: b
  a.4: b
  b.1: b
  b.2: b
  b.3: b
  b.4: b
  b.5: tidak
  c.1: b
  c.2: tidak
  c.3: b
""",
        (1.38, 1.404, 1.56, 4.344),
        [],
        id="all-second-options",
    ),
    pytest.param(
        # a gets (1 + .33 + .33 + 0) / 4 x 3 = 1.245
        # b gets (.33 + 0 + 0 + .33 + 1) / 5 x 3 = 0.996
        # c gets (0 + 1 + .33) / 3 x 4 = 1.773333...
        """
  a.1: ya
  a.2: c
  a.3: c
  a.4: c
  b.1: c
  b.2: c
  b.3: c
  b.4: c
  b.5: ya
  c.1: c
  c.2: ya
  c.3: c
""",
        (1.245, 0.996, 1.7733333333333334, 4.014333333333333),
        [],
        id="third-options-0.33",
    ),
    pytest.param(
        # a gets (1 + 1 + .67 + 1) / 4 x 3 = 2.7525
        # b gets (.33 + .5 + 1 + 0 + 0) / 5 x 3 = 1.098
        # c gets (1 + 1 + .33) / 3 x 4 = 3.106666...
        """
  a.1: YA
  a.2: A
  a.3: B
  a.4: A
  b.1: C
  b.2: B
  b.3: A
  b.4: D
  b.5: Tidak
  c.1: A
  c.2: Ya
  c.3: C
""",
        (2.7525, 1.098, 3.1066666666666665, 6.957166666666667),
        [],
        id="upper-case-keys",
    ),
    pytest.param(
        # a gets (0 + 0 + 1 + 0) / 4 x 3 = 0.75
        # b gets (1 + 1 + 0 + .67 + 1) / 5 x 3 = 2.202
        # c gets (.5 + 0 + .67) / 3 x 4 = 1.56
        """
  a.1: Tidak
  a.2: D
  a.3: A
  a.4: C
  b.1: A
  b.2: a
  b.3: C
  b.4: B
  b.5: YA
  c.1: B
  c.2: TIDAK
  c.3: b
""",
        (0.75, 2.202, 1.56, 4.512),
        [],
        id="mixed-case-keys",
    ),
    pytest.param(
        """
  c.1: a
  c.2: ya
  c.3: a
""",
        (0.0, 0.0, 4.0, 4.0),
        ["a.1", "a.2", "a.3", "a.4", "b.1", "b.2", "b.3", "b.4", "b.5"],
        id="indicator-c-only",
    ),
    pytest.param(
        # a gets (.67 + .33) / 4 x 3 = 0.75, b gets (.67 + .33) / 5 x 3 = 0.6, c gets .67 / 3 x 4 = 0.893333...
        """
  a.2: b
  a.3: c
  b.1: b
  b.4: c
  c.3: b
""",
        (0.75, 0.6, 0.8933333333333334, 2.2433333333333336),
        ["a.1", "a.4", "b.2", "b.3", "b.5", "c.1", "c.2"],
        id="0.67-0.33-mix",
    ),
    pytest.param(
        # a gets (1 + .67) / 4 x 3 = 1.2525, b gets 1 / 5 x 3 = 0.6, c gets (1 + 0) / 3 x 4 = 1.333333...
        # c.2 carries only a note, so it is still unanswered.
        """
  a.1:
    answer: ya
    note: "SK Kepala Kantor No. 12/2019: standar pelayanan"
  a.2:
    answer: B
    note: Maklumat dipasang di loket, belum di website
    evidence: [bukti/a2-maklumat.jpg, https://example.go.id/maklumat]
  b.5: {answer: ya, evidence: bukti/b5-inovasi.pdf}
  c.1: a
  c.2:
    note: hasil survei belum diunggah
""",
        (1.2525, 0.6, 1.3333333333333333, 3.1858333333333335),
        ["a.3", "a.4", "b.1", "b.2", "b.3", "b.4", "c.2", "c.3"],
        id="long-form-with-notes",
    ),
    pytest.param(
        # a gets (0 + 0 + 1 + 1) / 4 x 3 = 1.5, b gets (0 + 1 + .5 + 1 + 1) / 5 x 3 = 2.1
        # c gets (.5 + 1 + 1) / 3 x 4 = 3.333333...
        """
  a.1:
  a.2: ~
  a.3: a
  a.4: a
  b.1: d
  b.2: a
  b.3: b
  b.4: a
  b.5: ya
  c.1: b
  c.2: ya
  c.3: a
""",
        (1.5, 2.1, 3.3333333333333335, 6.933333333333334),
        ["a.1", "a.2"],
        id="explicit-nulls",
    ),
    pytest.param(
        # a gets (1 + 1 + 1 + .5) / 4 x 3 = 2.625, b gets 4 / 5 x 3 = 2.4, c gets 2 / 3 x 4 = 2.666666...
        """
  c.3: d
  b.5: tidak
  a.4: b
  c.2: ya
  c.1: a
  b.4: a
  b.3: a
  b.2: a
  b.1: a
  a.3: a
  a.2: a
  a.1: ya
""",
        (2.625, 2.4, 2.6666666666666665, 7.691666666666666),
        [],
        id="one-short-per-indicator-reversed-order",
    ),
    pytest.param(
        # a gets (1 + .67 + 0 + 0) / 4 x 3 = 1.2525, b gets (.33 + .5) / 5 x 3 = 0.498, c gets .33 / 3 x 4 = 0.44
        """
  a.1: {answer: Ya}
  a.2: {answer: b, note: "catatan: sebagian # belum"}
  a.3: {answer: D}
  b.1: {answer: C, evidence: []}
  b.2: b
  c.3: c
""",
        (1.2525, 0.498, 0.44, 2.1905),
        ["a.4", "b.3", "b.4", "b.5", "c.1", "c.2"],
        id="flow-long-forms",
    ),
]


@pytest.fixture(scope="module")
def pkp2019() -> Rubric:
    return load_rubric("pkp-2019")


@pytest.mark.parametrize(("block", "expected", "unanswered"), CASES)
def test_pkp2019_scores_match_hand_computation(write_answers, pkp2019, block, expected, unanswered):
    path = write_answers(f"rubric: pkp-2019\nanswers:{block or ' {}'}\n")
    rubric, answer_set = load_answers(path)
    assert rubric is pkp2019
    result = score_answers(rubric, answer_set)
    a, b, c, total = expected
    assert [i.indicator.id for i in result.indicators] == ["a", "b", "c"]
    assert [i.score for i in result.indicators] == pytest.approx([a, b, c], abs=1e-12)
    assert result.score == pytest.approx(total, abs=1e-12)
    assert result.max_score == 10.0
    assert result.percent == pytest.approx(total * 10, abs=1e-10)
    assert list(result.unanswered) == unanswered


def test_indicator_percent_and_mean_are_kept_at_full_precision(write_answers):
    path = write_answers("rubric: pkp-2019\nanswers:\n  c.3: c\n")
    result = score_answers(*load_answers(path))
    c = result.indicators[2]
    assert c.mean == pytest.approx(0.11, abs=1e-15)
    assert c.score == pytest.approx(0.44, abs=1e-15)
    assert c.percent == pytest.approx(11.0, abs=1e-12)
    assert result.percent == pytest.approx(4.4, abs=1e-12)


def test_criterion_scores_carry_value_option_and_shortfall(write_answers):
    path = write_answers("rubric: pkp-2019\nanswers:\n  a.2: C\n  a.1: ya\n")
    result = score_answers(*load_answers(path))
    a1, a2, a3, _ = result.indicators[0].criteria
    assert (a1.value, a1.option.key if a1.option else None, a1.shortfall) == (1.0, "ya", 0.0)
    assert a2.option is not None
    assert (a2.value, a2.option.key, a2.answer.key) == (0.33, "c", "C")
    assert a2.shortfall == pytest.approx(0.67)
    assert (a3.value, a3.option, a3.answered, a3.shortfall) == (0.0, None, False, 1.0)
    assert [c.criterion.id for c in result.criteria()] == ALL


def test_score_answers_is_pure_and_needs_no_file(pkp2019):
    answer_set = AnswerSet(rubric="pkp-2019", answers={"b.5": Answer(key="ya")})
    first = score_answers(pkp2019, answer_set)
    second = score_answers(pkp2019, answer_set)
    assert first.score == second.score == pytest.approx(0.6)
    assert answer_set.answers == {"b.5": Answer(key="ya")}


NUMERIC_RUBRIC = """\
id: angka
version: "1"
title: Rubrik angka
source: {regulation: Uji}
indicators:
  - id: p
    title: Persentase dan rasio
    weight: 2
    criteria:
      - {id: p.1, question: Berapa persen layanan daring?, type: percentage}
      - id: p.2
        question: Berapa layanan yang dipermudah?
        type: ratio
        numerator: Jumlah layanan yang dipermudah
        denominator: Jumlah layanan terdaftar
  - id: q
    title: Pilihan
    weight: 1.5
    criteria:
      - id: q.1
        question: Ada inovasi?
        options:
          - {key: ya, label: Ya, value: 1}
          - {key: sebagian, label: Sebagian, value: 0.4}
          - {key: tidak, label: Tidak, value: 0}
"""

# p = (p.1 + p.2) / 2 * 2; q = q.1 * 1.5; maximum 3.5.
NUMERIC_CASES = [
    pytest.param(
        "  p.1: 50\n  p.2: {numerator: 3, denominator: 4}\n  q.1: sebagian\n",
        (1.25, 0.6, 1.85),
        id="half-and-three-quarters",
    ),
    pytest.param(
        "  p.1: 80%\n  p.2: {numerator: 30, denominator: 20}\n",
        (1.8, 0.0, 1.8),
        id="ratio-capped-at-1",
    ),
    pytest.param(
        "  p.1: 100\n  p.2: {numerator: 20, denominator: 20}\n  q.1: YA\n",
        (2.0, 1.5, 3.5),
        id="all-full",
    ),
    pytest.param(
        "  p.1: 0\n  p.2: {numerator: 0, denominator: 5}\n  q.1: tidak\n",
        (0.0, 0.0, 0.0),
        id="answered-zero",
    ),
    pytest.param(
        '  p.1: "12,5"\n  p.2: {numerator: 1, denominator: 8, note: satu dari delapan}\n',
        (0.25, 0.0, 0.25),
        id="decimal-comma",
    ),
    pytest.param(
        "  p.1: {answer: 33.3, note: triwulan III}\n  p.2:\n",
        (0.333, 0.0, 0.333),
        id="percentage-long-form-ratio-unanswered",
    ),
    pytest.param(
        "  p.2: {numerator: 7.5, denominator: 10}\n",
        (0.75, 0.0, 0.75),
        id="fractional-numerator",
    ),
]


@pytest.mark.parametrize(("block", "expected"), NUMERIC_CASES)
def test_percentage_and_ratio_scores(write_answers, block, expected):
    rubric_path = write_answers(NUMERIC_RUBRIC, "angka.yaml")
    path = write_answers(f"rubric: angka\nanswers:\n{block}")
    rubric, answer_set = load_answers(path, str(rubric_path))
    result = score_answers(rubric, answer_set)
    p, q, total = expected
    assert [i.score for i in result.indicators] == pytest.approx([p, q], abs=1e-12)
    assert result.score == pytest.approx(total, abs=1e-12)
    assert result.max_score == 3.5
    assert result.percent == pytest.approx(total / 3.5 * 100, abs=1e-10)


def test_numeric_values_are_capped_at_one(write_answers):
    rubric = load_rubric(str(write_answers(NUMERIC_RUBRIC, "angka.yaml")))
    percentage, ratio = rubric.all_criteria()[:2]
    assert criterion_value(percentage, Answer(number=250.0)) == (1.0, None)
    assert criterion_value(ratio, Answer(numerator=9.0, denominator=3.0)) == (1.0, None)
    assert criterion_value(ratio, Answer(numerator=1.0, denominator=3.0))[0] == pytest.approx(1 / 3)
    assert criterion_value(ratio, Answer()) == (0.0, None)
    assert percentage.best_value == ratio.best_value == 1.0

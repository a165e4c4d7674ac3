"""Properties of scoring that must hold for every answer set, checked with hypothesis."""

from __future__ import annotations

import copy
import itertools
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from pkmcli.answers.model import Answer, AnswerSet, Review
from pkmcli.answers.reader import load_answers
from pkmcli.rubric.catalog import load_rubric, shipped_rubrics
from pkmcli.rubric.model import Rubric
from pkmcli.rubric.validation import rubric_validator
from pkmcli.scoring.arithmetic import ScoreResult, score_answers

# Modest example counts keep the file at a few seconds on a shared two-core machine.
modest = settings(max_examples=100, deadline=None)

RUBRIC = load_rubric("pkp-2019")
CRITERIA = RUBRIC.all_criteria()
IDS = [c.id for c in CRITERIA]
RAW = yaml.safe_load(shipped_rubrics()["pkp-2019"].read_text(encoding="utf-8"))
CASES = (str.lower, str.upper, str.title)
_counter = itertools.count()


def option_keys(ident: str) -> list[str]:
    criterion = RUBRIC.criterion(ident)
    assert criterion is not None
    return [o.key for o in criterion.choices]


def value_of(ident: str, key: str | None) -> float:
    if key is None:
        return 0.0
    criterion = RUBRIC.criterion(ident)
    assert criterion is not None
    option = criterion.find_option(key)
    assert option is not None
    return option.value or 0.0


@st.composite
def answer_maps(draw: st.DrawFn) -> dict[str, str | None]:
    """Every criterion of pkp-2019: unanswered (None) or one of its options, in any case."""
    answers: dict[str, str | None] = {}
    for ident in IDS:
        key = draw(st.none() | st.sampled_from(option_keys(ident)))
        answers[ident] = None if key is None else draw(st.sampled_from(CASES))(key)
    return answers


def answers_text(items: list[tuple[str, str | None]]) -> str:
    lines = ["rubric: pkp-2019", "answers:"]
    lines += [f"  {ident}:" + (f" {key}" if key is not None else "") for ident, key in items]
    return "\n".join(lines) + "\n"


def answer_set(answers: dict[str, str | None]) -> AnswerSet:
    return AnswerSet(
        rubric="pkp-2019",
        answers={ident: Answer(key=key) for ident, key in answers.items() if key is not None},
    )


def score_of(answers: dict[str, str | None]) -> ScoreResult:
    return score_answers(RUBRIC, answer_set(answers))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("answers")


def load_text(folder: Path, text: str) -> tuple[Rubric, AnswerSet]:
    path = folder / f"jawaban-{next(_counter)}.yaml"
    path.write_text(text, encoding="utf-8")
    return load_answers(path)


@modest
@given(answers=answer_maps())
def test_indicator_scores_stay_within_their_weight(answers):
    result = score_answers(RUBRIC, answer_set(answers))
    for item in result.indicators:
        assert 0.0 <= item.score <= item.weight
        assert 0.0 <= item.mean <= 1.0
    assert 0.0 <= result.score <= result.max_score == 10.0
    assert 0.0 <= result.percent <= 100.0


@modest
@given(answers=answer_maps(), data=st.data())
def test_improving_one_answer_never_lowers_the_total(answers, data):
    ident = data.draw(st.sampled_from(IDS))
    current = value_of(ident, answers[ident])
    better = [k for k in option_keys(ident) if value_of(ident, k) > current]
    if not better:
        return
    improved = {**answers, ident: data.draw(st.sampled_from(better))}
    before = score_answers(RUBRIC, answer_set(answers))
    after = score_answers(RUBRIC, answer_set(improved))
    assert after.score > before.score
    assert all(
        new.score >= old.score for old, new in zip(before.indicators, after.indicators, strict=True)
    )


@modest
@given(answers=answer_maps(), data=st.data())
def test_order_of_criteria_in_the_file_does_not_matter(folder, answers, data):
    items = list(answers.items())
    shuffled = data.draw(st.permutations(items))
    _, in_order = load_text(folder, answers_text(items))
    _, reordered = load_text(folder, answers_text(shuffled))
    assert reordered.answers == in_order.answers
    first = score_answers(RUBRIC, in_order)
    second = score_answers(RUBRIC, reordered)
    assert second.score == first.score
    assert [i.score for i in second.indicators] == [i.score for i in first.indicators]
    assert second.unanswered == first.unanswered


def scaled_rubric(k: float) -> Rubric:
    data: dict[str, Any] = copy.deepcopy(RAW)
    for indicator in data["indicators"]:
        indicator["weight"] *= k
    return rubric_validator().validate_python(data)


@modest
@given(answers=answer_maps(), k=st.floats(min_value=0.01, max_value=1000))
def test_scaling_every_weight_by_k_scales_every_score_by_k(answers, k):
    base = score_answers(RUBRIC, answer_set(answers))
    scaled = score_answers(scaled_rubric(k), answer_set(answers))
    for old, new in zip(base.indicators, scaled.indicators, strict=True):
        assert new.score == pytest.approx(old.score * k, rel=1e-9, abs=1e-12)
        assert new.mean == old.mean
    assert scaled.score == pytest.approx(base.score * k, rel=1e-9, abs=1e-12)
    assert scaled.max_score == pytest.approx(10 * k)
    assert scaled.percent == pytest.approx(base.percent, rel=1e-9, abs=1e-9)


def zero_key(ident: str) -> str:
    return next(k for k in option_keys(ident) if value_of(ident, k) == 0.0)


@modest
@given(answers=answer_maps())
def test_unanswered_counts_as_an_answer_worth_zero(answers):
    filled = {i: zero_key(i) if key is None else key for i, key in answers.items()}
    partial = score_answers(RUBRIC, answer_set(answers))
    complete = score_answers(RUBRIC, answer_set(filled))
    assert partial.score == complete.score
    assert [i.score for i in partial.indicators] == [i.score for i in complete.indicators]
    assert list(partial.unanswered) == [i for i, key in answers.items() if key is None]
    assert complete.unanswered == ()


@modest
@given(answers=answer_maps(), data=st.data())
def test_case_of_option_keys_does_not_change_scores(answers, data):
    recased = {
        ident: None if key is None else data.draw(st.sampled_from(CASES))(key)
        for ident, key in answers.items()
    }
    assert score_of(answers).score == score_of(recased).score


@st.composite
def small_rubrics(draw: st.DrawFn) -> Rubric:
    """Rubrics of 1-3 indicators with random weights, option values and numeric criteria."""
    indicators = []
    for i in range(draw(st.integers(1, 3))):
        criteria: list[dict[str, Any]] = []
        for c in range(draw(st.integers(1, 4))):
            kind = draw(st.sampled_from(["choice", "percentage", "ratio"]))
            criterion: dict[str, Any] = {"id": f"k{i}.{c}", "question": "Q", "type": kind}
            if kind == "choice":
                # The best option earns something: a rubric whose best is worth 0 is refused.
                values = draw(st.lists(st.floats(0, 1), min_size=2, max_size=5))
                values[0] = max(values[0], draw(st.floats(0.01, 1)))
                criterion["options"] = [
                    {"key": f"o{n}", "label": f"O{n}", "value": v} for n, v in enumerate(values)
                ]
            elif kind == "ratio":
                criterion |= {"numerator": "N", "denominator": "D"}
            criteria.append(criterion)
        weight = draw(st.floats(0.01, 100))
        indicators.append({"id": f"k{i}", "title": "K", "weight": weight, "criteria": criteria})
    return rubric_validator().validate_python(
        {
            "id": "acak",
            "version": "1",
            "title": "Acak",
            "source": {"regulation": "Uji"},
            "indicators": indicators,
        }
    )


@st.composite
def rubric_and_answers(draw: st.DrawFn) -> tuple[Rubric, AnswerSet]:
    rubric = draw(small_rubrics())
    answers: dict[str, Answer] = {}
    for criterion in rubric.all_criteria():
        if criterion.type == "choice":
            key = draw(st.none() | st.sampled_from([o.key for o in criterion.choices]))
            answer = Answer(key=key)
        elif criterion.type == "percentage":
            answer = Answer(number=draw(st.none() | st.floats(0, 100)))
        else:
            numerator = draw(st.floats(0, 1e6))
            answer = Answer(numerator=numerator, denominator=draw(st.floats(0.001, 1e6)))
        answers[criterion.id] = answer
    return rubric, AnswerSet(rubric=rubric.id, answers=answers)


@modest
@given(pair=rubric_and_answers())
def test_any_rubric_keeps_scores_within_weights(pair):
    rubric, answers = pair
    result = score_answers(rubric, answers)
    for item in result.indicators:
        assert 0.0 <= item.score <= item.weight
        assert all(0.0 <= c.value <= 1.0 for c in item.criteria)
    assert result.score <= result.max_score * (1 + 1e-12)


@modest
@given(answers=answer_maps(), data=st.data())
def test_a_stage_that_answers_every_criterion_as_the_unit_scores_as_the_unit(answers, data):
    unit = answer_set(answers)
    same = dict(unit.answers)
    review = Review("tpi", answers=same)
    reviewed = replace(unit, reviews=(review,))
    staged = score_answers(RUBRIC, reviewed.at_stage("tpi", RUBRIC.stage_ids()))
    assert staged.score == score_answers(RUBRIC, unit).score
    # The order a stage lists its criteria in changes nothing.
    shuffled = dict(data.draw(st.permutations(list(same.items()))))
    other = replace(unit, reviews=(Review("tpi", answers=shuffled),))
    assert score_answers(RUBRIC, other.at_stage("tpi")).score == staged.score


@modest
@given(unit=answer_maps(), tpi=answer_maps(), tpn=answer_maps())
def test_a_later_stage_answer_wins_and_the_rest_is_inherited(unit, tpi, tpn):
    reviews = tuple(
        Review(stage, answers={i: Answer(key=k) for i, k in keys.items() if k is not None})
        for stage, keys in (("tpi", tpi), ("tpn", tpn))
    )
    standing = replace(answer_set(unit), reviews=reviews).at_stage("tpn").answers
    for ident in IDS:
        expected = tpn[ident] or tpi[ident] or unit[ident]
        assert (standing[ident].key if ident in standing else None) == expected


@modest
@given(st.data())
def test_the_unanswered_policies_agree_when_all_is_answered_and_skip_never_scores_less(data):
    chosen = {
        ident: data.draw(st.sampled_from([*option_keys(ident), None]), label=ident) for ident in IDS
    }
    answers = AnswerSet(rubric="pkp-2019", answers={k: Answer(key=v) for k, v in chosen.items()})
    zero = score_answers(RUBRIC, answers, "zero")
    skip = score_answers(RUBRIC, answers, "skip")
    assert zero.policy == "zero"
    assert skip.policy == "skip"
    for low, high in zip(zero.indicators, skip.indicators, strict=True):
        assert low.score <= high.score + 1e-12
        answered = [c.value for c in high.criteria if c.answered]
        expected = sum(answered) / len(answered) * high.weight if answered else 0.0
        assert high.score == pytest.approx(expected)
    if None not in chosen.values():
        assert zero.score == skip.score
    assert score_answers(RUBRIC, answers).score == zero.score  # the shipped default

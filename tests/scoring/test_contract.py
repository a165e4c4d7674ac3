"""The result contract: one object for both ways of scoring, and its JSON line byte for byte."""

from __future__ import annotations

import json

import pytest

from helpers import MINI_RUBRIC
from pkmcli.answers.model import Answer, AnswerSet
from pkmcli.rubric.catalog import load_rubric
from pkmcli.scoring.arithmetic import score_answers
from pkmcli.scoring.contract import line_of, record_of, result_record, tally_of
from pkmcli.scoring.plans import plan_for


@pytest.fixture
def mini():
    return load_rubric(str(MINI_RUBRIC))


def answered(mini):
    answers = {
        "i.a": Answer(key="Ya", note='catatan "dikutip"', evidence=("bukti/a.pdf",)),
        "i.b": Answer(number=40.0),
        "j.a": Answer(numerator=3.0, denominator=4.0),
    }
    return score_answers(mini, AnswerSet(mini.id, unit="Unit ☺", answers=answers))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_line_is_the_record_as_json_dumps_writes_it(mini, lang):
    tally = tally_of(answered(mini), "x.yaml", plan_for(mini, lang))
    assert line_of(tally) == json.dumps(record_of(tally), ensure_ascii=False)


def test_answers_are_written_as_the_contract_says(mini):
    record = result_record(answered(mini), "x.yaml")
    entries = {c["id"]: c for i in record["indicators"] for c in i["criteria"]}
    assert entries["i.a"] == {
        "id": "i.a",
        "answer": "Ya",
        "value": 1.0,
        "answered": True,
        "note": 'catatan "dikutip"',
        "evidence": ["bukti/a.pdf"],
    }
    assert entries["i.b"]["answer"] == 40.0
    assert entries["j.a"]["answer"] == {"numerator": 3.0, "denominator": 4.0}
    assert record["unit"] == "Unit ☺"
    assert [s["id"] for s in record["sections"]] == [s.id for s in mini.sections or []]
    assert record["score"] == sum(s["score"] for s in record["sections"])


def test_an_unanswered_criterion_has_a_null_answer(mini):
    record = result_record(score_answers(mini, AnswerSet(mini.id)), "x.yaml")
    first = record["indicators"][0]["criteria"][0]
    assert (first["answer"], first["answered"], first["value"]) == (None, False, 0.0)
    assert record["unanswered"] == [c.id for c in mini.all_criteria()]

"""Saving an answer changes only its entry: comments, order, quoting and blank lines stay."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import DATA
from pkmcli.answers.editing import EditError, edit_answers_text
from pkmcli.answers.model import Answer, AnswerSet
from pkmcli.answers.reader import read_answers
from pkmcli.files.reading import parse_document
from pkmcli.rubric.catalog import load_rubric

RUBRIC = load_rubric("pkp-2019")
HAND = (DATA / "jawaban-tulisan-tangan.yaml").read_text(encoding="utf-8")


def read(text: str, name: str = "j.yaml") -> AnswerSet:
    return read_answers(parse_document(text, name, construct=False), RUBRIC)


def edit(text: str, *, as_json: bool = False, **answers: Answer | None) -> str:
    before = read(text)
    after = dict(before.answers)
    for name, answer in answers.items():
        ident = name.replace("_", ".")
        if answer is None:
            after.pop(ident, None)
        else:
            after[ident] = answer
    return edit_answers_text(text, RUBRIC, before, replace(before, answers=after), as_json=as_json)


def test_a_short_answer_changes_only_its_value():
    text = edit(HAND, a_1=Answer(key="tidak"))
    assert text == HAND.replace("    a.1: Ya        # SK ada", "    a.1: tidak        # SK ada")


def test_an_empty_entry_is_filled_after_its_colon_keeping_the_comment():
    text = edit(HAND, c_1=Answer(key="a"))
    assert text == HAND.replace("    c.1:    # belum", "    c.1: a    # belum")


def test_a_new_entry_goes_after_the_criterion_before_it_at_the_same_indent():
    text = edit(HAND, a_3=Answer(key="b"))
    assert text == HAND.replace(
        '    a.2: {answer: b, note: "Maklumat di loket"}\n',
        '    a.2: {answer: b, note: "Maklumat di loket"}\n    a.3: b\n',
    )


def test_a_one_line_flow_entry_stays_one_line():
    text = edit(HAND, a_2=Answer(key="c", note="Belum di web: tunggu", evidence=("a 2.pdf",)))
    assert text == HAND.replace(
        '    a.2: {answer: b, note: "Maklumat di loket"}',
        '    a.2: {answer: "c", note: "Belum di web: tunggu", evidence: ["a 2.pdf"]}',
    )


def test_a_long_entry_is_rewritten_on_its_own_lines_only():
    text = edit(HAND, a_4=Answer(key="b", note="Reviu Juni"))
    assert text == HAND.replace(
        "    a.4:\n        answer: c\n        evidence: [bukti/a4.pdf,\n"
        "                   https://example.go.id/a4]\n",
        "    a.4:\n      answer: b\n      note: Reviu Juni\n",
    )


def test_a_cleared_answer_leaves_its_key_and_what_follows():
    assert edit(HAND, b_2=None) == HAND.replace('    b.2: "a"\n', "    b.2:\n")
    assert edit(HAND, a_1=None) == HAND.replace(
        "    a.1: Ya        # SK ada", "    a.1:        # SK ada"
    )


def test_metadata_is_changed_in_place_or_added_before_the_answers():
    before = read(HAND)
    after = replace(before, unit="Kantor: Y", assessor="Tim ZI")
    text = edit_answers_text(HAND, RUBRIC, before, after)
    assert text == HAND.replace("unit: 'Kantor Pelayanan X'", 'unit: "Kantor: Y"').replace(
        "\nanswers:\n", "\nassessor: Tim ZI\nanswers:\n"
    )


def test_json_files_are_edited_as_json():
    text = '{\n  "rubric": "pkp-2019",\n  "answers": {"a.1": "ya"}\n}\n'
    edited = edit(text, as_json=True, a_1=Answer(key="tidak"), b_1=Answer(key="a", note="ok"))
    assert json.loads(edited) == {
        "rubric": "pkp-2019",
        "answers": {"a.1": "tidak", "b.1": {"answer": "a", "note": "ok"}},
    }
    assert edited.startswith('{\n  "rubric": "pkp-2019",\n  "answers": {"a.1": "tidak"')


def test_a_value_it_cannot_place_is_refused_not_half_written():
    text = 'rubric: pkp-2019\nunit: "Kantor\n  X"\nanswers:\n  a.1: ya\n'
    before = read(text)
    assert before.unit == "Kantor X"
    with pytest.raises(EditError):
        edit_answers_text(text, RUBRIC, before, replace(before, unit="Kantor Y"))


# What people type in notes: letters, digits, punctuation (YAML's own among it) and spaces.
NOTE_TEXT = st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="\x85")
ANSWERS = {
    c.id: st.one_of(
        st.none(),
        st.builds(
            Answer,
            key=st.sampled_from([o.key for o in c.choices]),
            note=st.one_of(st.none(), st.text(NOTE_TEXT, min_size=1, max_size=20)),
            evidence=st.lists(st.sampled_from(["a.pdf", "https://x.go.id/b"]), max_size=2).map(
                tuple
            ),
        ),
    )
    for c in RUBRIC.all_criteria()
}


@settings(max_examples=60, deadline=None)
@given(st.fixed_dictionaries(ANSWERS))
def test_any_edits_read_back_and_keep_every_comment(wanted):
    before = read(HAND)
    answers = {k: v for k, v in wanted.items() if v is not None}
    try:
        text = edit_answers_text(HAND, RUBRIC, before, replace(before, answers=answers))
    except EditError:
        return  # the caller writes such a file afresh; nothing is half-written
    assert read(text).answers == answers
    for line in HAND.splitlines():
        if line.lstrip().startswith("#"):
            assert line in text.splitlines()

"""Saving an answer changes only its entry: comments, order, quoting and blank lines stay."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import DATA
from pkmcli.answers.editing import (
    EditError,
    edit_answers_text,
    edit_review_text,
    render_reviewed_file,
)
from pkmcli.answers.model import Answer, AnswerSet, Review
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


# -- review stages ----------------------------------------------------------------------

REVIEWED = """\
# Penilaian mandiri 2026, dengan desk evaluation TPI
rubric: pkp-2019   # jangan diubah
unit: Kantor Pelayanan X

answers:
    a.1: Ya        # SK ada
    a.2: {answer: b, note: "Maklumat di loket"}
    # a.3 belum
    a.4: c

# TPI: rapat 1 Maret
reviews:
# tim internal
-   stage: tpi   # desk
    assessor: Tim Penilai Internal
    date: 2026-03-01
    answers:
        a.1: ya    # setuju
        # a.2 dicek ulang
        a.4:
            answer: b
            note: "Reviu belum rutin"
# akhir berkas
"""


def edit_stage(
    text: str, stage: str, *, as_json: bool = False, new: Review | None = None, **answers
) -> str:
    """Edit the entries of ``stage`` (``a_1=Answer(...)``, None drops one) in place."""
    before = read(text)
    reviews = list(before.reviews)
    found = [n for n, r in enumerate(reviews) if r.stage == stage]
    if not found:
        reviews.append(new or Review(stage))
        found = [len(reviews) - 1]
    entries = dict(reviews[found[0]].answers)
    for name, answer in answers.items():
        if answer is None:
            entries.pop(name.replace("_", "."), None)
        else:
            entries[name.replace("_", ".")] = answer
    reviews[found[0]] = replace(reviews[found[0]], answers=entries)
    after = replace(before, reviews=tuple(reviews))
    text = edit_review_text(text, RUBRIC, before, after, stage, as_json=as_json)
    assert read(text) == replace(after, locations={})
    return text


def unit_block(text: str) -> str:
    return text[: text.index("reviews")]


def test_a_stage_entry_changes_only_its_value():
    text = edit_stage(REVIEWED, "tpi", a_1=Answer(key="tidak"))
    assert text == REVIEWED.replace("a.1: ya    # setuju", "a.1: tidak    # setuju")


def test_a_new_stage_entry_goes_after_the_criterion_before_it():
    text = edit_stage(REVIEWED, "tpi", a_3=Answer(key="a", note="SOP belum lengkap"))
    assert text == REVIEWED.replace(
        "        a.1: ya    # setuju\n",
        "        a.1: ya    # setuju\n"
        "        a.3:\n          answer: a\n          note: SOP belum lengkap\n",
    )


def test_the_revision_mark_is_written_in_the_long_form_and_cleared_again():
    marked = edit_stage(REVIEWED, "tpi", a_1=Answer(key="ya", revision=True))
    # The entry's own line is rewritten, its comment with it; every other line stays.
    assert marked == REVIEWED.replace(
        "        a.1: ya    # setuju\n",
        "        a.1:\n          answer: ya\n          revision: true\n",
    )
    assert read(marked).reviews[0].answers["a.1"] == Answer(key="ya", revision=True)
    only_marked = edit_stage(REVIEWED, "tpi", a_3=Answer(revision=True))
    assert "        a.1: ya    # setuju\n        a.3:\n          revision: true\n" in only_marked
    cleared = edit_stage(marked, "tpi", a_1=Answer(key="ya"))
    assert cleared == marked.replace(
        "        a.1:\n          answer: ya\n          revision: true\n", "        a.1: ya\n"
    )


def test_the_stage_fields_change_in_place_and_the_rest_stays_byte_for_byte():
    before = read(REVIEWED)
    review = replace(before.reviews[0], assessor="TPI: Tim B", date="2026-03-05")
    after = replace(before, reviews=(review,))
    text = edit_review_text(REVIEWED, RUBRIC, before, after, "tpi")
    assert text == REVIEWED.replace("Tim Penilai Internal", '"TPI: Tim B"').replace(
        "2026-03-01", "2026-03-05"
    )
    after = replace(before, reviews=(replace(review, assessor=None, date="1 Maret"),))
    text = edit_review_text(REVIEWED, RUBRIC, before, after, "tpi")
    assert text == REVIEWED.replace(" Tim Penilai Internal", "").replace("2026-03-01", "1 Maret")


def test_every_comment_and_the_unit_block_survive_many_edits():
    text = REVIEWED
    for step in (
        {"a_1": None},
        {"a_2": Answer(key="c", note="Belum di web: tunggu", evidence=("b 1.pdf",))},
        {"b_5": Answer(key="tidak", revision=True)},
        {"a_4": Answer(key="a")},
        {"c_3": Answer(key="d")},
    ):
        text = edit_stage(text, "tpi", **step)
    assert unit_block(text) == unit_block(REVIEWED)
    lines = text.splitlines()
    for line in REVIEWED.splitlines():
        if "#" in line and "a.1" not in line:
            assert line in lines
    assert text.endswith("# akhir berkas\n")
    assert read(text).reviews[0].answers == {
        "a.2": Answer(key="c", note="Belum di web: tunggu", evidence=("b 1.pdf",)),
        "a.4": Answer(key="a"),
        "b.5": Answer(key="tidak", revision=True),
        "c.3": Answer(key="d"),
    }


def test_a_stage_absent_is_added_at_the_end_of_the_list_leaving_the_others():
    text = edit_stage(
        REVIEWED, "tpn", new=Review("tpn", "Tim Nasional", "2026-05-02"), a_4=Answer(key="c")
    )
    assert text == REVIEWED.replace(
        '            note: "Reviu belum rutin"\n',
        '            note: "Reviu belum rutin"\n'
        "-   stage: tpn\n"
        "    assessor: Tim Nasional\n"
        "    date: 2026-05-02\n"
        "    answers:\n"
        "        a.4: c\n",
    )
    # Editing the new stage leaves the earlier one as it was.
    again = edit_stage(text, "tpn", a_1=Answer(key="tidak"))
    assert again == text.replace("        a.4: c\n", "        a.1: tidak\n        a.4: c\n")


def test_reviews_are_added_at_the_end_of_a_file_that_has_none():
    text = edit_stage(HAND, "tpi", new=Review("tpi", "Tim ZI"), a_1=Answer(key="ya"))
    assert text == HAND + (
        "reviews:\n  - stage: tpi\n    assessor: Tim ZI\n    answers:\n      a.1: ya\n"
    )
    bare = "rubric: pkp-2019\nanswers:\n  a.1: ya"  # no line break at the end
    assert edit_stage(bare, "tpi", a_1=Answer(key="tidak")) == (
        bare + "\nreviews:\n  - stage: tpi\n    answers:\n      a.1: tidak\n"
    )


def test_an_empty_reviews_key_and_an_empty_stage_answers_are_filled():
    text = "rubric: pkp-2019\nanswers:\n  a.1: ya\nreviews:   # belum\n"
    assert edit_stage(text, "tpi", a_1=Answer(key="ya")) == (
        text + "  - stage: tpi\n    answers:\n      a.1: ya\n"
    )
    text = "rubric: pkp-2019\nanswers:\n  a.1: ya\nreviews:\n- stage: tpi\n  answers:\n"
    assert edit_stage(text, "tpi", a_2=Answer(key="b")) == text + "    a.2: b\n"
    text = "rubric: pkp-2019\nanswers:\n  a.1: ya\nreviews:\n- stage: tpi\n  date: x\n"
    assert edit_stage(text, "tpi", a_2=Answer(key="b")) == text + "  answers:\n    a.2: b\n"


def test_json_review_stages_are_edited_as_json():
    text = '{\n  "rubric": "pkp-2019",\n  "answers": {"a.1": "ya", "a.2": "b"}\n}\n'
    created = edit_stage(text, "tpi", as_json=True, a_1=Answer(key="tidak", revision=True))
    assert created == text.replace(
        '"a.2": "b"}',
        '"a.2": "b"}, "reviews": [{"stage": "tpi", "answers": '
        '{"a.1": {"answer": "tidak", "revision": true}}}]',
    )
    edited = edit_stage(created, "tpi", as_json=True, a_2=Answer(key="c", note="ok"))
    tpn = edit_stage(edited, "tpn", as_json=True, new=Review("tpn", "N"), a_2=Answer(key="d"))
    assert json.loads(tpn) == {
        "rubric": "pkp-2019",
        "answers": {"a.1": "ya", "a.2": "b"},
        "reviews": [
            {
                "stage": "tpi",
                "answers": {
                    "a.1": {"answer": "tidak", "revision": True},
                    "a.2": {"answer": "c", "note": "ok"},
                },
            },
            {"stage": "tpn", "assessor": "N", "answers": {"a.2": "d"}},
        ],
    }
    assert tpn.startswith('{\n  "rubric": "pkp-2019",\n  "answers": {"a.1": "ya", "a.2": "b"}, ')


def test_a_stage_it_cannot_place_is_refused_and_written_afresh_keeps_the_unit(tmp_path):
    text = REVIEWED.replace("assessor: Tim Penilai Internal", 'assessor: "Tim\n      Internal"')
    before = read(text)
    after = replace(before, reviews=(replace(before.reviews[0], assessor="Tim Baru"),))
    with pytest.raises(EditError):
        edit_review_text(text, RUBRIC, before, after, "tpi")
    with pytest.raises(EditError):  # a caller's mistake: the unit's answers are not the stage's
        edit_review_text(text, RUBRIC, before, replace(after, answers={}), "tpi")
    for name in ("j.yaml", "j.json"):
        fresh = render_reviewed_file(tmp_path / name, RUBRIC, after, "id")
        assert read(fresh) == replace(after, file="j.yaml", locations={})


STAGE_ANSWERS = {
    ident: st.one_of(
        st.none(),
        st.builds(
            Answer,
            key=st.one_of(st.none(), st.sampled_from([o.key for o in c.choices])),
            note=st.one_of(st.none(), st.text(NOTE_TEXT, min_size=1, max_size=20)),
            evidence=st.lists(st.sampled_from(["a.pdf", "https://x.go.id/b"]), max_size=2).map(
                tuple
            ),
            revision=st.booleans(),
        ).filter(lambda a: a != Answer()),
    )
    for c in RUBRIC.all_criteria()
    for ident in [c.id]
}


@settings(max_examples=60, deadline=None)
@given(st.fixed_dictionaries(STAGE_ANSWERS))
def test_any_stage_edits_read_back_and_keep_the_unit_block_and_every_comment(wanted):
    before = read(REVIEWED)
    answers = {k: v for k, v in wanted.items() if v is not None}
    after = replace(before, reviews=(replace(before.reviews[0], answers=answers),))
    try:
        text = edit_review_text(REVIEWED, RUBRIC, before, after, "tpi")
    except EditError:
        return  # the caller writes such a file afresh; nothing is half-written
    assert read(text).reviews[0].answers == answers
    assert unit_block(text) == unit_block(REVIEWED)
    for line in REVIEWED.splitlines():
        if line.lstrip().startswith("#"):
            assert line in text.splitlines()

"""Writing answers files: blank ones with every question as a comment, filled ones that read back."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from pkmcli.answers.drafting import draft_answers_file, render_answers, scalar
from pkmcli.answers.model import Answer, AnswerSet
from pkmcli.answers.reader import load_answers
from pkmcli.answers.schema import answers_schema_text
from pkmcli.interview.sessions import open_review, open_session
from pkmcli.interview.terminal import file_saver
from pkmcli.rubric.catalog import load_rubric

RUBRIC = load_rubric("pkp-2019")
IDS = [c.id for c in RUBRIC.all_criteria()]
_counter = itertools.count()


def test_a_blank_file_lists_every_criterion_with_its_options_as_comments():
    text = render_answers(RUBRIC)
    lines = text.splitlines()
    assert [line for line in lines if not line.lstrip().startswith("#") and line] == [
        "rubric: pkp-2019",
        "unit:",
        "period:",
        "assessor:",
        "answers:",
        *[f"  {ident}:" for ident in IDS],
    ]
    for criterion in RUBRIC.all_criteria():
        question = f"  # {criterion.id} {criterion.question.get('id')}"
        assert any(question.startswith(line) for line in lines if line.startswith("  # ")), (
            criterion.id
        )
        for option in criterion.choices:
            assert any(line.startswith(f"    # {option.key} = ") for line in lines)
    assert "  # == a. Standar Pelayanan (bobot 3) ==" in lines
    assert "  # == b. Budaya Pelayanan Prima (bobot 3) ==" in lines
    assert "  # == c. Penilaian Kepuasan terhadap Pelayanan (bobot 4) ==" in lines
    block = lines[lines.index("  # a.2 Apakah unit kerja telah memaklumatkan standar pelayanan?") :]
    assert block[1:6] == [
        "    # a = Maklumat untuk semua jenis layanan, dipasang di ruang layanan dan dipublikasikan di",
        "    #     media daring (1)",
        "    # b = Maklumat untuk semua jenis layanan, tetapi hanya dipasang di ruang layanan (0,67)",
        "    # c = Maklumat baru untuk sebagian jenis layanan (0,33)",
        "    # d = Standar pelayanan belum dimaklumatkan (0)",
    ]
    assert all(len(line) <= 96 for line in lines)


def test_a_blank_file_in_english():
    lines = render_answers(RUBRIC, lang="en").splitlines()
    assert "  # == a. Service Standards (weight 3) ==" in lines
    assert "  # a.1 Does the unit have a policy on service standards?" in lines
    assert "    # ya = Yes (1)" in lines
    assert "    # tidak = No (0)" in lines


def test_a_blank_file_is_valid_yaml_and_loads_with_everything_unanswered(write_answers):
    text = render_answers(RUBRIC)
    data = yaml.safe_load(text)
    assert data == {
        "rubric": "pkp-2019",
        "unit": None,
        "period": None,
        "assessor": None,
        "answers": dict.fromkeys(IDS),
    }
    rubric, answers = load_answers(write_answers(text))
    assert rubric is RUBRIC
    assert answers.unanswered(rubric) == IDS
    assert all(not a.answered for a in answers.answers.values())


def test_metadata_that_yaml_would_misread_is_quoted(write_answers):
    blank = AnswerSet(rubric="pkp-2019", unit="Kantor: Pusat #1", period="2026", assessor="yes")
    text = render_answers(RUBRIC, blank)
    assert 'unit: "Kantor: Pusat #1"' in text.splitlines()
    assert 'period: "2026"' in text.splitlines()
    assert 'assessor: "yes"' in text.splitlines()
    _, answers = load_answers(write_answers(text))
    assert (answers.unit, answers.period, answers.assessor) == ("Kantor: Pusat #1", "2026", "yes")


FILLED = AnswerSet(
    rubric="pkp-2019",
    unit="Kantor Pelayanan: Pusat #1",
    period="2026",
    assessor='Tim "Penilai" Internal',
    answers={
        "a.1": Answer(key="Ya"),
        "a.2": Answer(
            key="b",
            note='Maklumat "dipasang" di loket: belum di website # nanti\nbaris kedua',
            evidence=("bukti/a2 maklumat.jpg", "https://example.go.id/maklumat?x=1#bagian"),
        ),
        "a.3": Answer(note="belum dinilai; 'tunggu' TPI"),
        "b.1": Answer(key="C", evidence=("- bukan daftar", "null", "yes", "1.5")),
        "b.5": Answer(key="tidak", note="Inovasi: layanan antar-jemput ✓ — ñ, 漢字, 😀"),
        "c.2": Answer(key="ya", note="  spasi di awal dan akhir  "),
        "c.3": Answer(key="d", note=""),
    },
    file="jawaban.yaml",
)


def test_filled_answers_round_trip_exactly(write_answers):
    text = render_answers(RUBRIC, FILLED)
    rubric, loaded = load_answers(write_answers(text), display="jawaban.yaml")
    assert rubric is RUBRIC
    assert loaded == FILLED
    assert loaded.unanswered(rubric) == ["a.3", "a.4", "b.2", "b.3", "b.4", "c.1"]


def test_filled_answers_round_trip_without_comments(write_answers):
    text = render_answers(RUBRIC, FILLED, comments=False)
    assert not any(line.lstrip().startswith("#") for line in text.splitlines())
    _, loaded = load_answers(write_answers(text), display="jawaban.yaml")
    assert loaded == FILLED


def test_short_answers_stay_in_the_short_form():
    text = render_answers(RUBRIC, FILLED)
    assert "  a.1: Ya" in text.splitlines()
    assert "  c.3:" in text.splitlines()
    assert "    answer: d" in text.splitlines()


NUMERIC_RUBRIC = """\
id: angka
version: "1"
title: Rubrik angka
source: {regulation: Uji}
indicators:
  - id: x
    title: X
    weight: 2
    criteria:
      - {id: x.1, question: Berapa persen?, type: percentage}
      - {id: x.2, question: Rasio?, type: ratio, numerator: Dipermudah, denominator: Terdaftar}
      - {id: x.3, question: Persen lagi?, type: percentage}
      - {id: x.4, question: Rasio lagi?, type: ratio, numerator: A, denominator: B}
"""


def test_numeric_answers_round_trip(write_answers):
    rubric = load_rubric(str(write_answers(NUMERIC_RUBRIC, "angka.yaml")))
    filled = AnswerSet(
        rubric="angka",
        answers={
            "x.1": Answer(number=33.333333333333336),
            "x.2": Answer(numerator=3.0, denominator=7.0, note="tiga: dari tujuh"),
            "x.3": Answer(number=100.0, evidence=("rekap.xlsx",)),
            "x.4": Answer(numerator=1e-05, denominator=12345678901234.0),
        },
        file="jawaban.yaml",
    )
    text = render_answers(rubric, filled)
    assert "  x.1: 33.333333333333336" in text.splitlines()
    assert "  # Isi persentase 0-100." in text.splitlines()
    _, loaded = load_answers(
        write_answers(text), str(write_answers(NUMERIC_RUBRIC, "angka.yaml")), "jawaban.yaml"
    )
    assert loaded == filled


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("ya", "ya"),
        ("Kantor Pelayanan X", "Kantor Pelayanan X"),
        ("https://example.go.id/a", "https://example.go.id/a"),
        ("2026", '"2026"'),
        ("yes", '"yes"'),
        ("null", '"null"'),
        ("a: b", '"a: b"'),
        ("a #b", '"a #b"'),
        ("abc:", '"abc:"'),
        ("1:30", '"1:30"'),
        ("", '""'),
        (" x", '" x"'),
        ('kata "kutip"', '"kata \\"kutip\\""'),
        ("baris\nbaru", '"baris\\nbaru"'),
        ("pemisah\u2028baris", '"pemisah\\u2028baris"'),
        ("del\x7f", '"del\\u007f"'),
        (2.0, "2"),
        (2.5, "2.5"),
    ],
)
def test_scalars_are_quoted_only_when_yaml_would_misread_them(value, written):
    assert scalar(value) == written
    assert yaml.safe_load(f"x: {written}")["x"] == value


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("drafts")


texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
lines = texts.filter(lambda t: not re.search(r"[\n\r\x85\u2028\u2029]", t))


@st.composite
def answer_sets(draw: st.DrawFn) -> AnswerSet:
    answers = {}
    for ident in draw(st.lists(st.sampled_from(IDS), unique=True, max_size=6)):
        criterion = RUBRIC.criterion(ident)
        assert criterion is not None
        key = draw(st.none() | st.sampled_from([o.key for o in criterion.choices]))
        answers[ident] = Answer(
            key=key,
            note=draw(st.none() | texts),
            # A blank evidence item is no evidence: the reader drops it.
            evidence=tuple(draw(st.lists(texts.filter(str.strip), max_size=3))),
        )
    return AnswerSet(
        rubric="pkp-2019",
        unit=draw(st.none() | lines),
        period=draw(st.none() | lines),
        assessor=draw(st.none() | lines),
        answers=answers,
        file="jawaban.yaml",
    )


@settings(max_examples=100, deadline=None)
@given(answer_set=answer_sets())
def test_any_text_round_trips(folder, answer_set):
    path = folder / f"jawaban-{next(_counter)}.yaml"
    path.write_text(render_answers(RUBRIC, answer_set), encoding="utf-8")
    _, loaded = load_answers(path, display="jawaban.yaml")
    # An answer with nothing in it reads back as absent: both mean unanswered.
    assert loaded.answers == {i: a for i, a in answer_set.answers.items() if a != Answer()}
    assert (loaded.unit, loaded.period, loaded.assessor) == (
        answer_set.unit,
        answer_set.period,
        answer_set.assessor,
    )


SCHEMA_LINE = "# yaml-language-server: $schema=.pkm/schema/answers-pkp-2019.json"


def test_a_drafted_file_names_its_schema_on_the_first_line(write_answers):
    text = render_answers(RUBRIC, schema=".pkm/schema/answers-pkp-2019.json")
    assert text.splitlines()[0] == SCHEMA_LINE
    assert text.splitlines()[1:] == render_answers(RUBRIC).splitlines()
    _, answers = load_answers(write_answers(text))
    assert answers.unanswered(RUBRIC) == IDS


def test_draft_answers_file_writes_the_schema_beside_the_file(tmp_path):

    target = tmp_path / "jawaban" / "2026.yaml"
    target.parent.mkdir()
    text, note = draft_answers_file(target, None, {}, "en")
    assert text.splitlines()[0] == SCHEMA_LINE
    schema = target.parent / ".pkm" / "schema" / "answers-pkp-2019.json"
    assert schema.read_text(encoding="utf-8") == answers_schema_text(RUBRIC, "en")
    assert note.splitlines()[1:] == [f"wrote the schema for editors to {schema}"]
    # Once there as it is, the schema is left alone and not spoken of.
    before = schema.stat().st_mtime_ns
    _, note = draft_answers_file(target, None, {}, "en", force=True)
    assert len(note.splitlines()) == 1
    assert schema.stat().st_mtime_ns == before
    bare = tmp_path / "bare.yaml"
    text, note = draft_answers_file(bare, None, {}, "en", schema=False)
    assert "yaml-language-server" not in text
    assert text == render_answers(RUBRIC, lang="en")
    assert not (tmp_path / ".pkm").exists()
    text, _ = draft_answers_file(tmp_path / "jawaban.json", None, {}, "en")
    assert text.startswith("{")
    assert not (tmp_path / ".pkm").exists()


def test_draft_to_stdout_says_how_to_write_the_schema():

    text, note = draft_answers_file(None, "pkp-2021", {}, "id")
    assert text.splitlines()[0] == SCHEMA_LINE.replace("2019", "2021")
    assert note == (
        "agar editor memeriksa berkas ini, tulis skemanya di sampingnya: "
        "pkm schema answers --rubric pkp-2021 -o .pkm/schema/answers-pkp-2021.json"
    )
    assert draft_answers_file(None, None, {}, "id", schema=False)[1] == ""


def test_saving_answers_and_reviews_keeps_the_schema_line(tmp_path):

    path = tmp_path / "jawaban.yaml"
    draft_answers_file(path, None, {}, "id")
    session = open_session(path, None, {"unit": "Kantor"}, "jawaban.yaml")
    save = file_saver(path, session.rubric, "id", session)
    answers = session.answer_set
    for ident, answer in (("a.1", Answer(key="ya")), ("a.2", Answer(key="b", note="di loket"))):
        answers = replace(answers, answers={**answers.answers, ident: answer})
        save(answers)
        assert path.read_text(encoding="utf-8").splitlines()[0] == SCHEMA_LINE
    review = open_review(path, "tpi", None, {"assessor": "TPI"}, "jawaban.yaml", "id")
    save = file_saver(path, review.rubric, "id", review)
    (stage,) = review.answer_set.reviews
    save(
        replace(review.answer_set, reviews=(replace(stage, answers={"a.1": Answer(key="tidak")}),))
    )
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == SCHEMA_LINE
    _, loaded = load_answers(path)
    assert loaded.unit == "Kantor"
    assert loaded.answers["a.2"] == Answer(key="b", note="di loket")
    assert loaded.reviews[0].answers == {"a.1": Answer(key="tidak")}

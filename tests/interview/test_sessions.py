"""The answers file behind an interview: new or resumed, refused before any question, its default name, JSON kept JSON."""

from __future__ import annotations

import json
from datetime import date

import pytest

from helpers import ALL_IDS, DATA, FULL, Saves, Script
from pkmcli.answers.model import AnswerSet
from pkmcli.errors import PkmError
from pkmcli.interview.flow import Interview
from pkmcli.interview.sessions import default_answers_path, open_session
from pkmcli.interview.terminal import file_saver
from pkmcli.language import Lang
from pkmcli.rubric.catalog import load_rubric
from pkmcli.rubric.model import Rubric


@pytest.fixture
def rubric() -> Rubric:
    return load_rubric("pkp-2019")


def interview(tmp_path, rubric, lines, answer_set=None, lang: Lang = "id", ref=None):
    script = Script(lines)
    saves = Saves(tmp_path / "jawaban.yaml", rubric, lang, ref)
    answers = answer_set or AnswerSet(rubric=rubric.id, file="jawaban.yaml")
    return Interview(rubric, answers, script, saves, lang), script, saves


def test_new_file_takes_metadata_options_and_an_empty_file_counts_as_new(tmp_path):
    path = tmp_path / "kosong.yaml"
    path.write_text("")
    session = open_session(path, None, {"unit": "U", "period": None}, "kosong.yaml")
    assert not session.resumed
    assert (session.answer_set.unit, session.answer_set.period) == ("U", None)
    assert session.rubric.id == "pkp-2019"


def test_resuming_an_invalid_file_reports_located_errors_and_leaves_it(tmp_path):
    path = tmp_path / "rusak.yaml"
    text = "rubric: pkp-2019\nanswers:\n  a.1: mungkin\n  a.9: b\n"
    path.write_text(text)
    with pytest.raises(PkmError) as caught:
        open_session(path, None, {}, "rusak.yaml")
    assert [p.render() for p in caught.value.problems] == [
        "rusak.yaml:3:8: a.1: 'mungkin' bukan pilihan di sini; pilihan yang ada: ya, tidak",
        "rusak.yaml:4:3: kriteria 'a.9' tidak dikenal; mungkin maksud Anda a.4? (rubrik pkp-2019 memuat a.1 sampai c.3)",
    ]
    assert path.read_text() == text


def test_a_path_that_cannot_be_saved_to_is_refused_before_any_question(tmp_path):
    with pytest.raises(PkmError) as caught:
        open_session(tmp_path, None, {}, "folder")
    assert str(caught.value) == "folder: ini folder; berikan jalur berkas untuk ditulis"
    with pytest.raises(PkmError) as caught:
        open_session(tmp_path / "nope" / "j.yaml", None, {}, "nope/j.yaml")
    assert str(caught.value) == (
        f"nope/j.yaml: tidak dapat ditulis: folder '{tmp_path / 'nope'}' tidak ada"
    )


def test_default_path_resumes_the_newest_unfinished_file(tmp_path, rubric):
    today = date(2026, 3, 2)
    assert default_answers_path(tmp_path, rubric, today).name == "jawaban-pkp-2019-2026-03-02.yaml"
    full = "\n".join(f"  {i}: {k}" for i, k in zip(ALL_IDS, FULL, strict=True))
    (tmp_path / "jawaban-pkp-2019-2026-02-01.yaml").write_text(
        "rubric: pkp-2019\nanswers:\n  a.1: ya\n"
    )
    (tmp_path / "jawaban-pkp-2019-2026-02-20.yaml").write_text(
        f"rubric: pkp-2019\nanswers:\n{full}\n"
    )
    (tmp_path / "jawaban-pkp-2019-2026-02-25.yaml").write_text("rubric: pkp-2019\nanswers: [\n")
    assert default_answers_path(tmp_path, rubric, today).name == "jawaban-pkp-2019-2026-02-01.yaml"


def test_a_json_answers_file_stays_json(tmp_path, rubric):
    path = tmp_path / "jawaban.json"
    path.write_text('{"rubric": "pkp-2019", "unit": "U", "answers": {"a.1": "ya"}}')
    session = open_session(path, None, {}, "jawaban.json")
    script = Script(["b", "+ catatan", "q"])
    Interview(rubric, session.answer_set, script, file_saver(path, rubric, "id", session)).run()
    assert json.loads(path.read_text()) == {
        "rubric": "pkp-2019",
        "unit": "U",
        "answers": {"a.1": "ya", "a.2": "b", "a.3": {"note": "catatan"}},
    }


def test_a_hand_written_file_keeps_everything_but_the_answers_given(tmp_path, rubric):
    path = tmp_path / "jawaban.yaml"
    original = (DATA / "jawaban-tulisan-tangan.yaml").read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    session = open_session(path, None, {"assessor": "Tim ZI"}, "jawaban.yaml")
    script = Script([":a.3", "b", "q"])
    Interview(rubric, session.answer_set, script, file_saver(path, rubric, "id", session)).run()
    assert path.read_text(encoding="utf-8") == original.replace(
        "\nanswers:\n", "\nassessor: Tim ZI\nanswers:\n"
    ).replace(
        '    a.2: {answer: b, note: "Maklumat di loket"}\n',
        '    a.2: {answer: b, note: "Maklumat di loket"}\n    a.3: b\n',
    )

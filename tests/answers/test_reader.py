"""Answers files: short and long forms, JSON, and every kind of invalid input located exactly."""

from __future__ import annotations

import json

import pytest

from pkmcli.answers.model import Answer, AnswerSet
from pkmcli.answers.reader import check_complete, load_answers
from pkmcli.errors import PkmError
from pkmcli.messages.core import use_language
from pkmcli.rubric.catalog import load_rubric, shipped_rubrics

# English here; the Indonesian of the same problems is held at the end.
pytestmark = pytest.mark.usefixtures("english")

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
      - id: x.3
        question: Pilihan?
        options: [{key: ya, label: Ya, value: 1}, {key: tidak, label: Tidak, value: 0}]
"""


def load(write_answers, text, rubric=None, name="jawaban.yaml"):
    path = write_answers(text, name)
    return load_answers(path, rubric, display=name)


def problems(write_answers, text, rubric=None, name="jawaban.yaml"):
    with pytest.raises(PkmError) as caught:
        load(write_answers, text, rubric, name)
    assert caught.value.exit_code == 3
    return [p.render() for p in caught.value.problems]


@pytest.fixture
def numeric(write_answers):
    return str(write_answers(NUMERIC_RUBRIC, "angka.yaml"))


def test_short_and_long_forms_with_metadata(write_answers):
    rubric, answers = load(
        write_answers,
        """\
rubric: pkp-2019
unit: Kantor Pelayanan X
period: 2026
assessor: Tim Penilai Internal
answers:
  a.1: ya
  a.2:
    answer: b
    note: Maklumat dipasang di loket, belum di website
    evidence: [bukti/a2-maklumat.jpg, https://example.go.id/maklumat]
  b.5: {answer: ya, evidence: bukti/b5.pdf}
""",
    )
    assert rubric.id == "pkp-2019"
    assert answers == AnswerSet(
        rubric="pkp-2019",
        unit="Kantor Pelayanan X",
        period="2026",
        assessor="Tim Penilai Internal",
        answers={
            "a.1": Answer(key="ya"),
            "a.2": Answer(
                key="b",
                note="Maklumat dipasang di loket, belum di website",
                evidence=("bukti/a2-maklumat.jpg", "https://example.go.id/maklumat"),
            ),
            "b.5": Answer(key="ya", evidence=("bukti/b5.pdf",)),
        },
        file="jawaban.yaml",
    )
    assert answers.locations == {"answers": (5, 1), "a.1": (6, 3), "a.2": (7, 3), "b.5": (11, 3)}


def test_option_keys_match_ignoring_case_and_are_kept_as_written(write_answers):
    rubric, answers = load(
        write_answers,
        "rubric: pkp-2019\nanswers:\n  a.1: Ya\n  a.2: B\n  a.4: {answer: C}\n  b.5: TIDAK\n",
    )
    assert {k: a.key for k, a in answers.answers.items()} == {
        "a.1": "Ya",
        "a.2": "B",
        "a.4": "C",
        "b.5": "TIDAK",
    }
    assert answers.unanswered(rubric) == [
        "a.3",
        "b.1",
        "b.2",
        "b.3",
        "b.4",
        "c.1",
        "c.2",
        "c.3",
    ]


@pytest.mark.parametrize(
    "value",
    ["", " ~", " null", " Null", " NULL", "\n    answer:", "\n    answer: null\n    note: nanti"],
)
def test_null_means_unanswered(write_answers, value):
    rubric, answers = load(write_answers, f"rubric: pkp-2019\nanswers:\n  a.1:{value}\n")
    assert not (answers.answers.get("a.1") or Answer()).answered
    assert answers.unanswered(rubric)[0] == "a.1"
    assert answers.locations["a.1"] == (3, 3)


def test_quoted_null_is_text_not_unanswered(write_answers):
    assert problems(write_answers, 'rubric: pkp-2019\nanswers:\n  a.1: "null"\n') == [
        "jawaban.yaml:3:8: a.1: 'null' is not an option here; expected one of ya, tidak"
    ]


def test_empty_answers_mapping_leaves_everything_unanswered(write_answers):
    for block in ("answers:\n", "answers: {}\n", ""):
        rubric, answers = load(write_answers, f"rubric: pkp-2019\n{block}")
        assert answers.answers == {}
        assert len(answers.unanswered(rubric)) == 12


def test_a_json_file_with_the_same_shape_is_accepted(write_answers):
    data = {
        "rubric": "pkp-2019",
        "unit": "Kantor X",
        "period": "2026",
        "answers": {
            "a.1": "Ya",
            "a.2": {"answer": "b", "note": 'catatan: 😀 "kutip"', "evidence": ["a/b.jpg"]},
            "a.3": None,
        },
    }
    # Python's json writes non-BMP characters as escaped surrogate pairs; both spellings load.
    for text in (json.dumps(data), json.dumps(data, ensure_ascii=False, indent="\t")):
        _, answers = load(write_answers, text, name="jawaban.json")
        assert answers.unit == "Kantor X"
        assert answers.period == "2026"
        assert answers.answers == {
            "a.1": Answer(key="Ya"),
            "a.2": Answer(key="b", note='catatan: 😀 "kutip"', evidence=("a/b.jpg",)),
        }


def test_duplicate_keys_in_json_are_errors(write_answers):
    text = '{"rubric": "pkp-2019", "answers": {"a.1": "ya", "a.1": "tidak"}}'
    assert problems(write_answers, text, name="jawaban.json") == [
        "jawaban.json:1:49: duplicate key 'a.1' (first given on line 1)"
    ]


def test_percentages_and_ratios(write_answers, numeric):
    rubric, answers = load(
        write_answers,
        """\
rubric: angka
answers:
  x.1: 12,5%
  x.2: {numerator: 3, denominator: 4, note: tiga dari empat, evidence: [rekap.xlsx]}
  x.3: YA
""",
        numeric,
    )
    assert rubric.id == "angka"
    assert answers.answers == {
        "x.1": Answer(number=12.5),
        "x.2": Answer(numerator=3, denominator=4, note="tiga dari empat", evidence=("rekap.xlsx",)),
        "x.3": Answer(key="YA"),
    }


def test_a_ratio_with_neither_number_is_unanswered(write_answers, numeric):
    rubric, answers = load(
        write_answers,
        "rubric: angka\nanswers:\n  x.1: {answer: 40}\n  x.2: {numerator: ~, note: belum dihitung}\n",
        numeric,
    )
    assert answers.answers["x.1"] == Answer(number=40)
    assert answers.answers["x.2"] == Answer(note="belum dihitung")
    assert answers.unanswered(rubric) == ["x.2", "x.3"]


def test_unknown_criterion_ids_get_a_suggestion(write_answers):
    text = "rubric: pkp-2019\nanswers:\n  a.1: ya\n  A.3: a\n  a.22: b\n  d.1: a\n"
    assert problems(write_answers, text) == [
        "jawaban.yaml:4:3: unknown criterion 'A.3'; did you mean a.3? (rubric pkp-2019 has a.1 to c.3)",
        "jawaban.yaml:5:3: unknown criterion 'a.22'; did you mean a.2? (rubric pkp-2019 has a.1 to c.3)",
        "jawaban.yaml:6:3: unknown criterion 'd.1'; did you mean c.1? (rubric pkp-2019 has a.1 to c.3)",
    ]


def test_options_the_criterion_does_not_have(write_answers):
    text = """\
rubric: pkp-2019
answers:
  a.2: f
  a.4: d
  a.1: yaa
  b.5: {answer: "1"}
  c.2: true
"""
    assert problems(write_answers, text) == [
        "jawaban.yaml:3:8: a.2: 'f' is not an option here; expected one of a, b, c, d",
        "jawaban.yaml:4:8: a.4: 'd' is not an option here; expected one of a, b, c",
        "jawaban.yaml:5:8: a.1: 'yaa' is not an option here; expected one of ya, tidak; did you mean ya?",
        "jawaban.yaml:6:17: b.5: '1' is not an option here; expected one of ya, tidak",
        "jawaban.yaml:7:8: c.2: 'true' is not an option here; expected one of ya, tidak",
    ]


def test_duplicate_keys_anywhere(write_answers):
    text = """\
rubric: pkp-2019
unit: Kantor A
unit: Kantor B
answers:
  a.1: ya
  a.2:
    answer: b
    answer: c
    note: satu
    note: dua
  a.1: tidak
answers:
  b.1: a
"""
    assert problems(write_answers, text) == [
        "jawaban.yaml:3:1: duplicate key 'unit' (first given on line 2)",
        "jawaban.yaml:8:5: a.2: duplicate key 'answer' (first given on line 7)",
        "jawaban.yaml:10:5: a.2: duplicate key 'note' (first given on line 9)",
        "jawaban.yaml:11:3: duplicate key 'a.1' (first given on line 5)",
        "jawaban.yaml:12:1: duplicate key 'answers' (first given on line 4)",
    ]


def test_wrong_types(write_answers):
    text = """\
rubric: pkp-2019
unit: [Kantor]
period: {tahun: 2026}
answers:
  a.1: [ya]
  a.2: {answer: [b]}
  a.3: {answer: a, note: [x], evidence: {x: 1}}
  a.4: {answer: a, evidence: [ok, [no], ~]}
"""
    assert problems(write_answers, text) == [
        "jawaban.yaml:2:7: unit: expected text, got a list",
        "jawaban.yaml:3:9: period: expected text, got a mapping",
        "jawaban.yaml:5:8: a.1: expected an option key or a mapping with 'answer', got a list",
        "jawaban.yaml:6:17: a.2: expected an option key, got a list",
        "jawaban.yaml:7:26: a.3: note: expected text, got a list",
        "jawaban.yaml:7:41: a.3: evidence: expected a list of paths or links, got a mapping",
        "jawaban.yaml:8:35: a.4: evidence: expected a path or link, got a list",
        "jawaban.yaml:8:41: a.4: evidence: expected a path or link, got nothing",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            "- a.1: ya\n", "jawaban.yaml:1:1: expected an answers mapping, got a list", id="list"
        ),
        pytest.param("ya\n", "jawaban.yaml:1:1: expected an answers mapping, got text", id="text"),
        pytest.param(
            "",
            "jawaban.yaml:1:1: empty file; expected an answers mapping with 'rubric' and 'answers'",
            id="empty",
        ),
        pytest.param(
            "# hanya komentar\n",
            "jawaban.yaml:1:1: empty file; expected an answers mapping with 'rubric' and 'answers'",
            id="only-comments",
        ),
        pytest.param(
            "rubric: pkp-2019\nanswers: [a.1]\n",
            "jawaban.yaml:2:10: answers: expected a mapping of criterion ids, got a list",
            id="answers-list",
        ),
        pytest.param(
            "rubric: pkp-2019\nanswers: semua ya\n",
            "jawaban.yaml:2:10: answers: expected a mapping of criterion ids, got text",
            id="answers-text",
        ),
        pytest.param(
            'rubric: pkp-2019\nunit: "Kantor\\nPusat"\nanswers:\n',
            "jawaban.yaml:2:7: unit: expected a single line of text",
            id="multi-line-metadata",
        ),
    ],
)
def test_shape_errors(write_answers, text, message):
    assert problems(write_answers, text) == [message]


def test_missing_rubric_key(write_answers):
    assert problems(write_answers, "unit: X\nanswers:\n  a.1: ya\n") == [
        "jawaban.yaml:1:1: missing required key 'rubric' (this rubric is 'pkp-2019')"
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "jawaban.yaml:1:8: rubric: expected a rubric id such as 'pkp-2019', got nothing"),
        (
            " [pkp-2019]",
            "jawaban.yaml:1:9: rubric: expected a rubric id such as 'pkp-2019', got a list",
        ),
    ],
)
def test_rubric_key_must_be_an_id(write_answers, value, message):
    assert problems(write_answers, f"rubric:{value}\nanswers:\n  a.1: ya\n") == [message]


def test_a_rubric_id_that_is_not_shipped(write_answers):
    shipped = ", ".join(shipped_rubrics())
    assert problems(write_answers, "rubric: pkp-2109\nanswers:\n  a.1: ya\n") == [
        f"jawaban.yaml:1:9: rubric: unknown rubric 'pkp-2109'; did you mean pkp-2019? (shipped: {shipped}; pass --rubric FILE for your own)"
    ]


def test_a_rubric_id_that_does_not_match_the_rubric_in_use(write_answers, numeric):
    assert problems(write_answers, "rubric: pkp-2019\nanswers:\n  x.3: ya\n", numeric) == [
        "jawaban.yaml:1:9: rubric: this file answers 'pkp-2019', but --rubric gives 'angka' (leave --rubric out to use the rubric the file names)"
    ]


def test_unknown_keys_at_the_top_and_in_long_forms(write_answers):
    text = """\
rubric: pkp-2019
periode: "2026"
catatan: x
answers:
  a.2: {answer: b, notes: hi, bukti: [x]}
"""
    assert problems(write_answers, text) == [
        "jawaban.yaml:2:1: unknown key 'periode'; did you mean period? (expected one of rubric, unit, period, assessor, answers, reviews)",
        "jawaban.yaml:3:1: unknown key 'catatan' (expected one of rubric, unit, period, assessor, answers, reviews)",
        "jawaban.yaml:5:20: a.2: unknown key 'notes'; did you mean note? (expected one of answer, note, evidence)",
        "jawaban.yaml:5:31: a.2: unknown key 'bukti' (expected one of answer, note, evidence)",
    ]


def test_invalid_numbers(write_answers, numeric):
    text = """\
rubric: angka
answers:
  x.1: 150
  x.2: {numerator: 5}
"""
    assert problems(write_answers, text, numeric) == [
        "jawaban.yaml:3:8: x.1: percentage: must be between 0 and 100, got 150",
        "jawaban.yaml:4:8: x.2: missing 'denominator' (give both numbers, or neither)",
    ]
    text = """\
rubric: angka
answers:
  x.1: banyak
  x.2: {numerator: -1, denominator: 0}
  x.3: 1
"""
    assert problems(write_answers, text, numeric) == [
        "jawaban.yaml:3:8: x.1: percentage: expected a number, got 'banyak'",
        "jawaban.yaml:4:20: x.2: numerator: must be zero or more, got -1",
        "jawaban.yaml:4:37: x.2: denominator: must be more than zero",
        "jawaban.yaml:5:8: x.3: '1' is not an option here; expected one of ya, tidak",
    ]
    text = """\
rubric: angka
answers:
  x.1: [5]
  x.2: 50
"""
    assert problems(write_answers, text, numeric) == [
        "jawaban.yaml:3:8: x.1: expected a percentage or a mapping with 'answer', got a list",
        "jawaban.yaml:4:8: x.2: expected a mapping with 'numerator' and 'denominator', got text",
    ]


def test_every_problem_in_a_file_is_reported_at_once(write_answers):
    text = """\
rubric: pkp-2019
periode: 2026
answers:
  a.1: ya
  a.2: f
  a.2: b
  a.5: a
  b.1:
    answer: e
    notes: x
"""
    assert problems(write_answers, text) == [
        "jawaban.yaml:2:1: unknown key 'periode'; did you mean period? (expected one of rubric, unit, period, assessor, answers, reviews)",
        "jawaban.yaml:5:8: a.2: 'f' is not an option here; expected one of a, b, c, d",
        "jawaban.yaml:6:3: duplicate key 'a.2' (first given on line 5)",
        "jawaban.yaml:7:3: unknown criterion 'a.5'; did you mean b.5? (rubric pkp-2019 has a.1 to c.3)",
        "jawaban.yaml:9:13: b.1: 'e' is not an option here; expected one of a, b, c, d",
        "jawaban.yaml:10:5: b.1: unknown key 'notes'; did you mean note? (expected one of answer, note, evidence)",
    ]


def test_strict_lists_every_unanswered_criterion_where_it_sits(write_answers):
    rubric, answers = load(
        write_answers,
        """\
rubric: pkp-2019
answers:
  a.1: ya
  a.2:
  a.3: {note: belum}
  a.4: a
  b.1: a
  b.2: a
  b.3: a
  b.4: a
  b.5: ya
  c.1: a
  c.2: ya
""",
    )
    with pytest.raises(PkmError) as caught:
        check_complete(answers, rubric)
    assert caught.value.exit_code == 3
    assert [p.render() for p in caught.value.problems] == [
        "jawaban.yaml:2:1: c.3: unanswered (--strict requires an answer for every criterion)",
        "jawaban.yaml:4:3: a.2: unanswered (--strict requires an answer for every criterion)",
        "jawaban.yaml:5:3: a.3: unanswered (--strict requires an answer for every criterion)",
    ]


def test_strict_passes_when_everything_is_answered(write_answers):
    ids = ["a.1", "a.2", "a.3", "a.4", "b.1", "b.2", "b.3", "b.4", "b.5", "c.1", "c.2", "c.3"]
    lines = "".join(f"  {i}: {'ya' if i in {'a.1', 'b.5', 'c.2'} else 'C'}\n" for i in ids)
    rubric, answers = load(write_answers, f"rubric: pkp-2019\nanswers:\n{lines}")
    check_complete(answers, rubric)
    assert answers.unanswered(rubric) == []


def test_unreadable_files(tmp_path):
    with pytest.raises(PkmError) as caught:
        load_answers(tmp_path / "tidak-ada.yaml", display="tidak-ada.yaml")
    assert [p.render() for p in caught.value.problems] == [
        "tidak-ada.yaml: no such file or directory"
    ]
    (tmp_path / "biner.yaml").write_bytes(b"rubric: pkp-2019\n\x00\x01")
    with pytest.raises(PkmError) as caught:
        load_answers(tmp_path / "biner.yaml", display="biner.yaml")
    assert [p.render() for p in caught.value.problems] == [
        "biner.yaml:2: binary data (NUL byte); expected a YAML or JSON text file"
    ]


def test_with_rubric_given_a_file_need_not_name_it(write_answers):
    path = write_answers("unit: U\nanswers:\n  a.1: ya\n")
    rubric, answer_set = load_answers(path, "pkp-2019")
    assert (rubric.id, answer_set.rubric, answer_set.answers["a.1"].key) == (
        "pkp-2019",
        "pkp-2019",
        "ya",
    )
    with pytest.raises(PkmError, match="missing required key 'rubric'"):
        load_answers(path)


def test_empty_text_is_unanswered_as_an_empty_entry_is(write_answers):
    text = 'rubric: pkp-2019\nanswers:\n  a.1: ""\n  a.2: {answer: "", note: n}\n  a.3: "  "\n'
    _, answer_set = load_answers(write_answers(text))
    assert "a.1" not in answer_set.answers
    assert answer_set.answers["a.2"] == Answer(note="n")
    assert answer_set.unanswered(load_rubric("pkp-2019"))[:3] == ["a.1", "a.2", "a.3"]


def test_labels_answer_as_the_interview_takes_them(write_answers):
    text = "rubric: pkp-2019\nanswers:\n  a.1: Yes\n  b.5: tidak\n  c.2: YA\n"
    _, answer_set = load_answers(write_answers(text))
    assert {k: a.key for k, a in answer_set.answers.items()} == {
        "a.1": "ya",
        "b.5": "tidak",
        "c.2": "YA",
    }


def test_blank_evidence_items_are_no_evidence(write_answers):
    text = 'rubric: pkp-2019\nanswers:\n  a.1: {answer: ya, evidence: ["", x.pdf, "  "]}\n'
    _, answer_set = load_answers(write_answers(text))
    assert answer_set.answers["a.1"].evidence == ("x.pdf",)


def test_a_percentage_that_looks_like_a_fraction_is_warned_about(runner, write_answers):
    from pkmcli.cli.main import app  # noqa: PLC0415 - every command registered

    rubric = write_answers(NUMERIC_RUBRIC, "angka.yaml")
    path = write_answers("rubric: angka\nanswers:\n  x.1: 0.85\n")
    warning = f"{path}:3:8: x.1: warning: 0.85 is read as 0.85 %, not 85 %: percentages go from 0 to 100\n"
    done = runner.invoke(app, ["score", str(path), "-r", str(rubric), "-f", "json"])
    assert (done.exit_code, done.stderr) == (0, warning)
    done = runner.invoke(app, ["validate", str(path), "-r", str(rubric)])
    assert (done.exit_code, done.stderr) == (0, warning)


# The same problems in Indonesian, the default language.


def test_every_problem_is_said_in_indonesian(write_answers):
    use_language("id")
    text = """\
rubric: pkp-2019
periode: 2026
answers:
  a.1: ya
  a.2: f
  a.2: b
  a.5: a
  b.1:
    answer: e
    notes: x
"""
    assert problems(write_answers, text) == [
        "jawaban.yaml:2:1: kunci 'periode' tidak dikenal; mungkin maksud Anda period? (kunci yang ada: rubric, unit, period, assessor, answers, reviews)",
        "jawaban.yaml:5:8: a.2: 'f' bukan pilihan di sini; pilihan yang ada: a, b, c, d",
        "jawaban.yaml:6:3: kunci 'a.2' ditulis dua kali (pertama di baris 5)",
        "jawaban.yaml:7:3: kriteria 'a.5' tidak dikenal; mungkin maksud Anda b.5? (rubrik pkp-2019 memuat a.1 sampai c.3)",
        "jawaban.yaml:9:13: b.1: 'e' bukan pilihan di sini; pilihan yang ada: a, b, c, d",
        "jawaban.yaml:10:5: b.1: kunci 'notes' tidak dikenal; mungkin maksud Anda note? (kunci yang ada: answer, note, evidence)",
    ]


def test_wrong_types_are_said_in_indonesian(write_answers):
    use_language("id")
    text = """\
rubric: pkp-2019
unit: [Kantor]
answers:
  a.1: [ya]
  a.3: {answer: a, note: [x], evidence: {x: 1}}
  a.4: {answer: a, evidence: [ok, ~]}
"""
    assert problems(write_answers, text) == [
        "jawaban.yaml:2:7: unit: harus berupa teks, bukan daftar",
        "jawaban.yaml:4:8: a.1: harus berupa kunci pilihan atau pemetaan dengan 'answer', bukan daftar",
        "jawaban.yaml:5:26: a.3: note: harus berupa teks, bukan daftar",
        "jawaban.yaml:5:41: a.3: evidence: harus berupa daftar jalur berkas atau tautan, bukan pemetaan",
        "jawaban.yaml:6:35: a.4: evidence: harus berupa jalur berkas atau tautan, bukan isian kosong",
    ]
    assert problems(write_answers, "") == [
        "jawaban.yaml:1:1: berkas kosong; harus berupa pemetaan jawaban dengan 'rubric' dan 'answers'"
    ]


def test_invalid_numbers_are_said_in_indonesian(write_answers, numeric):
    use_language("id")
    text = """\
rubric: angka
answers:
  x.1: banyak
  x.2: {numerator: -1, denominator: 0}
"""
    assert problems(write_answers, text, numeric) == [
        "jawaban.yaml:3:8: x.1: percentage: harus berupa angka, bukan 'banyak'",
        "jawaban.yaml:4:20: x.2: numerator: tidak boleh kurang dari nol, tertulis -1",
        "jawaban.yaml:4:37: x.2: denominator: harus lebih dari nol",
    ]
    text = "rubric: angka\nanswers:\n  x.1: 150\n  x.2: {numerator: 5}\n"
    assert problems(write_answers, text, numeric) == [
        "jawaban.yaml:3:8: x.1: percentage: harus antara 0 dan 100, tertulis 150",
        "jawaban.yaml:4:8: x.2: 'denominator' tidak ada (isi kedua angka, atau kosongkan keduanya)",
    ]


def test_the_rubric_named_is_checked_in_indonesian(write_answers, numeric):
    use_language("id")
    assert problems(write_answers, "rubric: pkp-2019\nanswers:\n  x.3: ya\n", numeric) == [
        "jawaban.yaml:1:9: rubric: berkas ini menjawab 'pkp-2019', tetapi --rubric menyebut 'angka' (hilangkan --rubric untuk memakai rubrik yang disebut berkas)"
    ]
    shipped = ", ".join(shipped_rubrics())
    assert problems(write_answers, "rubric: pkp-2021x\nanswers: {}\n") == [
        f"jawaban.yaml:1:9: rubric: rubrik 'pkp-2021x' tidak dikenal; mungkin maksud Anda pkp-2021? (rubrik bawaan: {shipped}; untuk rubrik sendiri, beri --rubric FILE)"
    ]
    assert problems(write_answers, "answers:\n  a.1: ya\n") == [
        "jawaban.yaml:1:1: kunci wajib 'rubric' tidak ada (rubrik yang dipakai: 'pkp-2019')"
    ]


def test_strict_and_warnings_are_said_in_indonesian(runner, write_answers):
    from pkmcli.cli.main import app  # noqa: PLC0415 - every command registered

    rubric = write_answers(NUMERIC_RUBRIC, "angka.yaml")
    path = write_answers("rubric: angka\nanswers:\n  x.1: 0.85\n")
    done = runner.invoke(app, ["validate", str(path), "-r", str(rubric), "--lang", "id"])
    warning = (
        f"{path}:3:8: x.1: peringatan: 0.85 dibaca sebagai 0.85 %, bukan 85 %: persentase "
        "berkisar dari 0 sampai 100\n"
    )
    assert (done.exit_code, done.stderr) == (0, warning)
    done = runner.invoke(
        app, ["validate", str(path), "-r", str(rubric), "--strict", "--lang", "id"]
    )
    assert done.exit_code == 3
    assert done.stderr.splitlines()[0] == (
        f"{path}:2:1: x.2: belum dijawab (--strict mewajibkan jawaban untuk setiap kriteria)"
    )

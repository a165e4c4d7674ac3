"""Rubric validation: every problem located, worded for the author, all reported at once."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest

from pkmcli.errors import PkmError
from pkmcli.messages.core import use_language
from pkmcli.rubric.catalog import parse_rubric
from pkmcli.rubric.model import Rubric, Text

# English here; the Indonesian of the same problems is held at the end.
pytestmark = pytest.mark.usefixtures("english")

HEAD = """\
id: uji
version: "1"
title: Rubrik uji
source: {regulation: Uji}
"""

SCALES = """\
scales:
  ya-tidak:
    options:
      - {key: ya, label: Ya, value: 1}
      - {key: tidak, label: Tidak, value: 0}
  abc:
    options:
      - {key: a, label: A, value: 1}
      - {key: b, label: B, value: 0.5}
      - {key: c, label: C, value: 0}
"""

VALID = (
    HEAD
    + SCALES
    + """\
grades:
  - {min_percent: 50, label: {id: Baik, en: Good}}
  - {min_percent: 80, label: {id: Sangat baik, en: Very good}}
indicators:
  - id: a
    title: {id: Indikator A, en: Indicator A}
    weight: 2
    criteria:
      - id: a.1
        question: {id: Ada kebijakan?, en: Is there a policy?}
        scale: ya-tidak
        options:
          - key: tidak
            recommendation: Tetapkan kebijakan.
      - id: a.2
        question: Seberapa lengkap?
        scale: abc
        options:
          - {key: B, label: Sebagian besar}
  - id: b
    title: Indikator B
    weight: 1.5
    criteria:
      - id: b.1
        question: Pilihan sendiri
        options:
          - {key: penuh, label: Penuh, value: 1}
          - {key: separuh, label: Separuh, value: 0.4}
          - {key: belum, label: Belum, value: 0}
      - {id: b.2, question: Berapa persen?, type: percentage}
      - {id: b.3, question: Rasio?, type: ratio, numerator: Dipermudah, denominator: Terdaftar}
"""
)


def problems(text: str, name: str = "rubrik.yaml") -> list[str]:
    with pytest.raises(PkmError) as caught:
        parse_rubric(text, name)
    assert caught.value.exit_code == 3
    return [p.render() for p in caught.value.problems]


def test_a_valid_rubric_loads_with_resolved_scales():
    rubric = parse_rubric(VALID, "rubrik.yaml")
    assert [c.id for c in rubric.all_criteria()] == ["a.1", "a.2", "b.1", "b.2", "b.3"]
    assert [i.id for i in rubric.all_indicators()] == ["a", "b"]
    assert rubric.max_score == 3.5
    a1, a2, b1, b2, b3 = rubric.all_criteria()
    assert [(o.key, o.value) for o in a1.choices] == [("ya", 1.0), ("tidak", 0.0)]
    assert a1.choices[1].recommendation == Text(id="Tetapkan kebijakan.")
    assert a1.choices[1].label == Text(id="Tidak")
    # An override keeps the scale's key spelling and value, and takes its own label.
    assert [(o.key, o.value) for o in a2.choices] == [("a", 1.0), ("b", 0.5), ("c", 0.0)]
    assert a2.choices[1].label == Text(id="Sebagian besar")
    assert [(o.key, o.value) for o in b1.choices] == [
        ("penuh", 1.0),
        ("separuh", 0.4),
        ("belum", 0.0),
    ]
    assert (b2.type, b2.choices, b2.best_value) == ("percentage", (), 1.0)
    assert b3.type == "ratio"
    assert b3.numerator == Text(id="Dipermudah")


def test_options_are_found_ignoring_case():
    rubric = parse_rubric(VALID, "rubrik.yaml")
    criterion = rubric.criterion("a.1")
    assert criterion is not None
    assert criterion.find_option("YA") is criterion.choices[0]
    assert criterion.find_option("Tidak") is criterion.choices[1]
    assert criterion.find_option("y") is None
    assert criterion.best_value == 1.0
    assert rubric.criterion("A.1") is None


def test_text_falls_back_to_indonesian():
    rubric = parse_rubric(VALID, "rubrik.yaml")
    a, b = rubric.all_indicators()
    assert (a.title.get("id"), a.title.get("en")) == ("Indikator A", "Indicator A")
    assert (b.title.get("id"), b.title.get("en")) == ("Indikator B", "Indikator B")
    assert rubric.version == "1"


def test_grade_bands_pick_the_highest_reached():
    rubric = parse_rubric(VALID, "rubrik.yaml")
    assert rubric.grade_for(49.99) is None
    grade = rubric.grade_for(50)
    assert grade is not None
    assert grade.label.get("en") == "Good"
    grade = rubric.grade_for(100)
    assert grade is not None
    assert grade.label.get("id") == "Sangat baik"


def test_numbers_written_as_numbers_become_text_where_text_is_meant():
    rubric = parse_rubric(HEAD.replace('"1"', "2.0") + VALID.removeprefix(HEAD), "r.yaml")
    assert rubric.version == "2.0"


def test_dates_are_read_as_the_text_written():
    text = HEAD.replace('"1"', "2024-05-01").replace(
        "{regulation: Uji}", "{regulation: Uji, edition: 2019-13-01}"
    )
    rubric = parse_rubric(text + VALID.removeprefix(HEAD), "r.yaml")
    assert (rubric.version, rubric.source.edition) == ("2024-05-01", "2019-13-01")


def test_duplicate_ids_are_reported_for_each_kind():
    text = (
        HEAD
        + """\
sections:
  - id: s
    title: S1
    indicators:
      - id: a
        title: A
        weight: 1
        criteria:
          - {id: a.1, question: Q, type: percentage}
          - {id: a.1, question: Q, type: percentage}
  - id: s
    title: S2
    indicators:
      - id: a
        title: A again
        weight: 1
        criteria:
          - {id: a.1, question: Q, type: percentage}
"""
    )
    assert problems(text) == [
        "rubrik.yaml:14:18: sections.0.indicators.0.criteria.1.id: criterion id 'a.1' is used twice",
        "rubrik.yaml:15:9: sections.1.id: section id 's' is used twice",
        "rubrik.yaml:18:13: sections.1.indicators.0.id: indicator id 'a' is used twice",
        "rubrik.yaml:22:18: sections.1.indicators.0.criteria.0.id: criterion id 'a.1' is used twice",
    ]


def test_weights_must_be_positive_and_values_within_zero_and_one():
    text = (
        HEAD
        + """\
indicators:
  - id: a
    title: A
    weight: 0
    criteria:
      - id: a.1
        question: Q
        options:
          - {key: x, label: X, value: 1.5}
          - {key: y, label: Y, value: -0.1}
  - id: b
    title: B
    weight: -2
    criteria:
      - {id: b.1, question: Q, type: percentage}
  - id: c
    title: C
    weight: .inf
    criteria:
      - {id: c.1, question: Q, type: percentage}
"""
    )
    assert problems(text) == [
        "rubrik.yaml:8:13: indicators.0.weight: must be more than 0, got 0",
        "rubrik.yaml:13:39: indicators.0.criteria.0.options.0.value: must be at most 1, got 1.5",
        "rubrik.yaml:14:39: indicators.0.criteria.0.options.1.value: must be at least 0, got -0.1",
        "rubrik.yaml:17:13: indicators.1.weight: must be more than 0, got -2",
        "rubrik.yaml:22:13: indicators.2.weight: must be a finite number, got inf",
    ]


def test_a_missing_scale_is_reported_with_the_scales_there_are():
    text = (
        HEAD
        + SCALES
        + """\
indicators:
  - id: a
    title: A
    weight: 1
    criteria:
      - {id: a.1, question: Q, scale: abcd}
      - {id: a.2, question: Q, scale: yatidak}
"""
    )
    assert problems(text) == [
        "rubrik.yaml:20:39: indicators.0.criteria.0.scale: unknown scale 'abcd'; did you mean abc? (scales: abc, ya-tidak)",
        "rubrik.yaml:21:39: indicators.0.criteria.1.scale: unknown scale 'yatidak'; did you mean ya-tidak? (scales: abc, ya-tidak)",
    ]


def test_a_scale_reference_needs_scales_defined():
    text = (
        HEAD
        + """\
indicators:
  - id: a
    title: A
    weight: 1
    criteria:
      - {id: a.1, question: Q, scale: abc}
"""
    )
    assert problems(text) == [
        "rubrik.yaml:10:39: indicators.0.criteria.0.scale: unknown scale 'abc' (scales: none defined)"
    ]


def test_option_keys_must_be_unique_ignoring_case():
    text = (
        HEAD
        + """\
scales:
  yt:
    options:
      - {key: ya, label: Ya, value: 1}
      - {key: YA, label: Tidak, value: 0}
indicators:
  - id: a
    title: A
    weight: 1
    criteria:
      - id: a.1
        question: Q
        options:
          - {key: a, label: A, value: 1}
          - {key: b, label: B, value: 0.5}
          - {key: A, label: C, value: 0}
      - {id: a.2, question: Q, scale: yt}
"""
    )
    assert problems(text) == [
        "rubrik.yaml:9:15: scales.yt.options.1.key: option key 'YA' repeats 'ya' (keys ignore case)",
        "rubrik.yaml:20:19: indicators.0.criteria.0.options.2.key: option key 'A' repeats 'a' (keys ignore case)",
    ]


def test_criterion_options_must_exist_in_its_scale():
    text = (
        HEAD
        + SCALES
        + """\
indicators:
  - id: a
    title: A
    weight: 1
    criteria:
      - id: a.1
        question: Q
        scale: abc
        options:
          - {key: d, recommendation: Naikkan.}
"""
    )
    assert problems(text) == [
        "rubrik.yaml:24:19: indicators.0.criteria.0.options.0.key: option 'd' is not in scale 'abc'"
    ]


@pytest.mark.parametrize(
    ("tree", "message"),
    [
        pytest.param(
            """\
sections:
  - id: s
    title: S
    indicators:
      - {id: a, title: A, weight: 1, criteria: [{id: a.1, question: Q, type: percentage}]}
indicators:
  - {id: b, title: B, weight: 1, criteria: [{id: b.1, question: Q, type: percentage}]}
""",
            "rubrik.yaml:1:1: give either 'sections' or 'indicators', not both",
            id="both",
        ),
        pytest.param(
            "",
            "rubrik.yaml:1:1: a rubric needs 'indicators' (or 'sections', each with its 'indicators')",
            id="neither",
        ),
        pytest.param(
            "indicators: []\n",
            "rubrik.yaml:5:13: indicators: needs at least 1 item, got 0",
            id="empty-list",
        ),
    ],
)
def test_a_rubric_has_either_sections_or_indicators(tree, message):
    assert problems(HEAD + tree) == [message]


def test_unknown_keys_are_reported_with_a_suggestion():
    text = """\
id: uji
version: "1"
tittle: Rubrik uji
source: {regulation: Uji, edtion: "2019"}
indicators:
  - id: a
    title: {id: A, eng: A}
    weight: 1
    criteria:
      - id: a.1
        question: Q
        guidence: G
        options:
          - {key: ya, label: Ya, valeu: 1}
          - {key: tidak, label: Tidak, value: 0, colour: red}
"""
    assert problems(text) == [
        "rubrik.yaml:1:1: title: missing required key 'title'",
        "rubrik.yaml:3:1: tittle: unknown key 'tittle'; did you mean title?",
        "rubrik.yaml:4:27: source.edtion: unknown key 'edtion'; did you mean edition?",
        "rubrik.yaml:7:20: indicators.0.title.eng: unknown key 'eng'; did you mean en?",
        "rubrik.yaml:12:9: indicators.0.criteria.0.guidence: unknown key 'guidence'; did you mean guidance?",
        "rubrik.yaml:14:34: indicators.0.criteria.0.options.0.valeu: unknown key 'valeu'; did you mean value?",
        "rubrik.yaml:15:50: indicators.0.criteria.0.options.1.colour: unknown key 'colour'",
    ]


def test_numeric_and_choice_criteria_take_their_own_keys():
    text = (
        HEAD
        + SCALES
        + """\
indicators:
  - id: a
    title: A
    weight: 1
    criteria:
      - {id: a.1, question: Q, type: percentage, scale: abc}
      - {id: a.2, question: Q, type: ratio, numerator: N}
      - {id: a.3, question: Q}
      - {id: a.4, question: Q, options: [{key: ya, label: Ya, value: 1}]}
      - {id: a.5, question: Q, options: [{key: ya, value: 1}, {key: tidak, label: Tidak}]}
      - {id: a.6, question: Q, type: pilihan}
      - {id: a.7, question: Q, type: percentage, numerator: N, denominator: D}
"""
    )
    assert problems(text) == [
        "rubrik.yaml:20:57: indicators.0.criteria.0.scale: a percentage criterion takes no 'scale'",
        "rubrik.yaml:21:9: indicators.0.criteria.1: a ratio criterion needs a 'denominator' label",
        "rubrik.yaml:22:9: indicators.0.criteria.2: criterion 'a.3' needs a 'scale' or 'options'",
        "rubrik.yaml:23:41: indicators.0.criteria.3.options: a choice needs at least two options",
        "rubrik.yaml:24:42: indicators.0.criteria.4.options.0: option 'ya' needs a label",
        "rubrik.yaml:24:63: indicators.0.criteria.4.options.1: option 'tidak' needs a value between 0 and 1",
        "rubrik.yaml:25:38: indicators.0.criteria.5.type: must be 'choice', 'percentage' or 'ratio', got 'pilihan'",
        "rubrik.yaml:26:9: indicators.0.criteria.6: 'numerator' and 'denominator' belong to ratio criteria only",
    ]


def test_wrong_types_and_bad_ids_are_explained():
    text = """\
id: "uji rubrik"
version: "1"
title: 5
source: {regulation: ""}
indicators:
  - id: a
    title: A
    weight: tiga
    criteria:
      - id: a.1
        question: Q
        options:
          - {key: "y a", label: Ya, value: 1}
          - {key: tidak, label: Tidak, value: nol}
  - id: b
    title: B
    weight: 1
    criteria: {id: b.1}
"""
    assert problems(text) == [
        "rubrik.yaml:1:5: id: 'uji rubrik' is not a valid id: use letters, digits, '.', '_' and '-', starting with a letter or digit",
        "rubrik.yaml:3:8: title: expected text (or a mapping with 'id' and 'en'), got a number",
        "rubrik.yaml:4:22: source.regulation: must not be empty",
        "rubrik.yaml:8:13: indicators.0.weight: expected a number, got text",
        "rubrik.yaml:13:19: indicators.0.criteria.0.options.0.key: 'y a' is not a valid key: use letters, digits, '_' and '-', starting with a letter or digit",
        "rubrik.yaml:14:47: indicators.0.criteria.0.options.1.value: expected a number, got text",
        "rubrik.yaml:18:15: indicators.1.criteria: expected a list, got a mapping",
    ]


def test_yes_and_no_read_as_true_false_get_a_hint():
    text = (
        HEAD
        + """\
indicators:
  - id: a
    title: A
    weight: 1
    criteria:
      - id: a.1
        question: Q
        options:
          - {key: yes, label: Yes, value: 1}
          - {key: tidak, label: {id: Tidak, en: No}, value: 0}
"""
    )
    hint = " (YAML reads yes, no, on and off as true/false: put the text in quotes)"
    assert problems(text) == [
        "rubrik.yaml:13:19: indicators.0.criteria.0.options.0.key: expected text, got true/false"
        + hint,
        "rubrik.yaml:13:31: indicators.0.criteria.0.options.0.label: expected text (or a mapping with 'id' and 'en'), got true/false"
        + hint,
        "rubrik.yaml:14:49: indicators.0.criteria.0.options.1.label.en: expected text, got true/false"
        + hint,
    ]


BROKEN_RUBRIC = """\
id: uji
version: "1"
title: Rubrik uji
source: {regulation: Uji}
scales:
  yt:
    options:
      - {key: ya, label: Ya, value: 1}
      - {key: Ya, label: Tidak, value: 0}
indicators:
  - id: a
    title: A
    weight: 0
    criteria:
      - {id: a.1, question: Q, scale: nope}
      - id: a.1
        question: Q
        options:
          - {key: x, label: X, value: 1.5}
          - {key: y, label: Y, value: 0}
        guidence: hi
  - id: a
    title: B
    weight: 1
    criteria:
      - {id: b.1, question: Q, scale: yt}
"""


def test_every_problem_is_reported_at_once():
    text = BROKEN_RUBRIC
    assert problems(text) == [
        "rubrik.yaml:9:15: scales.yt.options.1.key: option key 'Ya' repeats 'ya' (keys ignore case)",
        "rubrik.yaml:13:13: indicators.0.weight: must be more than 0, got 0",
        "rubrik.yaml:15:39: indicators.0.criteria.0.scale: unknown scale 'nope' (scales: yt)",
        "rubrik.yaml:16:13: indicators.0.criteria.1.id: criterion id 'a.1' is used twice",
        "rubrik.yaml:19:39: indicators.0.criteria.1.options.0.value: must be at most 1, got 1.5",
        "rubrik.yaml:21:9: indicators.0.criteria.1.guidence: unknown key 'guidence'; did you mean guidance?",
        "rubrik.yaml:22:9: indicators.1.id: indicator id 'a' is used twice",
    ]


def test_cross_field_rules_report_everything_when_fields_are_valid():
    text = """\
id: uji
version: "1"
title: Rubrik uji
source: {regulation: Uji}
scales:
  yt:
    options:
      - {key: ya, label: Ya, value: 1}
      - {key: tidak, label: Tidak, value: 0}
grades:
  - {min_percent: 60, label: Baik}
  - {min_percent: 60, label: Sangat baik}
indicators:
  - id: a
    title: A
    weight: 1
    criteria:
      - {id: a.1, question: Q, scale: yt}
      - {id: a.1, question: Q, scale: ty}
      - {id: a.2, question: Q, scale: yt, options: [{key: mungkin}]}
"""
    assert problems(text) == [
        "rubrik.yaml:11:3: grades: two grades have the same min_percent",
        "rubrik.yaml:19:14: indicators.0.criteria.1.id: criterion id 'a.1' is used twice",
        "rubrik.yaml:19:39: indicators.0.criteria.1.scale: unknown scale 'ty' (scales: yt)",
        "rubrik.yaml:20:59: indicators.0.criteria.2.options.0.key: option 'mungkin' is not in scale 'yt'",
    ]


def test_duplicate_yaml_keys_in_a_rubric_are_errors():
    text = VALID.replace("    weight: 2\n", "    weight: 2\n    weight: 3\n")
    assert problems(text) == [
        "rubrik.yaml:22:5: duplicate key 'weight' (first given on line 21)",
    ]


def test_a_rubric_must_be_a_mapping():
    assert problems("- id: uji\n") == ["rubrik.yaml:1:1: expected a rubric mapping, got a list"]
    assert problems("") == ["rubrik.yaml:1:1: expected a rubric mapping, got nothing"]


def test_rubric_models_are_frozen():
    rubric = parse_rubric(VALID, "rubrik.yaml")
    with pytest.raises(FrozenInstanceError):
        rubric.id = "lain"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        rubric.all_criteria()[0].question = Text(id="lain")  # type: ignore[misc]
    assert isinstance(rubric, Rubric)


def test_a_criterion_whose_best_option_is_worth_nothing_is_refused():
    text = VALID.replace(
        "{key: penuh, label: Penuh, value: 1}", "{key: penuh, label: Penuh, value: 0}"
    )
    text = text.replace(
        "{key: separuh, label: Separuh, value: 0.4}", "{key: separuh, label: Separuh, value: 0}"
    )
    with pytest.raises(PkmError) as caught:
        parse_rubric(text, "r.yaml")
    assert [p.render() for p in caught.value.problems] == [
        (
            "r.yaml:38:13: indicators.1.criteria.0.id: the best option of 'b.1' is worth 0: "
            "no answer can earn anything"
        )
    ]


def test_a_value_that_is_not_a_number_says_so():
    text = VALID.replace(
        "{key: separuh, label: Separuh, value: 0.4}", "{key: separuh, label: Separuh, value: .nan}"
    )
    with pytest.raises(PkmError) as caught:
        parse_rubric(text, "r.yaml")
    assert [p.message for p in caught.value.problems] == ["must be a number, got .nan"]


def test_rubrics_declare_their_review_stages_once_each_and_never_unit():
    rubric = parse_rubric(
        VALID.replace(
            "indicators:\n",
            "stages:\n  - {id: tpi, label: TPI}\n  - {id: itjen, label: Inspektorat}\nindicators:\n",
            1,
        ),
        "r.yaml",
    )
    assert rubric.stage_ids() == ["unit", "tpi", "itjen"]
    assert rubric.stage_label("itjen", "id") == "Inspektorat"
    bad = VALID.replace(
        "indicators:\n",
        "stages:\n  - {id: unit, label: U}\n  - {id: tpi, label: T}\n  - {id: tpi, label: T}\nindicators:\n",
        1,
    )
    with pytest.raises(PkmError) as caught:
        parse_rubric(bad, "r.yaml")
    assert [p.message for p in caught.value.problems] == [
        "stage 'unit' is the unit's own",
        "stage 'tpi' is declared twice",
    ]


# The same problems in Indonesian, the default language.


def test_every_problem_is_said_in_indonesian():
    text = BROKEN_RUBRIC
    use_language("id")
    assert problems(text) == [
        "rubrik.yaml:9:15: scales.yt.options.1.key: kunci pilihan 'Ya' mengulang 'ya' (huruf besar/kecil dianggap sama)",
        "rubrik.yaml:13:13: indicators.0.weight: harus lebih dari 0, tertulis 0",
        "rubrik.yaml:15:39: indicators.0.criteria.0.scale: skala 'nope' tidak dikenal (skala yang ada: yt)",
        "rubrik.yaml:16:13: indicators.0.criteria.1.id: id kriteria 'a.1' dipakai dua kali",
        "rubrik.yaml:19:39: indicators.0.criteria.1.options.0.value: harus paling banyak 1, tertulis 1.5",
        "rubrik.yaml:21:9: indicators.0.criteria.1.guidence: kunci 'guidence' tidak dikenal; mungkin maksud Anda guidance?",
        "rubrik.yaml:22:9: indicators.1.id: id indikator 'a' dipakai dua kali",
    ]


def test_wrong_types_are_explained_in_indonesian():
    text = """\
id: "uji rubrik"
version: "1"
title: 5
source: {regulation: ""}
unanswered: nol
indicators:
  - id: a
    title: A
    weight: tiga
    criteria:
      - id: a.1
        question: Q
        type: angka
        options:
          - {key: "y a", label: Ya, value: 1}
          - {key: yes, label: Tidak, value: nol}
  - id: b
    title: B
    weight: 1
    criteria: {id: b.1}
"""
    use_language("id")
    assert problems(text) == [
        "rubrik.yaml:1:5: id: 'uji rubrik' bukan id yang sah: pakai huruf, angka, '.', '_' dan '-', diawali huruf atau angka",
        "rubrik.yaml:3:8: title: harus berupa teks (atau pemetaan dengan 'id' dan 'en'), bukan angka",
        "rubrik.yaml:4:22: source.regulation: tidak boleh kosong",
        "rubrik.yaml:5:13: unanswered: harus 'zero' atau 'skip', tertulis 'nol'",
        "rubrik.yaml:9:13: indicators.0.weight: harus berupa angka, bukan teks",
        "rubrik.yaml:13:15: indicators.0.criteria.0.type: harus 'choice', 'percentage' atau 'ratio', tertulis 'angka'",
        "rubrik.yaml:15:19: indicators.0.criteria.0.options.0.key: 'y a' bukan kunci yang sah: pakai huruf, angka, '_' dan '-', diawali huruf atau angka",
        "rubrik.yaml:16:19: indicators.0.criteria.0.options.1.key: harus berupa teks, bukan true/false (YAML membaca yes, no, on dan off sebagai true/false: beri tanda petik pada teksnya)",
        "rubrik.yaml:16:45: indicators.0.criteria.0.options.1.value: harus berupa angka, bukan teks",
        "rubrik.yaml:20:15: indicators.1.criteria: harus berupa daftar, bukan pemetaan",
    ]
    assert problems("[1, 2]\n") == ["rubrik.yaml:1:1: harus berupa pemetaan rubrik, bukan daftar"]


def test_cross_field_rules_are_said_in_indonesian():
    text = (
        HEAD
        + """\
indicators:
  - id: a
    title: A
    weight: 1
    criteria:
      - {id: a.1, question: Q, type: ratio, options: [{key: a, label: A, value: 1}]}
      - {id: a.2, question: Q, numerator: N}
      - {id: a.3, question: Q, options: [{key: a}]}
"""
    )
    use_language("id")
    assert problems(text) == [
        "rubrik.yaml:10:9: indicators.0.criteria.0: kriteria ratio butuh label 'numerator'",
        "rubrik.yaml:10:9: indicators.0.criteria.0: kriteria ratio butuh label 'denominator'",
        "rubrik.yaml:10:54: indicators.0.criteria.0.options: kriteria ratio tidak memakai 'options'",
        "rubrik.yaml:11:9: indicators.0.criteria.1: kriteria 'a.2' butuh 'scale' atau 'options'",
        "rubrik.yaml:11:9: indicators.0.criteria.1: 'numerator' dan 'denominator' hanya untuk kriteria ratio",
        "rubrik.yaml:12:41: indicators.0.criteria.2.options: kriteria pilihan butuh paling sedikit dua pilihan",
        "rubrik.yaml:12:42: indicators.0.criteria.2.options.0: pilihan 'a' butuh nilai antara 0 dan 1",
        "rubrik.yaml:12:42: indicators.0.criteria.2.options.0: pilihan 'a' butuh label",
    ]

"""The answers schema: it accepts every file the reader accepts, and refuses what it can say."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import EXAMPLES, HOSTILE, MINI_RUBRIC, ROOT, TESTS
from pkmcli.answers.model import LONG_KEYS, RATIO_KEYS, REVIEW_KEYS, REVIEW_LONG_KEYS, TOP_KEYS
from pkmcli.answers.reader import load_answers, read_answers
from pkmcli.answers.schema import answers_schema, answers_schema_text, schema_line
from pkmcli.errors import PkmError
from pkmcli.files.reading import parse_document
from pkmcli.rubric.catalog import load_rubric, shipped_rubrics
from pkmcli.rubric.model import Rubric
from schemas import editor_data, errors, file_data, validator

RUBRIC = load_rubric("pkp-2019")
MINI = load_rubric(str(HOSTILE / "mini-rubric.yaml"))
# Rubrics a test file may answer: the one it names, or a mini rubric given with --rubric.
REFS = (None, str(MINI_RUBRIC), str(HOSTILE / "mini-rubric.yaml"))


@functools.cache
def checker(rubric_id: str, ref: str | None, lang: str = "id"):
    rubric = load_rubric(ref or rubric_id)
    return validator(answers_schema(rubric, "en" if lang == "en" else "id"))


def answers_files() -> list[Path]:
    """Every answers-looking file of the examples and the tests (golden outputs aside)."""
    found = [*EXAMPLES.glob("*.yaml"), *EXAMPLES.glob("*.json")]
    found += [
        path
        for path in TESTS.rglob("*")
        if path.suffix in {".yaml", ".yml", ".json"} and "golden" not in path.parts
    ]
    return sorted(found)


def accepted(path: Path) -> tuple[Rubric, str | None] | None:
    """The rubric the reader accepts the file with, if any (what `pkm validate` says ok to)."""
    for ref in REFS:
        try:
            rubric, _ = load_answers(path, ref)
        except PkmError:
            continue
        return rubric, ref
    return None


def test_every_file_the_reader_accepts_is_valid_against_its_schema():
    checked = []
    for path in answers_files():
        found = accepted(path)
        if found is None:
            continue
        rubric, ref = found
        for lang in ("id", "en"):
            assert errors(checker(rubric.id, ref, lang), file_data(path)) == [], path
        checked.append(path.relative_to(ROOT).as_posix())
    assert {f"examples/{p.name}" for p in EXAMPLES.glob("*.yaml")} <= set(checked)
    assert "tests/data/report-reviewed.yaml" in checked
    assert "tests/hostile/number-valid.yaml" in checked
    assert len(checked) >= 25


@pytest.mark.parametrize("ident", list(shipped_rubrics()))
def test_the_schema_is_draft_2020_12_and_names_its_rubric(ident):
    rubric = load_rubric(ident)
    for lang in ("id", "en"):
        schema = answers_schema(rubric, lang)
        validator(schema)  # checks the schema against the 2020-12 meta-schema
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"] == f"urn:pkm:schema:answers:{ident}:{rubric.version}"
        assert ident in schema["title"]
        assert rubric.version in schema["title"]
    assert answers_schema_text(rubric, "id") == answers_schema_text(rubric, "id")
    assert json.loads(answers_schema_text(rubric, "en")) == answers_schema(rubric, "en")


def test_the_schema_has_the_keys_the_reader_takes():
    schema = answers_schema(RUBRIC, "en")
    assert tuple(schema["properties"]) == TOP_KEYS
    assert schema["additionalProperties"] is False
    review = schema["properties"]["reviews"]["items"]
    assert tuple(review["properties"]) == REVIEW_KEYS
    answers = schema["$defs"]["answers"]
    assert list(answers["properties"]) == [c.id for c in RUBRIC.all_criteria()]
    assert answers["additionalProperties"] is False
    long_form = answers["properties"]["a.2"]["anyOf"][1]
    assert tuple(long_form["properties"]) == LONG_KEYS
    reviewed = schema["$defs"]["review-answers"]["properties"]["a.2"]["anyOf"][1]
    assert tuple(reviewed["properties"]) == REVIEW_LONG_KEYS
    ratio = answers_schema(MINI, "en")["$defs"]["answers"]["properties"]["m.3"]
    assert tuple(ratio["properties"]) == RATIO_KEYS


def test_questions_and_options_are_what_an_editor_shows():
    entry = answers_schema(RUBRIC, "en")["$defs"]["answers"]["properties"]["a.1"]
    assert entry["title"] == "Does the unit have a policy on service standards?"
    assert entry["description"].splitlines()[:3] == [
        "An option key (any case) or its label; leave it empty while unanswered.",
        "ya = Yes (1)",
        "tidak = No (0)",
    ]
    indonesian = answers_schema(RUBRIC, "id")
    entry = indonesian["$defs"]["answers"]["properties"]["a.1"]
    assert entry["title"] == "Apakah unit kerja telah memiliki kebijakan standar pelayanan?"
    options = indonesian["$defs"]["value-a.1"]["anyOf"]
    assert options[:2] == [
        {"const": "ya", "description": "ya = Ya (1)"},
        {"const": "tidak", "description": "tidak = Tidak (0)"},
    ]
    stages = indonesian["properties"]["reviews"]["items"]["properties"]["stage"]["anyOf"]
    assert stages == [
        {"const": "tpi", "description": "Tim Penilai Internal (TPI)"},
        {"const": "tpn", "description": "Tim Penilai Nasional (TPN)"},
    ]


GOOD = """\
rubric: pkp-2019
unit: Kantor
answers:
  a.1: ya
  a.2: {answer: B, note: catatan, evidence: [bukti/a2.pdf]}
reviews:
  - stage: tpi
    date: 2026-03-01
    answers:
      a.2: {answer: c, revision: true}
  - stage: tpn
    answers:
      a.1: tidak
"""

UNIT_ANSWERS = GOOD[GOOD.index("answers:") : GOOD.index("reviews:")]
REVIEWS = GOOD[GOOD.index("reviews:") :]
# What the reader refuses and the schema can say, each as a change to GOOD.
REFUSED = {
    "unknown criterion": ("  a.1: ya\n", "  a.9: ya\n"),
    "option not in the rubric": ("  a.1: ya\n", "  a.1: mungkin\n"),
    "unknown top-level key": ("unit: Kantor\n", "unit: Kantor\ncomment: x\n"),
    "unknown long-form key": ("note: catatan,", "notes: catatan,"),
    "revision outside a review": ("note: catatan,", "revision: true, note: catatan,"),
    "another rubric": ("rubric: pkp-2019", "rubric: pkp-2021"),
    "no rubric": ("rubric: pkp-2019\n", ""),
    "answers as a list": (UNIT_ANSWERS, "answers:\n  - ya\n"),
    "answers as text": (UNIT_ANSWERS, "answers: semua ya\n"),
    "unit as a list": ("unit: Kantor", "unit: [Kantor]"),
    "unit on two lines": ("unit: Kantor", 'unit: "Kantor\\nPusat"'),
    "an answer as a list": ("  a.1: ya\n", "  a.1: [ya]\n"),
    "a number for a choice": ("  a.1: ya\n", "  a.1: 1\n"),
    "evidence as a mapping": ("evidence: [bukti/a2.pdf]", "evidence: {a: b}"),
    "unknown stage": ("stage: tpi", "stage: tpx"),
    "a stage twice": ("stage: tpn", "stage: tpi"),
    "stages out of order": (
        *("- stage: tpi", "- stage: x"),
        *("- stage: tpn", "- stage: tpi"),
        *("- stage: x", "- stage: tpn"),
    ),
    "a stage without its id": ("  - stage: tpn\n", "  - assessor: TPN\n"),
    "a bad revision word": ("revision: true", "revision: mungkin"),
    "reviews as a mapping": (REVIEWS, "reviews:\n  stage: tpi\n"),
}


def changed(steps: tuple[str, ...]) -> str:
    text = GOOD
    for old, new in zip(steps[::2], steps[1::2], strict=True):
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def test_the_good_file_is_good_to_both():
    read_answers(parse_document(GOOD, "jawaban.yaml", construct=False), RUBRIC)
    assert errors(checker("pkp-2019", None), editor_data(GOOD)) == []


@pytest.mark.parametrize("case", list(REFUSED))
def test_what_the_reader_refuses_the_schema_refuses(case):
    text = changed(REFUSED[case])
    with pytest.raises(PkmError):
        read_answers(parse_document(text, "jawaban.yaml", construct=False), RUBRIC)
    assert errors(checker("pkp-2019", None), editor_data(text)) != [], case


MINI_REFUSED = {
    "percentage over 100": "m.2: 101",
    "percentage as text over 100": 'm.2: "100,5 %"',
    "a negative percentage": "m.2: -5",
    "a percentage as yes": "m.2: yes",
    "a ratio as text": "m.3: 3/4",
    "a ratio without its denominator": "m.3: {numerator: 3}",
    "a ratio without its numerator": "m.3: {numerator: null, denominator: 4}",
    "a denominator of zero": "m.3: {numerator: 0, denominator: 0}",
    "a denominator of zero as text": 'm.3: {numerator: 1, denominator: "0,0"}',
    "a negative numerator": "m.3: {numerator: -1, denominator: 4}",
    "a numerator as words": "m.3: {numerator: tiga, denominator: 4}",
    "an answer for a ratio": "m.3: {answer: 3, numerator: 3, denominator: 4}",
    "a review of a rubric without stages": "m.1: ya\nreviews: [{stage: tpi}]",
}


def mini_file(entry: str) -> str:
    return f"rubric: mini\nanswers:\n  {entry}\n"


@pytest.mark.parametrize("case", list(MINI_REFUSED))
def test_numbers_the_reader_refuses_the_schema_refuses(case):
    text = mini_file(MINI_REFUSED[case])
    with pytest.raises(PkmError):
        read_answers(parse_document(text, "jawaban.yaml", construct=False), MINI)
    assert errors(checker("mini", str(HOSTILE / "mini-rubric.yaml")), editor_data(text)) != []


def reader_takes(text: str, rubric: Rubric) -> bool:
    try:
        read_answers(parse_document(text, "jawaban.yaml", construct=False), rubric)
    except PkmError:
        return False
    return True


def spelled(draw: st.DrawFn, words: list[str]) -> str:
    """A word in a random case, perhaps with spaces around it."""
    word = draw(st.sampled_from(words))
    cases = draw(st.lists(st.booleans(), min_size=len(word), max_size=len(word)))
    word = "".join(c.upper() if up else c.lower() for c, up in zip(word, cases, strict=True))
    return draw(st.sampled_from(["", " "])) + word + draw(st.sampled_from(["", "  "]))


@st.composite
def choice_spellings(draw: st.DrawFn) -> str:
    criterion = RUBRIC.criterion("a.2")
    assert criterion is not None
    words = [o.key for o in criterion.choices] + ["e", "ab", "ya", ""]
    words += [t for o in criterion.choices if o.label for t in (o.label.id, o.label.en or "")]
    return spelled(draw, words)


NUMBER_TEXT = st.text(alphabet="0123456789.,%+- e_", max_size=7)


def as_yaml(value: str, *, plain: bool) -> str:
    return value if plain else json.dumps(value, ensure_ascii=False)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=choice_spellings(), plain=st.booleans())
def test_any_spelling_of_an_option_the_reader_takes_the_schema_takes(value, plain):
    short = value.strip()[:3]
    text = (
        "rubric: pkp-2019\nanswers:\n"
        f"  a.2: {as_yaml(value, plain=plain)}\n  a.1: {as_yaml(short, plain=plain)}\n"
    )
    if reader_takes(text, RUBRIC):  # the reader takes only YAML
        assert errors(checker("pkp-2019", None), editor_data(text)) == [], text


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(percent=NUMBER_TEXT, numerator=NUMBER_TEXT, denominator=NUMBER_TEXT, plain=st.booleans())
def test_any_number_the_reader_takes_the_schema_takes(percent, numerator, denominator, plain):
    entries = [
        f"m.2: {as_yaml(percent, plain=plain)}",
        (
            f"m.3: {{numerator: {as_yaml(numerator, plain=plain)}, "
            f"denominator: {as_yaml(denominator, plain=plain)}}}"
        ),
    ]
    schema = checker("mini", str(HOSTILE / "mini-rubric.yaml"))
    for entry in entries:
        text = mini_file(entry)
        if reader_takes(text, MINI):  # the reader takes only YAML
            assert errors(schema, editor_data(text)) == [], text


def test_yaml_that_reads_yes_as_true_is_taken_where_the_reader_takes_the_label():
    # "Yes" is the English label of `ya`: YAML 1.1 parsers make it true, the reader its label.
    text = "rubric: pkp-2019\nanswers:\n  a.1: Yes\n  b.5: no\n"
    assert reader_takes(text, RUBRIC)
    assert editor_data(text)["answers"] == {"a.1": True, "b.5": False}
    assert errors(checker("pkp-2019", None), editor_data(text)) == []


def test_the_first_line_names_the_schema_and_the_reader_skips_it():
    line = schema_line(".pkm/schema/answers-pkp-2019.json")
    assert line == "# yaml-language-server: $schema=.pkm/schema/answers-pkp-2019.json"
    assert reader_takes(f"{line}\nrubric: pkp-2019\nanswers:\n  a.1: ya\n", RUBRIC)

"""`pkm schema answers|rubric`: the schemas on stdout, or written to a path."""

from __future__ import annotations

import json

import pytest

from helpers import EXAMPLES, MINI_RUBRIC
from pkmcli.answers.schema import answers_schema_text
from pkmcli.cli.main import app
from pkmcli.rubric.catalog import load_rubric
from pkmcli.rubric.schema import rubric_schema, schema_json
from schemas import errors, file_data, validator

pytestmark = pytest.mark.usefixtures("here")


def test_schema_answers_prints_the_default_rubric_s_schema(runner):
    result = runner.invoke(app, ["schema", "answers"])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout == answers_schema_text(load_rubric("pkp-2019"), "id")
    schema = json.loads(result.stdout)
    assert schema["properties"]["rubric"]["const"] == "pkp-2019"
    example = file_data(EXAMPLES / "kantor-pelayanan-a.yaml")
    assert errors(validator(schema), example) == []


def test_schema_answers_for_a_rubric_file_in_english(runner):
    result = runner.invoke(app, ["schema", "answers", "-r", str(MINI_RUBRIC), "--lang", "en"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    rubric = load_rubric(str(MINI_RUBRIC))
    assert schema["title"] == f"pkm answers file for rubric mini, version {rubric.version}"
    assert list(schema["$defs"]["answers"]["properties"]) == [c.id for c in rubric.all_criteria()]


def test_schema_answers_writes_the_path_init_names(runner, here):
    target = ".pkm/schema/answers-pkp-2021.json"
    result = runner.invoke(app, ["schema", "answers", "--rubric", "pkp-2021", "-o", target])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == f"skema berkas jawaban rubrik pkp-2021 ditulis ke {target}\n"
    written = (here / target).read_text(encoding="utf-8")
    assert written == answers_schema_text(load_rubric("pkp-2021"), "id")
    again = runner.invoke(app, ["schema", "answers", "--rubric", "pkp-2021", "-o", target])
    assert again.stderr == f"{target} sudah mutakhir\n"
    english = runner.invoke(
        app, ["schema", "answers", "-r", "pkp-2021", "-o", target, "--lang", "en"]
    )
    assert english.stderr == f"wrote the schema of answers files for rubric pkp-2021 to {target}\n"


def test_schema_answers_dash_is_stdout(runner):
    result = runner.invoke(app, ["schema", "answers", "-o", "-"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["$id"] == "urn:pkm:schema:answers:pkp-2019:1.0"


def test_schema_answers_of_an_unknown_rubric_is_invalid_input(runner):
    result = runner.invoke(app, ["schema", "answers", "--rubric", "pkp-2020"])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith("--rubric: ")
    assert "pkp-2020" in result.stderr


def test_schema_rubric_prints_and_writes(runner, here):
    result = runner.invoke(app, ["schema", "rubric"])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout == schema_json(rubric_schema("id"))
    done = runner.invoke(app, ["schema", "rubric", "-o", "rubric.schema.json", "--lang", "en"])
    assert done.exit_code == 0
    assert done.stderr == "wrote the schema of rubric files to rubric.schema.json\n"
    written = json.loads((here / "rubric.schema.json").read_text(encoding="utf-8"))
    assert written == rubric_schema("en")


def test_schema_into_a_directory_is_a_usage_problem(runner, here):
    (here / "folder").mkdir()
    result = runner.invoke(app, ["schema", "rubric", "-o", "folder"])
    assert result.exit_code != 0
    assert result.stderr.startswith("folder: ")
    assert "Traceback" not in result.stderr


def test_schema_without_a_subcommand_shows_its_help(runner):
    result = runner.invoke(app, ["schema"])
    assert "answers" in result.output
    assert "rubric" in result.output

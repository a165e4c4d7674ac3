"""`pkm init`: a blank file to stdout or to a path, never over an existing one."""

from __future__ import annotations

import json
import re
import shlex

import pytest

from helpers import MINI_RUBRIC
from pkmcli.answers.schema import answers_schema_text
from pkmcli.cli.main import app
from pkmcli.rubric.catalog import load_rubric
from schemas import editor_data, errors, validator

pytestmark = pytest.mark.usefixtures("here")


def cells(output: str, label: str) -> list[str]:
    """Return the cells of the table row that starts with ``label``."""
    line = next(line for line in output.splitlines() if label in line)
    return [cell.strip() for cell in re.split(r"[│┃|]", line) if cell.strip()]


def test_init_prints_a_blank_file(runner):
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 0
    assert result.stderr == (
        "agar editor memeriksa berkas ini, tulis skemanya di sampingnya: "
        "pkm schema answers --rubric pkp-2019 -o .pkm/schema/answers-pkp-2019.json\n"
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "# yaml-language-server: $schema=.pkm/schema/answers-pkp-2019.json"
    assert "rubric: pkp-2019" in lines
    assert "  a.1:" in lines
    assert "    # tidak = Tidak (0)" in lines
    assert sum(1 for line in lines if re.fullmatch(r"  [abc]\.\d:", line)) == 12


def test_init_writes_a_file_that_validates(runner, here):
    result = runner.invoke(
        app, ["init", "jawaban.yaml", "--unit", "Kantor: Pusat #1", "--period", "2026"]
    )
    assert result.exit_code == 0
    assert result.stdout == ""
    said = result.stderr.splitlines()
    assert said[0] == (
        "ditulis: jawaban.yaml (12 kriteria dari rubrik pkp-2019); isi berkasnya, lalu jalankan: "
        "pkm score jawaban.yaml"
    )
    assert said[1:] == ["skema untuk editor ditulis ke .pkm/schema/answers-pkp-2019.json"]
    text = (here / "jawaban.yaml").read_text(encoding="utf-8")
    assert 'unit: "Kantor: Pusat #1"' in text.splitlines()
    assert 'period: "2026"' in text.splitlines()
    result = runner.invoke(app, ["validate", "jawaban.yaml"])
    assert result.stdout == "jawaban.yaml: ok (jawaban untuk pkp-2019: 0 dari 12 terjawab)\n"
    result = runner.invoke(app, ["score", "-f", "jsonl", "jawaban.yaml"])
    data = json.loads(result.stdout)
    assert (data["unit"], data["period"], data["score"]) == ("Kantor: Pusat #1", "2026", 0.0)
    assert len(data["unanswered"]) == 12


def test_init_refuses_to_overwrite_without_force(runner, here):
    (here / "jawaban.yaml").write_text("rubric: pkp-2019\nanswers:\n  a.1: ya\n", encoding="utf-8")
    result = runner.invoke(app, ["init", "jawaban.yaml"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "jawaban.yaml: berkas sudah ada; tambahkan --force untuk menimpanya\n"
    result = runner.invoke(app, ["init", "jawaban.yaml", "--lang", "en"])
    assert result.stderr == "jawaban.yaml: already exists; pass --force to overwrite it\n"
    assert (here / "jawaban.yaml").read_text(encoding="utf-8").endswith("a.1: ya\n")
    result = runner.invoke(app, ["init", "jawaban.yaml", "--force", "--lang", "en"])
    assert result.exit_code == 0
    text = (here / "jawaban.yaml").read_text(encoding="utf-8")
    assert "  # a.1 Does the unit have a policy on service standards?" in text.splitlines()
    assert "  a.1:" in text.splitlines()


def test_init_into_a_missing_directory_is_a_usage_error(runner, here):
    result = runner.invoke(app, ["init", "tidak/ada/jawaban.yaml", "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr == (
        "tidak/ada/jawaban.yaml: cannot write: directory 'tidak/ada' does not exist\n"
    )
    assert not (here / "tidak").exists()


def test_init_writes_the_schema_its_first_line_names(runner, here):
    (here / "jawaban").mkdir()
    result = runner.invoke(app, ["init", "jawaban/2026.yaml", "-r", "pkp-2021", "--lang", "en"])
    assert result.exit_code == 0
    schema = "jawaban/.pkm/schema/answers-pkp-2021.json"
    assert result.stderr.splitlines()[1:] == [f"wrote the schema for editors to {schema}"]
    text = (here / "jawaban" / "2026.yaml").read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert first == "# yaml-language-server: $schema=.pkm/schema/answers-pkp-2021.json"
    # The line names the schema relative to the file, as editors resolve it.
    named = (here / "jawaban" / first.partition("$schema=")[2]).read_text(encoding="utf-8")
    assert named == answers_schema_text(load_rubric("pkp-2021"), "en")
    check = validator(json.loads(named))
    assert errors(check, editor_data(text)) == []
    assert runner.invoke(app, ["validate", "jawaban/2026.yaml"]).exit_code == 0
    again = runner.invoke(
        app, ["init", "jawaban/2026.yaml", "-r", "pkp-2021", "--lang", "en", "--force"]
    )
    assert again.exit_code == 0
    assert len(again.stderr.splitlines()) == 1  # the schema was there already, as it is


def test_init_without_the_schema(runner, here):
    result = runner.invoke(app, ["init", "--no-schema"])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "yaml-language-server" not in result.stdout
    result = runner.invoke(app, ["init", "jawaban.yaml", "--no-schema"])
    assert result.exit_code == 0
    assert len(result.stderr.splitlines()) == 1
    assert "yaml-language-server" not in (here / "jawaban.yaml").read_text(encoding="utf-8")
    assert not (here / ".pkm").exists()


def test_init_to_stdout_then_the_command_it_gives(runner, here):
    result = runner.invoke(app, ["init", "-r", str(MINI_RUBRIC), "--lang", "en"])
    assert result.exit_code == 0
    hint = result.stderr.strip()
    command = hint.partition(": ")[2]
    assert command == f"pkm schema answers --rubric {MINI_RUBRIC} -o .pkm/schema/answers-mini.json"
    (here / "jawaban.yaml").write_text(result.stdout, encoding="utf-8")
    done = runner.invoke(app, shlex.split(command)[1:])
    assert done.exit_code == 0
    schema = json.loads((here / ".pkm/schema/answers-mini.json").read_text(encoding="utf-8"))
    assert errors(validator(schema), editor_data(result.stdout)) == []


def test_init_of_a_json_file_names_no_schema(runner, here):
    result = runner.invoke(app, ["init", "jawaban.json"])
    assert result.exit_code == 0
    assert json.loads((here / "jawaban.json").read_text(encoding="utf-8"))["rubric"] == "pkp-2019"
    assert len(result.stderr.splitlines()) == 1
    assert not (here / ".pkm").exists()

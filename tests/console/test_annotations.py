"""GitHub Actions annotations: exact workflow commands, and where each command prints them."""

from __future__ import annotations

import re

import pytest

from helpers import BAD, EXAMPLES, GOOD
from pkmcli.cli.main import app
from pkmcli.console.annotations import (
    annotation,
    in_github_actions,
    problem_annotation,
    problem_annotations,
)
from pkmcli.errors import MAX_LINES_PER_FILE, Problem

CI = {"GITHUB_ACTIONS": "true"}
LOCATED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<message>.*)$")


def test_an_annotation_names_file_line_column_and_title():
    assert annotation("error", "a.2: bad", "u.yaml", 4, 8) == (
        "::error file=u.yaml,line=4,col=8,title=pkm::a.2: bad"
    )
    assert annotation("warning", "plain", title=None) == "::warning::plain"
    assert annotation("notice", "x", "u.yaml") == "::notice file=u.yaml,title=pkm::x"


def test_message_and_properties_are_escaped():
    assert annotation("error", "50% a\r\nb: c, d", "dir: a,b%.yaml", 1, 2, "t: 1, 2") == (
        "::error file=dir%3A a%2Cb%25.yaml,line=1,col=2,title=t%3A 1%2C 2::50%25 a%0D%0Ab: c, d"
    )


@pytest.mark.parametrize(
    ("value", "expected"), [("true", True), ("True", True), ("", False), ("false", False)]
)
def test_github_actions_is_told_by_its_variable(monkeypatch, value, expected):
    monkeypatch.setenv("GITHUB_ACTIONS", value)
    assert in_github_actions() is expected


def test_a_problem_on_a_file_annotates_that_file(tmp_path):
    path = tmp_path / "u.yaml"
    path.write_text("x", encoding="utf-8")
    shown = str(path)
    assert problem_annotation(Problem(shown, "bad", 3, 8, "a.1")) == (
        f"::error file={shown},line=3,col=8,title=pkm::a.1: bad"
    )
    assert problem_annotation(Problem(shown, "bad", 3), "warning") == (
        f"::warning file={shown},line=3,title=pkm::bad"
    )
    # A column named by its header (survey data) is said in the message.
    assert problem_annotation(Problem(shown, "not an answer", 12, "Persyaratan")) == (
        f"::error file={shown},line=12,title=pkm::Persyaratan: not an answer"
    )


def test_a_problem_on_no_file_annotates_the_run_with_the_whole_line():
    assert problem_annotation(Problem("--stage", "unknown stage 'x'")) == (
        "::error title=pkm::--stage: unknown stage 'x'"
    )
    assert problem_annotation(Problem("hilang.yaml", "not found")) == (
        "::error title=pkm::hilang.yaml: not found"
    )


def test_annotations_stop_where_the_lines_do():
    many = [Problem("f.yaml", f"p{n}", n) for n in range(MAX_LINES_PER_FILE + 5)]
    assert len(problem_annotations(many)) == MAX_LINES_PER_FILE


def annotations_of(lines: list[str], kind: str = "error") -> list[str]:
    """Return the annotations that stderr's compiler-style lines call for."""
    found = []
    for line in lines:
        match = LOCATED.match(line)
        assert match, line
        found.append(
            f"::{kind} file={match['file']},line={match['line']},col={match['col']},"
            f"title=pkm::{match['message']}"
        )
    return found


@pytest.mark.usefixtures("here")
def test_score_annotates_problems_gates_and_unanswered_criteria(runner, write_answers):
    write_answers(GOOD, "baik.yaml")
    write_answers(BAD, "salah.yaml")
    args = ["score", "baik.yaml", "salah.yaml", "--fail-under", "90", "-f", "json"]
    plain = runner.invoke(app, args)
    done = runner.invoke(app, args, env=CI)
    assert (done.exit_code, plain.exit_code) == (3, 3)
    assert done.stdout == plain.stdout  # data stays clean
    gate, *problems = plain.stderr.splitlines()
    assert re.fullmatch(r"baik\.yaml: (\S+)% di bawah ambang --fail-under 90%", gate)
    failure = gate.removeprefix("baik.yaml: ").replace("%", "%25")
    assert done.stderr.splitlines() == [
        gate,
        f"::error file=baik.yaml,title=pkm::{failure}",
        "::warning file=baik.yaml,title=pkm::kriteria yang belum dijawab: c.3",
        *problems,
        *annotations_of(problems),
    ]


@pytest.mark.usefixtures("here")
def test_score_annotates_a_missing_file_and_a_usage_error_on_the_run(runner, write_answers):
    write_answers(GOOD, "baik.yaml")
    done = runner.invoke(app, ["score", "hilang.yaml", "-f", "jsonl", "--lang", "en"], env=CI)
    assert done.exit_code == 3
    line, command = done.stderr.splitlines()
    assert line.startswith("hilang.yaml: ")
    assert command == f"::error title=pkm::{line}"
    usage = runner.invoke(app, ["score", "baik.yaml", "--stage", "xx"], env=CI)
    assert usage.exit_code == 2
    line, command = usage.stderr.splitlines()
    assert line.startswith("--stage: ")
    assert command == f"::error title=pkm::{line}"


@pytest.mark.usefixtures("here")
def test_validate_annotates_errors_and_nothing_outside_ci(runner, write_answers):
    write_answers(BAD, "salah.yaml")
    plain = runner.invoke(app, ["validate", "salah.yaml"])
    assert "::" not in plain.stderr
    done = runner.invoke(app, ["validate", "salah.yaml"], env=CI)
    assert done.exit_code == 3
    lines = plain.stderr.splitlines()
    assert done.stderr.splitlines() == [*lines, *annotations_of(lines)]


@pytest.mark.usefixtures("here")
def test_the_english_unanswered_warning(runner, write_answers):
    write_answers(GOOD, "baik.yaml")
    done = runner.invoke(app, ["score", "baik.yaml", "-f", "json", "--lang", "en"], env=CI)
    assert done.exit_code == 0
    assert done.stderr == "::warning file=baik.yaml,title=pkm::criteria not answered: c.3\n"


def test_skm_annotates_its_warnings_as_warnings(runner):
    survey = str(EXAMPLES / "survei-kepuasan-2026.csv")
    plain = runner.invoke(app, ["skm", survey, "-f", "json"])
    done = runner.invoke(app, ["skm", survey, "-f", "json"], env=CI)
    assert done.exit_code == plain.exit_code == 0
    (line,) = plain.stderr.splitlines()
    message = line.removeprefix(f"{survey}: ")
    assert done.stderr.splitlines() == [line, f"::warning file={survey},title=pkm::{message}"]

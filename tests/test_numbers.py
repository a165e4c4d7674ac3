"""Every output a person reads shows the same rounded numbers for the same file."""

from __future__ import annotations

import json
import re

import pytest

from pkmcli.cli.main import app

# a = (1 + 0 + 0 + 0.5) / 4 x 3 = 1.125 exactly: half up shows 1.13, a float's %.2f shows 1.12.
HALF = "rubric: pkp-2019\nunit: Unit Setengah\nanswers:\n  a.1: ya\n  a.4: b\n"


@pytest.fixture
def half(write_answers):
    return write_answers(HALF, "setengah.yaml")


def run(runner, *args):
    return runner.invoke(app, list(map(str, args)))


def test_the_case_is_exactly_half_way(runner, half):
    record = json.loads(run(runner, "score", half, "-f", "json").stdout)[0]
    assert record["indicators"][0]["score"] == 1.125


@pytest.mark.parametrize(
    "args",
    [
        ("score",),
        ("score", "-f", "md"),
        ("score", "-f", "junit"),
        ("report", "-f", "md"),
        ("report", "-f", "html"),
    ],
    ids=" ".join,
)
@pytest.mark.parametrize(("lang", "shown"), [("id", "1,13"), ("en", "1.13")])
def test_one_file_shows_1_13(runner, half, args, lang, shown):
    done = run(runner, *args[:1], half, *args[1:], "--lang", lang)
    assert done.exit_code == 0, done.stderr
    assert shown in done.stdout
    assert not re.search(r"\b1[.,]12\b", done.stdout)


@pytest.mark.parametrize("fmt", ["table", "md", "junit"])
@pytest.mark.parametrize(("lang", "shown"), [("id", "1,13"), ("en", "1.13")])
def test_several_files_show_1_13(runner, half, write_answers, fmt, lang, shown):
    write_answers(HALF.replace("Setengah", "Kedua"), "kedua.yaml")
    done = run(runner, "score", half.parent, "-f", fmt, "--lang", lang)
    assert done.exit_code == 0, done.stderr
    assert shown in done.stdout
    assert not re.search(r"\b1[.,]12\b", done.stdout)


def test_gate_messages_round_half_up(runner, half):
    # The total is 1.125 / 10 = 11.25 %; indicator a is 1.125 / 3 = 37.5 %.
    done = run(runner, "score", half, "--fail-under", "50", "--fail-under-indicator", "a=40")
    assert done.exit_code == 1
    assert "11,25% di bawah ambang" in done.stderr
    assert "dengan 37,50% di bawah ambang" in done.stderr
    args = ["score", half, "--fail-under", "50", "--fail-under-indicator", "a=40", "--lang", "en"]
    done = run(runner, *args)
    assert "11.25% is under" in done.stderr
    assert "at 37.50% is under" in done.stderr

"""The score table of one file: golden files in both languages, sections and the grade."""

from __future__ import annotations

import pytest

from helpers import DATA, EXAMPLES, check_golden
from pkmcli.cli.main import app


@pytest.fixture(autouse=True)
def fixed_width(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_one_file_table_golden(runner, lang):
    done = runner.invoke(
        app, ["score", str(EXAMPLES / "kantor-pelayanan-a.yaml"), "--lang", lang], color=False
    )
    assert done.exit_code == 0, done.stderr
    check_golden(f"score-table-{lang}.txt", done.stdout.replace(str(EXAMPLES), "examples"))


def test_sections_grade_and_unanswered(runner):
    mini = DATA / "rubric-mini.yaml"
    done = runner.invoke(app, ["score", str(DATA / "report-mini.yaml"), "--rubric", str(mini)])
    assert done.exit_code == 0, done.stderr
    check_golden("score-table-sections.txt", done.stdout.replace(str(DATA), "data"))

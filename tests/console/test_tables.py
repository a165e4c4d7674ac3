"""The score table of one file: golden files in both languages, sections and the grade."""

from __future__ import annotations

import pytest

from helpers import DATA, EXAMPLES, check_golden
from pkmcli.cli.main import app


@pytest.fixture(autouse=True)
def fixed_width(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_one_file_table_golden(runner, lang, monkeypatch):
    # A relative name, so that the title wraps the same wherever the checkout is.
    monkeypatch.chdir(EXAMPLES.parent)
    done = runner.invoke(app, ["score", "examples/kantor-pelayanan-a.yaml", "--lang", lang])
    assert done.exit_code == 0, done.stderr
    check_golden(f"score-table-{lang}.txt", done.stdout)


def test_sections_grade_and_unanswered(runner, monkeypatch):
    monkeypatch.chdir(DATA.parent)
    done = runner.invoke(
        app, ["score", "data/report-mini.yaml", "--rubric", "data/rubric-mini.yaml"]
    )
    assert done.exit_code == 0, done.stderr
    check_golden("score-table-sections.txt", done.stdout)

"""Format `table` for several files: a row per file, then the portfolio summary (golden)."""

from __future__ import annotations

import shutil

import pytest

from helpers import EXAMPLES, check_golden
from pkmcli.cli.main import app


@pytest.fixture
def examples(tmp_path, monkeypatch):
    """The shipped examples and one broken file, in a folder of their own."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "contoh"
    shutil.copytree(EXAMPLES, folder)
    (folder / "rusak.yaml").write_text("rubric: pkp-2019\nanswers:\n  a.1: mungkin\n")
    return folder


@pytest.mark.parametrize("lang", ["id", "en"])
def test_batch_table_golden(runner, examples, lang):
    done = runner.invoke(
        app, ["score", examples.name, "--fail-under", "60", "--lang", lang], color=False
    )
    assert done.exit_code == 3
    check_golden(f"batch-table-{lang}.txt", done.stdout)


def test_the_table_written_to_a_file_is_the_same(runner, examples):
    shown = runner.invoke(app, ["score", examples.name, "--fail-under", "60"], color=False)
    runner.invoke(app, ["score", examples.name, "--fail-under", "60", "-o", "table:t.txt"])
    assert (examples.parent / "t.txt").read_text(encoding="utf-8") == shown.stdout

"""Format `md`: the portfolio summary for CI pages (golden, both languages)."""

from __future__ import annotations

import shutil

import pytest

from helpers import EXAMPLES, check_golden
from pkmcli.cli.main import app


@pytest.fixture
def examples(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "contoh"
    shutil.copytree(EXAMPLES, folder)
    (folder / "rusak.yaml").write_text("rubric: pkp-2019\nanswers:\n  a.1: mungkin\n")
    return folder


@pytest.mark.parametrize("lang", ["id", "en"])
def test_markdown_summary_golden(runner, examples, lang):
    args = ["score", examples.name, "-f", "md", "--fail-under", "60", "--lang", lang]
    done = runner.invoke(app, [*args, "--fail-under-indicator", "c=60"])
    assert done.exit_code == 3
    check_golden(f"summary-{lang}.md", done.stdout)

"""`pkm init`: a blank file to stdout or to a path, never over an existing one."""

from __future__ import annotations

import json
import re

import pytest

from pkmcli.cli.main import app

pytestmark = pytest.mark.usefixtures("here")


def cells(output: str, label: str) -> list[str]:
    """Return the cells of the table row that starts with ``label``."""
    line = next(line for line in output.splitlines() if label in line)
    return [cell.strip() for cell in re.split(r"[│┃|]", line) if cell.strip()]


def test_init_prints_a_blank_file(runner):
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 0
    assert result.stderr == ""
    lines = result.stdout.splitlines()
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
    assert result.stderr == (
        "wrote jawaban.yaml (12 criteria of rubric pkp-2019); fill it in, then run: "
        "pkm score jawaban.yaml\n"
    )
    text = (here / "jawaban.yaml").read_text(encoding="utf-8")
    assert 'unit: "Kantor: Pusat #1"' in text.splitlines()
    assert 'period: "2026"' in text.splitlines()
    result = runner.invoke(app, ["validate", "jawaban.yaml"])
    assert result.stdout == "jawaban.yaml: ok (answers for pkp-2019: 0 of 12 answered)\n"
    result = runner.invoke(app, ["score", "-f", "jsonl", "jawaban.yaml"])
    data = json.loads(result.stdout)
    assert (data["unit"], data["period"], data["score"]) == ("Kantor: Pusat #1", "2026", 0.0)
    assert len(data["unanswered"]) == 12


def test_init_refuses_to_overwrite_without_force(runner, here):
    (here / "jawaban.yaml").write_text("rubric: pkp-2019\nanswers:\n  a.1: ya\n", encoding="utf-8")
    result = runner.invoke(app, ["init", "jawaban.yaml"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "jawaban.yaml: already exists; pass --force to overwrite it\n"
    assert (here / "jawaban.yaml").read_text(encoding="utf-8").endswith("a.1: ya\n")
    result = runner.invoke(app, ["init", "jawaban.yaml", "--force", "--lang", "en"])
    assert result.exit_code == 0
    text = (here / "jawaban.yaml").read_text(encoding="utf-8")
    assert "  # a.1 Does the unit have a policy on service standards?" in text.splitlines()
    assert "  a.1:" in text.splitlines()


def test_init_into_a_missing_directory_is_a_usage_error(runner, here):
    result = runner.invoke(app, ["init", "tidak/ada/jawaban.yaml"])
    assert result.exit_code == 2
    assert result.stderr == (
        "tidak/ada/jawaban.yaml: cannot write: directory 'tidak/ada' does not exist\n"
    )
    assert not (here / "tidak").exists()

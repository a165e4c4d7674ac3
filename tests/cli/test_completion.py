"""Shell completion: commands, options, shipped rubric ids and stage ids, as shells ask for them."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys

import pytest

from helpers import run_pkm
from pkmcli.cli.completion import complete_review_stage, complete_rubric, complete_stage
from pkmcli.cli.main import app
from pkmcli.rubric.catalog import load_rubric, shipped_rubrics


def bash(runner, line: str) -> list[str]:
    """Return what bash is offered for the last word of ``line`` (empty: a new word)."""
    words = line.split(" ")
    env = {"_PKM_COMPLETE": "complete_bash", "COMP_WORDS": line, "COMP_CWORD": str(len(words) - 1)}
    done = runner.invoke(app, [], env=env, prog_name="pkm")
    assert done.exit_code == 0, done.stderr
    return [line for line in done.stdout.splitlines() if line]


def test_commands_complete(runner):
    offered = bash(runner, "pkm sc")
    assert "score" in offered
    assert all(name.startswith("sc") for name in offered)
    assert bash(runner, "pkm sk") == ["skm"]
    assert "rubric" in bash(runner, "pkm ")


def test_options_complete(runner):
    offered = bash(runner, "pkm score --")
    assert {"--rubric", "--format", "--fail-under", "--stage", "--csv-dialect"} <= set(offered)
    assert bash(runner, "pkm score --csv") == ["--csv-dialect"]


def test_rubric_ids_complete_after_rubric(runner):
    ids = list(shipped_rubrics())
    assert ids == ["pkp-2019", "pkp-2021"]
    assert bash(runner, "pkm score --rubric ") == ids
    assert bash(runner, "pkm score -r pkp-2021") == ["pkp-2021"]
    assert bash(runner, "pkm init --rubric pkp") == ids
    # A path is no rubric id: the shell's own file completion takes over.
    assert bash(runner, "pkm score --rubric ./") == []


def test_stage_ids_complete_after_stage(runner):
    assert bash(runner, "pkm score --stage ") == ["unit", "tpi", "tpn"]
    assert bash(runner, "pkm report x.yaml --stage t") == ["tpi", "tpn"]
    assert bash(runner, "pkm review x.yaml --stage ") == ["tpi", "tpn"]


def test_choices_complete_from_the_options(runner):
    assert bash(runner, "pkm score --csv-dialect ") == ["standard", "excel-id"]
    assert bash(runner, "pkm score --format j") == ["json", "jsonl", "junit"]


def test_values_are_the_shipped_rubrics_own():
    for ident, title in complete_rubric(""):
        assert title == load_rubric(ident).title.get("id")
    stages = [s for ident in shipped_rubrics() for s in load_rubric(ident).stage_ids()]
    assert [i for i, _ in complete_stage("")] == list(dict.fromkeys(stages))
    labels = dict(complete_review_stage(""))
    assert labels["tpi"] == load_rubric("pkp-2019").stage_label("tpi", "id")


def test_labels_follow_the_language(monkeypatch):
    monkeypatch.setenv("PKM_LANG", "en")
    assert dict(complete_review_stage("tp"))["tpi"] == "Internal evaluation team (TPI)"


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_show_completion_prints_the_script_for_the_shell_it_runs_in():
    done = subprocess.run(
        ["bash", "-c", f"{shlex.quote(sys.executable)} -m pkmcli --show-completion"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "complete -o default -F _pkm_completion pkm" in done.stdout
    assert "_PKM_COMPLETE=complete_bash" in done.stdout


def test_the_entry_point_completes_rubric_ids():
    done = run_pkm(_PKM_COMPLETE="complete_zsh", _TYPER_COMPLETE_ARGS="pkm score --rubric pkp-2019")
    assert done.returncode == 0, done.stderr
    assert '"pkp-2019":"Peningkatan Kualitas Pelayanan Publik (LKE Zona Integritas 2019)"' in (
        done.stdout
    )

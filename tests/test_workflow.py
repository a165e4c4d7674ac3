"""The example CI workflow a unit copies: valid YAML, and every `pkm` line a real command line."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import yaml

from helpers import EXAMPLES, run_pkm

WORKFLOW = EXAMPLES / "ci" / ".github" / "workflows" / "pkm.yml"


def steps() -> list[dict[str, object]]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as true; the CI service reads it as the word.
    assert set(data) == {"name", True, "permissions", "jobs"}
    (job,) = data["jobs"].values()
    assert job["runs-on"] == "ubuntu-latest"
    return list(job["steps"])


def pkm_lines() -> list[list[str]]:
    lines = [str(step["run"]) for step in steps() if "run" in step]
    return [shlex.split(line) for line in lines if line.startswith("pkm ")]


def test_the_workflow_sets_up_python_and_installs_pkm():
    used = [str(step.get("uses", "")).partition("@")[0] for step in steps()]
    assert used[:2] == ["actions/checkout", "actions/setup-python"]
    assert "actions/upload-artifact" in used
    assert steps()[1]["with"] == {"python-version": "3.11"}
    assert any(step.get("run") == "pip install pkmcli" for step in steps())
    assert [line[:2] for line in pkm_lines()] == [["pkm", "validate"], ["pkm", "score"]]


def test_every_pkm_line_runs_on_a_unit_s_answers(tmp_path: Path):
    (tmp_path / "jawaban").mkdir()
    for example in EXAMPLES.glob("*.yaml"):
        shutil.copy(example, tmp_path / "jawaban")
    summary = tmp_path / "step-summary.md"
    for line in pkm_lines():
        done = run_pkm(*line[1:], cwd=tmp_path, GITHUB_STEP_SUMMARY=str(summary))
        assert done.returncode == 0, (line, done.stderr)
    (upload,) = [step for step in steps() if "upload-artifact" in str(step.get("uses"))]
    kept = str(upload["with"]["path"]).split()
    assert kept == ["pkm-junit.xml", "pkm-summary.md"]
    for name in kept:
        assert (tmp_path / name).stat().st_size > 0, name
    assert (tmp_path / "pkm-junit.xml").read_text(encoding="utf-8").startswith("<?xml")
    # pkm score appends the summary to the job's by itself, as the workflow's comment says.
    assert summary.read_text(encoding="utf-8").strip()

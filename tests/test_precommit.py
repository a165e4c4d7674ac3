"""The git hooks of `.pre-commit-hooks.yaml`: real commands, on the files a unit's repo holds."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from helpers import EXAMPLES, ROOT, run_pkm
from pkmcli.cli.main import app

HOOKS = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}


def commands() -> set[str]:
    """The command names `pkm --help` lists."""
    listed = CliRunner().invoke(app, ["--help"]).stdout.split("Commands:")[1]
    return {line.split()[0] for line in listed.splitlines() if line.strip()}


def chosen(hook: dict[str, str], files: list[str]) -> list[str]:
    """The files a hook runs on, chosen from the repository's as its patterns choose them."""
    return [
        name
        for name in files
        if re.search(hook["files"], name) and not re.search(hook.get("exclude", "^$"), name)
    ]


def test_the_hooks_are_pkm_commands():
    assert list(HOOKS) == ["pkm-validate", "pkm-score"]
    for hook in HOOKS.values():
        assert hook["language"] == "python"
        assert hook["name"]
        assert hook["description"]
        program, command = shlex.split(hook["entry"])
        assert program == "pkm"
        assert command in commands()


@pytest.fixture
def unit_repo(tmp_path: Path) -> Path:
    """A unit's repository: answers, a rubric of its own, evidence, CI, hooks and schemas."""
    shutil.copytree(EXAMPLES, tmp_path / "jawaban")
    shutil.copy(ROOT / "rubrics" / "pkp-2019.yaml", tmp_path / "rubrik-unit.yaml")
    workflows = tmp_path / ".github" / "workflows"
    workflows.mkdir(parents=True)
    shutil.copy(EXAMPLES / "ci" / ".github" / "workflows" / "pkm.yml", workflows / "pkm.yml")
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    done = run_pkm("init", "jawaban/baru.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "jawaban" / ".pkm" / "schema" / "answers-pkp-2019.json").is_file()
    return tmp_path


def repo_files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_the_validate_hook_takes_answers_and_rubrics_and_nothing_else(unit_repo):
    files = chosen(HOOKS["pkm-validate"], repo_files(unit_repo))
    assert "jawaban/kantor-pelayanan-a.yaml" in files
    assert "jawaban/baru.yaml" in files
    assert "rubrik-unit.yaml" in files
    assert not [f for f in files if ".pkm/" in f or f.startswith(".")]
    assert not [f for f in files if "/.github/" in f]
    # Copied from the repository, the unit's own rubric keeps the shipped id: validate it with
    # an id of its own, as `pkm rubric export` says.
    rubric = unit_repo / "rubrik-unit.yaml"
    rubric.write_text(
        rubric.read_text(encoding="utf-8").replace("id: pkp-2019", "id: pkp-2019-unit", 1),
        encoding="utf-8",
    )
    done = run_pkm(*shlex.split(HOOKS["pkm-validate"]["entry"])[1:], *files, cwd=unit_repo)
    assert done.returncode == 0, done.stderr
    assert "jawaban/baru.yaml: ok" in done.stdout


def test_the_score_hook_scores_the_answers_and_gates_with_its_args(unit_repo):
    hook = HOOKS["pkm-score"]
    files = chosen(hook, repo_files(unit_repo))
    assert "jawaban/kantor-pelayanan-b.yaml" in files
    assert "rubrik-unit.yaml" not in files
    assert not [f for f in files if ".pkm/" in f or not f.endswith((".yaml", ".yml", ".json"))]
    entry = shlex.split(hook["entry"])[1:]
    done = run_pkm(*entry, "--fail-under", "0", *files, cwd=unit_repo)
    assert done.returncode == 0, done.stderr
    gated = run_pkm(*entry, "--fail-under", "99", *files, cwd=unit_repo)
    assert gated.returncode == 1, gated.stderr

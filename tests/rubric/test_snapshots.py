"""Snapshots of the shipped rubrics: current, equal to validation, used only while they match."""

from __future__ import annotations

import ast
import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import EXAMPLES
from pkmcli.errors import PkmError
from pkmcli.files.reading import load_document
from pkmcli.rubric import catalog, snapshots
from pkmcli.rubric.catalog import load_rubric, shipped_rubrics
from pkmcli.rubric.validation import rubric_from_document

UPDATE = os.environ.get("PKM_UPDATE_GOLDEN") == "1"

EXAMPLE = EXAMPLES / "kantor-pelayanan-a.yaml"
SHIPPED = sorted(shipped_rubrics())


@pytest.fixture(autouse=True)
def own_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """Load rubrics afresh here, leaving what this process remembers to the other tests."""
    monkeypatch.setattr(catalog, "_load_path", functools.cache(catalog._load_path.__wrapped__))


def validated(path: Path):
    return rubric_from_document(load_document(path))


@pytest.mark.parametrize("rubric_id", SHIPPED)
def test_each_shipped_rubric_has_a_current_snapshot(rubric_id):
    path = shipped_rubrics()[rubric_id]
    expected = snapshots.snapshot_text(validated(path), path.read_text(encoding="utf-8"))
    target = snapshots.snapshot_path(path)
    if UPDATE:
        target.parent.mkdir(exist_ok=True)
        target.write_text(expected, encoding="utf-8")
    assert target.is_file(), f"{target} is missing; rerun with PKM_UPDATE_GOLDEN=1"
    assert target.read_text(encoding="utf-8") == expected, (
        f"{target.name} is stale; rerun with PKM_UPDATE_GOLDEN=1 and review the diff"
    )


@pytest.mark.parametrize("rubric_id", SHIPPED)
def test_a_rubric_from_its_snapshot_equals_the_validated_one(rubric_id):
    path = shipped_rubrics()[rubric_id]
    fresh = validated(path)
    recalled = snapshots.recall(path, path.read_text(encoding="utf-8"))
    assert recalled == fresh
    assert recalled is not None
    assert recalled.max_score == fresh.max_score
    for mine, theirs in zip(recalled.all_criteria(), fresh.all_criteria(), strict=True):
        assert mine.choices == theirs.choices
        assert mine.best_value == theirs.best_value
        assert recalled.criterion(mine.id) is mine
    assert load_rubric(rubric_id) == fresh


@pytest.fixture
def rubrics_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped rubrics and their snapshots, shipped in their place."""
    folder = tmp_path / "rubrics"
    shutil.copytree(catalog.data_dir("rubrics"), folder)
    monkeypatch.setattr(catalog, "data_dir", lambda _name: folder)
    return folder


def test_an_edited_shipped_rubric_is_validated_afresh(rubrics_copy):
    path = rubrics_copy / "pkp-2019.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("weight: 3", "weight: -3", 1), encoding="utf-8")
    assert snapshots.recall(path, path.read_text(encoding="utf-8")) is None
    with pytest.raises(PkmError) as caught:
        load_rubric("pkp-2019")
    [problem] = caught.value.problems
    assert problem.message == "harus lebih dari 0, tertulis -3"
    line = text[: text.index("weight: 3")].count("\n") + 1
    assert (problem.file, problem.line) == (str(path), line)


def test_a_valid_edit_is_scored_as_edited(rubrics_copy):
    path = rubrics_copy / "pkp-2019.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("weight: 3", "weight: 4", 1), encoding="utf-8")
    assert load_rubric("pkp-2019").max_score == 11


@pytest.mark.parametrize("module", snapshots.MODEL_MODULES, ids=lambda m: m.__name__)
def test_a_changed_rubric_model_means_validation(rubrics_copy, tmp_path, monkeypatch, module):
    path = rubrics_copy / "pkp-2019.yaml"
    text = path.read_text(encoding="utf-8")
    assert snapshots.recall(path, text) is not None
    changed = tmp_path / "changed.py"
    changed.write_bytes(Path(module.__file__).read_bytes() + b"# edited\n")
    monkeypatch.setattr(module, "__file__", str(changed))
    assert snapshots.recall(path, text) is None
    monkeypatch.setattr(module, "__file__", str(tmp_path / "gone.py"))
    assert snapshots.recall(path, text) is None
    assert load_rubric("pkp-2019") == validated(path)


def test_the_digest_covers_every_module_the_model_imports_from_its_package():
    """A rule moved into a new module of the rubric package must join the digest."""

    source = Path(snapshots.MODEL_MODULES[0].__file__).read_text(encoding="utf-8")
    imported = {
        node.module
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("pkmcli.rubric.")
    }
    covered = {module.__name__ for module in snapshots.MODEL_MODULES}
    assert imported <= covered


def test_without_snapshots_shipped_rubrics_are_validated(rubrics_copy):
    shutil.rmtree(rubrics_copy / "validated")
    original = validated(shipped_rubrics()["pkp-2021"])
    assert load_rubric("pkp-2021") == original


def run_score(args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run `pkm score` in a fresh interpreter that reports the libraries it loaded."""
    code = (
        "import sys\n"
        "from pkmcli.cli.main import main\n"
        "try:\n"
        "    main()\n"
        "finally:\n"
        "    loaded = sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'jinja2'})\n"
        "    print('loaded:', *loaded, file=sys.stderr)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "COLUMNS": "100"},
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("output_format", ["table", "json", "jsonl", "csv", "junit", "md"])
def test_scoring_with_a_shipped_rubric_loads_no_validation_library(output_format):
    """What keeps `pkm score one.yaml` quick: neither pydantic nor jinja2 is imported."""
    done = run_score(["score", str(EXAMPLE), "--format", output_format, "--fail-under", "50"])
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == "loaded:"
    assert done.stdout


def test_scoring_with_an_own_rubric_validates_it(tmp_path):
    own = tmp_path / "milik-kami.yaml"
    text = shipped_rubrics()["pkp-2019"].read_text(encoding="utf-8")
    own.write_text(text.replace("id: pkp-2019", "id: milik-kami", 1), encoding="utf-8")
    answers = tmp_path / "jawaban.yaml"
    answers.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace("rubric: pkp-2019", "rubric: milik-kami"),
        encoding="utf-8",
    )
    done = run_score(["score", str(answers), "--rubric", str(own), "--format", "json"])
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == "loaded: pydantic"


@pytest.mark.parametrize("header", ['{"format": 1}', '{"format": 0, "sources": {}}', "{}"])
def test_a_snapshot_of_another_layout_means_validation(rubrics_copy, header):
    (rubrics_copy / "validated" / "pkp-2019.json").write_text(header, encoding="utf-8")
    path = rubrics_copy / "pkp-2019.yaml"
    assert snapshots.recall(path, path.read_text(encoding="utf-8")) is None
    assert load_rubric("pkp-2019") == validated(path)

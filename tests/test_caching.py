"""The cache of validated rubrics: used only when text and code match, never trusted blindly."""

from __future__ import annotations

import functools
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from pkmcli import caching, catalog
from pkmcli.catalog import load_rubric, shipped_rubrics
from pkmcli.errors import PkmError

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "kantor-pelayanan-a.yaml"


@pytest.fixture(autouse=True)
def own_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rubrics remembered by this process stay as they were for the other tests."""
    monkeypatch.setattr(catalog, "_load_path", functools.cache(catalog._load_path.__wrapped__))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("PKM_CACHE_DIR", str(folder))
    return folder


def own_rubric(tmp_path: Path, rubric_id: str = "milik-kami") -> Path:
    text = shipped_rubrics()["pkp-2019"].read_text(encoding="utf-8")
    path = tmp_path / f"{rubric_id}.yaml"
    path.write_text(text.replace("id: pkp-2019", f"id: {rubric_id}"), encoding="utf-8")
    return path


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("rubric-*.pickle"))


def fresh(path: Path):
    """Load ``path`` as a new run would: nothing remembered in this process."""
    catalog._load_path.cache_clear()
    return load_rubric(str(path))


def test_a_validated_rubric_is_kept_and_recalled_equal(cache, tmp_path):
    path = own_rubric(tmp_path)
    first = fresh(path)
    [entry] = entries(cache)
    assert entry.stat().st_mode & 0o077 == 0  # the user's alone
    assert caching.recall(path.read_text(encoding="utf-8")) == first
    again = fresh(path)
    assert again == first
    assert again is not first  # read back from the cache, not this process's memory
    assert [c.id for c in again.all_criteria()] == [c.id for c in first.all_criteria()]
    assert again.criterion("a.1").choices == first.criterion("a.1").choices


@pytest.mark.usefixtures("cache")
def test_an_edited_rubric_is_validated_afresh(tmp_path):
    path = own_rubric(tmp_path)
    fresh(path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("weight: 3", "weight: -3", 1), encoding="utf-8")
    with pytest.raises(PkmError) as caught:
        fresh(path)
    assert "must be more than 0, got -3" in str(caught.value.problems[0].message)
    path.write_text(text.replace("weight: 3", "weight: 4", 1), encoding="utf-8")
    assert fresh(path).max_score == 11


@pytest.mark.usefixtures("cache")
def test_an_entry_from_other_code_is_ignored(tmp_path, monkeypatch):
    path = own_rubric(tmp_path)
    fresh(path)
    monkeypatch.setattr(caching, "FORMAT", caching.FORMAT + 1)
    assert caching.recall(path.read_text(encoding="utf-8")) is None
    fresh(path)  # validated again, and the entry rewritten for this code
    assert caching.recall(path.read_text(encoding="utf-8")) is not None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a pickle at all",
        pickle.dumps({"rubric": "nope"}),
        pickle.dumps(("wrong", "shape")),
    ],
    ids=["empty", "garbage", "foreign", "short"],
)
def test_a_broken_entry_is_ignored_and_replaced(cache, tmp_path, content):
    path = own_rubric(tmp_path)
    first = fresh(path)
    [entry] = entries(cache)
    entry.write_bytes(content)
    entry.chmod(0o600)
    assert caching.recall(path.read_text(encoding="utf-8")) is None
    assert fresh(path) == first
    assert caching.recall(path.read_text(encoding="utf-8")) == first


def test_an_entry_for_other_text_is_ignored(cache, tmp_path):
    path = own_rubric(tmp_path)
    first = fresh(path)
    [entry] = entries(cache)
    fingerprint, _, rubric = pickle.loads(entry.read_bytes())  # noqa: S301 - the test's own file
    entry.write_bytes(pickle.dumps((fingerprint, "other text", rubric)))
    assert caching.recall(path.read_text(encoding="utf-8")) is None
    assert fresh(path) == first


def test_an_entry_others_can_write_is_not_trusted(cache, tmp_path):
    path = own_rubric(tmp_path)
    fresh(path)
    [entry] = entries(cache)
    entry.chmod(0o666)
    assert caching.recall(path.read_text(encoding="utf-8")) is None


def test_an_unwritable_cache_never_stops_a_run(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("PKM_CACHE_DIR", str(blocker / "cache"))
    path = own_rubric(tmp_path)
    assert fresh(path).id == "milik-kami"
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_an_empty_cache_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("PKM_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert caching.cache_dir() is None
    fresh(own_rubric(tmp_path))
    assert not (tmp_path / "xdg").exists()


def test_the_cache_lives_in_the_users_cache_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("PKM_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert caching.cache_dir() == tmp_path / "xdg" / "pkm"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert caching.cache_dir() == tmp_path / "home" / ".cache" / "pkm"


def run_score(args: list[str], cache_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run `pkm score` in a fresh interpreter; it prints which libraries it loaded."""
    code = (
        "import sys\n"
        "from pkmcli.cli import main\n"
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
        env={**os.environ, "PKM_CACHE_DIR": str(cache_dir), "COLUMNS": "100"},
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("output_format", ["table", "json", "jsonl", "csv", "junit", "md"])
def test_scoring_with_a_kept_rubric_loads_no_validation_library(tmp_path, output_format):
    """What keeps `pkm score one.yaml` quick: the second run leaves pydantic unloaded."""
    args = ["score", str(EXAMPLE), "--format", output_format]
    first = run_score(args, tmp_path / "cache")
    assert first.returncode == 0, first.stderr
    assert first.stderr.splitlines()[-1] == "loaded: pydantic"
    second = run_score(args, tmp_path / "cache")
    assert second.returncode == 0, second.stderr
    assert second.stderr.splitlines()[-1] == "loaded:"
    assert second.stdout == first.stdout

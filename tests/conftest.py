"""Shared fixtures: answers files on disk and a CLI runner that keeps stdout and stderr apart."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pkmcli.messages.core import reset_language

WriteAnswers = Callable[..., Path]


@pytest.fixture(autouse=True)
def default_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Start every test in the default language, whatever an earlier command chose."""
    monkeypatch.delenv("PKM_LANG", raising=False)
    reset_language()
    yield
    reset_language()


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every test as outside CI and without colour settings, even when CI runs the suite."""
    for name in ("GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Say every message in English: the core's, and a command's run without ``--lang``."""
    monkeypatch.setenv("PKM_LANG", "en")
    reset_language()


@pytest.fixture
def write_answers(tmp_path: Path) -> WriteAnswers:
    """Return a factory writing ``text`` to a file in ``tmp_path`` (default name ``jawaban.yaml``)."""

    def write(text: str, name: str = "jawaban.yaml") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def runner() -> CliRunner:
    """Return a CliRunner; ``result.stdout`` and ``result.stderr`` are captured separately."""
    return CliRunner()


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work in an empty folder, so that file names in messages are short and relative."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return tmp_path

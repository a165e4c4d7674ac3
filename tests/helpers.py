"""Paths and small helpers shared by the tests (fixtures are in conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pkmcli.batch.records import IndicatorFigure, Scorecard

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SRC = ROOT / "src" / "pkmcli"
DATA = TESTS / "data"
GOLDEN = TESTS / "golden"
HOSTILE = TESTS / "hostile"
EXAMPLES = ROOT / "examples"
README = ROOT / "README.md"
MINI_RUBRIC = DATA / "rubric-mini.yaml"
# Golden files are rewritten instead of compared when this is set.
UPDATE_GOLDEN = os.environ.get("PKM_UPDATE_GOLDEN") == "1"


def check_golden(name: str, text: str) -> None:
    """Compare ``text`` with the golden file ``name``, or rewrite it under PKM_UPDATE_GOLDEN=1."""
    path = GOLDEN / name
    if UPDATE_GOLDEN:
        path.write_text(text, encoding="utf-8", newline="")
    assert path.is_file(), f"{path} is missing; rerun with PKM_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} differs from its golden file; rerun with PKM_UPDATE_GOLDEN=1 and review the diff"
    )


def run_pkm(*args: str, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m pkmcli ARGS`` in a fresh process, as a user's shell would."""
    return subprocess.run(
        [sys.executable, "-m", "pkmcli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env={**os.environ, **env},
        timeout=120,
        check=False,
    )


def scorecard(file: str, percent: float, *, unit: str | None = "Unit", rubric: str = "pkp-2019"):
    """Return a scorecard of indicators a (weight 4) and b (weight 6) at ``percent`` each."""
    figures = (
        IndicatorFigure("a", "Satu", 4.0, 4.0 * percent / 100, percent),
        IndicatorFigure("b", "Dua", 6.0, 6.0 * percent / 100, percent),
    )
    return Scorecard(
        file, rubric, unit, "2026", None, percent / 10, 10.0, percent, figures, ("b.2",), ()
    )

"""Tests mirror the source tree: each module has a test module, or a reason here why not."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from helpers import SRC, TESTS

# Modules tested through another module's tests, and where.
UNTESTED = {
    "answers/checking.py": "the core of `pkm validate`: tests/cli/test_validate.py",
    "batch/formats/json_lines.py": "with the JSON array: tests/batch/formats/test_json_array.py",
    "batch/gathering.py": "the runner's state: tests/batch/test_runner.py",
    "batch/records.py": "scorecards, in every format and gate test",
    "batch/summary.py": "the summary's words: golden tables and Markdown in batch/formats",
    "cli/assess.py": "in a real terminal: tests/interview/test_terminal.py",
    "cli/report.py": "through `pkm report`: tests/report/test_building.py",
    "console/trees.py": "through `pkm rubric show`: tests/cli/test_rubric.py",
    "files/reading.py": "the hostile-input corpus: tests/files/test_guards.py",
    "files/shipped.py": "one function, used by every test of a shipped rubric or template",
    "interview/screens.py": "the interview's screens: tests/interview/test_flow.py",
    "language.py": "one type",
    "report/labels.py": "the report's words: golden reports in tests/report/test_building.py",
    "report/views.py": "plain data: golden reports in tests/report/test_building.py",
    "rubric/rules.py": "with the model: tests/rubric/test_model.py",
    "rubric/validation.py": "with the model: tests/rubric/test_model.py",
    "scoring/plans.py": "with the fast lane: tests/batch/test_lane.py",
    "cli/skm.py": "the command, with the survey package: tests/survey/test_skm.py",
    "survey/counts.py": "the counting's state: tests/survey/test_tally.py",
    "survey/definition.py": "survey files, loaded and checked: tests/survey/test_catalog.py",
    "survey/folding.py": "with the labels it folds: tests/survey/test_labels.py",
    "survey/mapping.py": "--map and mapping files: tests/survey/test_columns.py and test_skm.py",
    "survey/profiles.py": "respondents' profile counts: tests/survey/test_checks.py",
    "survey/result.py": "the JSON contract: tests/survey/test_arithmetic.py and test_skm.py",
    "survey/running.py": "the whole calculation: tests/survey/test_skm.py",
    "survey/sources.py": "which reader a file needs: tests/survey/test_reading.py",
    "survey/totals.py": "totals over files and groups: tests/survey/test_tally.py",
    "workbook/cells.py": "located cells of an import: tests/cli/test_imports.py, "
    "tests/workbook/test_importing.py",
    "workbook/sheets.py": "what an import gathers: tests/workbook/test_importing.py",
    "workbook/own_layout.py": "pkm's own layout read back: tests/cli/test_imports.py",
    "workbook/official_layout.py": "the official layout: tests/workbook/test_importing.py",
    "workbook/exporting.py": "single and portfolio exports: tests/cli/test_export.py, "
    "tests/workbook/test_writing.py",
}


def source_modules() -> list[str]:
    """Every module but the catalogue's areas (all held by tests/messages/test_core.py)."""
    return sorted(
        str(p.relative_to(SRC))
        for p in SRC.rglob("*.py")
        if p.name not in {"__init__.py", "__main__.py"}
        and not (p.parent.name == "messages" and p.name != "core.py")
    )


def mirror_of(relative: str) -> Path:
    path = Path(relative)
    return TESTS / path.parent / f"test_{path.name}"


def test_every_module_has_a_test_module_or_a_reason():
    missing = [m for m in source_modules() if not mirror_of(m).exists() and m not in UNTESTED]
    assert missing == [], "add a test module, or say in UNTESTED where the module is tested"


def test_reasons_name_only_modules_without_a_test_module():
    stale = [m for m in UNTESTED if m not in source_modules() or mirror_of(m).exists()]
    assert stale == []


def wordings() -> list[tuple[str, str]]:
    found = []
    for relative in source_modules():
        name = "pkmcli." + relative.removesuffix(".py").replace("/", ".")
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if isinstance(value, dict) and set(value) == {"id", "en"}:
                found.append((name, attr))
    return found


@pytest.mark.parametrize(("module", "attr"), wordings())
def test_every_wording_exists_in_both_languages(module, attr):
    words = getattr(importlib.import_module(module), attr)
    if all(isinstance(v, dict) for v in words.values()):
        assert set(words["id"]) == set(words["en"])
    else:
        assert len(words["id"]) == len(words["en"])

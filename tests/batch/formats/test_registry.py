"""The format registry: what each output needs of every file, and memory flat when streaming."""

from __future__ import annotations

import random

import pytest

from helpers import SRC
from pkmcli.batch.formats.registry import FORMATS, needs, renderer
from pkmcli.batch.gathering import Batch
from pkmcli.batch.scorer import Job
from pkmcli.batch.workers import score_files
from pkmcli.cli.main import app
from pkmcli.rubric.catalog import load_rubric

# Option keys of the default rubric, criterion by criterion.
KEYS = {c.id: [o.key for o in c.choices] for c in load_rubric("pkp-2019").all_criteria()}


ALL_A = "rubric: pkp-2019\nunit: Unit A\nanswers:\n" + "".join(
    f"  {ident}: {keys[0]}\n" for ident, keys in KEYS.items()
)


def varied_answers(rng: random.Random, unit: str) -> str:
    """Return an answers file with short and long answers, notes, skips and odd case."""
    lines = ["rubric: pkp-2019", f"unit: {unit}", 'period: "2026"', "answers:"]
    for ident, keys in KEYS.items():
        roll = rng.random()
        key = rng.choice(keys)
        if roll < 0.1:
            continue
        if roll < 0.2:
            lines.append(f"  {ident}:")
        elif roll < 0.4:
            lines += [f"  {ident}:", f"    answer: {key.upper()}", f"    note: catatan {unit}"]
            lines.append(f"    evidence: [bukti/{ident}.pdf]")
        else:
            lines.append(f"  {ident}: {key}")
    return "\n".join(lines) + "\n"


@pytest.fixture(autouse=True)
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return tmp_path


@pytest.mark.parametrize(
    ("stdout", "files", "gates", "wanted"),
    [
        ("jsonl", [], False, (False, False, False, True)),
        ("jsonl", [], True, (False, True, False, True)),
        ("jsonl", ["md"], False, (False, True, False, True)),
        ("jsonl", ["jsonl"], False, (True, False, False, True)),
        ("md", ["csv"], False, (True, True, False, False)),
        ("json", [], False, (True, False, True, False)),
        ("table", ["json", "jsonl"], False, (True, True, True, True)),
    ],
)
def test_only_what_an_output_needs_is_made_and_kept(stdout, files, gates, wanted):
    assert needs(stdout, files, gates=gates, summary=False) == wanted
    assert needs(stdout, files, gates=gates, summary=True).cards


def test_jsonl_keeps_no_outcomes_so_memory_stays_flat(here):
    for number in range(3):
        (here / f"u{number}.yaml").write_text(ALL_A, encoding="utf-8")
    job = Job(make_line=True)
    run = Batch(job, keep=False)
    with score_files(["u0.yaml", "u1.yaml", "u2.yaml"], job) as outcomes:
        lines = [outcome.line for outcome in outcomes if not run.add(outcome)]
    assert len(lines) == 3
    assert run.outcomes == []
    assert run.portfolio.scored == 3


def test_every_format_module_is_registered_and_renders():
    """Adding a format is one module and one line: neither may be missing."""
    folder = SRC / "batch" / "formats"
    modules = {p.stem for p in folder.glob("*.py")} - {"__init__", "registry"}
    assert {f.module for f in FORMATS.values()} == modules
    for name in FORMATS:
        assert callable(renderer(name))


def test_the_choices_of_format_and_output_come_from_the_registry(runner):
    done = runner.invoke(app, ["score", "--help"])
    assert "<" + "|".join(FORMATS) + ">" in " ".join(done.stdout.split())
    assert f"Also write FORMAT ({', '.join(FORMATS)})" in " ".join(done.stdout.split())

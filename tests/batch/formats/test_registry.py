"""The format registry: what each output needs of every file, and memory flat when streaming."""

from __future__ import annotations

import pytest

from helpers import KEYS, SRC
from pkmcli.batch.formats.registry import FORMATS, needs, renderer
from pkmcli.batch.gathering import Batch
from pkmcli.batch.scorer import Job
from pkmcli.batch.workers import score_files
from pkmcli.cli.main import app

pytestmark = pytest.mark.usefixtures("here")

# Option keys of the default rubric, criterion by criterion.


ALL_A = "rubric: pkp-2019\nunit: Unit A\nanswers:\n" + "".join(
    f"  {ident}: {keys[0]}\n" for ident, keys in KEYS.items()
)


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
    # The help's language is the environment's at import, so only its fields are compared.
    assert f"FORMAT ({', '.join(FORMATS)})" in " ".join(done.stdout.split())


def test_a_format_gets_only_the_options_it_names():
    batch = Batch(Job(), keep=True)
    csv_text = renderer("csv", {"csv_dialect": "excel-id", "other": "x"})(
        batch, "id", lambda *_: None
    )
    assert csv_text.startswith("\N{BYTE ORDER MARK}file;rubric;")
    assert renderer("csv")(batch, "id", lambda *_: None).startswith("file,rubric,")
    assert renderer("md", {"csv_dialect": "excel-id"}) is renderer("md")

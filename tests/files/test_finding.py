"""Finding input files: folders walked, patterns matched, sorted, hidden folders skipped."""

from __future__ import annotations

import pytest

from pkmcli.files.finding import expand_inputs
from pkmcli.messages.core import use_language
from pkmcli.rubric.catalog import load_rubric

pytestmark = pytest.mark.usefixtures("here")

# Option keys of the default rubric, criterion by criterion.
KEYS = {c.id: [o.key for o in c.choices] for c in load_rubric("pkp-2019").all_criteria()}


ALL_A = "rubric: pkp-2019\nunit: Unit A\nanswers:\n" + "".join(
    f"  {ident}: {keys[0]}\n" for ident, keys in KEYS.items()
)


def test_inputs_expand_folders_and_patterns_sorted_without_repeats(here):
    names = ("x/b.yaml", "x/sub/a.yml", "x/c.json", "x/notes.txt", "d.yaml", "x/.github/ci.yml")
    for name in (*names, "x/.hidden.yaml"):
        (here / name).parent.mkdir(parents=True, exist_ok=True)
        (here / name).write_text(ALL_A, encoding="utf-8")
    paths, problems = expand_inputs(["x", "x/*.yaml", "d.yaml", "nothing-*.yaml", "gone.yaml"])
    assert paths == ["d.yaml", "x/b.yaml", "x/c.json", "x/sub/a.yml"]
    assert [p.render() for p in problems] == [
        "nothing-*.yaml: tidak ada berkas yang cocok dengan pola ini",
        "gone.yaml: berkas atau folder tidak ditemukan",
    ]
    use_language("en")
    _, problems = expand_inputs(["nothing-*.yaml", "gone.yaml"])
    assert [p.render() for p in problems] == [
        "nothing-*.yaml: no files match this pattern",
        "gone.yaml: no such file or directory",
    ]

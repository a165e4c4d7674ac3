"""Formats `json` and `jsonl`: the records of the scored files only."""

from __future__ import annotations

import json

from helpers import scorecard as card
from pkmcli.batch.formats.json_array import json_text
from pkmcli.batch.formats.json_lines import jsonl_text
from pkmcli.batch.scorer import Outcome
from pkmcli.errors import Problem


def test_json_and_jsonl_hold_every_file_invalid_ones_with_their_problems():
    records = [{"file": "a.yaml", "percent": 50.0}, {"file": "b.yaml", "percent": 75.5}]
    outcomes = [
        Outcome("a.yaml", card("a.yaml", 50.0), records[0], json.dumps(records[0])),
        Outcome("x.yaml", problems=(Problem("x.yaml", "bad"),)),
        Outcome("b.yaml", card("b.yaml", 75.5), records[1], json.dumps(records[1])),
    ]
    invalid = {
        "file": "x.yaml",
        "valid": False,
        "problems": [
            {"line": None, "column": None, "key": None, "message": "bad", "text": "x.yaml: bad"}
        ],
    }
    expected = [records[0], invalid, records[1]]
    assert json.loads(json_text(outcomes)) == expected
    assert [json.loads(line) for line in jsonl_text(outcomes).splitlines()] == expected
    skipped = [Outcome("r.yaml", skipped="a rubric, not answers")]
    assert (json_text(skipped), jsonl_text(skipped)) == ("[]\n", "")

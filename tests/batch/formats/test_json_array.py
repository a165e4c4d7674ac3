"""Formats `json` and `jsonl`: the records of the scored files only."""

from __future__ import annotations

import json

from helpers import scorecard as card
from pkmcli.batch.formats.json_array import json_text
from pkmcli.batch.formats.json_lines import jsonl_text
from pkmcli.batch.scorer import Outcome
from pkmcli.errors import Problem


def test_json_and_jsonl_hold_the_records_of_scored_files_only():
    records = [{"file": "a.yaml", "percent": 50.0}, {"file": "b.yaml", "percent": 75.5}]
    outcomes = [
        Outcome("a.yaml", card("a.yaml", 50.0), records[0], json.dumps(records[0])),
        Outcome("x.yaml", problems=(Problem("x.yaml", "bad"),)),
        Outcome("b.yaml", card("b.yaml", 75.5), records[1], json.dumps(records[1])),
    ]
    assert json.loads(json_text(outcomes)) == records
    assert [json.loads(line) for line in jsonl_text(outcomes).splitlines()] == records

"""Format `json`: one JSON array of the contract's result objects (and invalid files)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from pkmcli.batch.gathering import Batch
from pkmcli.batch.scorer import Outcome
from pkmcli.batch.summary import Describe
from pkmcli.language import Lang
from pkmcli.scoring.contract import invalid_record


def render(batch: Batch, lang: Lang, describe: Describe) -> str:  # noqa: ARG001 - one signature for every format
    """Return the result objects of the scored files as one JSON array."""
    return json_text(batch.outcomes)


def json_text(outcomes: Iterable[Outcome]) -> str:
    """Return one JSON array: the result object of each file, or its problems when invalid."""
    records = [
        o.record if o.record is not None else invalid_record(o.file, o.problems)
        for o in outcomes
        if o.record is not None or o.problems
    ]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"

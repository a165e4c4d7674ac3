"""Format `json`: one JSON array of the contract's result objects, full precision."""

from __future__ import annotations

import json
from collections.abc import Iterable

from pkmcli.batch.gathering import Batch
from pkmcli.batch.scorer import Outcome
from pkmcli.batch.summary import Describe
from pkmcli.language import Lang


def render(batch: Batch, lang: Lang, describe: Describe) -> str:  # noqa: ARG001 - one signature for every format
    """Return the result objects of the scored files as one JSON array."""
    return json_text(batch.outcomes)


def json_text(outcomes: Iterable[Outcome]) -> str:
    """Return one JSON array of the result objects of the scored files."""
    records = [o.record for o in outcomes if o.record is not None]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"

"""Format `jsonl`: one result object per line, streamed as each file is scored."""

from __future__ import annotations

from collections.abc import Iterable

from pkmcli.batch.gathering import Batch
from pkmcli.batch.scorer import Outcome
from pkmcli.batch.summary import Describe
from pkmcli.language import Lang


def render(batch: Batch, lang: Lang, describe: Describe) -> str:  # noqa: ARG001 - one signature for every format
    """Return one result object per line, for the scored files."""
    return jsonl_text(batch.outcomes)


def jsonl_text(outcomes: Iterable[Outcome]) -> str:
    """Return one result object per line, for the scored files."""
    return "".join(f"{o.line}\n" for o in outcomes if o.line is not None)

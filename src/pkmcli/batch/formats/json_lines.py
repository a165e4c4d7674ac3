"""Format `jsonl`: one result object per line, streamed as each file is scored."""

from __future__ import annotations

import json
from collections.abc import Iterable

from pkmcli.batch.gathering import Batch
from pkmcli.batch.scorer import Outcome
from pkmcli.batch.summary import Describe
from pkmcli.language import Lang
from pkmcli.scoring.contract import invalid_record


def render(batch: Batch, lang: Lang, describe: Describe) -> str:  # noqa: ARG001 - one signature for every format
    """Return one result object per line, for the scored files."""
    return jsonl_text(batch.outcomes)


def jsonl_text(outcomes: Iterable[Outcome]) -> str:
    """Return one object per line: each file's result, or its problems when invalid."""
    return "".join(f"{line}\n" for o in outcomes if (line := outcome_line(o)) is not None)


def outcome_line(outcome: Outcome) -> str | None:
    """Return a file's JSON line: its result, its problems, or None (skipped, or not asked)."""
    if outcome.line is not None:
        return outcome.line
    if outcome.problems:
        return json.dumps(invalid_record(outcome.file, outcome.problems), ensure_ascii=False)
    return None

"""Values a shell completes after ``--rubric`` and ``--stage``: the shipped rubrics' own.

These run only while a shell completes a command line (``_PKM_COMPLETE`` set), never in a
command. They read the validated snapshots of the shipped rubrics as plain JSON, which costs
a few milliseconds where loading the rubrics would cost their validation.
"""

# No `from __future__ import annotations`: the CLI library reads these signatures.
from pathlib import Path
from typing import Any


def _snapshots() -> dict[str, dict[str, Any]]:
    """Map each shipped rubric id to its snapshot's rubric data (empty when unreadable)."""
    import json  # noqa: PLC0415 - only while completing

    from pkmcli.files.shipped import data_dir  # noqa: PLC0415

    found: dict[str, dict[str, Any]] = {}
    for path in sorted(data_dir("rubrics").glob("*.yaml")):
        snapshot = Path(path.parent, "validated", f"{path.stem}.json")
        try:
            data = json.loads(snapshot.read_text(encoding="utf-8"))["rubric"]
        except (OSError, ValueError, KeyError, TypeError):
            data = {}
        found[path.stem] = data if isinstance(data, dict) else {}
    return found


def _text(value: Any) -> str:
    """Return a text of the snapshot in the language messages are said in."""
    from pkmcli.messages.core import language  # noqa: PLC0415

    return str(value.get(language(), "")) if isinstance(value, dict) else ""


def complete_rubric(incomplete: str) -> list[tuple[str, str]]:
    """Offer the shipped rubric ids that start with what is typed, each with its title."""
    return [
        (ident, _text(data.get("title")))
        for ident, data in _snapshots().items()
        if ident.startswith(incomplete)
    ]


def complete_review_stage(incomplete: str) -> list[tuple[str, str]]:
    """Offer the review stage ids the shipped rubrics declare, each with its label."""
    return _stages(incomplete, {})


def complete_stage(incomplete: str) -> list[tuple[str, str]]:
    """Offer every stage a result can describe: the unit's own, then the review stages."""
    from pkmcli.rubric.model import UNIT_STAGE  # noqa: PLC0415 - only while completing

    return _stages(incomplete, {UNIT_STAGE: "Unit"})


def _stages(incomplete: str, stages: dict[str, str]) -> list[tuple[str, str]]:
    """Add the shipped rubrics' stages to ``stages``, in order; keep those that match."""
    for data in _snapshots().values():
        for stage in data.get("stages") or ():
            ident = stage.get("id") if isinstance(stage, dict) else None
            if isinstance(ident, str) and ident not in stages:
                stages[ident] = _text(stage.get("label"))
    return [(ident, label) for ident, label in stages.items() if ident.startswith(incomplete)]

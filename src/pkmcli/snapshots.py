"""Validated snapshots of the shipped rubrics, so that scoring needs no validation library.

Validating a rubric takes pydantic, which takes longer to load than the rest of a short
`pkm score` run. Each shipped rubric therefore ships with the result of its validation as
plain JSON (``rubrics/validated/ID.json``), together with the length and CRC-32 of the YAML
text it came from. A run uses the snapshot only when the YAML it just read still matches;
after any edit it validates the YAML as for any other rubric. The snapshots are made, and
checked to be current, by ``tests/test_snapshots.py``.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path

from pkmcli.models import Rubric, from_data, to_data

FORMAT = 1


def snapshot_path(rubric_file: Path) -> Path:
    """Return where the snapshot of a shipped rubric file lives."""
    return rubric_file.parent / "validated" / f"{rubric_file.stem}.json"


def _source(text: str) -> dict[str, int]:
    data = text.encode("utf-8", "surrogatepass")
    return {"bytes": len(data), "crc32": zlib.crc32(data)}


def snapshot_text(rubric: Rubric, text: str) -> str:
    """Return the snapshot of ``rubric``, validated from the YAML ``text``."""
    snapshot = {"format": FORMAT, "source": _source(text), "rubric": to_data(rubric)}
    return json.dumps(snapshot, ensure_ascii=False, indent=1) + "\n"


def recall(rubric_file: Path, text: str) -> Rubric | None:
    """Return the shipped rubric from its snapshot, or None when ``text`` no longer matches."""
    try:
        snapshot = json.loads(snapshot_path(rubric_file).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    if snapshot["format"] != FORMAT or snapshot["source"] != _source(text):
        return None
    rubric: Rubric = from_data(Rubric, snapshot["rubric"])
    rubric.derive()
    return rubric

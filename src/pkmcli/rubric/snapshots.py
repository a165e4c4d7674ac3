"""Validated snapshots of the shipped rubrics, so that scoring needs no validation library.

Validating a rubric takes pydantic, which takes longer to load than the rest of a short
`pkm score` run. Each shipped rubric therefore ships with the result of its validation as
plain JSON (``rubrics/validated/ID.json``), together with the length and CRC-32 of the YAML
text it came from and of the rubric model's source. A run uses the snapshot only when both
still match; after an edit to either it validates the YAML as for any other rubric. The
snapshots are made, and checked to be current, by ``tests/test_snapshots.py``.
"""

from __future__ import annotations

import functools
import json
import zlib
from pathlib import Path

from pkmcli.rubric import model, rules
from pkmcli.rubric.model import Rubric, from_data, to_data

FORMAT = 1


def snapshot_path(rubric_file: Path) -> Path:
    """Return where the snapshot of a shipped rubric file lives."""
    return rubric_file.parent / "validated" / f"{rubric_file.stem}.json"


def _digest(data: bytes) -> dict[str, int]:
    return {"bytes": len(data), "crc32": zlib.crc32(data)}


# Every module the rubric model's code lives in: its classes and the rules they check.
MODEL_MODULES = (model, rules)


@functools.cache
def _model_digest(sources: tuple[str, ...]) -> dict[str, int] | None:
    try:
        return _digest(b"".join(Path(source).read_bytes() for source in sources))
    except OSError:
        return None


def _sources(text: str) -> dict[str, dict[str, int] | None]:
    """Identify the rubric text and the model code a snapshot comes from."""
    code = _model_digest(tuple(module.__file__ or "" for module in MODEL_MODULES))
    return {"rubric": _digest(text.encode("utf-8", "surrogatepass")), "model": code}


def snapshot_text(rubric: Rubric, text: str) -> str:
    """Return the snapshot of ``rubric``, validated from the YAML ``text``."""
    snapshot = {"format": FORMAT, "sources": _sources(text), "rubric": to_data(rubric)}
    return json.dumps(snapshot, ensure_ascii=False, indent=1) + "\n"


def recall(rubric_file: Path, text: str) -> Rubric | None:
    """Return the shipped rubric from its snapshot, or None when ``text`` no longer matches."""
    try:
        snapshot = json.loads(snapshot_path(rubric_file).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    if snapshot.get("format") != FORMAT or snapshot.get("sources") != _sources(text):
        return None
    rubric: Rubric = from_data(Rubric, snapshot["rubric"])
    rubric.derive()
    return rubric

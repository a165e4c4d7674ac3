"""Find, load and validate rubrics: the shipped ones by id, or any YAML file by path."""

from __future__ import annotations

import functools
from pathlib import Path

from pkmcli.errors import PkmError, suggest
from pkmcli.files.reading import file_document, parse_document, read_text
from pkmcli.files.shipped import data_dir
from pkmcli.language import Lang
from pkmcli.rubric import snapshots
from pkmcli.rubric.model import Rubric
from pkmcli.rubric.validation import rubric_from_document

DEFAULT_RUBRIC = "pkp-2019"


def shipped_rubrics() -> dict[str, Path]:
    """Map each shipped rubric id to its file."""
    folder = data_dir("rubrics")
    return {path.stem: path for path in sorted(folder.glob("*.yaml"))}


@functools.cache
def _load_path(path: Path, display: str, *, shipped: bool = False) -> Rubric:
    text = read_text(path, display)
    rubric = snapshots.recall(path, text) if shipped else None
    return rubric or rubric_from_document(file_document(path, text, display))


def load_rubric(ref: str | None) -> Rubric:
    """Load a shipped rubric by id, or a rubric YAML file by path; default ``pkp-2019``."""
    ref = ref or DEFAULT_RUBRIC
    shipped = shipped_rubrics()
    if ref in shipped:
        return _load_path(shipped[ref], str(shipped[ref]), shipped=True)
    path = Path(ref)
    if path.suffix.lower() in {".yaml", ".yml", ".json"} or path.exists():
        return _load_path(path.resolve(), ref)
    raise PkmError.single(
        "--rubric",
        f"'{ref}' is neither a shipped rubric id nor a rubric file{suggest(ref, shipped)} "
        f"(shipped: {', '.join(shipped)})",
    )


def parse_rubric(text: str, name: str) -> Rubric:
    """Validate rubric YAML text, as for a file called ``name``."""
    return rubric_from_document(parse_document(text, name))


def shipped_listing(lang: Lang) -> list[str]:
    """Return one line per shipped rubric: id, version and title, separated by tabs."""
    return [
        f"{ident}\t{rubric.version}\t{rubric.title.get(lang)}"
        for ident in shipped_rubrics()
        for rubric in (load_rubric(ident),)
    ]

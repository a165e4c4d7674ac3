"""Find, load and validate rubrics: the shipped ones by id, or any YAML file by path."""

from __future__ import annotations

import functools
from pathlib import Path

from pkmcli.errors import PkmError, suggest
from pkmcli.files.reading import file_document, parse_document, read_text
from pkmcli.files.shipped import data_dir
from pkmcli.language import Lang
from pkmcli.messages.core import say
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
        rubric = _load_path(path.resolve(), ref)
        check_own_id(rubric, path, ref)
        return rubric
    hint = suggest(ref, shipped)
    raise PkmError.single(
        "--rubric", say("rubric.unknown_ref", ref=ref, hint=hint, shipped=", ".join(shipped))
    )


def check_own_id(rubric: Rubric, path: Path, shown: str) -> None:
    """Refuse a rubric of the user's that takes a shipped rubric's id (but not that very file).

    Answers files name their rubric by id; two rubrics with one id would score the same file
    two ways without a word.
    """
    shipped = shipped_rubrics().get(rubric.id)
    if shipped is None or shipped.resolve() == path.resolve():
        return
    raise PkmError.single(shown, say("rubric.shipped_id", id=rubric.id), line=1, column=1)


def rubric_file(ref: str | None) -> Path:
    """Return the file a rubric reference names: a shipped rubric's, or the path itself."""
    ref = ref or DEFAULT_RUBRIC
    return shipped_rubrics().get(ref) or Path(ref)


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


def export_rubric(ref: str, target: Path | None, *, force: bool = False) -> tuple[str, str]:
    """Return a rubric file's text, written to ``target`` unless None, and a note on it.

    The copy is the file as shipped, byte for byte, for a quality office to edit.
    """
    from pkmcli.errors import UsageError  # noqa: PLC0415
    from pkmcli.files.writing import check_not_an_input, check_writable, write_atomic  # noqa: PLC0415

    source = rubric_file(ref)
    load_rubric(ref)  # a bad reference stops here, with the usual message
    text = read_text(source, str(source))
    if target is None:
        return text, ""
    shown = str(target)
    check_not_an_input(target, shown, [("rubric file", str(source))])
    if target.exists() and not target.is_dir() and not force:
        raise UsageError.single(shown, say("files.exists"))
    check_writable(target, shown)
    write_atomic(target, text)
    return text, say("rubric.exported", target=target, source=source)

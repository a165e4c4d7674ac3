"""Remember validated rubrics, so that a run scoring one file need not validate its rubric.

Validating a rubric needs the validation library, which takes longer to start than the rest
of a short run. A rubric that passed is kept in the user's cache folder together with its
exact text and a fingerprint of the code that validated it; a later run takes it from there
only when both match, so an edited rubric or a new pkm version is validated afresh.

The cache is an aid, never a requirement: an entry that cannot be read or written is ignored.
``PKM_CACHE_DIR`` moves it; set to an empty value, it turns the cache off.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import tempfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from pkmcli import __version__, models

if TYPE_CHECKING:
    from pkmcli.models import Rubric

# Raise when the layout of an entry changes.
FORMAT = 1


def cache_dir() -> Path | None:
    """Return the folder for cached rubrics, or None when caching is off."""
    configured = os.environ.get("PKM_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path("~/.cache").expanduser())
    if base.startswith("~"):  # no home folder to expand into
        return None
    return Path(base) / "pkm"


def _fingerprint() -> tuple[object, ...]:
    """What must not change between writing an entry and trusting it."""
    try:
        rules = zlib.crc32(Path(models.__file__).read_bytes())
    except OSError:
        rules = None
    return (FORMAT, __version__, sys.version_info[:2], rules)


def _entry(folder: Path, text: str) -> Path:
    data = text.encode("utf-8", "surrogatepass")
    return folder / f"rubric-{zlib.crc32(data):08x}-{len(data)}.pickle"


def _trusted(handle_fd: int) -> bool:
    """Only an entry the user owns and nobody else can write may be loaded."""
    info = os.fstat(handle_fd)
    owner_ok = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return owner_ok and not info.st_mode & 0o022


def recall(text: str) -> Rubric | None:
    """Return the rubric validated earlier from exactly ``text``, if the cache holds it."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with _entry(folder, text).open("rb") as handle:
            if not _trusted(handle.fileno()):
                return None
            fingerprint, source, rubric = pickle.load(handle)  # noqa: S301 - the user's own file
    except Exception:  # noqa: BLE001 - missing, unreadable, torn or foreign: validate again
        return None
    if fingerprint != _fingerprint() or source != text or not isinstance(rubric, models.Rubric):
        return None
    return rubric


def keep(text: str, rubric: Rubric) -> None:
    """Store a rubric validated from ``text``; quietly give up when the cache is not writable."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        data = pickle.dumps((_fingerprint(), text, rubric), protocol=pickle.HIGHEST_PROTOCOL)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".rubric-", suffix=".tmp")
    except (OSError, pickle.PicklingError):
        return
    written = Path(temporary)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        written.replace(_entry(folder, text))
    except OSError:
        with contextlib.suppress(OSError):
            written.unlink()

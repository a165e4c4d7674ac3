"""Write files so that a crash leaves either the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from pkmcli.errors import PkmError, UsageError, os_reason
from pkmcli.messages.core import say


def unwritable(path: Path) -> str | None:
    """Say why ``path`` cannot be written, as far as can be told before writing (None: it can)."""
    parent = path.parent
    if path.is_dir():
        return say("files.target_is_directory")
    if not parent.exists():
        return say("files.no_parent", parent=parent)
    if not parent.is_dir():
        return say("files.parent_not_directory", parent=parent)
    if path.exists() and not path.is_file():
        # A device or pipe is written in place, whatever its folder allows.
        return None if os.access(path, os.W_OK) else say("files.cannot_write_permission")
    if not os.access(parent, os.W_OK | os.X_OK):
        return say("files.parent_not_writable", parent=parent)
    return None


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


# The kinds of input an output may turn out to be, as callers name them, and how each is said.
_INPUT_KINDS = {
    "answers file": "files.is_answers_file",
    "rubric file": "files.is_rubric_file",
    "baseline": "files.is_baseline",
}


def check_not_an_input(target: Path, shown: str, inputs: Iterable[tuple[str, str]]) -> None:
    """Refuse (exit 2) an output that is one of the command's inputs, also through a link.

    ``inputs`` are (what, path) pairs such as ``("answers file", "jawaban.yaml")``; only an
    output that already exists can be one of them, so nothing is looked at otherwise.
    """
    mine = _identity(target)
    if mine is None or not target.is_file():
        return
    for what, name in inputs:
        if _identity(Path(name)) == mine:
            key = _INPUT_KINDS.get(what, "files.is_input")
            raise UsageError.single(shown, say(key, name=name))


def check_writable(path: Path, shown: str, error: type[PkmError] = UsageError) -> None:
    """Refuse a path that cannot be written, before any work is done for it (exit 2)."""
    why = unwritable(path)
    if why is not None:
        raise error.single(shown, why)


def _failure(shown: str, exc: OSError) -> PkmError:
    return PkmError.single(shown, say("files.cannot_write", reason=os_reason(exc)))


def _real_target(path: Path, shown: str) -> Path:
    """Follow a symbolic link, so the link keeps pointing at the file it names."""
    if not path.is_symlink():
        return path
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # Python 3.11 raises RuntimeError on a symlink loop
        raise PkmError.single(shown, say("files.cannot_write_link_loop")) from None


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same directory, then rename.

    The file keeps the permissions (and, where allowed, the owner) of the one it replaces.
    Devices and pipes such as ``/dev/stdout`` are written in place: they cannot be renamed over.
    """
    shown = str(path)
    check_writable(path, shown, PkmError)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise PkmError.single(shown, say("files.cannot_write_unicode")) from None
    write_atomic_bytes(path, data)


def write_atomic_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` as ``write_atomic`` writes text (a workbook, for one)."""
    shown = str(path)
    check_writable(path, shown, PkmError)
    try:
        info: os.stat_result | None = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _failure(shown, exc) from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_in_place(path, data, shown)
        return
    target = _real_target(path, shown)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise _failure(shown, exc) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(tmp, info)
        tmp.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _failure(shown, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_directory(target.parent)


def _copy_mode(tmp: Path, info: os.stat_result | None) -> None:
    if info is None:
        # mkstemp creates files readable by the owner only; a new file gets the usual mode.
        umask = os.umask(0)
        os.umask(umask)
        tmp.chmod(0o666 & ~umask)
        return
    if sys.platform != "win32" and (info.st_uid, info.st_gid) != (os.geteuid(), os.getegid()):
        # Only a privileged user may give a file away; anyone else keeps it as their own.
        with contextlib.suppress(OSError):
            os.chown(tmp, info.st_uid, info.st_gid)
    tmp.chmod(stat.S_IMODE(info.st_mode))


def _write_in_place(target: Path, data: bytes, shown: str) -> None:
    try:
        with target.open("wb") as handle:
            handle.write(data)
    except OSError as exc:
        raise _failure(shown, exc) from None


def _sync_directory(folder: Path) -> None:
    # Makes the rename itself durable; not every platform or file system allows it.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

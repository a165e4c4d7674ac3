"""Finding input files: files, folders and glob patterns turned into a sorted list of files."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from pkmcli.errors import Problem, os_reason
from pkmcli.messages.core import say

ANSWER_SUFFIXES = (".yaml", ".yml", ".json")
# The catalogue's keys of the two problems every command that takes files can meet.
EMPTY_FOLDER = "files.empty_folder"
MISSING = "files.missing"


def expand_inputs(inputs: Iterable[str]) -> tuple[list[str], list[Problem]]:
    """Turn files, directories and glob patterns into a sorted list of answers files."""
    found: set[str] = set()
    problems: list[Problem] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            inside = list(_walk(str(path), problems))
            if not inside and not problems:
                problems.append(Problem(raw, say(EMPTY_FOLDER)))
            found.update(inside)
        elif path.exists():
            found.add(raw)
        elif glob.has_magic(raw):
            # Path.glob takes no absolute patterns; the shell-style pattern is the user's own.
            matches = [m for m in glob.glob(raw, recursive=True) if Path(m).is_file()]  # noqa: PTH207
            if not matches:
                problems.append(Problem(raw, say("files.no_match")))
            found.update(matches)
        else:
            problems.append(Problem(raw, say(MISSING)))
    return sorted(found), problems


def _walk(folder: str, problems: list[Problem]) -> Iterator[str]:
    """Yield the answers files under ``folder``, skipping hidden files and folders.

    Hidden folders hold tool settings (.git, .github/workflows/*.yml), not answers. Linked
    folders are not followed, so a link loop cannot trap the walk.
    """
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        pending.append(entry.path)
                    elif entry.name.lower().endswith(ANSWER_SUFFIXES) and entry.is_file():
                        yield entry.path
        except OSError as exc:
            reason = os_reason(exc)
            problems.append(Problem(current, say("files.cannot_read_folder", reason=reason)))

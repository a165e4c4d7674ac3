"""GitHub Actions annotations: problems and gates as workflow commands a CI job shows on files.

In a step of a GitHub Actions job (``GITHUB_ACTIONS=true``) each problem pkm reports is also
written as ``::error file=F,line=L,col=C,title=pkm::message``, which the runner turns into an
annotation on that line of the file. They go to stderr with the problems themselves: stdout
carries data (JSON, CSV) that a command line would corrupt, and the runner reads both streams.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pkmcli.errors import MAX_LINES_PER_FILE, Problem

Kind = Literal["error", "warning", "notice"]
TITLE = "pkm"


def in_github_actions() -> bool:
    """Return whether pkm runs in a step of a GitHub Actions job."""
    return os.environ.get("GITHUB_ACTIONS", "").strip().lower() == "true"


def _data(text: str) -> str:
    # The runner reads one command per line and decodes these three back.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    # In a property, ':' would end the properties and ',' start the next one.
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(
    kind: Kind,
    message: str,
    file: str | None = None,
    line: int | None = None,
    col: int | None = None,
    title: str | None = TITLE,
) -> str:
    """Return the workflow command that annotates ``file`` (at ``line`` and ``col``)."""
    given = (("file", file), ("line", line), ("col", col), ("title", title))
    properties = ",".join(
        f"{name}={_property(str(value))}" for name, value in given if value not in (None, "")
    )
    return f"::{kind}{' ' if properties else ''}{properties}::{_data(message)}"


def problem_annotation(problem: Problem, kind: Kind = "error") -> str:
    """Return the annotation of one problem, on its file when that is a file on disk.

    A problem that names no file (an option, a missing path) annotates the run as a whole
    and says where in its message, as the line on stderr does.
    """
    if not Path(problem.file).is_file():
        return annotation(kind, problem.render())
    column = problem.column
    prefix = f"{problem.key}: " if problem.key else ""
    if isinstance(column, str):  # a header's name in a table: said in the message
        prefix = f"{column}: {prefix}"
        column = None
    line = problem.line
    return annotation(
        kind,
        prefix + problem.message,
        problem.file,
        line,
        column if line is not None else None,
    )


def problem_annotations(problems: Iterable[Problem], kind: Kind = "error") -> list[str]:
    """Return an annotation per problem, at most as many per file as lines are printed."""
    counts: dict[str, int] = {}
    found = []
    for problem in problems:
        count = counts[problem.file] = counts.get(problem.file, 0) + 1
        if count <= MAX_LINES_PER_FILE:
            found.append(problem_annotation(problem, kind))
    return found

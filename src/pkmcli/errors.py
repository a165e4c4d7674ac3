"""Problems a user can fix, with the place in their file where each one sits."""

from __future__ import annotations

import errno
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from pkmcli.language import Lang
from pkmcli.messages.core import say


class ExitCode(IntEnum):
    """The exit codes of every command (README, "Exit codes")."""

    OK = 0
    GATE = 1  # a file scored under a gate
    USAGE = 2  # wrong options, or no terminal for an interview
    INVALID = 3  # an input file unreadable or invalid
    INTERNAL = 70  # a bug
    INTERRUPTED = 130  # Ctrl-C; nothing answered is lost
    # A reader that stops early (`pkm score ... | head`) is no failed gate: exit as a
    # program ended by SIGPIPE would, 128 + 13.
    BROKEN_PIPE = 141


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one input, located as precisely as known."""

    file: str
    message: str
    line: int | None = None
    # A number in text files; a header's name in a table (survey data: FILE:ROW:COLUMN).
    column: int | str | None = None
    key: str | None = None

    def render(self) -> str:
        """Format as a compiler-style line: ``file:line:col: key: message``."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        prefix = f"{self.key}: " if self.key else ""
        return f"{where}: {prefix}{self.message}"

    def sort_key(self) -> tuple[str, int, int, str]:
        column = self.column
        if isinstance(column, str):
            return (self.file, self.line or 0, 0, column)
        return (self.file, self.line or 0, column or 0, "")


MAX_LINES_PER_FILE = 100


def render_problems(problems: Iterable[Problem]) -> list[str]:
    """Render problems one line each, at most 100 per file (a broken file can hold thousands)."""
    lines: list[str] = []
    counts: dict[str, int] = {}
    for problem in problems:
        count = counts[problem.file] = counts.get(problem.file, 0) + 1
        if count <= MAX_LINES_PER_FILE:
            lines.append(problem.render())
    lines += [
        f"{file}: {counted(count - MAX_LINES_PER_FILE, 'errors.more_problems')}"
        for file, count in counts.items()
        if count > MAX_LINES_PER_FILE
    ]
    return lines


class PkmError(Exception):
    """An error the user can fix; carries every problem found at once."""

    exit_code: ExitCode = ExitCode.INVALID

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__("\n".join(p.render() for p in self.problems))

    @classmethod
    def single(
        cls,
        file: str,
        message: str,
        *,
        line: int | None = None,
        column: int | str | None = None,
        key: str | None = None,
    ) -> PkmError:
        return cls([Problem(file, message, line, column, key)])


class UsageError(PkmError):
    """The command was called wrongly (exit 2), as opposed to bad file content."""

    exit_code = ExitCode.USAGE


def counted(count: int, key: str, lang: Lang | None = None) -> str:
    """Say the catalogue message ``key`` for ``count`` things: ``1 criterion``, ``12 criteria``.

    ``key`` names two messages, ``key_one`` and ``key_many``, each with a ``{count}`` field;
    Indonesian writes both alike (``12 kriteria``), English takes the plural after one.
    """
    return say(f"{key}_one" if count == 1 else f"{key}_many", lang, count=count)


def suggest(word: str, choices: Iterable[str], lang: Lang | None = None) -> str:
    """Return ``"; did you mean X?"`` for a near miss, or an empty string."""
    import difflib  # noqa: PLC0415 - only needed on the error path

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return say("errors.did_you_mean", lang, word=close[0]) if close else ""


# What the operating system says, by errno, in the catalogue's words.
_OS_REASONS = {
    "ENOENT": "errors.os_not_found",
    "EACCES": "errors.os_permission",
    "EPERM": "errors.os_permission",
    "ENOSPC": "errors.os_no_space",
    "EROFS": "errors.os_read_only",
    "ENOTDIR": "errors.os_not_a_directory",
    "EISDIR": "errors.os_is_a_directory",
    "ELOOP": "errors.os_link_loop",
    "ENAMETOOLONG": "errors.os_name_too_long",
    "EDQUOT": "errors.os_quota",
    "EIO": "errors.os_io",
    "EMFILE": "errors.os_too_many_files",
    "ENFILE": "errors.os_too_many_files",
    "EBUSY": "errors.os_busy",
}


def os_reason(exc: OSError, lang: Lang | None = None) -> str:
    """Say why the operating system refused, as ``exc.strerror`` does, in the message language."""
    name = errno.errorcode.get(exc.errno or 0, "")
    key = _OS_REASONS.get(name)
    if key is not None:
        return say(key, lang)
    return say("errors.os_other", lang, detail=exc.strerror or exc)

"""A progress bar on stderr, shown only to a person watching a long batch."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Protocol

from pkmcli.console.consoles import make_console

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

# Below this many files a batch is over before a bar would be worth drawing.
MIN_FILES = 8


def wanted(total: int) -> bool:
    """Return whether to draw a bar: a terminal on stderr and more than a handful of files."""
    return total > MIN_FILES and sys.stderr.isatty()


class Bar(Protocol):
    """What a batch tells the bar: a file is done, or a line to show (above the bar)."""

    def advance(self) -> None: ...

    def say(self, lines: list[str]) -> None: ...


class _Lines:
    """No bar: lines go straight to the stream."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def advance(self) -> None:
        """Nothing to draw."""

    def say(self, lines: list[str]) -> None:
        for line in lines:
            self.stream.write(f"{line}\n")


class _Live:
    """A drawn bar: lines are printed above it, so the two never garble each other."""

    def __init__(self, progress: Progress, task: TaskID) -> None:
        self.progress = progress
        self.task = task

    def advance(self) -> None:
        self.progress.advance(self.task)

    def say(self, lines: list[str]) -> None:
        for line in lines:
            self.progress.console.print(line)


@contextlib.contextmanager
def progress_bar(total: int, label: str, stream: IO[str] | None = None) -> Iterator[Bar]:
    """Yield the bar of a batch; it draws nothing unless ``wanted`` (then lines go to stream)."""
    target = stream or sys.stderr
    if not wanted(total):
        yield _Lines(target)
        return
    from rich.progress import (  # noqa: PLC0415
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    # Data lines on stdout pass above the bar only when both share the terminal; a
    # redirected stdout must get them untouched.
    with Progress(
        *columns,
        console=make_console(target),
        transient=True,
        redirect_stdout=sys.stdout.isatty(),
        redirect_stderr=False,
    ) as bar:
        yield _Live(bar, bar.add_task(label, total=total))

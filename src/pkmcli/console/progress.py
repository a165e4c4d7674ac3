"""A progress bar on stderr, shown only to a person watching a long batch."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator

from pkmcli.console.consoles import make_console

# Below this many files a batch is over before a bar would be worth drawing.
MIN_FILES = 8


def wanted(total: int) -> bool:
    """Return whether to draw a bar: a terminal on stderr and more than a handful of files."""
    return total > MIN_FILES and sys.stderr.isatty()


@contextlib.contextmanager
def progress_bar(total: int, label: str) -> Iterator[Callable[[], None]]:
    """Yield a function to call once per finished file; draws nothing when not ``wanted``."""
    if not wanted(total):
        yield lambda: None
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
        console=make_console(stderr=True),
        transient=True,
        redirect_stdout=sys.stdout.isatty(),
        redirect_stderr=False,
    ) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)

"""One console policy for everything pkm draws with Rich.

- No emoji codes: ``:office:`` in a unit name or rubric title stays as written.
- No markup and no highlighting: text from files is shown as it is; styles come from
  ``rich.text.Text`` objects built by pkm, never from brackets inside data.
- No soft wrapping of data lines; the width is the terminal's, else ``COLUMNS``, else
  ``PLAIN_WIDTH`` (a pipe or a file gets the same table whatever the caller's terminal).
"""

from __future__ import annotations

import os
from typing import IO, TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

# Wide enough for the score tables without folding a file name into three lines.
PLAIN_WIDTH = 100


def _width(stream: IO[str]) -> int | None:
    """Return the width to force when ``stream`` is no terminal (None: the terminal's own)."""
    try:
        if stream.isatty():
            return None
    except (AttributeError, ValueError):
        pass
    raw = os.environ.get("COLUMNS", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else PLAIN_WIDTH


def make_console(stream: IO[str] | None = None, *, stderr: bool = False) -> Console:
    """Return a Console on ``stream`` (default stdout, or stderr) under the one policy."""
    import sys  # noqa: PLC0415

    target = stream or (sys.stderr if stderr else sys.stdout)
    return _console(target)


def plain_text(renderable: RenderableType) -> str:
    """Return what a renderable draws, without colours, for a file or a pipe."""
    import io  # noqa: PLC0415

    console = _console(io.StringIO(), color_system=None)
    with console.capture() as capture:
        console.print(renderable)
    return capture.get()


def _console(target: IO[str], color_system: Literal["auto"] | None = "auto") -> Console:
    from rich.console import Console  # noqa: PLC0415 - rich only for human output

    return Console(
        file=target,
        width=_width(target),
        emoji=False,
        markup=False,
        highlight=False,
        soft_wrap=False,
        color_system=color_system,
    )

"""One console policy for everything pkm draws with Rich.

- No emoji codes: ``:office:`` in a unit name or rubric title stays as written.
- No markup and no highlighting: text from files is shown as it is; styles come from
  ``rich.text.Text`` objects built by pkm, never from brackets inside data.
- No soft wrapping of data lines; the width is the terminal's, else ``COLUMNS``, else
  ``PLAIN_WIDTH`` (a pipe or a file gets the same table whatever the caller's terminal).
- Colour on a terminal only, unless the environment says otherwise: ``NO_COLOR`` (any
  value but empty, no-color.org) draws no escape codes at all, even on a terminal;
  ``FORCE_COLOR`` (any value but empty) colours a pipe or a file too. A user who sets
  ``NO_COLOR`` has said so for every program, so it wins when both are set.
"""

from __future__ import annotations

import os
from typing import IO, TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

# Wide enough for the score tables without folding a file name into three lines.
PLAIN_WIDTH = 100


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _width(stream: IO[str]) -> int | None:
    """Return the width to force when ``stream`` is no terminal (None: the terminal's own)."""
    if _is_terminal(stream):
        return None
    raw = os.environ.get("COLUMNS", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else PLAIN_WIDTH


def _colours(stream: IO[str]) -> tuple[bool, Literal["auto", "standard"] | None]:
    """Return whether to draw as on a terminal, and the colour system, under the environment."""
    terminal = _is_terminal(stream)
    if os.environ.get("NO_COLOR"):
        return terminal, None
    if os.environ.get("FORCE_COLOR"):
        # A terminal that calls itself dumb would get no colour from detection.
        dumb = os.environ.get("TERM", "").lower() in {"dumb", "unknown"}
        return True, "standard" if dumb else "auto"
    return terminal, "auto"


def make_console(stream: IO[str] | None = None, *, stderr: bool = False) -> Console:
    """Return a Console on ``stream`` (default stdout, or stderr) under the one policy."""
    import sys  # noqa: PLC0415

    target = stream or (sys.stderr if stderr else sys.stdout)
    return _console(target)


def plain_text(renderable: RenderableType) -> str:
    """Return what a renderable draws, without colours, for a file or a pipe."""
    import io  # noqa: PLC0415

    console = _console(io.StringIO(), plain=True)
    with console.capture() as capture:
        console.print(renderable)
    return capture.get()


def _console(target: IO[str], *, plain: bool = False) -> Console:
    from rich.console import Console  # noqa: PLC0415 - rich only for human output

    terminal, color_system = _colours(target)
    return Console(
        file=target,
        width=_width(target),
        emoji=False,
        markup=False,
        highlight=False,
        soft_wrap=False,
        # Decided here, so that Rich's own reading of the environment cannot differ.
        force_terminal=terminal,
        color_system=None if plain else color_system,
    )

"""The entry point: register every command, run the app, report bugs as bugs (exit 70)."""

import errno
import io
import sys
from typing import Any

import typer

from pkmcli.cli.app import app, report_problems
from pkmcli.errors import ExitCode, PkmError, os_reason
from pkmcli.files.limits import max_bytes
from pkmcli.messages.core import say

# Each command module registers its command on the app as it is imported, and `pkm --help`
# lists them in this order.
# isort: off
from pkmcli.cli import (  # noqa: F401
    score,
    validate,
    init,
    report,
    export,
    imports,
    assess,
    review,
    skm,
    rubric,
    schema,
)
# isort: on


class OutputError(OSError):
    """Standard output could not take what pkm wrote (a full disk, a closed descriptor)."""


class _GuardedOutput(io.BufferedIOBase):
    """The bytes under standard output, marking every failure to write as an OutputError."""

    def __init__(self, target: Any) -> None:
        self.target = target  # the real buffer; None when stdout was closed (`>&-`)

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self.target is not None and bool(self.target.isatty())

    def fileno(self) -> int:
        if self.target is None:
            raise OSError(errno.EBADF, say("cli.stdout_closed"))
        return int(self.target.fileno())

    def write(self, data: Any) -> int:
        return int(self._guard("write", data))

    def flush(self) -> None:
        self._guard("flush")

    def _guard(self, name: str, *args: Any) -> Any:
        if self.target is None:
            raise OutputError(errno.EBADF, say("cli.stdout_closed"))
        try:
            return getattr(self.target, name)(*args)
        except BrokenPipeError:
            raise  # the reader went away: exit 141, as the app's handler says
        except OSError as exc:
            raise OutputError(exc.errno, exc.strerror or str(exc)) from None


def _guard_stdout() -> None:
    """Put standard output behind a guard that tells its failures from pkm's own."""
    current = sys.stdout
    if current is not None and not hasattr(current, "buffer"):
        return  # already replaced (tests, embedding)
    buffer = current.buffer if current is not None else None
    sys.stdout = io.TextIOWrapper(
        _GuardedOutput(buffer),
        encoding=current.encoding if current is not None else "utf-8",
        errors=current.errors if current is not None else "strict",
        line_buffering=bool(current is not None and current.line_buffering),
        write_through=True,
    )


def main() -> None:
    """Run the CLI; anything but a user error is a bug: exit 70 with the traceback.

    Output that cannot be written (a full disk, a closed stdout) is an output problem:
    one line and exit 3, never a success.
    """
    _guard_stdout()
    try:
        max_bytes()  # a bad setting is a usage error before any file is read
    except PkmError as exc:
        report_problems(exc.problems)
        sys.exit(exc.exit_code)
    try:
        try:
            app(prog_name="pkm")
        finally:
            sys.stdout.flush()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        typer.echo(say("cli.interrupted"), err=True)
        sys.exit(ExitCode.INTERRUPTED)
    except OutputError as exc:
        # A closed stdout is told in pkm's own words; any other failure as the system says.
        reason = exc.strerror if exc.errno == errno.EBADF else os_reason(exc)
        typer.echo(say("cli.output_failed", reason=reason), err=True)
        # What is left in the buffers must not fail again when Python exits.
        sys.stdout = io.TextIOWrapper(io.BytesIO())
        sys.exit(ExitCode.INVALID)
    except Exception:  # noqa: BLE001 - the last resort: report a bug, never hide it
        import traceback  # noqa: PLC0415 - only for a bug

        typer.echo(say("cli.internal"), err=True)
        traceback.print_exc()
        sys.exit(ExitCode.INTERNAL)

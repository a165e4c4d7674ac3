"""The entry point: register every command, run the app, report bugs as bugs (exit 70)."""

import sys
import traceback

import typer

from pkmcli.cli.app import app
from pkmcli.errors import ExitCode

# Each command module registers its command on the app as it is imported, and `pkm --help`
# lists them in this order.
# isort: off
from pkmcli.cli import score, validate, init, report, assess, rubric  # noqa: F401
# isort: on


def main() -> None:
    """Run the CLI; anything but a user error is a bug: exit 70 with the traceback."""
    try:
        app(prog_name="pkm")
    except SystemExit:
        raise
    except KeyboardInterrupt:
        typer.echo("pkm: interrupted", err=True)
        sys.exit(ExitCode.INTERRUPTED)
    except Exception:  # noqa: BLE001 - the last resort: report a bug, never hide it
        typer.echo(
            "pkm: internal error (a bug in pkm; please report it with the traceback below)",
            err=True,
        )
        traceback.print_exc()
        sys.exit(ExitCode.INTERNAL)

"""Where the shipped data folders are: in the package when installed, at the top in a checkout."""

from __future__ import annotations

from pathlib import Path

# The folder of the `pkmcli` package itself.
_PACKAGE = Path(__file__).resolve().parent.parent


def data_dir(name: str) -> Path:
    """Return a shipped data folder (``rubrics`` or ``templates``), installed or in a checkout."""
    packaged = _PACKAGE / name
    if packaged.is_dir():
        return packaged
    # Running from a source checkout (an editable install): the folder sits at the top.
    return _PACKAGE.parents[1] / name

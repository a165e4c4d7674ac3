"""How big an input file may be: a cap against files that would take all memory."""

from __future__ import annotations

import os

from pkmcli.errors import UsageError
from pkmcli.messages.core import language, say

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


def max_bytes() -> int:
    """Return the size cap for input files (``PKM_MAX_FILE_BYTES`` overrides it).

    Raise UsageError for a value that is not a whole number of bytes above 0.
    """
    raw = os.environ.get("PKM_MAX_FILE_BYTES", "").strip().replace("_", "")
    if not raw:
        return DEFAULT_MAX_BYTES
    if not raw.isdigit() or int(raw) <= 0:
        given = os.environ["PKM_MAX_FILE_BYTES"]
        raise UsageError.single("PKM_MAX_FILE_BYTES", say("files.bad_size_cap", given=given))
    return int(raw)


def grouped(count: int) -> str:
    """Write a count of bytes or values with its thousands marked: 5,242,880 or 5.242.880."""
    text = f"{count:,}"
    return text.replace(",", ".") if language() == "id" else text

"""Survey timestamps as forms and spreadsheets write them, read for the survey's period."""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def parse_day(text: str) -> date | None:
    """Return the date a timestamp names, or None.

    ``2024/01/15 10:23:45`` and ``2024-01-15`` are read year first; ``15/01/2024`` day first
    (an Indonesian locale), unless the first number cannot be a day of the given month
    order (``1/15/2024``, as a form in an English locale writes it).
    """
    found = _ISO.match(text)
    try:
        if found:
            year, month, day = (int(g) for g in found.groups())
            return date(year, month, day)
        found = _DAY_FIRST.match(text)
        if found:
            first, second, year = (int(g) for g in found.groups())
            if second > 12 >= first:
                first, second = second, first
            return date(year, second, first)
    except ValueError:
        return None
    return None

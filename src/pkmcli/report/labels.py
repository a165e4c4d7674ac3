"""The reports' fixed wording, read from the catalogue (`messages/report.py`, `portfolio.py`).

Templates read the words by name (``words.kicker``), so each area is handed to them whole.
"""

from __future__ import annotations

from datetime import date

from pkmcli.language import Lang
from pkmcli.messages.core import say, table

REPORT_WORDS = table("report")
PORTFOLIO_WORDS = table("portfolio")


def format_date(day: date, lang: Lang) -> str:
    """Write a date the way a letter in ``lang`` would, e.g. ``5 Januari 2026``."""
    return f"{day.day} {say(f'report.month_{day.month}', lang)} {day.year}"

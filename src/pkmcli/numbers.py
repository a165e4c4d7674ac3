"""Numbers for people: one rounding rule and one look, for every output a person reads."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from pkmcli.language import Lang


def round_half_up(value: float, places: int = 2) -> Decimal:
    """Round as a spreadsheet's ROUND does: half away from zero, on 15 significant digits.

    Binary floats make 1.775 into 1.77499999...; reading the value at 15 significant
    digits first (as spreadsheets do) restores the 1.775 a person computes by hand.
    """
    exact = Decimal(f"{value:.15g}")
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def fmt(value: float, places: int = 2, lang: Lang = "en") -> str:
    """Format a number for display (never ``-0.00``); full precision is kept everywhere else.

    Indonesian writes a decimal comma (``6,03``), English a point.
    """
    rounded = round_half_up(value, places)
    text = str(rounded or abs(rounded))
    return text.replace(".", ",") if lang == "id" else text


def short(value: float, lang: Lang = "en") -> str:
    """Write an exact given number (a weight, an option value, a threshold) as short as it is.

    ``3``, ``2.5``, ``0.67``: no rounding, no trailing zeros; a decimal comma in Indonesian.
    """
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "id" else text

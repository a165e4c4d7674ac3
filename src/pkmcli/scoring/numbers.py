"""Rounding for display, the way the official spreadsheet shows numbers."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def round_half_up(value: float, places: int = 2) -> Decimal:
    """Round as a spreadsheet's ROUND does: half away from zero, on 15 significant digits.

    Binary floats make 1.775 into 1.77499999...; reading the value at 15 significant
    digits first (as spreadsheets do) restores the 1.775 a person computes by hand.
    """
    exact = Decimal(f"{value:.15g}")
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def fmt(value: float, places: int = 2) -> str:
    """Format a score or percentage for display; full precision is kept everywhere else."""
    return str(round_half_up(value, places))

"""Gates: thresholds a CI job sets on the total and on single indicators."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from pkmcli.batch.records import Scorecard
from pkmcli.errors import Problem, UsageError, suggest
from pkmcli.scoring.numbers import fmt, short

TOTAL_OPTION = "--fail-under"
INDICATOR_OPTION = "--fail-under-indicator"
# Percentages are sums of products of option values; a file exactly at the threshold must
# not fail on the last bit of a float.
TOLERANCE = 1e-9


class Gate(NamedTuple):
    """A minimum percentage for the total (indicator None) or for one indicator."""

    threshold: float
    indicator: str | None = None

    @property
    def name(self) -> str:
        """Name the gate as the option that set it."""
        if self.indicator is None:
            return f"{TOTAL_OPTION} {short(self.threshold)}"
        return f"{INDICATOR_OPTION} {self.indicator}={short(self.threshold)}"


class Check(NamedTuple):
    """One gate applied to one file."""

    gate: Gate
    actual: float

    @property
    def passed(self) -> bool:
        return self.actual >= self.gate.threshold - TOLERANCE

    def detail(self) -> str:
        """Describe the outcome as ``threshold X%, actual Y%``."""
        return f"threshold {short(self.gate.threshold)}%, actual {self.shown()}%"

    def shown(self) -> str:
        """The actual percentage, with as many decimals as it takes to show it under the gate.

        49.996 % rounds to 50.00, which would read as meeting a gate of 50 %: it is shown as
        49.996 instead.
        """
        places = 2
        text = fmt(self.actual, places)
        while not self.passed and places < 9 and float(text) >= self.gate.threshold:
            places += 1
            text = fmt(self.actual, places).rstrip("0")
        return text


def parse_indicator_gate(spec: str) -> Gate:
    """Parse ``ID=PERCENT``; raise UsageError naming the option on bad syntax."""
    ident, sep, raw = spec.partition("=")
    ident = ident.strip()
    if not sep or not ident:
        raise UsageError(
            [Problem(INDICATOR_OPTION, f"expected ID=PERCENT (for example a=60), got '{spec}'")]
        )
    try:
        threshold = float(raw.strip().removesuffix("%"))
    except ValueError:
        threshold = math.nan
    if not 0 <= threshold <= 100:
        raise UsageError(
            [
                Problem(
                    INDICATOR_OPTION,
                    f"PERCENT must be a number from 0 to 100, got '{raw}' in '{spec}'",
                )
            ]
        )
    return Gate(threshold, ident)


def parse_gates(
    fail_under: float | None, indicator_specs: Sequence[str], known: dict[str, list[str]]
) -> tuple[Gate, ...]:
    """Build the gates of a run; ``known`` maps each rubric in play to its indicator ids."""
    gates = [] if fail_under is None else [Gate(fail_under)]
    every = sorted({ident for ids in known.values() for ident in ids})
    for spec in indicator_specs:
        gate = parse_indicator_gate(spec)
        if gate.indicator not in every:
            where = "; ".join(f"rubric {rid} has {', '.join(ids)}" for rid, ids in known.items())
            raise UsageError(
                [
                    Problem(
                        INDICATOR_OPTION,
                        f"unknown indicator '{gate.indicator}'"
                        f"{suggest((gate.indicator or '').casefold(), every)} ({where})",
                    )
                ]
            )
        gates.append(gate)
    return tuple(gates)


def check_gates(card: Scorecard, gates: Iterable[Gate]) -> list[Check]:
    """Apply each gate that concerns this file's rubric."""
    percents = {figure.id: figure.percent for figure in card.indicators}
    checks = []
    for gate in gates:
        if gate.indicator is None:
            checks.append(Check(gate, card.percent))
        elif gate.indicator in percents:
            checks.append(Check(gate, percents[gate.indicator]))
    return checks


def gate_message(file: str, check: Check) -> str:
    """Say on stderr which gate a file failed."""
    return f"{file}: {gate_failure(check)}"


def gate_failure(check: Check) -> str:
    """Say which gate failed and by how much, without the file (annotations name it apart)."""
    if check.gate.indicator is None:
        return (
            f"{check.shown()}% is under the {TOTAL_OPTION} gate of {short(check.gate.threshold)}%"
        )
    return (
        f"indicator {check.gate.indicator} at {check.shown()}% is under the "
        f"{INDICATOR_OPTION} gate of {short(check.gate.threshold)}%"
    )

"""Gates: thresholds a CI job sets on the total and on single indicators."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from pkmcli.batch.records import Scorecard
from pkmcli.errors import Problem, UsageError, suggest
from pkmcli.language import Lang
from pkmcli.messages.core import language, say
from pkmcli.numbers import fmt, short

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
        """Name the gate as the option that set it.

        The option is quoted as typed, with a decimal point in every language: it is the
        command line, not a number written for a reader.
        """
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

    def detail(self, lang: Lang | None = None) -> str:
        """Describe the outcome as ``threshold X%, actual Y%``."""
        return say(
            "batch.gate_detail",
            lang,
            threshold=short(self.gate.threshold, lang or language()),
            actual=self.shown(lang),
        )

    def shown(self, lang: Lang | None = None) -> str:
        """The actual percentage, with as many decimals as it takes to show it under the gate.

        49.996 % rounds to 50.00, which would read as meeting a gate of 50 %: it is shown as
        49.996 instead (``49,996`` in Indonesian).
        """
        places = 2
        text = fmt(self.actual, places)
        while not self.passed and places < 9 and float(text) >= self.gate.threshold:
            places += 1
            text = fmt(self.actual, places).rstrip("0")
        return text.replace(".", ",") if (lang or language()) == "id" else text


def parse_indicator_gate(spec: str) -> Gate:
    """Parse ``ID=PERCENT``; raise UsageError naming the option on bad syntax."""
    ident, sep, raw = spec.partition("=")
    ident = ident.strip()
    if not sep or not ident:
        raise UsageError([Problem(INDICATOR_OPTION, say("batch.indicator_syntax", spec=spec))])
    try:
        threshold = float(raw.strip().removesuffix("%"))
    except ValueError:
        threshold = math.nan
    if not 0 <= threshold <= 100:
        raise UsageError(
            [Problem(INDICATOR_OPTION, say("batch.indicator_range", raw=raw, spec=spec))]
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
            where = "; ".join(
                say("batch.rubric_has", rubric=rid, ids=", ".join(ids))
                for rid, ids in known.items()
            )
            hint = suggest((gate.indicator or "").casefold(), every)
            message = say("batch.unknown_indicator", id=gate.indicator, hint=hint, where=where)
            raise UsageError([Problem(INDICATOR_OPTION, message)])
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


def gate_message(file: str, check: Check, lang: Lang | None = None) -> str:
    """Say on stderr which gate a file failed."""
    return f"{file}: {gate_failure(check, lang)}"


def gate_failure(check: Check, lang: Lang | None = None) -> str:
    """Say which gate failed and by how much, without the file (annotations name it apart)."""
    threshold = short(check.gate.threshold, lang or language())
    if check.gate.indicator is None:
        return say("batch.gate_total", lang, actual=check.shown(lang), threshold=threshold)
    return say(
        "batch.gate_indicator",
        lang,
        id=check.gate.indicator,
        actual=check.shown(lang),
        threshold=threshold,
    )

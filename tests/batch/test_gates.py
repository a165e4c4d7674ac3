"""Gates on the total and on single indicators."""

from __future__ import annotations

import pytest

from pkmcli.batch.gates import (
    Check,
    Gate,
    check_gates,
    gate_message,
    parse_gates,
    parse_indicator_gate,
)
from pkmcli.batch.records import IndicatorFigure, Scorecard
from pkmcli.errors import UsageError

KNOWN = {"pkp-2019": ["a", "b", "c"]}


@pytest.mark.parametrize(
    ("spec", "gate"),
    [("a=60", Gate(60.0, "a")), (" b = 72.5% ", Gate(72.5, "b")), ("c=0", Gate(0.0, "c"))],
)
def test_indicator_gates_parse(spec, gate):
    assert parse_indicator_gate(spec) == gate


@pytest.mark.parametrize("spec", ["a", "=50", "a=", "a=x", "a=-1", "a=100.5", "a=nan"])
def test_bad_indicator_gates_are_usage_errors(spec):
    with pytest.raises(UsageError) as caught:
        parse_indicator_gate(spec)
    assert caught.value.exit_code == 2
    assert caught.value.problems[0].file == "--fail-under-indicator"


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_gates_of_a_run_check_indicator_ids():
    assert parse_gates(75, ["a=50"], KNOWN) == (Gate(75.0), Gate(50.0, "a"))
    with pytest.raises(UsageError, match=r"unknown indicator 'B'; did you mean b\?"):
        parse_gates(None, ["B=5"], KNOWN)


def test_a_file_exactly_at_the_threshold_passes():
    figures = (IndicatorFigure("a", "A", 3.0, 2.25, 75.00000000000001 - 1e-14),)
    card = Scorecard("f.yaml", "r", None, None, None, 7.5, 10.0, 74.99999999999999, figures, (), ())
    checks = check_gates(card, (Gate(75.0), Gate(75.0, "a"), Gate(10.0, "x")))
    assert [(c.gate.indicator, c.passed) for c in checks] == [(None, True), ("a", True)]


def test_gate_messages():
    total = Check(Gate(80.0), 61.4166)
    assert total.detail("en") == "threshold 80%, actual 61.42%"
    assert gate_message("u.yaml", total, "en") == (
        "u.yaml: 61.42% is under the --fail-under gate of 80%"
    )
    assert gate_message("u.yaml", Check(Gate(50.0, "b"), 40.0), "en") == (
        "u.yaml: indicator b at 40.00% is under the --fail-under-indicator gate of 50%"
    )


def test_gate_messages_in_indonesian_write_a_decimal_comma():
    total = Check(Gate(72.5), 61.4166)
    assert total.detail() == "ambang 72,5%, capaian 61,42%"
    assert gate_message("u.yaml", total) == "u.yaml: 61,42% di bawah ambang --fail-under 72,5%"
    assert gate_message("u.yaml", Check(Gate(50.0, "b"), 40.0), "id") == (
        "u.yaml: indikator b dengan 40,00% di bawah ambang --fail-under-indicator 50%"
    )
    # The gate is named as the option was typed: a command line, with its point.
    assert total.gate.name == "--fail-under 72.5"


@pytest.mark.parametrize(
    ("actual", "shown"),
    [(49.996, "49.996"), (49.99, "49.99"), (49.9999999, "49.9999999"), (61.4166, "61.42")],
)
def test_a_failed_gate_shows_enough_digits_to_be_under_it(actual, shown):
    check = Check(Gate(50.0) if actual < 50 else Gate(60.0), actual)
    assert check.shown("en") == shown
    assert gate_message("f.yaml", check, "en").startswith(f"f.yaml: {shown}% is under")
    assert check.shown("id") == shown.replace(".", ",")

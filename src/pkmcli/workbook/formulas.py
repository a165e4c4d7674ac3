"""Formula text for the LKE sheet, built from the rubric itself so that any rubric works.

A value formula gives what ``scoring.arithmetic.criterion_value`` gives: the chosen option's
value (keys compared ignoring case, as spreadsheets compare text), a percentage over 100
capped at 1, a ratio of two input cells capped at 1 (0 without a denominator). An empty
answer follows the unanswered policy: ``zero`` gives 0, counted in the mean; ``skip`` gives
the official sheet's "Blm Diisi", a text its AVERAGE leaves out (and an indicator with
nothing answered scores 0, where the official sheet would show #DIV/0!).
"""

from __future__ import annotations

from collections.abc import Sequence

from pkmcli.rubric.model import Criterion
from pkmcli.scoring.arithmetic import Policy

# What the official sheet writes in the value cell of an empty answer.
NOT_FILLED = "Blm Diisi"


def number(value: float) -> str:
    """Write a number as formula text: ``1``, ``0.5``, ``0.67`` (exact, shortest form)."""
    if value == int(value):
        return str(int(value))
    return repr(value)


def text_literal(text: str) -> str:
    """Write ``text`` as a string literal of a formula (quotes doubled)."""
    return '"' + text.replace('"', '""') + '"'


def empty(policy: Policy) -> str:
    """What the value cell of an empty answer holds under ``policy``, as formula text."""
    return text_literal(NOT_FILLED) if policy == "skip" else "0"


def choice_value(criterion: Criterion, answer: str, policy: Policy = "zero") -> str:
    """The IF chain from the answer cell ``answer`` to the value of the chosen option."""
    chain = "0"
    for option in reversed(criterion.choices):
        chain = f"IF({answer}={text_literal(option.key)},{number(option.value or 0.0)},{chain})"
    return f'IF({answer}="",{empty(policy)},{chain})'


def percentage_value(answer: str, policy: Policy = "zero") -> str:
    """A percentage typed as 0-100 earns a hundredth of it, at most 1."""
    return f'IF({answer}="",{empty(policy)},MIN(1,{answer}/100))'


def ratio_value(numerator: str, denominator: str, policy: Policy = "zero") -> str:
    """Numerator over denominator, at most 1; 0 with a denominator of 0; empty while either
    input is."""
    return (
        f'IF(OR({numerator}="",{denominator}=""),{empty(policy)},'
        f"IF({denominator}=0,0,MIN(1,{numerator}/{denominator})))"
    )


def value_formula(criterion: Criterion, inputs: Sequence[str], policy: Policy = "zero") -> str:
    """The value cell's formula (with ``=``) over the criterion's input cells.

    ``inputs`` is the answer cell, or for a ratio the numerator and denominator cells.
    """
    if criterion.type == "ratio":
        numerator, denominator = inputs
        return "=" + ratio_value(numerator, denominator, policy)
    (answer,) = inputs
    if criterion.type == "percentage":
        return "=" + percentage_value(answer, policy)
    return "=" + choice_value(criterion, answer, policy)


def indicator_formula(values: Sequence[str], weight: str, policy: Policy = "zero") -> str:
    """The mean of the criteria's value cells times the weight cell.

    Under ``skip`` the mean passes over "Blm Diisi" (AVERAGE ignores text), and an indicator
    with nothing answered is 0 rather than #DIV/0!.
    """
    cells = ",".join(values)
    if policy == "skip":
        return f"=IF(COUNT({cells})=0,0,AVERAGE({cells}))*{weight}"
    return f"=AVERAGE({cells})*{weight}"


def sum_formula(cells: Sequence[str]) -> str:
    """The sum of score cells (a section, or the total)."""
    return f"=SUM({','.join(cells)})" if cells else "=0"


def share_formula(score: str, weight: str) -> str:
    """The % column: score over weight (formatted as a percentage)."""
    return f"={score}/{weight}"


def carried(earlier: str) -> str:
    """A review stage's answer cell that shows the earlier stage's answer until typed over."""
    return f'=IF({earlier}="","",{earlier})'


def choice_list(criterion: Criterion) -> str:
    """The list data validation's formula: the option keys, quoted, comma separated."""
    return '"' + ",".join(option.key for option in criterion.choices) + '"'

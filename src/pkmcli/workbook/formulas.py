"""Formula text for the LKE sheet, built from the rubric itself so that any rubric works.

A value formula gives what ``scoring.arithmetic.criterion_value`` gives: the chosen option's
value (keys compared ignoring case, as spreadsheets compare text), a percentage over 100
capped at 1, a ratio of two input cells capped at 1 (0 without a denominator). An empty
answer gives 0, as pkm counts it; the official sheet writes "Blm Diisi" there instead, which
its AVERAGE leaves out of the mean.
"""

from __future__ import annotations

from collections.abc import Sequence

from pkmcli.rubric.model import Criterion


def number(value: float) -> str:
    """Write a number as formula text: ``1``, ``0.5``, ``0.67`` (exact, shortest form)."""
    if value == int(value):
        return str(int(value))
    return repr(value)


def text_literal(text: str) -> str:
    """Write ``text`` as a string literal of a formula (quotes doubled)."""
    return '"' + text.replace('"', '""') + '"'


def choice_value(criterion: Criterion, answer: str) -> str:
    """The IF chain from the answer cell ``answer`` to the value of the chosen option."""
    chain = "0"
    for option in reversed(criterion.choices):
        chain = f"IF({answer}={text_literal(option.key)},{number(option.value or 0.0)},{chain})"
    return f'IF({answer}="",0,{chain})'


def percentage_value(answer: str) -> str:
    """A percentage typed as 0-100 earns a hundredth of it, at most 1."""
    return f'IF({answer}="",0,MIN(1,{answer}/100))'


def ratio_value(numerator: str, denominator: str) -> str:
    """Numerator over denominator, at most 1; 0 while either is empty or the denominator 0."""
    return (
        f'IF(OR({numerator}="",{denominator}=""),0,'
        f"IF({denominator}=0,0,MIN(1,{numerator}/{denominator})))"
    )


def value_formula(criterion: Criterion, inputs: Sequence[str]) -> str:
    """The value cell's formula (with ``=``) over the criterion's input cells.

    ``inputs`` is the answer cell, or for a ratio the numerator and denominator cells.
    """
    if criterion.type == "ratio":
        numerator, denominator = inputs
        return "=" + ratio_value(numerator, denominator)
    (answer,) = inputs
    if criterion.type == "percentage":
        return "=" + percentage_value(answer)
    return "=" + choice_value(criterion, answer)


def indicator_formula(values: Sequence[str], weight: str) -> str:
    """The mean of the criteria's value cells times the weight cell."""
    return f"=AVERAGE({','.join(values)})*{weight}"


def sum_formula(cells: Sequence[str]) -> str:
    """The sum of score cells (a section, or the total)."""
    return f"=SUM({','.join(cells)})" if cells else "=0"


def share_formula(score: str, weight: str) -> str:
    """The % column: score over weight (formatted as a percentage)."""
    return f"={score}/{weight}"


def choice_list(criterion: Criterion) -> str:
    """The list data validation's formula: the option keys, quoted, comma separated."""
    return '"' + ",".join(option.key for option in criterion.choices) + '"'

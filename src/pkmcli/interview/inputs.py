"""What a typed line means: an answer to a criterion, or which criterion a jump names."""

from __future__ import annotations

import re

from pkmcli.answers.model import Answer
from pkmcli.rubric.model import Criterion, Option

_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


def choose_option(criterion: Criterion, typed: str) -> Option | None:
    """Return the option ``typed`` names: its key, its label in either language, or a key prefix.

    Any case; a prefix counts only when it fits one option, so ``t`` is ``tidak``.
    """
    folded = typed.casefold()
    if not folded:
        return None
    exact = criterion.find_option(typed)
    if exact is not None:
        return exact
    by_label = criterion.find_label(typed)
    if by_label is not None:
        return by_label
    by_prefix = [o for o in criterion.choices if o.key.casefold().startswith(folded)]
    return by_prefix[0] if len(by_prefix) == 1 else None


def parse_answer(criterion: Criterion, typed: str) -> Answer | None:
    """Return the answer ``typed`` gives for ``criterion``, or None if it is not one."""
    if criterion.type == "choice":
        option = choose_option(criterion, typed)
        return Answer(key=option.key) if option else None
    if criterion.type == "percentage":
        raw = typed.removesuffix("%").strip()
        if _NUMBER.match(raw) and float(raw.replace(",", ".")) <= 100:
            return Answer(number=float(raw.replace(",", ".")))
        return None
    parts = [part.strip() for part in typed.split("/")]
    if len(parts) == 2 and all(_NUMBER.match(part) for part in parts):
        numerator, denominator = (float(part.replace(",", ".")) for part in parts)
        if denominator > 0:
            return Answer(numerator=numerator, denominator=denominator)
    return None


def jump_target(typed: str) -> str | None:
    """Return the criterion id of a jump command (``:a.3``, ``: a.3`` or ``g a.3``)."""
    match = re.fullmatch(r"(?::|g\s)\s*(\S+)", typed)
    return match.group(1) if match else None

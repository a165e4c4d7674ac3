"""What a human output says when a file has unanswered criteria: the other policy's total."""

from __future__ import annotations

from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.numbers import fmt
from pkmcli.scoring.arithmetic import Policy


def policy_note(policy: Policy, other_total: float | None, lang: Lang) -> str | None:
    """The sentence on how unanswered criteria counted and what the other way would total.

    None when nothing is unanswered (``other_total`` is None): both ways agree then.
    """
    if other_total is None:
        return None
    return say(f"scoring.{policy}_note", lang, total=fmt(other_total, 2, lang))


def batch_note(count: int, lang: Lang) -> str | None:
    """The line under a batch's outputs when ``count`` files have unanswered criteria."""
    return say("scoring.batch_note", lang, count=count) if count else None

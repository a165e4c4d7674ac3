"""The sentences of `pkm skm`, said from the catalogue's `survey` area (`messages/survey.py`)."""

from __future__ import annotations

from typing import Any

from pkmcli.language import Lang
from pkmcli.messages import core

# The area's words by language, for the templates that read them by name.
WORDS = core.table("survey")


def say(lang: Lang, name: str, /, **values: Any) -> str:
    """Return the sentence ``name`` in ``lang``, filled in with ``values``."""
    return core.say(f"survey.{name}", lang, **values)

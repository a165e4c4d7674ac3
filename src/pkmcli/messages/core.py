"""The message catalogue: every sentence a person reads, in Indonesian and English.

A message is named ``area.name``; ``area`` is a module of this package holding ``WORDS``,
``{"id": {name: text}, "en": {name: text}}``, with ``str.format`` fields. A module is
imported the first time one of its messages is said, so start-up loads none of them.

The language is the one the command was given (``--lang``, else ``PKM_LANG``, else ``id``):
the CLI sets it once with :func:`use_language` before a command runs, and code deep down says
its messages without passing a language around. Worker processes are forked (they inherit
it) or set it from their job.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

from pkmcli.language import Lang

LANGS: tuple[Lang, ...] = ("id", "en")
DEFAULT: Lang = "id"
ENV = "PKM_LANG"
_chosen: list[Lang] = []
_tables: dict[str, dict[Lang, dict[str, str]]] = {}


def language() -> Lang:
    """The language messages are said in now."""
    if _chosen:
        return _chosen[-1]
    given = os.environ.get(ENV, "").strip().lower()
    return "en" if given == "en" else DEFAULT


def use_language(lang: Lang) -> None:
    """Say every later message in ``lang``."""
    _chosen[:] = [lang]


def reset_language() -> None:
    """Go back to the default of the environment (tests running commands in-process)."""
    _chosen.clear()


def table(area: str) -> dict[Lang, dict[str, str]]:
    """The ``WORDS`` of one area of the catalogue."""
    found = _tables.get(area)
    if found is None:
        module = importlib.import_module(f"pkmcli.messages.{area}")
        found = _tables[area] = module.WORDS
    return found


def say(key: str, /, lang: Lang | None = None, **values: Any) -> str:
    """The message ``key`` (``area.name``) in ``lang`` (default: :func:`language`), filled in."""
    area, _, name = key.partition(".")
    return table(area)[lang or language()][name].format(**values)


def both(key: str, /, **values: Any) -> dict[Lang, str]:
    """The message in every language, for outputs that carry both."""
    return {lang: say(key, lang, **values) for lang in LANGS}

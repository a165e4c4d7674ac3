"""What the commands themselves say: interruptions, what they wrote, usage problems."""

from __future__ import annotations

from pkmcli.language import Lang

WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        "interrupted": "pkm: dihentikan",
    },
    "en": {
        "interrupted": "pkm: interrupted",
    },
}

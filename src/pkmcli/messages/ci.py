"""What pkm says to CI jobs only: annotations beyond the problems and gates themselves."""

from __future__ import annotations

from pkmcli.language import Lang

WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        "unanswered": "kriteria yang belum dijawab: {ids}",
    },
    "en": {
        "unanswered": "criteria not answered: {ids}",
    },
}

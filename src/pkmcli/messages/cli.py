"""What the commands themselves say: interruptions, what they wrote, usage problems."""

from __future__ import annotations

from pkmcli.language import Lang

WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        "interrupted": "pkm: dihentikan",
        "version": "pkm {version}",
        "valid": "{path}: ok ({summary})",
        "output_failed": "<stdout>: keluaran tidak dapat ditulis: {reason}",
        "stdout_closed": "keluaran standar tertutup",
        "internal": "pkm: kesalahan internal (bug pada pkm; mohon laporkan beserta traceback di "
        "bawah ini)",
    },
    "en": {
        "interrupted": "pkm: interrupted",
        "version": "pkm {version}",
        "valid": "{path}: ok ({summary})",
        "output_failed": "<stdout>: cannot write the output: {reason}",
        "stdout_closed": "standard output is closed",
        "internal": "pkm: internal error (a bug in pkm; please report it with the traceback below)",
    },
}

"""Folding text for matching: how a label, a header or a typed answer is compared."""

from __future__ import annotations

import re

_NOT_WORD = re.compile(r"[^0-9a-z]+")


def normalize(text: str) -> str:
    """Fold case, read '&' as 'dan', keep words only (``Sopan & Ramah `` -> ``sopan dan ramah``)."""
    folded = text.casefold().replace("&", " dan ")
    return _NOT_WORD.sub(" ", folded).strip()

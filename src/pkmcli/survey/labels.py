"""Answer labels as people type them: case, spacing, numbering, '&', typos known to the survey."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pkmcli.survey.definition import SCALE, Element, ProfileField
from pkmcli.survey.folding import normalize

_NUMBERED = re.compile(r"^\d{1,3}\s+(?=\S)")
_PREFIXED = re.compile(r"^([a-d]|[1-4])\s+(.+)$")
# A value typed as a number, also as Excel writes it in an Indonesian locale ("4,0").
_NUMBER = re.compile(r"^\s*([1-4])(?:[.,]0+)?\s*$")
LETTERS = "abcd"


def normalize_header(text: str) -> str:
    """Normalize a column header, dropping a leading question number (``"8. Sarana"``)."""
    return _NUMBERED.sub("", normalize(text))


@dataclass(frozen=True, slots=True)
class AnswerKey:
    """What each spelling of an element's answers is worth."""

    element: str
    by_label: dict[str, int]

    @classmethod
    def of(cls, element: Element) -> AnswerKey:
        table: dict[str, int] = {}
        for answer in element.answers:
            for text in (answer.label.id, answer.label.en, *answer.variants):
                table[normalize(text)] = answer.value
        return cls(element.id, table)

    def label_value(self, raw: str) -> int | None:
        """Return the value of a label written out (``"a. Sesuai"`` too), else None."""
        text = normalize(raw)
        found = self.by_label.get(text)
        if found is None:
            prefixed = _PREFIXED.match(text)
            if prefixed:
                found = self.by_label.get(prefixed.group(2))
        return found

    def value(self, raw: str) -> int | None:
        """Return 0 for a blank cell, the value of an answer, or None for anything else."""
        if not raw.strip():
            return 0
        found = self.label_value(raw)
        if found is not None:
            return found
        number = _NUMBER.match(raw)
        if number:
            return int(number.group(1))
        text = normalize(raw)
        if len(text) == 1 and text in LETTERS:
            return SCALE[LETTERS.index(text)]
        return None


@dataclass(frozen=True, slots=True)
class ChoiceKey:
    """What each spelling of a profile field's values stands for."""

    field: str
    by_text: dict[str, str]

    @classmethod
    def of(cls, field: ProfileField) -> ChoiceKey:
        table: dict[str, str] = {}
        for choice in field.values:
            for text in (choice.value, choice.label.id, choice.label.en, *choice.variants):
                table[normalize(text)] = choice.value
        return cls(field.id, table)

    def value(self, raw: str) -> str | None:
        """Return the canonical value, ``""`` for a blank cell, or None when not on the list."""
        text = normalize(raw)
        if not text:
            return ""
        return self.by_text.get(text)

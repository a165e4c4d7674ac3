"""Survey definitions: elements, answer labels, weights, grade bands and the respondent profile."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from pkmcli.language import Lang
from pkmcli.survey.folding import normalize

Ident = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_\-]*$", max_length=64)]
Words = Annotated[str, StringConstraints(min_length=1, max_length=500)]
# The values an element is answered with, and what the IKM scale is built on (x 25 -> 25-100).
SCALE = (1, 2, 3, 4)
LOWEST_IKM = Decimal(25)
HIGHEST_IKM = Decimal(100)
STEP = Decimal("0.01")


def _both_languages(value: Any) -> Any:
    # A single text is the same in both languages; units rarely translate their forms.
    return {"id": value, "en": value} if isinstance(value, str) else value


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Model):
    """A text in Indonesian and English."""

    id: Words
    en: Words

    def get(self, lang: Lang) -> str:
        return self.id if lang == "id" else self.en


BiText = Annotated[Text, BeforeValidator(_both_languages)]


class Answer(Model):
    """One answer of an element: its value, label and the spellings seen for it."""

    value: int
    label: BiText
    variants: tuple[Words, ...] = ()


class Element(Model):
    """One element (unsur) of the survey."""

    id: Ident
    code: Annotated[str, StringConstraints(max_length=16)] | None = None
    # The number the sample questionnaire gives the element, where it differs from ``code``.
    form_code: Annotated[str, StringConstraints(max_length=16)] | None = None
    title: BiText
    question: BiText
    headers: tuple[Words, ...] = ()
    # Text such as "1/9" or a decimal; equal weights when no element names one.
    weight: (
        Annotated[str, StringConstraints(pattern=r"^\s*\d+(\.\d+)?(\s*/\s*\d+)?\s*$")] | None
    ) = None
    answers: tuple[Answer, ...] = Field(min_length=1)


class Band(Model):
    """A band of the conversion table; both ends belong to it."""

    grade: Annotated[str, StringConstraints(min_length=1, max_length=8)]
    low: Decimal = Field(alias="from")
    high: Decimal = Field(alias="to")
    performance: BiText


class Choice(Model):
    """One value a profile field may take."""

    value: Words
    label: BiText
    variants: tuple[Words, ...] = ()


class ProfileField(Model):
    """A respondent profile column: a choice, a free value, a timestamp or free text."""

    id: Ident
    kind: Literal["choice", "free", "timestamp", "text"]
    title: BiText
    headers: tuple[Words, ...] = ()
    values: tuple[Choice, ...] = ()


class Survey(Model):
    """A survey definition (``surveys/skm-2017.yaml`` or a unit's own file)."""

    id: Ident
    version: Annotated[str, StringConstraints(max_length=32)] = "1"
    title: BiText
    regulation: Words
    elements: tuple[Element, ...] = Field(min_length=1, max_length=50)
    bands: tuple[Band, ...] = Field(min_length=1)
    profile: tuple[ProfileField, ...] = ()

    def weights(self) -> dict[str, Fraction]:
        """Return each element's exact weight (equal when none is given)."""
        if all(e.weight is None for e in self.elements):
            share = Fraction(1, len(self.elements))
            return {e.id: share for e in self.elements}
        return {e.id: parse_weight(e.weight or "0") for e in self.elements}

    def equal_weights(self) -> bool:
        return len(set(self.weights().values())) == 1

    def element(self, ident: str) -> Element:
        return next(e for e in self.elements if e.id == ident)

    def field(self, ident: str) -> ProfileField:
        return next(f for f in self.profile if f.id == ident)

    def fields_of(self, kind: str) -> list[ProfileField]:
        return [f for f in self.profile if f.kind == kind]


def parse_weight(text: str) -> Fraction:
    """Read ``"1/9"`` or ``"0.25"`` exactly."""
    return Fraction(text.replace(" ", ""))


KeyPath = tuple[str | int, ...]


def rule_problems(survey: Survey) -> list[tuple[KeyPath, str, dict[str, Any]]]:
    """Check what no single field can: unique ids, full scales, weights, contiguous bands."""
    found: list[tuple[KeyPath, str, dict[str, Any]]] = []
    seen: set[str] = set()
    named = [("elements", i, e.id) for i, e in enumerate(survey.elements)]
    named += [("profile", i, f.id) for i, f in enumerate(survey.profile)]
    for part, i, ident in named:
        if ident in seen:
            found.append(((part, i, "id"), "duplicate_id", {"id": ident}))
        seen.add(ident)
    for i, element in enumerate(survey.elements):
        values = sorted(a.value for a in element.answers)
        if values != list(SCALE):
            found.append(((("elements", i, "answers")), "scale", {"values": values}))
        spelled: dict[str, int] = {}
        for j, answer in enumerate(element.answers):
            for text in (answer.label.id, answer.label.en, *answer.variants):
                key = normalize(text)
                if spelled.get(key, answer.value) != answer.value:
                    found.append((("elements", i, "answers", j), "label_twice", {"label": text}))
                spelled[key] = answer.value
    given = [e.weight is not None for e in survey.elements]
    if any(given) and not all(given):
        found.append((("elements",), "weights_partial", {}))
    elif all(given):
        total = sum((parse_weight(e.weight or "0") for e in survey.elements), Fraction(0))
        if total != 1:
            found.append((("elements",), "weights_sum", {"total": float(total)}))
    found += _band_problems(survey.bands)
    for i, item in enumerate(survey.profile):
        if item.kind == "choice" and not item.values:
            found.append((("profile", i, "values"), "choice_empty", {}))
    return found


def _band_problems(bands: tuple[Band, ...]) -> list[tuple[KeyPath, str, dict[str, Any]]]:
    found: list[tuple[KeyPath, str, dict[str, Any]]] = []
    order = sorted(range(len(bands)), key=lambda i: bands[i].low)
    expected = LOWEST_IKM
    for i in order:
        band = bands[i]
        if band.high < band.low:
            found.append((("bands", i), "band_reversed", {}))
        elif band.low != expected:
            found.append((("bands", i, "from"), "band_gap", {"expected": f"{expected:.2f}"}))
        expected = band.high + STEP
    if expected - STEP != HIGHEST_IKM:
        found.append((("bands",), "band_top", {}))
    return found


def grade_band(bands: tuple[Band, ...], rounded: Decimal) -> Band:
    """Return the band holding an IKM already rounded to 2 decimals (ends inclusive)."""
    for band in bands:
        if band.low <= rounded <= band.high:
            return band
    # Validation makes the bands cover 25.00-100.00 without a gap; IKM never leaves it.
    raise ValueError(f"no band holds {rounded}")

"""The rubric: sections, indicators, criteria, answer scales, grade bands.

Plain frozen dataclasses, so that scoring a file never waits for the validation library:
pydantic validates a rubric file into these classes (``catalog``), reading the constraints
written next to each field and the cross-field rules each class checks in ``_validated``.
The markers below tell pydantic about both, and import its core only when it asks.
"""

# No `from __future__ import annotations` here: pydantic reads the field annotations as
# objects when it builds the validator.
import dataclasses
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar, Literal, Self, Union, get_args, get_origin

from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.rubric.rules import KeyPath, tree_rule_problems

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"
# The stage of the unit's own answers, before any review.
UNIT_STAGE = "unit"


class _Limits:
    """Field constraints (pattern, lengths, bounds), in pydantic-core's own words."""

    def __init__(self, **limits: Any) -> None:
        self.limits = limits

    def __get_pydantic_core_schema__(self, source: Any, handler: Callable[[Any], Any]) -> Any:
        return {**handler(source), **self.limits}


class _Before:
    """Turn the raw value into the field's type before it is validated."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func = func

    def __get_pydantic_core_schema__(self, source: Any, handler: Callable[[Any], Any]) -> Any:
        from pydantic_core import core_schema  # noqa: PLC0415 - only while validating

        return core_schema.no_info_before_validator_function(self.func, handler(source))


class Model:
    """Shared base: unknown keys are errors; a class may check rules across its fields."""

    __pydantic_config__ = {"extra": "forbid"}  # noqa: RUF012 - read by pydantic, never changed
    __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]  # every part is a dataclass

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Callable[[Any], Any]) -> Any:
        from pydantic_core import core_schema  # noqa: PLC0415 - only while validating

        return core_schema.no_info_after_validator_function(cls._validated, handler(source))

    def _validated(self) -> Self:
        """Check rules across fields once every field is valid; raise ``rule_error``."""
        return self

    def _fill(self, name: str, value: Any) -> None:
        """Set a derived attribute on a frozen instance (once, while it is validated)."""
        object.__setattr__(self, name, value)


def rule_error(problems: list[tuple[KeyPath, str]]) -> Exception:
    """Bundle cross-field problems, each with a path relative to the model that found them."""
    from pydantic_core import PydanticCustomError  # noqa: PLC0415 - only while validating

    summary = "; ".join(message for _, message in problems)
    return PydanticCustomError("pkm_rules", "{summary}", {"summary": summary, "problems": problems})


def _text_from_plain(value: Any) -> Any:
    return {"id": value} if isinstance(value, str) else value


def _str_from_scalar(value: Any) -> Any:
    # YAML reads `version: 1.0` or `period: 2026` as numbers; they are meant as text.
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


@dataclass(frozen=True, kw_only=True)
class Text(Model):
    """Text in Indonesian with an optional English translation."""

    id: Annotated[str, _Limits(min_length=1)]
    en: str | None = None

    def get(self, lang: Lang = "id") -> str:
        """Return the text in ``lang``, falling back to Indonesian."""
        return self.en if lang == "en" and self.en else self.id


LocalText = Annotated[Text, _Before(_text_from_plain)]
Version = Annotated[str, _Before(_str_from_scalar)]
Ident = Annotated[str, _Limits(pattern=ID_PATTERN, max_length=64)]
NonEmpty = _Limits(min_length=1)


@dataclass(frozen=True, kw_only=True)
class Option(Model):
    """One answer option: its key, what it means, and the value it earns."""

    key: Annotated[str, _Limits(pattern=r"^[A-Za-z0-9][A-Za-z0-9_\-]*$", max_length=32)]
    label: LocalText | None = None
    value: Annotated[float, _Limits(ge=0.0, le=1.0)] | None = None
    recommendation: LocalText | None = None


def _duplicate_keys(options: list[Option], field: str) -> list[tuple[KeyPath, str]]:
    seen: dict[str, str] = {}
    problems: list[tuple[KeyPath, str]] = []
    for index, option in enumerate(options):
        folded = option.key.casefold()
        if folded in seen:
            problems.append(
                (
                    (field, index, "key"),
                    say("rubric.option_key_repeats", key=option.key, first=seen[folded]),
                )
            )
        else:
            seen[folded] = option.key
    return problems


def _incomplete_options(options: list[Option]) -> list[tuple[KeyPath, str]]:
    """Options standing on their own (not filled in from a scale) need a value and a label."""
    problems: list[tuple[KeyPath, str]] = []
    for index, option in enumerate(options):
        if option.value is None:
            problems.append((("options", index), say("rubric.option_needs_value", key=option.key)))
        if option.label is None:
            problems.append((("options", index), say("rubric.option_needs_label", key=option.key)))
    return problems


@dataclass(frozen=True, kw_only=True)
class Scale(Model):
    """A reusable answer ladder, such as Ya/Tidak or A/B/C/D."""

    title: LocalText | None = None
    options: Annotated[list[Option], _Limits(min_length=2)]

    def _validated(self) -> Self:
        problems = _duplicate_keys(self.options, "options") + _incomplete_options(self.options)
        if problems:
            raise rule_error(problems)
        return self


@dataclass(frozen=True, kw_only=True)
class Criterion(Model):
    """One question of an indicator, answered by an option or a number."""

    id: Ident
    question: LocalText
    guidance: LocalText | None = None
    evidence: LocalText | None = None
    type: Literal["choice", "percentage", "ratio"] = "choice"
    scale: str | None = None
    options: list[Option] | None = None
    numerator: LocalText | None = None
    denominator: LocalText | None = None
    recommendation: LocalText | None = None

    # The options with scale values and labels filled in, set by the rubric's validation.
    _choices: tuple[Option, ...] = field(default=(), init=False, repr=False, compare=False)

    def _validated(self) -> Self:
        problems: list[tuple[KeyPath, str]] = []
        if self.type == "choice":
            if self.scale is None and not self.options:
                problems.append(((), say("rubric.needs_scale_or_options", id=self.id)))
            if self.options:
                problems += _duplicate_keys(self.options, "options")
                if self.scale is None:
                    problems += _incomplete_options(self.options)
                    if len(self.options) < 2:
                        problems.append((("options",), say("rubric.two_options")))
        else:
            if self.scale is not None:
                problems.append((("scale",), say("rubric.takes_no_scale", type=self.type)))
            if self.options is not None:
                problems.append((("options",), say("rubric.takes_no_options", type=self.type)))
        if self.type == "ratio":
            if self.numerator is None:
                problems.append(((), say("rubric.ratio_needs_numerator")))
            if self.denominator is None:
                problems.append(((), say("rubric.ratio_needs_denominator")))
        elif self.numerator is not None or self.denominator is not None:
            problems.append(((), say("rubric.ratio_only")))
        if problems:
            raise rule_error(problems)
        return self

    @property
    def choices(self) -> tuple[Option, ...]:
        """The options with scale values and labels filled in (empty for numeric criteria)."""
        return self._choices

    def find_option(self, key: str) -> Option | None:
        """Return the option whose key matches ``key`` ignoring case."""
        folded = key.casefold()
        return next((o for o in self._choices if o.key.casefold() == folded), None)

    def find_label(self, text: str) -> Option | None:
        """Return the one option whose label (in either language) is ``text``, ignoring case."""
        folded = text.strip().casefold()
        found = [
            o
            for o in self._choices
            if o.label is not None
            and folded in {o.label.id.casefold(), (o.label.en or "").casefold()}
        ]
        return found[0] if len(found) == 1 else None

    @property
    def best_value(self) -> float:
        """The highest value any answer can earn here."""
        if self._choices:
            return max(o.value or 0.0 for o in self._choices)
        return 1.0


@dataclass(frozen=True, kw_only=True)
class Indicator(Model):
    """A weighted group of criteria; its score is the mean of their values times the weight."""

    id: Ident
    title: LocalText
    description: LocalText | None = None
    weight: Annotated[float, _Limits(gt=0.0, allow_inf_nan=False)]
    criteria: Annotated[list[Criterion], NonEmpty]


@dataclass(frozen=True, kw_only=True)
class Section(Model):
    """An optional grouping of indicators whose scores add up."""

    id: Ident
    title: LocalText
    description: LocalText | None = None
    indicators: Annotated[list[Indicator], NonEmpty]


@dataclass(frozen=True, kw_only=True)
class Grade(Model):
    """A band of the total percentage with its name, e.g. a quality predicate."""

    min_percent: Annotated[float, _Limits(ge=0.0, le=100.0)]
    label: LocalText
    description: LocalText | None = None


@dataclass(frozen=True, kw_only=True)
class Stage(Model):
    """A review stage after the unit's own answers: an evaluator team, such as TPI or TPN."""

    id: Ident
    label: LocalText
    description: LocalText | None = None


@dataclass(frozen=True, kw_only=True)
class Source(Model):
    """Where the rubric comes from, and what in it is modelled rather than confirmed."""

    regulation: Annotated[str, NonEmpty]
    edition: Version | None = None
    notes: LocalText | None = None
    url: str | None = None


@dataclass(frozen=True, kw_only=True)
class Rubric(Model):
    """A complete assessment instrument: metadata, scales, and the indicator tree."""

    id: Ident
    version: Version
    title: LocalText
    description: LocalText | None = None
    source: Source
    scales: dict[str, Scale] = field(default_factory=dict)
    grades: list[Grade] = field(default_factory=list)
    # The review stages after the unit's own answers ("unit"), in the order they come.
    stages: list[Stage] = field(default_factory=list)
    # How an unanswered criterion counts in its indicator's mean: "zero" counts it as 0 (what
    # a draft is worth if submitted now); "skip" leaves it out, as the official workbook does.
    unanswered: Literal["zero", "skip"] = "zero"
    sections: Annotated[list[Section], NonEmpty] | None = None
    indicators: Annotated[list[Indicator], NonEmpty] | None = None

    # Criteria by id, in rubric order, set by validation.
    _criteria: dict[str, Criterion] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def _validated(self) -> Self:
        tree = {"sections": self.sections, "indicators": self.indicators, "scales": self.scales}
        problems = tree_rule_problems(
            {name: to_data(value) for name, value in tree.items() if value is not None}
        )
        percents = [grade.min_percent for grade in self.grades]
        if len(set(percents)) != len(percents):
            problems.append((("grades",), say("rubric.grades_same_percent")))
        seen = {UNIT_STAGE}
        for number, stage in enumerate(self.stages):
            if stage.id in seen:
                why = "rubric.stage_is_unit" if stage.id == UNIT_STAGE else "rubric.stage_twice"
                problems.append((("stages", number, "id"), say(why, stage=stage.id)))
            seen.add(stage.id)
        if problems:
            raise rule_error(problems)
        self.derive()
        worthless = [
            ((*where, "id"), say("rubric.worthless", id=c.id))
            for where, c in self._walk_criteria()
            if c.type == "choice" and c.choices and c.best_value <= 0
        ]
        if worthless:
            raise rule_error(worthless)
        return self

    def derive(self) -> None:
        """Fill in what follows from the fields: each criterion's options, criteria by id."""
        self._resolve_scales()
        self._fill("_criteria", {c.id: c for _, c in self._walk_criteria()})

    def _walk_indicators(self) -> Iterator[tuple[KeyPath, Indicator]]:
        if self.sections is not None:
            for s, section in enumerate(self.sections):
                for i, indicator in enumerate(section.indicators):
                    yield ("sections", s, "indicators", i), indicator
        for i, indicator in enumerate(self.indicators or []):
            yield ("indicators", i), indicator

    def _walk_criteria(self) -> Iterator[tuple[KeyPath, Criterion]]:
        for path, indicator in self._walk_indicators():
            for c, criterion in enumerate(indicator.criteria):
                yield (*path, "criteria", c), criterion

    def _resolve_scales(self) -> None:
        """Fill each criterion's options from its scale (references are already checked)."""
        for _, criterion in self._walk_criteria():
            if criterion.type != "choice":
                continue
            if criterion.scale is None:
                criterion._fill("_choices", tuple(criterion.options or ()))  # noqa: SLF001
                continue
            scale = self.scales[criterion.scale]
            own_options = {o.key.casefold(): o for o in criterion.options or []}
            merged = []
            for base in scale.options:
                option = own_options.get(base.key.casefold())
                if option is None:
                    merged.append(base)
                    continue
                merged.append(
                    Option(
                        key=base.key,
                        label=option.label or base.label,
                        value=base.value if option.value is None else option.value,
                        recommendation=option.recommendation or base.recommendation,
                    )
                )
            criterion._fill("_choices", tuple(merged))  # noqa: SLF001

    @property
    def max_score(self) -> float:
        """Sum of all indicator weights."""
        return sum(indicator.weight for _, indicator in self._walk_indicators())

    def all_indicators(self) -> list[Indicator]:
        """Indicators in rubric order, across sections."""
        return [indicator for _, indicator in self._walk_indicators()]

    def all_criteria(self) -> list[Criterion]:
        """Criteria in rubric order."""
        return list(self._criteria.values())

    def criterion(self, ident: str) -> Criterion | None:
        """Return the criterion with this id, if any."""
        return self._criteria.get(ident)

    def stage_ids(self) -> list[str]:
        """Every stage in order, the unit's own first."""
        return [UNIT_STAGE, *(stage.id for stage in self.stages)]

    def stage_label(self, ident: str, lang: Lang) -> str:
        """The name of a stage to show a person."""
        found = next((s for s in self.stages if s.id == ident), None)
        if found is not None:
            return found.label.get(lang)
        return "Unit" if ident == UNIT_STAGE else ident

    def grade_for(self, percent: float) -> Grade | None:
        """Return the highest grade band whose minimum ``percent`` reaches."""
        reached = [g for g in self.grades if percent >= g.min_percent]
        return max(reached, key=lambda g: g.min_percent, default=None)


_FIELD_TYPES: dict[type, dict[str, Any]] = {}


def field_types(part: type[Model]) -> dict[str, Any]:
    """Return the keys a rubric part accepts in a file, with their annotations."""
    known = _FIELD_TYPES.get(part)
    if known is None:
        known = _FIELD_TYPES[part] = {f.name: f.type for f in dataclasses.fields(part) if f.init}
    return known


def to_data(value: Any) -> Any:
    """Return rubric parts as plain data: mappings of the fields a file gives, lists, scalars."""
    if isinstance(value, Model):
        return {name: to_data(getattr(value, name)) for name in field_types(type(value))}
    if isinstance(value, list):
        return [to_data(item) for item in value]
    if isinstance(value, dict):
        return {name: to_data(item) for name, item in value.items()}
    return value


def from_data(annotation: Any, data: Any) -> Any:
    """Rebuild rubric parts from ``to_data``'s output, trusting it (no rule is checked)."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return from_data(get_args(annotation)[0], data)
    if origin in (Union, types.UnionType):
        if data is None:
            return None
        return from_data(next(a for a in get_args(annotation) if a is not type(None)), data)
    if origin is list:
        return [from_data(get_args(annotation)[0], item) for item in data]
    if origin is dict:
        return {name: from_data(get_args(annotation)[1], item) for name, item in data.items()}
    if isinstance(annotation, type) and issubclass(annotation, Model):
        kinds = field_types(annotation)
        return annotation(**{name: from_data(kinds[name], item) for name, item in data.items()})
    return data


__all__ = [
    "ID_PATTERN",
    "Criterion",
    "Grade",
    "Indicator",
    "Lang",
    "Option",
    "Rubric",
    "Scale",
    "Section",
    "Source",
    "Stage",
    "Text",
]

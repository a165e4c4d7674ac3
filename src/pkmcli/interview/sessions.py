"""The answers file behind an interview: pick its name, open it new or resumed, save it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from pkmcli.answers.model import Answer, AnswerSet
from pkmcli.answers.reader import load_answers, load_answers_document, read_answers
from pkmcli.errors import PkmError
from pkmcli.files.writing import check_writable
from pkmcli.language import Lang
from pkmcli.rubric.model import Rubric

DEFAULT_PREFIX = "jawaban"


@dataclass(frozen=True, slots=True)
class Session:
    """An answers file opened for the interview."""

    path: Path
    rubric: Rubric
    answer_set: AnswerSet
    resumed: bool


def with_metadata(answer_set: AnswerSet, values: Mapping[str, str | None]) -> AnswerSet:
    """Return ``answer_set`` with the unit, period and assessor found in ``values``."""
    return replace(
        answer_set,
        unit=values.get("unit", answer_set.unit),
        period=values.get("period", answer_set.period),
        assessor=values.get("assessor", answer_set.assessor),
    )


def default_answers_path(folder: Path, rubric: Rubric, today: date) -> Path:
    """Return the newest unfinished ``jawaban-<rubric>-<date>.yaml`` in ``folder``, else today's.

    So that running ``pkm assess`` again the next day resumes instead of starting afresh.
    """
    for candidate in sorted(folder.glob(f"{DEFAULT_PREFIX}-{rubric.id}-*.yaml"), reverse=True):
        try:
            answer_set = read_answers(load_answers_document(candidate), rubric)
        except PkmError:
            continue
        if answer_set.unanswered(rubric):
            return candidate
    return folder / f"{DEFAULT_PREFIX}-{rubric.id}-{today.isoformat()}.yaml"


def open_session(
    path: Path, rubric_ref: str | None, metadata: Mapping[str, str | None], display: str
) -> Session:
    """Open ``path`` to resume it, or start a new answers file when it is absent or empty.

    Metadata given here (command-line options) replaces what the file holds.
    """
    from pkmcli.rubric.catalog import load_rubric  # noqa: PLC0415

    given = {name: value for name, value in metadata.items() if value is not None}
    check_writable(path, display)
    if path.is_file() and path.stat().st_size > 0:
        rubric, answer_set = load_answers(path, rubric_ref, display=display)
        return Session(path, rubric, with_metadata(answer_set, given), resumed=True)
    rubric = load_rubric(rubric_ref)
    blank = AnswerSet(rubric=rubric.id, file=display)
    return Session(path, rubric, with_metadata(blank, given), resumed=False)


def _answer_data(answer: Answer) -> Any:
    if answer.numerator is not None:
        data: dict[str, Any] = {"numerator": answer.numerator, "denominator": answer.denominator}
    elif answer.key is not None or answer.number is not None:
        value = answer.key if answer.key is not None else answer.number
        if answer.note is None and not answer.evidence:
            return value
        data = {"answer": value}
    else:
        data = {}
    if answer.note is not None:
        data["note"] = answer.note
    if answer.evidence:
        data["evidence"] = list(answer.evidence)
    return data or None


def render_session_file(path: Path, rubric: Rubric, answer_set: AnswerSet, lang: Lang) -> str:
    """Return the file text: JSON for a ``.json`` file, else YAML with the questions as comments."""
    if path.suffix.lower() == ".json":
        data: dict[str, Any] = {"rubric": answer_set.rubric}
        for name in ("unit", "period", "assessor"):
            if getattr(answer_set, name) is not None:
                data[name] = getattr(answer_set, name)
        data["answers"] = {
            ident: _answer_data(answer) for ident, answer in answer_set.answers.items()
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    from pkmcli.answers.drafting import render_answers  # noqa: PLC0415

    return render_answers(rubric, answer_set, lang)

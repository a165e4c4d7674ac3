"""The answers file behind an interview: pick its name, open it new or resumed, save it.

A review stage's interview opens an existing file instead (``open_review``), and saves only
that stage.
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pkmcli.answers.model import AnswerSet, Review
from pkmcli.answers.reader import load_answers_document, read_answers, rubric_for
from pkmcli.errors import PkmError, Problem, UsageError
from pkmcli.files.reading import file_document, read_text
from pkmcli.files.writing import check_not_an_input, check_writable
from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.rubric.model import Rubric

DEFAULT_PREFIX = "jawaban"


@dataclass(frozen=True, slots=True)
class Session:
    """An answers file opened for the interview."""

    path: Path
    rubric: Rubric
    answer_set: AnswerSet
    resumed: bool
    # A resumed file's text, and the answers it holds (before metadata given as options).
    text: str | None = None
    original: AnswerSet | None = None
    # The review stage this session answers; None: the unit's own answers.
    stage: str | None = None

    def file(self, lang: Lang) -> SessionFile:
        """Return how to save this session's answers file."""
        if self.text is None or self.original is None:
            blank = AnswerSet(rubric=self.rubric.id, file=self.answer_set.file)
            return SessionFile(self.path, self.rubric, lang, None, blank)
        return SessionFile(self.path, self.rubric, lang, self.text, self.original, self.stage)


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
    if rubric_ref is not None:
        check_not_an_input(path, display, [("rubric file", rubric_ref)])
    check_writable(path, display)
    if path.is_file() and path.stat().st_size > 0:
        text = read_text(path, display)
        doc = file_document(path, text, display, construct=False)
        rubric = rubric_for(doc, rubric_ref)
        answer_set = read_answers(doc, rubric, chosen=rubric_ref is not None)
        resumed = with_metadata(answer_set, given)
        return Session(path, rubric, resumed, resumed=True, text=text, original=answer_set)
    rubric = load_rubric(rubric_ref)
    blank = AnswerSet(rubric=rubric.id, file=display)
    return Session(path, rubric, with_metadata(blank, given), resumed=False)


def open_review(
    path: Path,
    stage: str,
    rubric_ref: str | None,
    fields: Mapping[str, str | None],
    display: str,
    lang: Lang,
    today: date | None = None,
) -> Session:
    """Open an answers file for review stage ``stage``; ``resumed`` when the stage is in it.

    ``fields`` (assessor, date) given here replace the stage's; a new stage is added, in
    memory, at the end of the reviews, dated ``today`` unless a date is given. Refused: a
    file without the unit's answers (invalid input), a stage the rubric does not declare or
    one a later stage already follows (usage).
    """
    given_date = fields.get("date")
    if given_date is not None:
        try:
            date.fromisoformat(given_date)
        except ValueError:
            message = say("interview.bad_date", lang, given=given_date)
            raise UsageError([Problem("--date", message)]) from None
    text = read_text(path, display)
    doc = file_document(path, text, display, construct=False)
    rubric = rubric_for(doc, rubric_ref)
    answer_set = read_answers(doc, rubric, chosen=rubric_ref is not None)
    order = rubric.stage_ids()
    declared = ", ".join(order[1:])
    if stage not in order[1:]:
        message = (
            say(
                "interview.unknown_stage",
                lang,
                given=stage,
                rubric=rubric.id,
                hint=_did_you_mean(stage, order[1:], lang),
                stages=declared,
            )
            if declared
            else say("interview.no_stages", lang, rubric=rubric.id)
        )
        raise UsageError([Problem("--stage", message)])
    later = [r.stage for r in answer_set.reviews if order.index(r.stage) > order.index(stage)]
    if later:
        message = say("interview.later_stage", lang, later=later[0], stage=stage, stages=declared)
        raise UsageError([Problem(display, message)])
    if not any(answer.answered for answer in answer_set.answers.values()):
        command = shlex.join(["pkm", "assess", display])
        raise PkmError([Problem(display, say("interview.no_unit_answers", lang, command=command))])
    check_writable(path, display)
    found = next((r for r in answer_set.reviews if r.stage == stage), None)
    review = found or Review(stage)
    review = replace(
        review,
        assessor=fields.get("assessor") or review.assessor,
        date=given_date or review.date or (today.isoformat() if today else None),
    )
    others = tuple(r for r in answer_set.reviews if r.stage != stage)
    opened = replace(answer_set, reviews=(*others, review))
    return Session(
        path, rubric, opened, found is not None, text=text, original=answer_set, stage=stage
    )


def _did_you_mean(word: str, choices: list[str], lang: Lang) -> str:
    import difflib  # noqa: PLC0415 - only needed on the error path

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return say("interview.did_you_mean", lang, id=close[0]) if close else ""


class SessionFile:
    """The text of the answers file as saved, and how to save the next answer set.

    A file that exists is edited in place: only the entries that changed are rewritten
    (``answers.editing``), so the user's comments, order and quoting stay. A new file is
    written whole, every question as a comment.
    """

    def __init__(
        self,
        path: Path,
        rubric: Rubric,
        lang: Lang,
        text: str | None,
        saved: AnswerSet,
        stage: str | None = None,
    ) -> None:
        self.path = path
        self.rubric = rubric
        self.lang = lang
        self.text = text
        self.saved = saved
        self.stage = stage  # a review stage: only its entries are edited

    def render(self, answer_set: AnswerSet) -> str:
        """Return the file's next text, holding ``answer_set``."""
        from pkmcli.answers.editing import (  # noqa: PLC0415
            EditError,
            edit_answers_text,
            edit_review_text,
            render_reviewed_file,
        )

        if self.text is not None:
            json_file = self.path.suffix.lower() == ".json"
            try:
                if self.stage is not None:
                    return edit_review_text(
                        self.text,
                        self.rubric,
                        self.saved,
                        answer_set,
                        self.stage,
                        as_json=json_file,
                    )
                return edit_answers_text(
                    self.text, self.rubric, self.saved, answer_set, as_json=json_file
                )
            except EditError:
                pass  # a shape the edits cannot place: the file is written afresh
        # Afresh, review stages included, so that neither kind of save drops the other's.
        return render_reviewed_file(self.path, self.rubric, answer_set, self.lang)

    def saved_as(self, answer_set: AnswerSet, text: str) -> None:
        """Remember what the file now holds."""
        self.saved = answer_set
        self.text = text

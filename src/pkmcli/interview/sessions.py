"""The answers file behind an interview: pick its name, open it new or resumed, save it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pkmcli.answers.drafting import render_answers_file
from pkmcli.answers.model import AnswerSet
from pkmcli.answers.reader import load_answers_document, read_answers, rubric_for
from pkmcli.errors import PkmError
from pkmcli.files.reading import file_document, read_text
from pkmcli.files.writing import check_not_an_input, check_writable
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
    # A resumed file's text, and the answers it holds (before metadata given as options).
    text: str | None = None
    original: AnswerSet | None = None

    def file(self, lang: Lang) -> SessionFile:
        """Return how to save this session's answers file."""
        if self.text is None or self.original is None:
            blank = AnswerSet(rubric=self.rubric.id, file=self.answer_set.file)
            return SessionFile(self.path, self.rubric, lang, None, blank)
        return SessionFile(self.path, self.rubric, lang, self.text, self.original)


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


class SessionFile:
    """The text of the answers file as saved, and how to save the next answer set.

    A file that exists is edited in place: only the entries that changed are rewritten
    (``answers.editing``), so the user's comments, order and quoting stay. A new file is
    written whole, every question as a comment.
    """

    def __init__(
        self, path: Path, rubric: Rubric, lang: Lang, text: str | None, saved: AnswerSet
    ) -> None:
        self.path = path
        self.rubric = rubric
        self.lang = lang
        self.text = text
        self.saved = saved

    def render(self, answer_set: AnswerSet) -> str:
        """Return the file's next text, holding ``answer_set``."""
        from pkmcli.answers.editing import EditError, edit_answers_text  # noqa: PLC0415

        if self.text is not None:
            json_file = self.path.suffix.lower() == ".json"
            try:
                return edit_answers_text(
                    self.text, self.rubric, self.saved, answer_set, as_json=json_file
                )
            except EditError:
                pass  # a shape the edits cannot place: the file is written afresh
        return render_answers_file(self.path, self.rubric, answer_set, self.lang)

    def saved_as(self, answer_set: AnswerSet, text: str) -> None:
        """Remember what the file now holds."""
        self.saved = answer_set
        self.text = text

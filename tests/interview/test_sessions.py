"""The answers file behind an interview: new or resumed, refused before any question, its default name, JSON kept JSON."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console

from helpers import DATA
from pkmcli.answers.model import AnswerSet
from pkmcli.answers.reader import load_answers
from pkmcli.errors import PkmError
from pkmcli.interview.flow import Interview
from pkmcli.interview.sessions import default_answers_path, open_session
from pkmcli.interview.terminal import file_saver
from pkmcli.language import Lang
from pkmcli.rubric.catalog import load_rubric
from pkmcli.rubric.model import Rubric

ALL_IDS = ["a.1", "a.2", "a.3", "a.4", "b.1", "b.2", "b.3", "b.4", "b.5", "c.1", "c.2", "c.3"]


FULL = ["ya", "b", "a", "b", "a", "c", "a", "b", "ya", "a", "tidak", "a"]


def render(screen) -> str:
    console = Console(file=io.StringIO(), width=80, color_system=None, highlight=False)
    console.print(screen)
    # Rich pads table cells with spaces; a terminal shows none of them.
    return "".join(line.rstrip() + "\n" for line in console.file.getvalue().splitlines())


class Script:
    """A prompter that types the given lines and records everything shown and asked."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = list(lines)
        self.shown: list[str] = []
        self.prompts: list[str] = []
        self.transcript: list[str] = []

    def show(self, screen) -> None:
        self.shown.append(render(screen))
        self.transcript.append(self.shown[-1])

    def ask(self, prompt) -> str:
        self.prompts.append(prompt.plain)
        self.transcript.append(prompt.plain)
        if not self.lines:
            raise EOFError
        return self.lines.pop(0)

    @property
    def text(self) -> str:
        return "".join(self.transcript)


class Saves:
    """The real save callback, plus the file read back with the real loader after every save."""

    def __init__(
        self, path: Path, rubric: Rubric, lang: Lang = "id", ref: str | None = None
    ) -> None:
        self.path = path
        self.rubric = rubric
        self.ref = ref
        self.write = file_saver(path, rubric, lang)
        self.snapshots: list[AnswerSet] = []

    def __call__(self, answer_set: AnswerSet) -> None:
        self.write(answer_set)
        self.snapshots.append(self.loaded())

    def loaded(self) -> AnswerSet:
        return load_answers(self.path, self.ref)[1]

    def keys(self, index: int = -1) -> dict[str, str | None]:
        return answered(self.snapshots[index])


def answered(answer_set: AnswerSet) -> dict[str, str | None]:
    """Map each answered criterion id to its key (the file lists empty ones too)."""
    return {i: a.key for i, a in answer_set.answers.items() if a.answered}


@pytest.fixture
def rubric() -> Rubric:
    return load_rubric("pkp-2019")


def interview(tmp_path, rubric, lines, answer_set=None, lang: Lang = "id", ref=None):
    script = Script(lines)
    saves = Saves(tmp_path / "jawaban.yaml", rubric, lang, ref)
    answers = answer_set or AnswerSet(rubric=rubric.id, file="jawaban.yaml")
    return Interview(rubric, answers, script, saves, lang), script, saves


def test_new_file_takes_metadata_options_and_an_empty_file_counts_as_new(tmp_path):
    path = tmp_path / "kosong.yaml"
    path.write_text("")
    session = open_session(path, None, {"unit": "U", "period": None}, "kosong.yaml")
    assert not session.resumed
    assert (session.answer_set.unit, session.answer_set.period) == ("U", None)
    assert session.rubric.id == "pkp-2019"


def test_resuming_an_invalid_file_reports_located_errors_and_leaves_it(tmp_path):
    path = tmp_path / "rusak.yaml"
    text = "rubric: pkp-2019\nanswers:\n  a.1: mungkin\n  a.9: b\n"
    path.write_text(text)
    with pytest.raises(PkmError) as caught:
        open_session(path, None, {}, "rusak.yaml")
    assert [p.render() for p in caught.value.problems] == [
        "rusak.yaml:3:8: a.1: 'mungkin' is not an option here; expected one of ya, tidak",
        "rusak.yaml:4:3: unknown criterion 'a.9'; did you mean a.4? (rubric pkp-2019 has a.1 to c.3)",
    ]
    assert path.read_text() == text


def test_a_path_that_cannot_be_saved_to_is_refused_before_any_question(tmp_path):
    with pytest.raises(PkmError) as caught:
        open_session(tmp_path, None, {}, "folder")
    assert str(caught.value) == "folder: is a directory; give a file path to write"
    with pytest.raises(PkmError) as caught:
        open_session(tmp_path / "nope" / "j.yaml", None, {}, "nope/j.yaml")
    assert str(caught.value) == (
        f"nope/j.yaml: cannot write: directory '{tmp_path / 'nope'}' does not exist"
    )


def test_default_path_resumes_the_newest_unfinished_file(tmp_path, rubric):
    today = date(2026, 3, 2)
    assert default_answers_path(tmp_path, rubric, today).name == "jawaban-pkp-2019-2026-03-02.yaml"
    full = "\n".join(f"  {i}: {k}" for i, k in zip(ALL_IDS, FULL, strict=True))
    (tmp_path / "jawaban-pkp-2019-2026-02-01.yaml").write_text(
        "rubric: pkp-2019\nanswers:\n  a.1: ya\n"
    )
    (tmp_path / "jawaban-pkp-2019-2026-02-20.yaml").write_text(
        f"rubric: pkp-2019\nanswers:\n{full}\n"
    )
    (tmp_path / "jawaban-pkp-2019-2026-02-25.yaml").write_text("rubric: pkp-2019\nanswers: [\n")
    assert default_answers_path(tmp_path, rubric, today).name == "jawaban-pkp-2019-2026-02-01.yaml"


def test_a_json_answers_file_stays_json(tmp_path, rubric):
    path = tmp_path / "jawaban.json"
    path.write_text('{"rubric": "pkp-2019", "unit": "U", "answers": {"a.1": "ya"}}')
    session = open_session(path, None, {}, "jawaban.json")
    script = Script(["b", "+ catatan", "q"])
    Interview(rubric, session.answer_set, script, file_saver(path, rubric, "id", session)).run()
    assert json.loads(path.read_text()) == {
        "rubric": "pkp-2019",
        "unit": "U",
        "answers": {"a.1": "ya", "a.2": "b", "a.3": {"note": "catatan"}},
    }


def test_a_hand_written_file_keeps_everything_but_the_answers_given(tmp_path, rubric):
    path = tmp_path / "jawaban.yaml"
    original = (DATA / "jawaban-tulisan-tangan.yaml").read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    session = open_session(path, None, {"assessor": "Tim ZI"}, "jawaban.yaml")
    script = Script([":a.3", "b", "q"])
    Interview(rubric, session.answer_set, script, file_saver(path, rubric, "id", session)).run()
    assert path.read_text(encoding="utf-8") == original.replace(
        "\nanswers:\n", "\nassessor: Tim ZI\nanswers:\n"
    ).replace(
        '    a.2: {answer: b, note: "Maklumat di loket"}\n',
        '    a.2: {answer: b, note: "Maklumat di loket"}\n    a.3: b\n',
    )

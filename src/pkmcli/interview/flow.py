"""The assessment interview: criterion by criterion, saving after every change."""

from __future__ import annotations

import difflib
import enum
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from rich.text import Text

from pkmcli.answers.model import Answer, AnswerSet
from pkmcli.interview import screens
from pkmcli.interview.inputs import choose_option, jump_target, parse_answer
from pkmcli.interview.sessions import with_metadata
from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.rubric.model import Criterion, Indicator, Rubric

if TYPE_CHECKING:
    from rich.console import RenderableType

METADATA_FIELDS = ("unit", "period", "assessor")


class Prompter(Protocol):
    """Where the interview shows screens and reads typed lines."""

    def show(self, screen: RenderableType) -> None: ...

    def ask(self, prompt: Text) -> str:
        """Return one typed line; raise EOFError or KeyboardInterrupt when the user leaves."""
        ...


class Outcome(enum.Enum):
    """How an interview ended."""

    FINISHED = "finished"
    QUIT = "quit"


class Move(enum.Enum):
    """Where a screen sends the interview next."""

    NEXT = "next"
    BACK = "back"
    QUIT = "quit"
    FINISH = "finish"


@dataclass(frozen=True, slots=True)
class Jump:
    """To the criterion at ``index``."""

    index: int


_REVIEW = -1
# An answer followed by a note or evidence on the same line: "b + dipasang di loket".
_WITH_EXTRA = re.compile(r"(?P<answer>\S+)\s+(?P<mark>[+@])(?P<text>.*)")


class Interview:
    """Asks each criterion of a rubric through a Prompter and saves after every change.

    A review stage's interview (``interview.review``) is this one with other screens and
    another place to keep the answers: it overrides the methods marked as hooks.
    """

    # The words that explain the final review screen, and those said when ``-`` clears.
    review_help_key = "review_help"
    cleared_key = "cleared"

    def __init__(
        self,
        rubric: Rubric,
        answer_set: AnswerSet,
        prompter: Prompter,
        save: Callable[[AnswerSet], None],
        lang: Lang = "id",
    ) -> None:
        self.rubric = rubric
        self.answer_set = answer_set
        self.prompter = prompter
        self.save = save
        self.lang = lang
        self.criteria = rubric.all_criteria()
        self.indicators: dict[str, Indicator] = {
            c.id: indicator for indicator in rubric.all_indicators() for c in indicator.criteria
        }

    def word(self, key: str, **values: object) -> str:
        return say(f"interview.{key}", self.lang, **values)

    def say(self, key: str, style: str = "", **values: object) -> None:
        self.prompter.show(Text(self.word(key, **values), style=style))

    def ask_metadata(self, names: Iterable[str]) -> None:
        """Ask for each named metadata field (unit, period, assessor), saving after each."""
        for name in names:
            prompt = Text(f"{self.word('meta_' + name)} ", style="bold")
            prompt.append(f"[{self.word('meta_skip')}]: ", style="dim")
            value = " ".join(self.prompter.ask(prompt).split())
            self.answer_set = with_metadata(self.answer_set, {name: value or None})
            self.save(self.answer_set)

    def run(self, *, restart: bool = False) -> Outcome:
        """Ask each criterion, then the review; return how the user ended.

        A resumed interview starts at the first unanswered criterion and moves on to the next
        unanswered one; ``restart`` walks every criterion from the first instead.
        """
        position = 0 if restart else self.next_open(-1)
        from_review = False
        while True:
            if position == _REVIEW:
                move = self.review()
                if move is Move.FINISH:
                    return Outcome.FINISHED
                if move is Move.QUIT:
                    return Outcome.QUIT
                if isinstance(move, Jump):
                    position, from_review = move.index, True
                else:
                    position = len(self.criteria) - 1
                continue
            move = self.ask_criterion(position)
            if move is Move.QUIT:
                return Outcome.QUIT
            if isinstance(move, Jump):
                position = move.index
            elif move is Move.BACK:
                position, from_review = position - 1, False
            elif from_review or position + 1 == len(self.criteria):
                position, from_review = _REVIEW, False
            else:
                position = position + 1 if restart else self.next_open(position)

    def next_open(self, after: int) -> int:
        """Return the index of the first open criterion after ``after``, else the review."""
        for index in range(after + 1, len(self.criteria)):
            if self.is_open(self.criteria[index]):
                return index
        return _REVIEW

    def is_open(self, criterion: Criterion) -> bool:
        """Hook: tell whether a resumed interview still has to ask ``criterion``."""
        return not self.current(criterion).answered

    def current(self, criterion: Criterion) -> Answer:
        """Hook: return what is saved for ``criterion`` (note and evidence too)."""
        return self.answer_set.answers.get(criterion.id) or Answer()

    def standing(self, criterion: Criterion) -> Answer:
        """Hook: return the answer Enter keeps, shown in the prompt."""
        return self.current(criterion)

    def update(self, criterion: Criterion, answer: Answer) -> None:
        """Hook: store ``answer`` for ``criterion`` (dropping it when empty) and save the file."""
        answers = dict(self.answer_set.answers)
        if answer == Answer():
            answers.pop(criterion.id, None)
        else:
            answers[criterion.id] = answer
        ordered = {c.id: answers[c.id] for c in self.criteria if c.id in answers}
        self.answer_set = replace(self.answer_set, answers=ordered)
        self.save(self.answer_set)

    def quit_key(self, criterion: Criterion | None) -> str:
        """Return ``q``, or ``!q`` where ``q`` is an option key of ``criterion``."""
        if criterion is not None and choose_option(criterion, "q") is not None:
            return "!q"
        return "q"

    def ask_criterion(self, position: int) -> Move | Jump:
        criterion = self.criteria[position]
        self.prompter.show(self.criterion_screen(position))
        while True:
            saved = screens.describe_answer(criterion, self.standing(criterion), self.lang)
            prompt = screens.criterion_prompt(criterion, saved, self.lang)
            typed = self.prompter.ask(prompt).strip()
            move = self.command(position, typed)
            if move is not None:
                return move

    def criterion_screen(self, position: int) -> RenderableType:
        """Hook: return the screen that asks the criterion at ``position``."""
        criterion = self.criteria[position]
        return screens.criterion_screen(
            self.indicators[criterion.id],
            criterion,
            (position + 1, len(self.criteria)),
            self.answer_set.answers.get(criterion.id),
            self.lang,
            self.quit_key(criterion),
        )

    def command(self, position: int, typed: str) -> Move | Jump | None:
        """Do what a line typed at a criterion says; return where to go, or None to ask again."""
        criterion = self.criteria[position]
        current = self.current(criterion)
        answer = parse_answer(criterion, typed)
        extra = None
        if answer is None and (extra := _WITH_EXTRA.fullmatch(typed)) is not None:
            answer = parse_answer(criterion, extra["answer"])
        if answer is not None:
            self.update(criterion, with_value(current, answer))
            if extra is not None and extra["mark"] == "+":
                self.edit_note(criterion, extra["text"].strip())
            elif extra is not None:
                self.edit_evidence(criterion, extra["text"].strip())
            return Move.NEXT
        if typed in {"", ">"}:
            return self.enter(criterion)
        if typed == "<":
            if position == 0:
                self.say("first", "yellow")
                return None
            return Move.BACK
        if typed.casefold() in {"q", "!q"}:
            return Move.QUIT
        if typed == "?":
            self.prompter.show(self.help_screen(position))
        elif typed == "-":
            self.update(criterion, with_value(current, Answer()))
            self.say(self.cleared_key, "green", id=criterion.id)
        elif typed.startswith("+"):
            self.edit_note(criterion, typed[1:].strip())
        elif typed.startswith("@"):
            self.edit_evidence(criterion, typed[1:].strip())
        elif (target := jump_target(typed)) is not None:
            index = self.find(target)
            if index is not None:
                return Jump(index)
        else:
            self.reject(criterion, typed)
        return None

    def enter(self, criterion: Criterion) -> Move:  # noqa: ARG002 - a hook's signature
        """Hook: Enter on a criterion goes on, keeping what is saved."""
        return Move.NEXT

    def help_screen(self, position: int) -> RenderableType:
        """Hook: return the help for the criterion at ``position``."""
        criterion = self.criteria[position]
        example = self.criteria[(position + 1) % len(self.criteria)].id
        return screens.help_screen(criterion, self.lang, self.quit_key(criterion), example)

    def reject(self, criterion: Criterion, typed: str) -> None:
        if criterion.type == "choice":
            keys = ", ".join(o.key for o in criterion.choices)
            self.say("not_option", "red", given=typed, keys=keys)
        else:
            self.say(f"bad_{criterion.type}", "red", given=typed)

    def find(self, target: str) -> int | None:
        """Return the index of criterion ``target``, or say it does not exist."""
        ids = [c.id for c in self.criteria]
        folded = [ident.casefold() for ident in ids]
        if target.casefold() in folded:
            return folded.index(target.casefold())
        close = difflib.get_close_matches(target, ids, n=1, cutoff=0.6)
        hint = self.word("did_you_mean", id=close[0]) if close else ""
        self.say("unknown_id", "red", given=target, hint=hint, first=ids[0], last=ids[-1])
        return None

    def edit_note(self, criterion: Criterion, text: str) -> None:
        current = self.current(criterion)
        if not text:
            if current.note:
                self.say("note_current", note=current.note)
            text = self.prompter.ask(Text(self.word("note_prompt"), style="bold")).strip()
            if not text:
                return
        if text == "-":
            self.update(criterion, replace(current, note=None))
            self.say("note_removed", "green")
            return
        self.update(criterion, replace(current, note=" ".join(text.split())))
        self.say("note_saved", "green")

    def edit_evidence(self, criterion: Criterion, text: str) -> None:
        if text:
            self.add_evidence(criterion, text)
            return
        while True:
            current = self.current(criterion)
            for number, item in enumerate(current.evidence, start=1):
                self.prompter.show(Text(f"  {number}. {item}"))
            text = self.prompter.ask(Text(self.word("evidence_prompt"), style="bold")).strip()
            if not text:
                return
            removal = re.fullmatch(r"-\s*(\d+)", text)
            if removal is None:
                self.add_evidence(criterion, text)
                continue
            number = int(removal.group(1))
            if not 1 <= number <= len(current.evidence):
                self.say("no_such_item", "red", number=number)
                continue
            kept = current.evidence[: number - 1] + current.evidence[number:]
            self.update(criterion, replace(current, evidence=kept))
            self.say("evidence_removed", "green", number=number)

    def add_evidence(self, criterion: Criterion, item: str) -> None:
        current = self.current(criterion)
        if item not in current.evidence:
            self.update(criterion, replace(current, evidence=(*current.evidence, item)))
        self.say("evidence_added", "green", count=len(self.current(criterion).evidence))

    def review(self) -> Move | Jump:
        self.prompter.show(self.review_screen())
        while True:
            typed = self.prompter.ask(screens.review_prompt(self.lang)).strip()
            if typed == "":
                return Move.FINISH
            if typed == "<":
                return Move.BACK
            if typed.casefold() in {"q", "!q"}:
                return Move.QUIT
            if typed == "?":
                self.say(self.review_help_key, id=self.criteria[0].id)
                continue
            index = self.find(jump_target(typed) or typed)
            if index is not None:
                return Jump(index)

    def review_screen(self) -> RenderableType:
        """Hook: return the screen after the last criterion, every answer on it."""
        indicators = self.rubric.all_indicators()
        return screens.review_screen(
            indicators, self.answer_set.answers, self.lang, self.quit_key(None)
        )


def with_value(current: Answer, given: Answer) -> Answer:
    """Return ``current`` with the answer of ``given``, keeping its note, evidence and mark."""
    return replace(
        current,
        key=given.key,
        number=given.number,
        numerator=given.numerator,
        denominator=given.denominator,
    )

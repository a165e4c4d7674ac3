"""A review stage's interview: an evaluator agrees with each criterion or answers otherwise.

The unit's interview (``flow.Interview``) with other screens and another place for the
answers: the stage's own entries under ``reviews:``. Enter agrees (the criterion is recorded
in the stage with the answer it inherits), an option key answers differently, ``!`` sends the
criterion back to the unit for revision. The unit's answers and earlier stages are only read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Group
from rich.rule import Rule
from rich.style import Style
from rich.table import Table
from rich.text import Text

from pkmcli.answers.model import Answer, AnswerSet, Review, merge_answer
from pkmcli.interview import screens
from pkmcli.interview.flow import Interview, Jump, Move, Prompter, with_value
from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.numbers import fmt, short
from pkmcli.rubric.model import UNIT_STAGE, Criterion, Rubric
from pkmcli.scoring.arithmetic import Policy, ScoreResult, criterion_value, score_answers

if TYPE_CHECKING:
    from rich.console import RenderableType

# Toggles "sent back for revision"; no option key is a lone punctuation mark.
REVISION_KEY = "!"


class StageReview(Interview):
    """Walks every criterion for one review stage, saving the stage after every change."""

    review_help_key = "stage_review_help"
    cleared_key = "review_cleared"

    def __init__(
        self,
        rubric: Rubric,
        answer_set: AnswerSet,
        stage: str,
        prompter: Prompter,
        save: Callable[[AnswerSet], None],
        lang: Lang = "id",
        folder: Path | None = None,
        *,
        policy: Policy | None = None,
    ) -> None:
        self.policy = policy
        if all(review.stage != stage for review in answer_set.reviews):
            answer_set = replace(answer_set, reviews=(*answer_set.reviews, Review(stage)))
        super().__init__(rubric, answer_set, prompter, save, lang)
        self.stage = stage
        # Local evidence is looked for relative to the answers file's folder.
        self.folder = Path() if folder is None else folder
        order = rubric.stage_ids()
        self.earlier = tuple(
            r for r in answer_set.reviews if order.index(r.stage) < order.index(stage)
        )
        base = replace(answer_set, reviews=self.earlier)
        # What stands before this stage, and so what Enter agrees with.
        self.inherited = (base.at_stage(self.earlier[-1].stage) if self.earlier else base).answers
        self.unit = replace(answer_set, reviews=())

    # -- the stage's entries ------------------------------------------------------------

    def own(self) -> Review:
        return next(r for r in self.answer_set.reviews if r.stage == self.stage)

    def current(self, criterion: Criterion) -> Answer:
        return self.own().answers.get(criterion.id) or Answer()

    def is_open(self, criterion: Criterion) -> bool:
        return not self.current(criterion).answered

    def standing(self, criterion: Criterion) -> Answer:
        """Return the answer at this stage: its own, else the one it inherits."""
        return merge_answer(self.inherited.get(criterion.id) or Answer(), self.current(criterion))

    def update(self, criterion: Criterion, answer: Answer) -> None:
        entries = dict(self.own().answers)
        if answer == Answer():
            entries.pop(criterion.id, None)
        else:
            entries[criterion.id] = answer
        ordered = {c.id: entries[c.id] for c in self.criteria if c.id in entries}
        own = replace(self.own(), answers=ordered)
        reviews = tuple(own if r.stage == self.stage else r for r in self.answer_set.reviews)
        self.answer_set = replace(self.answer_set, reviews=reviews)
        self.save(self.answer_set)

    def reviewed(self) -> int:
        """Return how many criteria this stage has answered."""
        return sum(1 for c in self.criteria if not self.is_open(c))

    # -- typed lines --------------------------------------------------------------------

    def enter(self, criterion: Criterion) -> Move:
        current = self.current(criterion)
        if current.answered:
            return Move.NEXT
        inherited = self.inherited.get(criterion.id) or Answer()
        if not inherited.answered:
            self.say("nothing_to_agree", "yellow", id=criterion.id)
            return Move.NEXT
        option = criterion.find_option(inherited.key) if inherited.key is not None else None
        # An agreement is written with the rubric's key, however the unit spelt it.
        agreed = replace(inherited, key=option.key) if option else inherited
        self.update(criterion, with_value(current, agreed))
        return Move.NEXT

    def command(self, position: int, typed: str) -> Move | Jump | None:
        if typed != REVISION_KEY:
            return super().command(position, typed)
        criterion = self.criteria[position]
        current = self.current(criterion)
        self.update(criterion, replace(current, revision=not current.revision))
        self.say("revision_unset" if current.revision else "revision_set", "green", id=criterion.id)
        return None

    # -- screens ------------------------------------------------------------------------

    def criterion_screen(self, position: int) -> RenderableType:
        criterion = self.criteria[position]
        shown = screens.describe_answer(criterion, self.standing(criterion), self.lang)
        parts = screens.criterion_top(
            self.indicators[criterion.id],
            criterion,
            (position + 1, len(self.criteria)),
            shown,
            self.lang,
        )
        parts += [Text(), self.stages_grid(criterion), Text()]
        parts.append(
            screens.command_line(
                [
                    (
                        "Enter",
                        say("interview.keep", self.lang)
                        if self.current(criterion).answered
                        else say("interview.agree", self.lang),
                    ),
                    ("<", say("interview.back", self.lang)),
                    # Jumps (:id) are in the help: the line must fit 80 columns in Indonesian.
                    ("+", say("interview.note", self.lang).lower()),
                    ("@", say("interview.evidence", self.lang).lower()),
                    (REVISION_KEY, say("interview.revision_command", self.lang)),
                    ("?", say("interview.help", self.lang)),
                    (self.quit_key(criterion), say("interview.quit", self.lang)),
                ]
            )
        )
        return Group(*parts)

    def stages_grid(self, criterion: Criterion) -> Table:
        """Return what each stage said about ``criterion``: the unit, earlier stages, this one."""
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, style="bold")
        grid.add_column()
        unit = self.unit.answers.get(criterion.id) or Answer()
        grid.add_row(
            UNIT_STAGE, self.answer_text(criterion, unit, say("interview.unanswered", self.lang))
        )
        self.add_extras(grid, unit)
        for review in self.earlier:
            given = review.answers.get(criterion.id)
            if given is not None:
                grid.add_row(review.stage, self.answer_text(criterion, given, "-"))
                self.add_extras(grid, given)
        current = self.current(criterion)
        if current.answered:
            inherited = self.inherited.get(criterion.id) or Answer()
            said = (
                say("interview.agreed", self.lang)
                if _same(criterion, current, inherited)
                else say("interview.changed", self.lang)
            )
            status = Text(f"{said}: ", style="green", no_wrap=True, overflow="ellipsis")
            status.append_text(self.answer_text(criterion, current, ""))
        else:
            status = Text(say("interview.not_reviewed", self.lang), style="yellow")
            if current.revision:
                status.append(f" · {say('interview.revision', self.lang)}", style="bold red")
        grid.add_row(Text(self.stage, style="bold cyan"), status)
        self.add_extras(grid, current)
        return grid

    def answer_text(self, criterion: Criterion, answer: Answer, empty: str) -> Text:
        """Return an answer as ``b · nilai 0,67 · label``, marked when sent back."""
        shown = screens.describe_answer(criterion, answer, self.lang)
        text = Text(no_wrap=True, overflow="ellipsis")
        if not shown:
            text.append(empty, style="yellow")
        else:
            value, option = criterion_value(criterion, answer)
            number = short(option.value or 0.0, self.lang) if option else fmt(value, 2, self.lang)
            text.append(shown, style="bold")
            text.append(f" · {say('interview.value', self.lang)} {number}")
        if answer.revision:
            text.append(f" · {say('interview.revision', self.lang)}", style="bold red")
        if option_label := _label(criterion, answer, self.lang):
            text.append(f" · {option_label}", style="dim")
        return text

    def add_extras(self, grid: Table, answer: Answer) -> None:
        """Add a stage's note and evidence under its answer."""
        if answer.note:
            grid.add_row("", Text(f"{say('interview.note', self.lang)}: {answer.note}"))
        if answer.evidence:
            line = Text(f"{say('interview.evidence', self.lang)}: ")
            for number, item in enumerate(answer.evidence):
                if number:
                    line.append(", ")
                if item.startswith(("http://", "https://")):
                    line.append(item, style=Style(link=item, underline=True))
                    line.append(f" ({say('interview.link', self.lang)})", style="dim")
                elif (self.folder / item).exists():
                    line.append(f"{item} ({say('interview.present', self.lang)})", style="green")
                else:
                    line.append(f"{item} ({say('interview.missing', self.lang)})", style="red")
            grid.add_row("", line)

    def help_screen(self, position: int) -> RenderableType:
        criterion = self.criteria[position]
        example = self.criteria[(position + 1) % len(self.criteria)].id
        return screens.help_screen(
            criterion,
            self.lang,
            self.quit_key(criterion),
            example,
            meanings={
                "Enter, >": say("interview.help_agree", self.lang),
                "-": say("interview.help_clear_review", self.lang),
            },
            extra=[(REVISION_KEY, say("interview.help_revision", self.lang))],
        )

    def review_screen(self) -> RenderableType:
        """Return each criterion with the unit's answer and this stage's, then the scores."""
        label = self.rubric.stage_label(self.stage, self.lang)
        parts: list[RenderableType] = [
            Rule(style="dim"),
            Text(
                say(
                    "interview.stage_title",
                    self.lang,
                    stage=label,
                    done=self.reviewed(),
                    count=len(self.criteria),
                ),
                style="bold",
            ),
        ]
        head = (Text(""), Text(UNIT_STAGE, style="dim"), Text(self.stage, style="dim"), Text(""))
        rows = {c.id: self.summary_row(c) for c in self.criteria}
        # One grid per indicator, so every grid gets the same fixed widths to line up.
        widths = [max(len(row[n].plain) for row in [head, *rows.values()]) for n in range(3)]
        for number, indicator in enumerate(self.rubric.all_indicators()):
            parts.append(Text(f"{indicator.id}. {indicator.title.get(self.lang)}", style="bold"))
            grid = Table.grid(padding=(0, 2), expand=True)
            for width in widths:
                grid.add_column(width=width, no_wrap=True)
            grid.add_column(no_wrap=True, overflow="ellipsis", ratio=1)
            if number == 0:
                grid.add_row(*head)
            for criterion in indicator.criteria:
                grid.add_row(*rows[criterion.id])
            parts.append(grid)
        parts += [Text(), self.scores_grid(), Text()]
        for key, ids, style in (
            ("interview.differs", self.differing(), "bold"),
            (
                "interview.sent_back",
                [c.id for c in self.criteria if self.current(c).revision],
                "red",
            ),
            (
                "interview.not_reviewed_list",
                [c.id for c in self.criteria if self.is_open(c)],
                "yellow",
            ),
        ):
            line = Text(f"{say(key, self.lang)}: ")
            line.append(
                ", ".join(ids) or say("interview.none", self.lang), style=style if ids else "dim"
            )
            parts.append(line)
        open_ids = [c.id for c in self.criteria if self.is_open(c)]
        example = open_ids[0] if open_ids else self.criteria[0].id
        parts.append(Text())
        parts.append(
            screens.command_line(
                [
                    ("Enter", say("interview.finish", self.lang)),
                    (example, say("interview.change", self.lang)),
                    ("<", say("interview.back", self.lang)),
                    (self.quit_key(None), say("interview.quit", self.lang)),
                ]
            )
        )
        return Group(*parts)

    def summary_row(self, criterion: Criterion) -> tuple[Text, ...]:
        unit = (
            screens.describe_answer(criterion, self.unit.answers.get(criterion.id), self.lang)
            or "-"
        )
        current = self.current(criterion)
        status = Text()
        if current.answered:
            inherited = self.inherited.get(criterion.id) or Answer()
            agreed = _same(criterion, current, inherited)
            status.append(
                say("interview.agreed", self.lang)
                if agreed
                else say("interview.changed", self.lang),
                style="green",
            )
        else:
            status.append(say("interview.not_reviewed", self.lang), style="yellow")
        if current.revision:
            status.append(f" · {say('interview.revision', self.lang)}", style="bold red")
        if current.note or current.evidence:
            extras = [
                say(key, self.lang).lower()
                for key, name in (("interview.note", "note"), ("interview.evidence", "evidence"))
                if getattr(current, name)
            ]
            status.append(f" [{', '.join(extras)}]", style="green")
        stage = screens.describe_answer(criterion, current, self.lang) or "-"
        return (
            Text(f"  {criterion.id}", style="cyan"),
            Text(unit),
            Text(stage, style="bold" if current.answered else "yellow"),
            status,
        )

    def scores(self) -> tuple[ScoreResult, ScoreResult]:
        """Return the unit's scores and this stage's, with the same arithmetic."""
        return (
            score_answers(self.rubric, self.unit, self.policy),
            score_answers(self.rubric, self.answer_set.at_stage(self.stage), self.policy),
        )

    def scores_grid(self) -> Table:
        unit, stage = self.scores()
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, overflow="ellipsis")
        grid.add_column(justify="right", no_wrap=True)
        grid.add_column(justify="right", no_wrap=True)
        grid.add_row(
            Text(say("interview.scores", self.lang), style="bold"),
            Text(UNIT_STAGE, style="dim"),
            Text(self.stage, style="dim"),
        )
        for before, after in zip(unit.indicators, stage.indicators, strict=True):
            grid.add_row(
                f"{before.indicator.id}. {before.indicator.title.get(self.lang)}",
                fmt(before.score, 2, self.lang),
                Text(fmt(after.score, 2, self.lang), style="bold"),
            )
        grid.add_row(
            Text(
                f"{say('interview.total', self.lang)} ({short(unit.max_score, self.lang)})",
                style="bold",
            ),
            fmt(unit.score, 2, self.lang),
            Text(fmt(stage.score, 2, self.lang), style="bold"),
        )
        grid.add_row(
            "",
            f"{fmt(unit.percent, 2, self.lang)}%",
            Text(f"{fmt(stage.percent, 2, self.lang)}%", style="bold"),
        )
        return grid

    def differing(self) -> list[str]:
        """Return the ids whose answer at this stage is not the unit's."""
        standing = self.answer_set.at_stage(self.stage).answers
        return [
            c.id
            for c in self.criteria
            if not _same(c, standing.get(c.id) or Answer(), self.unit.answers.get(c.id) or Answer())
        ]


def _same(criterion: Criterion, one: Answer, other: Answer) -> bool:
    """Tell whether two answers give the same answer (keys in any case, notes aside)."""
    return _value(criterion, one) == _value(criterion, other)


def _value(criterion: Criterion, answer: Answer) -> tuple[object, ...]:
    option = criterion.find_option(answer.key) if answer.key is not None else None
    key = option.key if option else answer.key
    return key, answer.number, answer.numerator, answer.denominator


def _label(criterion: Criterion, answer: Answer, lang: Lang) -> str:
    option = criterion.find_option(answer.key) if answer.key is not None else None
    return screens.option_label(option, lang) if option and option.label else ""

"""What the interview shows: criterion screens, help, review, and every fixed label."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rich.console import Group
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from pkmcli.answers.model import Answer
from pkmcli.interview.phrases import WORDS
from pkmcli.language import Lang
from pkmcli.rubric.model import Criterion, Indicator, Option

if TYPE_CHECKING:
    from rich.console import RenderableType


def option_label(option: Option, lang: Lang) -> str:
    """Return an option's label, or its key when it has none."""
    return option.label.get(lang) if option.label else option.key


def describe_answer(criterion: Criterion, answer: Answer | None) -> str:
    """Return an answer as short text: the option key, the percentage or the ratio."""
    if answer is None or not answer.answered:
        return ""
    if answer.key is not None:
        option = criterion.find_option(answer.key)
        return option.key if option else answer.key
    if answer.number is not None:
        return f"{answer.number:g}%"
    return f"{answer.numerator:g}/{answer.denominator:g}"


def input_hint(criterion: Criterion) -> str:
    """Return what the prompt accepts, e.g. ``a/b/c/d``, ``0-100`` or ``n/d``."""
    if criterion.type == "percentage":
        return "0-100"
    if criterion.type == "ratio":
        return "n/d"
    return "/".join(option.key for option in criterion.choices)


def command_line(pairs: list[tuple[str, str]]) -> Text:
    """Return the line of keys and what they do, e.g. ``Enter skip  < back``."""
    line = Text()
    for index, (key, meaning) in enumerate(pairs):
        if index:
            line.append("  ")
        line.append(key, style="bold")
        line.append(f" {meaning}", style="dim")
    return line


def criterion_screen(
    indicator: Indicator,
    criterion: Criterion,
    position: tuple[int, int],
    answer: Answer | None,
    lang: Lang,
    quit_key: str,
) -> RenderableType:
    """Return the screen that asks one criterion."""
    words = WORDS[lang]
    saved = describe_answer(criterion, answer)
    parts = criterion_top(indicator, criterion, position, saved, lang)
    details = _answer_details(answer, saved, lang)
    if details.plain:
        parts += [Text(), details]
    parts.append(Text())
    parts.append(
        command_line(
            [
                ("Enter", words["keep"] if saved else words["skip"]),
                ("<", words["back"]),
                (":id", words["jump"]),
                ("+", words["note"].lower()),
                ("@", words["evidence"].lower()),
                ("?", words["help"]),
                (quit_key, words["quit"]),
            ]
        )
    )
    return Group(*parts)


def criterion_top(
    indicator: Indicator, criterion: Criterion, position: tuple[int, int], chosen: str, lang: Lang
) -> list[RenderableType]:
    """Return the top of a criterion's screen: where it is, the question, the options.

    ``chosen`` (an option key, or empty) is marked among the options.
    """
    words = WORDS[lang]
    head = Table.grid(expand=True)
    head.add_column(ratio=1)
    head.add_column(justify="right", no_wrap=True)
    head.add_row(
        Text(
            f"{indicator.id}. {indicator.title.get(lang)} ({words['weight']} {indicator.weight:g})"
        ),
        Text(f"{position[0]}/{position[1]}", style="bold"),
    )
    question = Table.grid(padding=(0, 2))
    question.add_column(no_wrap=True)
    question.add_column()
    question.add_row(Text(criterion.id, style="bold cyan"), Text(criterion.question.get(lang)))
    parts: list[RenderableType] = [Rule(style="dim"), head, question, Text()]
    if criterion.choices:
        options = Table.grid(padding=(0, 2))
        options.add_column(no_wrap=True)
        options.add_column(no_wrap=True)
        options.add_column()
        for option in criterion.choices:
            marked = chosen == option.key
            options.add_row(
                Text("→" if marked else " ", style="green"),
                Text(option.key, style="bold green" if marked else "bold"),
                Text(option_label(option, lang)),
            )
        parts.append(options)
    elif criterion.type == "percentage":
        parts.append(Padding(Text(words["percent_hint"]), (0, 0, 0, 3)))
    elif criterion.numerator and criterion.denominator:
        hint = words["ratio_hint"].format(
            num=criterion.numerator.get(lang), den=criterion.denominator.get(lang)
        )
        parts.append(Padding(Text(hint), (0, 0, 0, 3)))
    return parts


def _answer_details(answer: Answer | None, saved: str, lang: Lang) -> Text:
    words = WORDS[lang]
    lines: list[str] = []
    if saved:
        lines.append(f"{words['saved']}: {saved}")
    if answer is not None and answer.note:
        lines.append(f"{words['note']}: {answer.note}")
    if answer is not None and answer.evidence:
        lines.append(f"{words['evidence']}: {', '.join(answer.evidence)}")
    return Text("\n".join(lines), style="green")


def criterion_prompt(criterion: Criterion, saved: str) -> Text:
    """Return the prompt for one criterion, e.g. ``a.2 [a/b/c/d] (b): ``."""
    prompt = Text()
    prompt.append(criterion.id, style="bold cyan")
    prompt.append(f" [{input_hint(criterion)}]")
    if saved:
        prompt.append(f" ({saved})", style="green")
    prompt.append(": ")
    return prompt


def help_screen(
    criterion: Criterion,
    lang: Lang,
    quit_key: str,
    example: str,
    meanings: Mapping[str, str] | None = None,
    extra: Sequence[tuple[str, str]] = (),
) -> RenderableType:
    """Return the guidance, the evidence hint and every command, for ``?``.

    ``meanings`` gives other words to commands by their key (``Enter, >``, ``-``); ``extra``
    adds commands before the one that quits.
    """
    words = WORDS[lang]
    parts: list[RenderableType] = []
    for label, text in (
        (words["guidance"], criterion.guidance),
        (words["evidence_hint"], criterion.evidence),
    ):
        if text is not None:
            line = Text()
            line.append(f"{label}: ", style="bold")
            line.append(text.get(lang))
            parts.append(line)
    if criterion.choices:
        keys, meaning = ", ".join(o.key for o in criterion.choices), words["help_answer"]
    else:
        keys, meaning = input_hint(criterion), words["help_number"]
    table = Table.grid(padding=(0, 2), pad_edge=True)
    table.add_column(no_wrap=True, style="bold")
    table.add_column()
    rows = [
        (keys, meaning),
        ("Enter, >", words["help_skip"]),
        ("<", words["help_back"]),
        (f":{example}", words["help_jump"].format(id=example)),
        ("+ ...", words["help_note"]),
        ("@ ...", words["help_evidence"]),
        ("-", words["help_clear"]),
        *extra,
        (quit_key, words["help_quit"]),
    ]
    for key, meaning_text in rows:
        table.add_row(key, (meanings or {}).get(key, meaning_text))
    parts += [Text(f"{words['help_title']}:", style="bold"), table]
    return Group(*parts)


def _review_row(criterion: Criterion, answer: Answer | None, lang: Lang) -> tuple[Text, ...]:
    words = WORDS[lang]
    shown = describe_answer(criterion, answer)
    label = Text(no_wrap=True, overflow="ellipsis")
    extras = [
        words[name].lower()
        for name, present in (
            ("note", bool(answer and answer.note)),
            ("evidence", bool(answer and answer.evidence)),
        )
        if present
    ]
    if extras:
        label.append(f"[{', '.join(extras)}] ", style="green")
    if not shown:
        label.append(words["unanswered"], style="yellow")
        return Text(f"  {criterion.id}", style="cyan"), Text("-", style="yellow"), label
    option = criterion.find_option(answer.key) if answer and answer.key else None
    label.append(option_label(option, lang) if option else "")
    return Text(f"  {criterion.id}", style="cyan"), Text(shown, style="bold"), label


def review_screen(
    indicators: list[Indicator], answers: dict[str, Answer], lang: Lang, quit_key: str
) -> RenderableType:
    """Return every criterion with its answer, unanswered ones marked."""
    words = WORDS[lang]
    criteria = [c for indicator in indicators for c in indicator.criteria]
    missing = [c.id for c in criteria if not describe_answer(c, answers.get(c.id))]
    rows = {c.id: _review_row(c, answers.get(c.id), lang) for c in criteria}
    # One grid per indicator, so every grid gets the same fixed widths to line up.
    widths = [max(len(row[n].plain) for row in rows.values()) for n in range(2)]
    done = len(criteria) - len(missing)
    parts: list[RenderableType] = [
        Rule(style="dim"),
        Text(f"{words['review']} · {done}/{len(criteria)} {words['answered']}", style="bold"),
    ]
    for indicator in indicators:
        parts.append(Text(f"{indicator.id}. {indicator.title.get(lang)}", style="bold"))
        grid = Table.grid(padding=(0, 2), expand=True)
        grid.add_column(width=widths[0], no_wrap=True)
        grid.add_column(width=widths[1], no_wrap=True)
        grid.add_column(no_wrap=True, overflow="ellipsis", ratio=1)
        for criterion in indicator.criteria:
            grid.add_row(*rows[criterion.id])
        parts.append(grid)
    parts.append(Text())
    if missing:
        parts.append(Text(f"{words['left']}: {', '.join(missing)}", style="yellow"))
    example = missing[0] if missing else criteria[0].id
    parts.append(
        command_line(
            [
                ("Enter", words["finish"]),
                (example, words["change"]),
                ("<", words["back"]),
                (quit_key, words["quit"]),
            ]
        )
    )
    return Group(*parts)


def review_prompt(lang: Lang) -> Text:
    """Return the final confirmation prompt, which Enter accepts."""
    return Text(f"{WORDS[lang]['review_prompt']}: ", style="bold")

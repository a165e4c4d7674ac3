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
from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.numbers import short
from pkmcli.rubric.model import Criterion, Indicator, Option

if TYPE_CHECKING:
    from rich.console import RenderableType


def option_label(option: Option, lang: Lang) -> str:
    """Return an option's label, or its key when it has none."""
    return option.label.get(lang) if option.label else option.key


def describe_answer(criterion: Criterion, answer: Answer | None, lang: Lang) -> str:
    """Return an answer as short text: the option key, the percentage or the ratio.

    Numbers are written as given, with a decimal comma in Indonesian (``85,5%``).
    """
    if answer is None or not answer.answered:
        return ""
    if answer.key is not None:
        option = criterion.find_option(answer.key)
        return option.key if option else answer.key
    if answer.number is not None:
        return f"{short(answer.number, lang)}%"
    return f"{short(answer.numerator or 0.0, lang)}/{short(answer.denominator or 0.0, lang)}"


def input_hint(criterion: Criterion, lang: Lang) -> str:
    """Return what the prompt accepts, e.g. ``a/b/c/d``, ``0-100`` or ``n/d``."""
    if criterion.type == "percentage":
        return "0-100"
    if criterion.type == "ratio":
        return say("interview.ratio_input", lang)
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
    saved = describe_answer(criterion, answer, lang)
    parts = criterion_top(indicator, criterion, position, saved, lang)
    details = _answer_details(answer, saved, lang)
    if details.plain:
        parts += [Text(), details]
    parts.append(Text())
    parts.append(
        command_line(
            [
                ("Enter", say("interview.keep", lang) if saved else say("interview.skip", lang)),
                ("<", say("interview.back", lang)),
                (":id", say("interview.jump", lang)),
                ("+", say("interview.note", lang).lower()),
                ("@", say("interview.evidence", lang).lower()),
                ("?", say("interview.help", lang)),
                (quit_key, say("interview.quit", lang)),
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
    head = Table.grid(expand=True)
    head.add_column(ratio=1)
    head.add_column(justify="right", no_wrap=True)
    weight = f"{say('interview.weight', lang)} {short(indicator.weight, lang)}"
    head.add_row(
        Text(f"{indicator.id}. {indicator.title.get(lang)} ({weight})"),
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
        parts.append(Padding(Text(say("interview.percent_hint", lang)), (0, 0, 0, 3)))
    elif criterion.numerator and criterion.denominator:
        hint = say(
            "interview.ratio_hint",
            lang,
            num=criterion.numerator.get(lang),
            den=criterion.denominator.get(lang),
        )
        parts.append(Padding(Text(hint), (0, 0, 0, 3)))
    return parts


def _answer_details(answer: Answer | None, saved: str, lang: Lang) -> Text:
    lines: list[str] = []
    if saved:
        lines.append(f"{say('interview.saved', lang)}: {saved}")
    if answer is not None and answer.note:
        lines.append(f"{say('interview.note', lang)}: {answer.note}")
    if answer is not None and answer.evidence:
        lines.append(f"{say('interview.evidence', lang)}: {', '.join(answer.evidence)}")
    return Text("\n".join(lines), style="green")


def criterion_prompt(criterion: Criterion, saved: str, lang: Lang) -> Text:
    """Return the prompt for one criterion, e.g. ``a.2 [a/b/c/d] (b): ``."""
    prompt = Text()
    prompt.append(criterion.id, style="bold cyan")
    prompt.append(f" [{input_hint(criterion, lang)}]")
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
    parts: list[RenderableType] = []
    for label, text in (
        (say("interview.guidance", lang), criterion.guidance),
        (say("interview.evidence_hint", lang), criterion.evidence),
    ):
        if text is not None:
            line = Text()
            line.append(f"{label}: ", style="bold")
            line.append(text.get(lang))
            parts.append(line)
    if criterion.choices:
        keys, meaning = (
            ", ".join(o.key for o in criterion.choices),
            say("interview.help_answer", lang),
        )
    else:
        keys, meaning = input_hint(criterion, lang), say("interview.help_number", lang)
    table = Table.grid(padding=(0, 2), pad_edge=True)
    table.add_column(no_wrap=True, style="bold")
    table.add_column()
    rows = [
        (keys, meaning),
        ("Enter, >", say("interview.help_skip", lang)),
        ("<", say("interview.help_back", lang)),
        (f":{example}", say("interview.help_jump", lang, id=example)),
        ("+ ...", say("interview.help_note", lang)),
        ("@ ...", say("interview.help_evidence", lang)),
        ("-", say("interview.help_clear", lang)),
        *extra,
        (quit_key, say("interview.help_quit", lang)),
    ]
    for key, meaning_text in rows:
        table.add_row(key, (meanings or {}).get(key, meaning_text))
    parts += [Text(f"{say('interview.help_title', lang)}:", style="bold"), table]
    return Group(*parts)


def _review_row(criterion: Criterion, answer: Answer | None, lang: Lang) -> tuple[Text, ...]:
    shown = describe_answer(criterion, answer, lang)
    label = Text(no_wrap=True, overflow="ellipsis")
    extras = [
        say(key, lang).lower()
        for key, present in (
            ("interview.note", bool(answer and answer.note)),
            ("interview.evidence", bool(answer and answer.evidence)),
        )
        if present
    ]
    if extras:
        label.append(f"[{', '.join(extras)}] ", style="green")
    if not shown:
        label.append(say("interview.unanswered", lang), style="yellow")
        return Text(f"  {criterion.id}", style="cyan"), Text("-", style="yellow"), label
    option = criterion.find_option(answer.key) if answer and answer.key else None
    label.append(option_label(option, lang) if option else "")
    return Text(f"  {criterion.id}", style="cyan"), Text(shown, style="bold"), label


def review_screen(
    indicators: list[Indicator], answers: dict[str, Answer], lang: Lang, quit_key: str
) -> RenderableType:
    """Return every criterion with its answer, unanswered ones marked."""
    criteria = [c for indicator in indicators for c in indicator.criteria]
    missing = [c.id for c in criteria if not describe_answer(c, answers.get(c.id), lang)]
    rows = {c.id: _review_row(c, answers.get(c.id), lang) for c in criteria}
    # One grid per indicator, so every grid gets the same fixed widths to line up.
    widths = [max(len(row[n].plain) for row in rows.values()) for n in range(2)]
    done = len(criteria) - len(missing)
    parts: list[RenderableType] = [
        Rule(style="dim"),
        Text(
            f"{say('interview.review', lang)} · {done}/{len(criteria)} "
            f"{say('interview.answered', lang)}",
            style="bold",
        ),
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
        parts.append(Text(f"{say('interview.left', lang)}: {', '.join(missing)}", style="yellow"))
    example = missing[0] if missing else criteria[0].id
    parts.append(
        command_line(
            [
                ("Enter", say("interview.finish", lang)),
                (example, say("interview.change", lang)),
                ("<", say("interview.back", lang)),
                (quit_key, say("interview.quit", lang)),
            ]
        )
    )
    return Group(*parts)


def review_prompt(lang: Lang) -> Text:
    """Return the final confirmation prompt, which Enter accepts."""
    return Text(f"{say('interview.review_prompt', lang)}: ", style="bold")

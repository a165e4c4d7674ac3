"""A rubric drawn as a tree for the terminal."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.numbers import short
from pkmcli.rubric.model import Indicator, Rubric

if TYPE_CHECKING:
    from rich.text import Text
    from rich.tree import Tree


def _line(*parts: str | tuple[str, str]) -> Text:
    """Join plain and (text, style) parts; text from the rubric is never read as markup."""
    from rich.text import Text  # noqa: PLC0415

    return Text.assemble(*parts)


def _add_indicator(parent: Tree, indicator: Indicator, lang: Lang) -> None:
    branch = parent.add(
        _line(
            (indicator.id, "bold"),
            f" {indicator.title.get(lang)} ",
            (say("console.tree_weight", lang, weight=short(indicator.weight, lang)), "dim"),
        )
    )
    for criterion in indicator.criteria:
        node = branch.add(_line((criterion.id, "cyan"), f" {criterion.question.get(lang)}"))
        for option in criterion.choices:
            label = option.label.get(lang) if option.label else ""
            value = short(option.value or 0.0, lang)
            node.add(_line(f"{option.key} = {label} ", (f"({value})", "dim")))
        if criterion.type != "choice":
            node.add(_line((say(f"console.tree_{criterion.type}", lang), "dim")))


def rubric_tree(rubric: Rubric, lang: Lang = "id") -> Tree:
    """Return the rubric as a Rich tree with weights and option values."""
    from rich.tree import Tree  # noqa: PLC0415

    most = short(rubric.max_score, lang)
    tree = Tree(
        _line(
            (rubric.id, "bold"),
            f" {rubric.version}: {rubric.title.get(lang)} ",
            (say("console.tree_max", lang, max=most, regulation=rubric.source.regulation), "dim"),
        )
    )
    if rubric.sections:
        for section in rubric.sections:
            branch = tree.add(_line((section.title.get(lang), "bold magenta")))
            for indicator in section.indicators:
                _add_indicator(branch, indicator, lang)
    else:
        for indicator in rubric.all_indicators():
            _add_indicator(tree, indicator, lang)
    return tree


def show_rubric(ref: str | None, lang: Lang, out: IO[str]) -> None:
    """Draw the rubric ``ref`` names (a shipped id or a file) on ``out``."""
    from pkmcli.console.consoles import make_console  # noqa: PLC0415
    from pkmcli.rubric.catalog import load_rubric, rubric_file  # noqa: PLC0415

    console = make_console(out)
    console.print(rubric_tree(load_rubric(ref), lang))
    console.print(say("console.tree_file", lang, path=rubric_file(ref)), soft_wrap=True)

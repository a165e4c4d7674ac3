"""A rubric drawn as a tree for the terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pkmcli.models import Indicator, Lang, Rubric

if TYPE_CHECKING:
    from rich.tree import Tree


def _add_indicator(parent: Tree, indicator: Indicator, lang: Lang) -> None:
    from rich.markup import escape  # noqa: PLC0415

    branch = parent.add(
        f"[bold]{escape(indicator.id)}[/] {escape(indicator.title.get(lang))} "
        f"[dim](bobot/weight {indicator.weight:g})[/]"
    )
    for criterion in indicator.criteria:
        node = branch.add(f"[cyan]{escape(criterion.id)}[/] {escape(criterion.question.get(lang))}")
        for option in criterion.choices:
            label = option.label.get(lang) if option.label else ""
            node.add(f"{escape(option.key)} = {escape(label)} [dim]({option.value:g})[/]")
        if criterion.type != "choice":
            node.add(f"[dim]{criterion.type}, capped at 1[/]")


def rubric_tree(rubric: Rubric, lang: Lang = "id") -> Tree:
    """Return the rubric as a Rich tree with weights and option values."""
    from rich.markup import escape  # noqa: PLC0415
    from rich.tree import Tree  # noqa: PLC0415

    tree = Tree(
        f"[bold]{escape(rubric.id)}[/] {escape(rubric.version)}: "
        f"{escape(rubric.title.get(lang))} [dim](max {rubric.max_score:g}; "
        f"{escape(rubric.source.regulation)})[/]"
    )
    if rubric.sections:
        for section in rubric.sections:
            branch = tree.add(f"[bold magenta]{escape(section.title.get(lang))}[/]")
            for indicator in section.indicators:
                _add_indicator(branch, indicator, lang)
    else:
        for indicator in rubric.all_indicators():
            _add_indicator(tree, indicator, lang)
    return tree

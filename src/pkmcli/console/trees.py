"""A rubric drawn as a tree for the terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pkmcli.language import Lang
from pkmcli.rubric.model import Indicator, Rubric

if TYPE_CHECKING:
    from rich.tree import Tree

_WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        "weight": "bobot",
        "max": "maksimum",
        "percentage": "persentase 0-100, nilai = persen / 100",
        "ratio": "rasio numerator / denominator, paling tinggi 1",
    },
    "en": {
        "weight": "weight",
        "max": "maximum",
        "percentage": "percentage 0-100, value = percent / 100",
        "ratio": "ratio numerator / denominator, capped at 1",
    },
}


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
            node.add(f"[dim]{_WORDS[lang][criterion.type]}[/]")


def rubric_tree(rubric: Rubric, lang: Lang = "id") -> Tree:
    """Return the rubric as a Rich tree with weights and option values."""
    from rich.markup import escape  # noqa: PLC0415
    from rich.tree import Tree  # noqa: PLC0415

    tree = Tree(
        f"[bold]{escape(rubric.id)}[/] {escape(rubric.version)}: "
        f"{escape(rubric.title.get(lang))} [dim]({_WORDS[lang]['max']} {rubric.max_score:g}; "
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

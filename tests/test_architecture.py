"""The import direction of ARCHITECTURE.md, held by a test: packages import downwards only."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "pkmcli"

# Each package and what it may import of pkm's own, besides itself. Lowest first; the
# top-level modules (errors, language) and the message catalogue (messages) are the floor
# every package stands on.
FLOOR = {"errors", "language", "numbers", "messages", "__init__"}
ALLOWED: dict[str, set[str]] = {
    "files": set(),
    "rubric": {"files"},
    "answers": {"files", "rubric"},
    "scoring": {"files", "rubric", "answers"},
    "console": {"files", "rubric", "answers", "scoring"},
    "batch": {"files", "rubric", "answers", "scoring", "console"},
    "interview": {"files", "rubric", "answers", "scoring", "console"},
    "report": {"files", "rubric", "answers", "scoring", "console"},
    # The survey reports through the report package's templating.
    "survey": {"files", "rubric", "answers", "scoring", "console", "report"},
    # Reading and writing xlsx, above scoring, beside batch.
    "workbook": {"files", "rubric", "answers", "scoring"},
    "cli": {
        "files",
        "rubric",
        "answers",
        "scoring",
        "console",
        "batch",
        "interview",
        "report",
        "survey",
        "workbook",
    },
}


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def imports(path: Path) -> Iterator[tuple[int, str]]:
    """Yield every pkm module a file imports: at the top, in functions and for type checking."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("pkmcli"):
                    yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pkmcli"):
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                target = SRC.joinpath(*candidate.split("."))
                is_module = target.with_suffix(".py").is_file() or target.is_dir()
                yield node.lineno, candidate if is_module else node.module


def package_of(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_every_package_is_placed():
    found = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    placed = set(ALLOWED) | FLOOR
    assert found <= placed, f"add {found - placed} to ARCHITECTURE.md and this test"
    loose = {p.stem for p in PACKAGE.glob("*.py")} - FLOOR - {"__main__"}
    assert loose == set(), "top-level modules other than the floor belong in a package"


def test_init_files_are_empty():
    """Eager re-exports in an __init__ would load whole packages at start-up."""
    inits = [p for p in PACKAGE.rglob("__init__.py") if p.parent != PACKAGE]
    assert inits
    assert [str(p) for p in inits if p.read_text(encoding="utf-8").strip()] == []


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_downwards(path):
    here = package_of(module_name(path))
    wrong = []
    for line, name in imports(path):
        there = package_of(name)
        if there == here or there in FLOOR:
            continue
        if here == "__main__":
            continue  # `python -m pkmcli` is the top: it runs the cli
        if here == "messages" and there == "__init__":
            continue  # the catalogue stands on the floor's modules (language)
        if here in FLOOR or there not in ALLOWED.get(here, set()):
            wrong.append(f"line {line}: {name} ({here} may not import {there})")
    assert wrong == []


def test_no_import_cycles():
    graph = {module_name(p): {name for _, name in imports(p)} for p in modules()}
    graph = {
        name: {t for t in targets if t in graph and t != name} for name, targets in graph.items()
    }
    state: dict[str, int] = {}  # 1 while on the path, 2 when done
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []

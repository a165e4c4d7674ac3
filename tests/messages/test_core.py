"""The catalogue: every message in both languages, every message the code says exists, and
no sentence for a person written outside it."""

from __future__ import annotations

import ast
import importlib
import re
import string
from pathlib import Path

import pytest

from pkmcli.messages import core
from pkmcli.messages.core import both, language, reset_language, say, use_language

SRC = Path(__file__).resolve().parents[2] / "src" / "pkmcli"
AREAS = sorted(
    p.stem for p in (SRC / "messages").glob("*.py") if p.stem not in {"__init__", "core"}
)
# Words that give Indonesian away in an English sentence (proper names of regulations and the
# official sheet's own "Blm Diisi" are written as such, quoted).
INDONESIAN = re.compile(
    r"\b(yang|tidak|dan|untuk|dengan|berkas|jawaban|belum|ditulis|bukan|atau|pada|dari|ini|"
    r"harus|sudah|akan|kosong|nilai|kriteria)\b",
    re.IGNORECASE,
)


def words(area: str) -> dict[str, dict[str, str]]:
    return importlib.import_module(f"pkmcli.messages.{area}").WORDS


def said_keys() -> set[str]:
    """Every ``say("area.name", ...)`` with a literal key anywhere in the sources, and every
    ``helptext("name")`` as ``help.name``."""
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name | ast.Attribute)
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                continue
            called = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            key = node.args[0].value
            if called in {"say", "both"} and "." in key:
                found.add(key)
            elif called == "helptext":
                found.add("help." + key)
    return found


@pytest.mark.parametrize("area", AREAS)
def test_every_message_in_both_languages(area):
    table = words(area)
    assert set(table) == {"id", "en"}
    assert sorted(set(table["id"]) ^ set(table["en"])) == []


@pytest.mark.parametrize("area", AREAS)
def test_both_languages_fill_in_the_same_fields(area):
    fields = string.Formatter()
    table = words(area)
    for name, text in table["id"].items():
        wanted = {f for _, f, _, _ in fields.parse(text) if f is not None}
        given = {f for _, f, _, _ in fields.parse(table["en"][name]) if f is not None}
        assert wanted == given, f"{area}.{name}"


@pytest.mark.parametrize("area", AREAS)
def test_english_has_no_indonesian_left(area):
    leftovers = {
        name: text
        for name, text in words(area)["en"].items()
        if INDONESIAN.search(re.sub(r'"[^"]*"|\{[^}]*\}', "", text))
    }
    assert leftovers == {}


def test_every_message_said_exists():
    said = said_keys()
    assert said, "the code says no message"
    missing = sorted(k for k in said if k.partition(".")[2] not in words(k.partition(".")[0])["id"])
    assert missing == []


def test_the_language_follows_the_command_then_the_environment(monkeypatch):
    reset_language()
    monkeypatch.delenv("PKM_LANG", raising=False)
    assert language() == "id"
    monkeypatch.setenv("PKM_LANG", "en")
    assert language() == "en"
    use_language("id")
    try:
        assert language() == "id"
        assert say("cli.interrupted") == "pkm: dihentikan"
        assert say("cli.interrupted", "en") == "pkm: interrupted"
        assert both("cli.interrupted") == {"id": "pkm: dihentikan", "en": "pkm: interrupted"}
    finally:
        reset_language()


def test_tables_load_once():
    assert core.table("cli") is core.table("cli")


# The packages whose sentences all come from the catalogue; add a package (or a top-level
# module) here once its messages are converted.
CONVERTED = (
    "errors.py",
    "files",
    "rubric",
    "answers",
    "interview",
    "survey",
    "batch",
    "report",
    "console",
    "cli",
    "scoring/advice.py",
)
# Calls that take a message a person reads, and the position of that message among the
# arguments: the located problem itself, an error made of one, and the readers' helpers.
MESSAGE_ARGUMENTS = {
    "Problem": 1,
    "single": 1,
    "problem": 1,
    "warn": 1,
    "_anchor_problem": 2,
    # What a command prints, and the lines of a run and its annotations.
    "echo": 0,
    "annotation": 1,
    "OutputError": 1,
}


def converted_modules() -> list[Path]:
    found: list[Path] = []
    for name in CONVERTED:
        path = SRC / name
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return found


def written_words(node: ast.expr) -> str:
    """The literal text of a message expression: string constants, f-string parts, sums."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(written_words(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return written_words(node.left) + written_words(node.right)
    if isinstance(node, ast.IfExp):
        return written_words(node.body) + written_words(node.orelse)
    return ""


def literal_messages(path: Path, root: Path = SRC) -> list[str]:
    """Each message given as written text instead of a catalogue call, with its line."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        place = MESSAGE_ARGUMENTS.get(name or "")
        if place is None:
            continue
        given = [k.value for k in node.keywords if k.arg == "message"]
        given += node.args[place : place + 1]
        found += [
            f"{path.relative_to(root)}:{node.lineno}: {ast.unparse(message)}"
            for message in given
            if re.search("[A-Za-z]", written_words(message))
        ]
    return found


def test_converted_packages_say_every_message_from_the_catalogue():
    modules = converted_modules()
    assert len(modules) > 20
    assert [found for path in modules for found in literal_messages(path)] == []


def test_a_message_written_as_text_is_found(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        "Problem(f, 'no such file')\n"
        "PkmError.single(f, f'bad {x}')\n"
        "self.problem(node, 'x: ' + say('a.b'), key)\n"
        "Problem(f, say('files.missing'))\n"
        "Problem(f, f'{a}: {b}')\n"
        "Problem(message='oops', file=f)\n"
        "typer.echo(f'wrote {path}', err=True)\n"
        "typer.echo(say('cli.wrote', path=path))\n",
        encoding="utf-8",
    )
    found = [line.split(": ", 1)[1] for line in literal_messages(module, tmp_path)]
    assert found == [
        "'no such file'",
        "f'bad {x}'",
        "'x: ' + say('a.b')",
        "'oops'",
        "f'wrote {path}'",
    ]


def test_every_count_said_has_its_two_forms():
    counted_keys = {
        node.args[1].value
        for path in SRC.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "counted"
        and len(node.args) > 1
        and isinstance(node.args[1], ast.Constant)
    }
    assert "answers.criteria" in counted_keys
    missing = [
        f"{key}_{form}"
        for key in sorted(counted_keys)
        for form in ("one", "many")
        if f"{key.partition('.')[2]}_{form}" not in words(key.partition(".")[0])["id"]
    ]
    assert missing == []

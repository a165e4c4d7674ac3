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
    """Every ``say("area.name", ...)`` with a literal key anywhere in the sources."""
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name | ast.Attribute)
                and (getattr(node.func, "id", None) or getattr(node.func, "attr", None))
                in {"say", "both"}
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and "." in node.args[0].value
            ):
                found.add(node.args[0].value)
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

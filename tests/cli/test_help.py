"""`--help` speaks the language of `PKM_LANG` (Indonesian by default), as a fresh `pkm` run."""

from __future__ import annotations

import ast

from helpers import SRC, run_pkm
from pkmcli.messages.help import WORDS

# The commands `pkm --help` lists, by the name of their help text.
LISTED = [
    "score",
    "validate",
    "init",
    "report",
    "export",
    "import",
    "assess",
    "review",
    "skm",
    "rubrics",
    "rubric",
    "schema",
]
# The help texts `pkm score --help` shows: the command's, then its options'.
SCORE = [
    "score",
    "score_files",
    "rubric_ref",
    "format",
    "csv_dialect",
    "strict",
    "score_fail_under",
    "score_fail_under_indicator",
    "score_jobs",
    "score_stage",
    "unanswered",
    "lang",
]


def summary(lang: str, name: str) -> str:
    return WORDS[lang][name].partition("\n\n")[0]  # type: ignore[index]


def squeezed(text: str) -> str:
    """The text without its whitespace: the help wraps lines wherever the width says."""
    return "".join(text.split())


def shown(*args: str, **env: str) -> str:
    done = run_pkm(*args, COLUMNS="100", NO_COLOR="1", TERM="dumb", **env)
    assert done.returncode == 0, done.stderr
    return done.stdout


def listed_summaries(text: str) -> dict[str, str]:
    """Each command of the `Commands:` list with the summary it shows."""
    rows = text.split("Commands:")[1].splitlines()
    return {row.split()[0]: row.split(None, 1)[1] for row in rows if row.strip()}


def test_pkm_help_lists_the_commands_in_indonesian_by_default():
    text = shown("--help")
    listed = listed_summaries(text)
    for name in LISTED:
        # A long summary is cut to fit its line, ending in "...".
        assert summary("id", name).startswith(listed[name].removesuffix("...")), name
        assert squeezed(summary("en", name)[:30]) not in squeezed(text), name
    assert squeezed(summary("id", "pkm")) in squeezed(text)
    assert "Nilai berkas jawaban, folder, atau pola." in text
    assert "Show this message and exit." in text  # the library's own words stay


def test_pkm_help_in_english_under_pkm_lang_en():
    text = shown("--help", PKM_LANG="en")
    listed = listed_summaries(text)
    for name in LISTED:
        assert summary("en", name).startswith(listed[name].removesuffix("...")), name
        assert squeezed(summary("id", name)[:30]) not in squeezed(text), name
    assert "Score answers files, folders or patterns." in text


def test_score_help_follows_pkm_lang():
    indonesian = squeezed(shown("score", "--help"))
    english = squeezed(shown("score", "--help", PKM_LANG="en"))
    for name in SCORE:
        assert squeezed(WORDS["id"][name]) in indonesian, name
        assert squeezed(WORDS["en"][name]) not in indonesian, name
        assert squeezed(WORDS["en"][name]) in english, name
        assert squeezed(WORDS["id"][name]) not in english, name
    assert squeezed("Bahasa label dan teks.") in indonesian


def test_lang_does_not_change_the_language_of_help():
    text = shown("score", "--help", "--lang", "en")
    assert "Nilai berkas jawaban, folder, atau pola." in text


def test_every_help_text_is_used():
    used = {
        node.args[0].value
        for path in (SRC / "cli").glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "helptext"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    assert sorted(set(WORDS["id"]) - used) == []

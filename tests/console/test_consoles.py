"""The one console policy: no emoji codes, no markup from data, one width rule."""

from __future__ import annotations

import io
import os
import re
import sys

import pytest
from rich.table import Table
from rich.text import Text

from helpers import MINI_RUBRIC as RUBRIC
from helpers import ROOT, SRC, run_pkm
from pkmcli.cli.main import app
from pkmcli.console.consoles import PLAIN_WIDTH, make_console, plain_text


def test_data_is_drawn_as_written():
    stream = io.StringIO()
    make_console(stream).print("Kantor :office: [b]Satu[/b] [/x]")
    assert stream.getvalue() == "Kantor :office: [b]Satu[/b] [/x]\n"


def test_without_a_terminal_the_width_is_fixed(monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    assert make_console(io.StringIO()).width == PLAIN_WIDTH
    monkeypatch.setenv("COLUMNS", "132")
    assert make_console(io.StringIO()).width == 132


def test_plain_text_has_no_colour():
    table = Table()
    table.add_column("a")
    table.add_row(Text("merah", style="red"))
    assert "\x1b[" not in plain_text(table)


def test_every_console_comes_from_the_factory():
    """A Console made elsewhere would bring back emoji codes or markup read from data."""
    makers = [
        f"{path.relative_to(SRC)}:{number}"
        for path in SRC.rglob("*.py")
        if path.name != "consoles.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"\bConsole\(", line)
    ]
    assert makers == []


def test_rubric_show_keeps_emoji_codes_and_brackets(runner, tmp_path):
    own = tmp_path / "own.yaml"
    text = RUBRIC.read_text(encoding="utf-8").replace(
        "title: {id: Rubrik Mini, en: Mini Rubric}",
        'title: {id: "Rubrik :office: [b]Mini[/b]", en: Mini Rubric}',
    )
    own.write_text(text, encoding="utf-8")
    done = runner.invoke(app, ["rubric", "show", str(own)])
    assert done.exit_code == 0, done.stderr
    assert "Rubrik :office: [b]Mini[/b]" in done.stdout
    assert "\N{OFFICE BUILDING}" not in done.stdout


def in_a_terminal(*args: str, **env: str) -> str:
    """Run ``python -m pkmcli ARGS`` in a pseudo-terminal; return all it wrote there."""
    import pexpect  # noqa: PLC0415 - only for the terminal tests

    child = pexpect.spawn(
        sys.executable,
        ["-m", "pkmcli", *args],
        cwd=str(ROOT),
        env={**os.environ, "COLUMNS": "100", "LINES": "40", "TERM": "xterm-256color", **env},
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 100),
    )
    child.expect(pexpect.EOF)
    child.close()
    return str(child.before)


EXAMPLE = "examples/kantor-pelayanan-a.yaml"


@pytest.mark.pty
def test_a_terminal_gets_colour_and_no_color_takes_every_escape_away():
    assert "\x1b[" in in_a_terminal("score", EXAMPLE)
    plain = in_a_terminal("score", EXAMPLE, NO_COLOR="1")
    assert "\x1b[" not in plain
    assert "Standar Pelayanan" in plain
    # NO_COLOR is the user's word for every program: it wins over FORCE_COLOR.
    assert "\x1b[" not in in_a_terminal("score", EXAMPLE, NO_COLOR="1", FORCE_COLOR="1")


def test_force_color_colours_a_pipe_and_an_empty_one_does_not():
    assert "\x1b[" not in run_pkm("score", EXAMPLE, cwd=ROOT).stdout
    forced = run_pkm("score", EXAMPLE, cwd=ROOT, FORCE_COLOR="1")
    assert forced.returncode == 0, forced.stderr
    assert "\x1b[" in forced.stdout
    assert "\x1b[" in run_pkm("score", EXAMPLE, cwd=ROOT, FORCE_COLOR="1", TERM="dumb").stdout
    assert "\x1b[" not in run_pkm("score", EXAMPLE, cwd=ROOT, FORCE_COLOR="").stdout
    assert "\x1b[" not in run_pkm("score", EXAMPLE, cwd=ROOT, NO_COLOR="").stdout


def test_force_color_keeps_the_plain_width_and_data_formats_plain(monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    console = make_console(io.StringIO())
    assert (console.is_terminal, console.width) == (True, PLAIN_WIDTH)
    assert console.color_system is not None
    assert "\x1b[" not in run_pkm("score", EXAMPLE, "-f", "csv", cwd=ROOT, FORCE_COLOR="1").stdout
    monkeypatch.setenv("NO_COLOR", "yes")
    assert make_console(io.StringIO()).color_system is None

"""The one console policy: no emoji codes, no markup from data, one width rule."""

from __future__ import annotations

import io
import re

from rich.table import Table
from rich.text import Text

from helpers import MINI_RUBRIC as RUBRIC
from helpers import SRC
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

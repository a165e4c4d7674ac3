"""The README's usage blocks are the commands' own --help, and stay so."""

from __future__ import annotations

import os
import re

import pytest
from typer.testing import CliRunner

from helpers import README
from pkmcli.cli.main import app

BLOCK = re.compile(r"(<!-- usage: (?P<cmd>[a-z ]+) -->\n```text\n)(?P<body>.*?)(```\n)", re.DOTALL)
WIDTH = "100"


def help_text(command: str) -> str:
    env = {"COLUMNS": WIDTH, "TERMINAL_WIDTH": WIDTH, "NO_COLOR": "1", "TERM": "dumb"}
    result = CliRunner().invoke(app, [*command.split(), "--help"], env=env, prog_name="pkm")
    assert result.exit_code == 0, result.output
    return "\n".join(line.rstrip() for line in result.stdout.splitlines()).strip() + "\n"


def usage_blocks() -> list[tuple[str, str]]:
    return [(m["cmd"], m["body"]) for m in BLOCK.finditer(README.read_text(encoding="utf-8"))]


def test_readme_has_a_usage_block_for_every_command() -> None:
    documented = {cmd for cmd, _ in usage_blocks()}
    assert {"score", "report", "assess", "validate", "init"} <= documented


@pytest.mark.parametrize(("command", "body"), usage_blocks(), ids=lambda v: str(v)[:20])
def test_usage_block_matches_help(command: str, body: str) -> None:
    if os.environ.get("PKM_UPDATE_README") == "1":
        text = README.read_text(encoding="utf-8")
        text = BLOCK.sub(lambda m: m[1] + help_text(m["cmd"]) + m[4], text)
        README.write_text(text, encoding="utf-8")
        return
    assert body == help_text(command), (
        f"README usage for 'pkm {command}' is out of date; "
        "rerun with PKM_UPDATE_README=1 to regenerate it"
    )

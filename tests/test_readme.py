"""The README's usage blocks are the commands' own --help, and stay so."""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys

import pytest

from helpers import README

BLOCK = re.compile(r"(<!-- usage: (?P<cmd>[a-z ]+) -->\n```text\n)(?P<body>.*?)(```\n)", re.DOTALL)
WIDTH = "100"
# The help texts take their language from PKM_LANG as the commands are defined, once per
# process, and the README shows the English ones: a fresh interpreter renders them, through
# the test runner of the CLI library as before (a real terminal run wraps two columns sooner).
RENDER = """
import json, sys
from typer.testing import CliRunner
from pkmcli.cli.main import app
env = {"COLUMNS": sys.argv[1], "TERMINAL_WIDTH": sys.argv[1], "NO_COLOR": "1", "TERM": "dumb"}
shown = {}
for command in sys.argv[2:]:
    done = CliRunner().invoke(app, [*command.split(), "--help"], env=env, prog_name="pkm")
    shown[command] = [done.exit_code, done.stdout]
print(json.dumps(shown))
"""


@functools.cache
def english_help() -> dict[str, list]:
    """Each documented command's ``--help`` under PKM_LANG=en, from one fresh process."""
    commands = sorted({cmd for cmd, _ in usage_blocks()})
    done = subprocess.run(
        [sys.executable, "-c", RENDER, WIDTH, *commands],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PKM_LANG": "en"},
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout)


def help_text(command: str) -> str:
    exit_code, stdout = english_help()[command]
    assert exit_code == 0, stdout
    return "\n".join(line.rstrip() for line in stdout.splitlines()).strip() + "\n"


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

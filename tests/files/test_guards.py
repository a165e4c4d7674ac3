"""Every hostile input in tests/hostile gets its exact, located message and exit code.

The table is tests/hostile/expectations.yaml. Inputs that could crash the interpreter (deep
nesting, alias bombs) run in a child process, so a crash shows as a signal instead of killing
the test run, and with a memory limit, so a blow-up fails the test instead of the machine.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from helpers import HOSTILE
from pkmcli.cli.main import app
from pkmcli.files import reading as documents

# The corpus speaks English (PKM_LANG=en); the cases with `env: {PKM_LANG: id}` hold the same
# problems in Indonesian, the default language.
pytestmark = pytest.mark.usefixtures("english")

CASES: list[dict[str, Any]] = yaml.safe_load(
    (HOSTILE / "expectations.yaml").read_text(encoding="utf-8")
)
DEEP = 50_000
# Limits for the child process: a bomb that expands must hit these, not the machine.
MEMORY_LIMIT = 1024 * 1024 * 1024
MAX_SECONDS = 5.0
MAX_RSS_KB = 200 * 1024
# Written by the os.system / subprocess tags in the corpus, were they ever constructed.
SIDE_EFFECT = "hostile-pwned"


def make_deep_flow(path: Path) -> None:
    path.write_text(f"rubric: pkp-2019\nanswers:\n  a.1: {'[' * DEEP}{']' * DEEP}\n")


def make_deep_block_sequence(path: Path) -> None:
    path.write_text("- " * DEEP + "x\n")


def make_deep_block_mapping(path: Path) -> None:
    # Block mappings need one more column per level: 3,000 levels already take 4.5 MB.
    path.write_text("".join(" " * level + "k:\n" for level in range(3000)))


def make_deep_mixed(path: Path) -> None:
    block = "".join(" " * level + "k:\n" for level in range(40))
    path.write_text(block + " " * 40 + "- " * 40 + "{a: " * DEEP + "x" + "}" * DEEP + "\n")


def make_deep_complex_keys(path: Path) -> None:
    path.write_text("? " * DEEP + "x\n")


def make_deep_json(path: Path) -> None:
    path.write_text(
        '{"rubric": "pkp-2019", "answers": {"a.1": ' + '{"x": ' * DEEP + "1" + "}" * DEEP + "}}\n"
    )


def make_directory(path: Path) -> None:
    path.mkdir()


MAKERS: dict[str, Callable[[Path], None]] = {
    "deep_flow": make_deep_flow,
    "deep_block_sequence": make_deep_block_sequence,
    "deep_block_mapping": make_deep_block_mapping,
    "deep_mixed": make_deep_mixed,
    "deep_complex_keys": make_deep_complex_keys,
    "deep_json": make_deep_json,
    "directory": make_directory,
}


def prepare(case: dict[str, Any], folder: Path) -> None:
    """Copy the corpus files a case names into ``folder``, or make the one it generates."""
    for arg in case["args"]:
        source = HOSTILE / arg
        if source.is_file():
            shutil.copyfile(source, folder / arg)
    if "make" in case:
        target = next(arg for arg in case["args"] if not (HOSTILE / arg).is_file() and "." in arg)
        MAKERS[case["make"]](folder / target)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_child(args: list[str], folder: Path, env: dict[str, str]) -> dict[str, Any]:
    """Run pkm in a child process; return its exit code, output, time and peak memory."""
    out, err = folder / ".stdout", folder / ".stderr"
    started = time.monotonic()
    with out.open("wb") as stdout, err.open("wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "pkmcli", *args],
            cwd=folder,
            env={**os.environ, **env},
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=stderr,
            preexec_fn=_limit_memory,  # noqa: PLW1509 - no threads in the test process here
        )
        _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return {
        "exit": child.returncode,
        "stdout": out.read_text(encoding="utf-8"),
        "stderr": err.read_text(encoding="utf-8"),
        "seconds": time.monotonic() - started,
        "rss_kb": usage.ru_maxrss,
    }


def run_case(case: dict[str, Any], folder: Path) -> dict[str, Any]:
    """Prepare and run one case through the real command line."""
    prepare(case, folder)
    env = {key: str(value) for key, value in case.get("env", {}).items()}
    if case.get("subprocess"):
        return run_child(case["args"], folder, env)
    cwd = Path.cwd()
    os.chdir(folder)
    try:
        result = CliRunner().invoke(app, case["args"], env=env)
    finally:
        os.chdir(cwd)
    # Anything but SystemExit escaping the command is a bug, whatever the exit code says.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return {"exit": result.exit_code, "stdout": result.stdout, "stderr": result.stderr}


def test_corpus_is_large_and_covers_every_kind() -> None:
    assert len(CASES) >= 40
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
    prefixes = {ident.split("-")[0] for ident in ids}
    assert {"yaml", "type", "unknown", "dup", "tag", "alias", "deep", "json", "rubric"} <= prefixes


def test_every_corpus_file_is_used() -> None:
    named = {arg for case in CASES for arg in case["args"]}
    files = {p.name for p in HOSTILE.iterdir() if p.is_file() and not p.name.startswith(".")}
    assert files - named - {"expectations.yaml"} == set()


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_hostile_input(case: dict[str, Any], tmp_path: Path) -> None:
    outcome = run_case(case, tmp_path)
    assert outcome["exit"] == case["exit"], outcome
    assert outcome["stderr"].splitlines() == case["stderr"]
    assert "Traceback" not in outcome["stderr"]
    assert not (tmp_path / SIDE_EFFECT).exists()
    if "score" in case:
        (result,) = json.loads(outcome["stdout"])
        assert round(result["score"], 2) == case["score"]
    elif case["exit"] != 0:
        assert outcome["stdout"] == ""
    if case.get("subprocess"):
        assert outcome["seconds"] < MAX_SECONDS, outcome
        assert outcome["rss_kb"] < MAX_RSS_KB, outcome


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    answers = tmp_path / "locked.yaml"
    shutil.copyfile(HOSTILE / "good.yaml", answers)
    answers.chmod(0)
    result = CliRunner().invoke(app, ["score", str(answers)])
    assert result.exit_code == 3
    assert result.stderr == f"{answers}: permission denied\n"


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root no mode keeps a file from being read, so the refusal is simulated."""
    answers = tmp_path / "locked.yaml"
    shutil.copyfile(HOSTILE / "good.yaml", answers)

    def refuse(file: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(file).name == answers.name:
            raise PermissionError(13, "Permission denied", str(file))
        return open(file, *args, **kwargs)  # noqa: PTH123 - the real open, handed back

    # Files are read through the reading module's open.
    monkeypatch.setattr(documents, "open", refuse, raising=False)
    result = CliRunner().invoke(app, ["score", str(answers)])
    assert result.exit_code == 3
    assert result.stderr == f"{answers}: permission denied\n"
    assert result.stdout == ""


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_device_is_cut_at_the_size_cap(tmp_path: Path) -> None:
    started = time.monotonic()
    outcome = run_child(["score", "/dev/zero"], tmp_path, {"PKM_MAX_FILE_BYTES": "1000000"})
    assert outcome["exit"] == 3
    assert outcome["stderr"] == (
        "/dev/zero: over the 1,000,000-byte limit (set PKM_MAX_FILE_BYTES to raise it)\n"
    )
    assert time.monotonic() - started < MAX_SECONDS


def test_bad_and_good_files_in_one_batch(tmp_path: Path) -> None:
    """One bad file does not stop the others: the good one is scored, the exit code is 3."""
    for name in ("good.yaml", "binary.yaml", "alias-recursive.yaml"):
        shutil.copyfile(HOSTILE / name, tmp_path / name)
    case = {
        "args": ["score", "--format", "jsonl", "good.yaml", "binary.yaml", "alias-recursive.yaml"]
    }
    outcome = run_case(case, tmp_path)
    assert outcome["exit"] == 3
    records = [json.loads(line) for line in outcome["stdout"].splitlines()]
    assert [(r["file"], r["valid"]) for r in records] == [
        ("alias-recursive.yaml", False),
        ("binary.yaml", False),
        ("good.yaml", True),
    ]
    assert outcome["stderr"].splitlines() == [
        "alias-recursive.yaml:2:10: this collection contains an alias to itself; refusing to load",
        "binary.yaml:3: binary data (NUL byte); expected a YAML or JSON text file",
    ]


def test_every_command_works_offline_and_leaves_home_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No command opens a network connection or writes to the home directory."""
    import socket  # noqa: PLC0415

    def refuse(*_: Any, **__: Any) -> Any:
        message = "network access attempted"
        raise AssertionError(message)

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    shutil.copyfile(HOSTILE / "good.yaml", work / "good.yaml")
    env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    monkeypatch.chdir(work)
    runner = CliRunner()
    for args in (
        ["score", "good.yaml"],
        ["score", "--format", "json", "good.yaml"],
        ["validate", "good.yaml"],
        ["init", "baru.yaml"],
        ["report", "good.yaml", "-o", "laporan.md"],
        ["report", "good.yaml", "--format", "html", "-o", "laporan.html"],
        ["rubric", "show"],
        ["rubric", "list"],
    ):
        result = runner.invoke(app, args, env=env)
        assert result.exit_code == 0, (args, result.stderr, result.exception)
    assert list(home.iterdir()) == []
    html = (work / "laporan.html").read_text(encoding="utf-8")
    # The page loads nothing from elsewhere: no scripts, stylesheets, fonts or images by URL.
    assert not re.search(r"""(src|href)=["']?https?:|url\(\s*["']?https?:|@import""", html)

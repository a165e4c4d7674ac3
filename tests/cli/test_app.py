"""The app as a whole: version, usage errors, `python -m pkmcli`, broken pipes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import EXAMPLES, GOOD, GOOD_TOTAL
from pkmcli import __version__
from pkmcli.cli.main import app

pytestmark = pytest.mark.usefixtures("here")


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"pkm {__version__}\n"


def test_unknown_option_is_a_usage_error(runner):
    result = runner.invoke(app, ["score", "--bogus", "x.yaml"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "No such option: --bogus" in result.stderr


def test_python_m_pkmcli_finds_rubrics_from_any_directory(tmp_path):
    (tmp_path / "jawaban.yaml").write_text(GOOD, encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "pkmcli", "score", "-f", "jsonl", "jawaban.yaml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    data = json.loads(done.stdout)
    assert data["score"] == pytest.approx(GOOD_TOTAL, abs=1e-12)
    assert Path(tmp_path / "jawaban.yaml").is_file()


def test_a_reader_that_stops_early_is_no_failed_gate(tmp_path: Path) -> None:
    example = (EXAMPLES / "kantor-pelayanan-b.yaml").read_text(encoding="utf-8")
    for number in range(120):  # well over a pipe buffer of JSON lines
        (tmp_path / f"unit-{number:03d}.yaml").write_text(example, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "pkmcli", "score", str(tmp_path), "-f", "jsonl", "--jobs", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stdout.readline().startswith(b'{"file": ')
    process.stdout.close()
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 141
    assert b"Traceback" not in stderr

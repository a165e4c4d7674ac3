"""A bug exits 70 with a short message and the traceback; a user error never shows one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from helpers import HOSTILE
from pkmcli.cli import main as cli

BUG_MESSAGE = (
    "pkm: kesalahan internal (bug pada pkm; mohon laporkan beserta traceback di bawah ini)"
)
BUG_MESSAGE_EN = "pkm: internal error (a bug in pkm; please report it with the traceback below)"


def run_main(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    """Run ``pkm ARGS`` through the real entry point, in this process."""
    monkeypatch.setattr(sys, "argv", ["pkm", *args])
    with pytest.raises(SystemExit) as caught:
        cli.main()
    out, err = capsys.readouterr()
    code = caught.value.code
    return (code if isinstance(code, int) else 0 if code is None else 1), out, err


def explode(*_: Any, **__: Any) -> Any:
    message = "simulated bug"
    raise RuntimeError(message)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("good.yaml", "mini-rubric.yaml", "binary.yaml", "yaml-tab-indent.yaml"):
        shutil.copyfile(HOSTILE / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("target", "args"),
    [
        ("pkmcli.batch.workers.score_file", ["score", "good.yaml"]),
        ("pkmcli.console.tables.result_table", ["score", "good.yaml"]),
        ("pkmcli.batch.formats.json_array.json_text", ["score", "--format", "json", "good.yaml"]),
        ("pkmcli.answers.checking.check_file", ["validate", "good.yaml"]),
        ("pkmcli.answers.drafting.render_answers", ["init"]),
        ("pkmcli.files.writing.write_atomic", ["init", "baru.yaml"]),
        ("pkmcli.rubric.catalog.load_rubric", ["rubric", "show"]),
        ("pkmcli.files.reading.parse_document", ["validate", "mini-rubric.yaml"]),
    ],
)
def test_bug_exits_70_with_the_traceback(
    target: str,
    args: list[str],
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(target, explode)
    code, _, err = run_main(args, capsys, monkeypatch)
    assert code == 70
    lines = err.splitlines()
    assert lines[0] == BUG_MESSAGE
    assert lines[1] == "Traceback (most recent call last):"
    assert lines[-1] == "RuntimeError: simulated bug"
    assert not (folder / "baru.yaml").exists()
    code, _, err = run_main([*args, "--lang", "en"], capsys, monkeypatch)
    assert (code, err.splitlines()[0]) == (70, BUG_MESSAGE_EN)


def test_bug_in_one_file_of_a_batch_is_not_passed_off_as_invalid_input(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pkmcli.answers.reader import load_answers_document as real  # noqa: PLC0415

    calls: list[Path] = []

    def second_one_breaks(path: Path, display: str | None = None) -> Any:
        calls.append(path)
        if len(calls) == 2:
            explode()
        return real(path, display)

    shutil.copyfile(folder / "good.yaml", folder / "good2.yaml")
    monkeypatch.setattr("pkmcli.batch.scorer.load_answers_document", second_one_breaks)
    code, _, err = run_main(["score", "good.yaml", "good2.yaml"], capsys, monkeypatch)
    assert code == 70
    assert err.splitlines()[-1] == "RuntimeError: simulated bug"


@pytest.mark.parametrize(
    ("args", "code", "err"),
    [
        (["score", "binary.yaml"], 3, "binary.yaml:3: binary data (NUL byte); expected a YAML or JSON text file\n"),
        (["validate", "yaml-tab-indent.yaml"], 3, "yaml-tab-indent.yaml:4:1: invalid YAML: a tab character breaks the indentation; indent with spaces\n"),
        (["score", "missing.yaml"], 3, "missing.yaml: no such file or directory\n"),
        (["init", "good.yaml"], 2, "good.yaml: already exists; pass --force to overwrite it\n"),
        (["score", "--rubric", "nope", "good.yaml"], 3, "--rubric: 'nope' is neither a shipped rubric id nor a rubric file (shipped: pkp-2019, pkp-2021)\n"),
    ],
)  # fmt: skip
@pytest.mark.usefixtures("folder", "english")
def test_user_errors_show_no_traceback(
    args: list[str],
    code: int,
    err: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    got_code, out, got_err = run_main(args, capsys, monkeypatch)
    assert (got_code, got_err) == (code, err)
    assert out == ""


@pytest.mark.usefixtures("folder")
def test_user_errors_speak_indonesian_by_default(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    got_code, out, got_err = run_main(["score", "missing.yaml"], capsys, monkeypatch)
    assert (got_code, got_err, out) == (3, "missing.yaml: berkas atau folder tidak ditemukan\n", "")


@pytest.mark.usefixtures("folder")
def test_usage_error_shows_no_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run_main(["score", "--format", "xml", "good.yaml"], capsys, monkeypatch)
    assert code == 2
    assert "Traceback" not in err
    assert "xml" in err


@pytest.mark.usefixtures("folder")
def test_interrupt_in_the_core_exits_130(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(*_: Any, **__: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr("pkmcli.batch.workers.score_file", interrupt)
    code, _, err = run_main(["score", "good.yaml"], capsys, monkeypatch)
    assert (code, err) == (130, "pkm: dihentikan\n")
    code, _, err = run_main(["score", "--lang", "en", "good.yaml"], capsys, monkeypatch)
    assert (code, err) == (130, "pkm: interrupted\n")


def test_bug_through_the_installed_entry_point(tmp_path: Path) -> None:
    """The same in a real process: ``python -m pkmcli`` goes through ``main``."""
    shutil.copyfile(HOSTILE / "good.yaml", tmp_path / "good.yaml")
    code = (
        "import sys, pkmcli.console.tables as t\n"
        "def boom(*a, **k): raise RuntimeError('simulated bug')\n"
        "t.result_table = boom\n"
        "sys.argv = ['pkm', 'score', 'good.yaml', '--lang', 'en']\n"
        "from pkmcli.cli.main import main\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 70
    assert done.stdout == ""
    assert done.stderr.startswith(BUG_MESSAGE_EN + "\nTraceback (most recent call last):\n")
    assert done.stderr.endswith("RuntimeError: simulated bug\n")


@pytest.mark.parametrize(
    "args",
    [["score", "good.yaml", "-f", "json"], ["score", "good.yaml"], ["rubric", "list"], ["init"]],
    ids=" ".join,
)
@pytest.mark.parametrize("stdout", ["full", "closed"])
def test_output_that_cannot_be_written_is_exit_3_in_one_line(folder: Path, args, stdout) -> None:
    def close_stdout() -> None:
        os.close(1)

    full = Path("/dev/full")
    if stdout == "full" and not full.exists():
        pytest.skip("no /dev/full here")
    with full.open("w") if stdout == "full" else open(os.devnull, "w") as sink:  # noqa: PTH123
        done = subprocess.run(
            [sys.executable, "-m", "pkmcli", *args, "--lang", "en"],
            cwd=folder,
            stdout=sink,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=close_stdout if stdout == "closed" else None,
            check=False,
        )
    reason = "No space left on device" if stdout == "full" else "standard output is closed"
    assert (done.returncode, done.stderr) == (3, f"<stdout>: cannot write the output: {reason}\n")


def test_output_that_cannot_be_written_is_said_in_indonesian(folder: Path) -> None:
    def close_stdout() -> None:
        os.close(1)

    done = subprocess.run(
        [sys.executable, "-m", "pkmcli", "rubric", "list"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=close_stdout,
        env={k: v for k, v in os.environ.items() if k != "PKM_LANG"},
        check=False,
    )
    assert (done.returncode, done.stderr) == (
        3,
        "<stdout>: keluaran tidak dapat ditulis: keluaran standar tertutup\n",
    )

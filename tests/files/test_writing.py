"""Writes are atomic, keep permissions, and fail with a clear message and the old file intact."""

from __future__ import annotations

import errno
import json
import os
import random
import re
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

import pytest
from typer.testing import CliRunner

from helpers import HOSTILE, ROOT
from pkmcli.cli.main import app
from pkmcli.errors import PkmError, UsageError
from pkmcli.files.writing import write_atomic
from pkmcli.interview.sessions import open_session

RUBRICS = ROOT / "rubrics"
# The messages are held in English here; the Indonesian ones at the end.
pytestmark = pytest.mark.usefixtures("english")

OLD = "rubric: pkp-2019\nanswers:\n  a.1: ya\n"
NEW = "rubric: pkp-2019\nanswers:\n  a.1: tidak\n"
ROOT = os.geteuid() == 0


def leftovers(folder: Path) -> list[str]:
    """Temporary files a write left behind (they start with a dot and end in .tmp)."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def no_space(*_: Any) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    path = tmp_path / "jawaban.yaml"
    path.write_text(OLD, encoding="utf-8")
    return path


def test_new_file_gets_the_usual_mode(tmp_path: Path) -> None:
    path = tmp_path / "baru.yaml"
    umask = os.umask(0o022)
    try:
        write_atomic(path, NEW)
    finally:
        os.umask(umask)
    assert path.read_text(encoding="utf-8") == NEW
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o604, 0o755])
def test_replacing_keeps_the_permissions(existing: Path, mode: int) -> None:
    existing.chmod(mode)
    write_atomic(existing, NEW)
    assert existing.read_text(encoding="utf-8") == NEW
    assert stat.S_IMODE(existing.stat().st_mode) == mode
    assert leftovers(existing.parent) == []


@pytest.mark.skipif(not ROOT, reason="only root may give a file to another user")
def test_replacing_keeps_the_owner(existing: Path) -> None:
    os.chown(existing, 1234, 4321)
    write_atomic(existing, NEW)
    info = existing.stat()
    assert (info.st_uid, info.st_gid) == (1234, 4321)


def test_text_is_written_as_utf8_with_its_own_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "teks.yaml"
    write_atomic(path, "unit: Kantor Pérez 😀\r\nperiod: x\n")
    assert path.read_bytes() == "unit: Kantor Pérez 😀\r\nperiod: x\n".encode()


def test_full_disk_during_fsync_keeps_the_original(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(PkmError) as caught:
        write_atomic(existing, NEW)
    assert str(caught.value) == f"{existing}: cannot write: No space left on device"
    assert existing.read_text(encoding="utf-8") == OLD
    assert leftovers(existing.parent) == []


def test_full_disk_during_write_keeps_the_original(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> Self:
            return self

        def __exit__(self, *_: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.handle.write(data[: len(data) // 2])  # half of it lands, then the disk is full
            no_space()
            return 0

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: FullDisk(real_fdopen(*a, **k)))
    with pytest.raises(PkmError, match="No space left on device"):
        write_atomic(existing, NEW)
    assert existing.read_text(encoding="utf-8") == OLD
    assert leftovers(existing.parent) == []


def test_failed_rename_keeps_the_original(existing: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: Any) -> None:
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(PkmError, match="cannot write: Invalid cross-device link"):
        write_atomic(existing, NEW)
    assert existing.read_text(encoding="utf-8") == OLD
    assert leftovers(existing.parent) == []


def test_interrupt_mid_write_keeps_the_original(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(*_: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(existing, NEW)
    assert existing.read_text(encoding="utf-8") == OLD
    assert leftovers(existing.parent) == []


def test_missing_parent_directory(tmp_path: Path) -> None:
    path = tmp_path / "tidak-ada" / "jawaban.yaml"
    with pytest.raises(PkmError) as caught:
        write_atomic(path, NEW)
    assert str(caught.value) == f"{path}: cannot write: directory '{path.parent}' does not exist"


def test_parent_is_a_file(existing: Path) -> None:
    path = existing / "jawaban.yaml"
    with pytest.raises(PkmError) as caught:
        write_atomic(path, NEW)
    assert str(caught.value) == f"{path}: cannot write: '{existing}' is not a directory"


def test_path_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(PkmError) as caught:
        write_atomic(tmp_path, NEW)
    assert str(caught.value) == f"{tmp_path}: is a directory; give a file path to write"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(ROOT, reason="root writes into any directory")
def test_read_only_directory(tmp_path: Path) -> None:
    folder = tmp_path / "terkunci"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(PkmError, match="cannot write: Permission denied"):
            write_atomic(folder / "jawaban.yaml", NEW)
    finally:
        folder.chmod(0o700)


def test_symlink_keeps_pointing_at_its_file(existing: Path) -> None:
    link = existing.parent / "tautan.yaml"
    link.symlink_to(existing.name)
    write_atomic(link, NEW)
    assert link.is_symlink()
    assert existing.read_text(encoding="utf-8") == NEW
    assert leftovers(existing.parent) == []


def test_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").symlink_to("b.yaml")
    (tmp_path / "b.yaml").symlink_to("a.yaml")
    with pytest.raises(PkmError) as caught:
        write_atomic(tmp_path / "a.yaml", NEW)
    assert str(caught.value) == (
        f"{tmp_path / 'a.yaml'}: cannot write: Too many levels of symbolic links"
    )


@pytest.mark.skipif(not ROOT, reason="making a device node needs root")
def test_device_is_written_in_place_not_replaced(tmp_path: Path) -> None:
    """Renaming over /dev/null would replace the device with a plain file."""
    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    write_atomic(device, NEW)
    assert stat.S_ISCHR(device.stat().st_mode)
    assert leftovers(tmp_path) == []


def test_text_that_is_not_unicode(tmp_path: Path) -> None:
    path = tmp_path / "jawaban.yaml"
    with pytest.raises(PkmError) as caught:
        write_atomic(path, "unit: \udce9\n")
    assert str(caught.value) == (
        f"{path}: cannot write: the text holds characters that are not valid Unicode"
    )
    assert not path.exists()
    assert leftovers(tmp_path) == []


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 16 KiB file system; skipped where mounting is not allowed."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_real_full_disk_keeps_the_original(tiny_disk: Path) -> None:
    path = tiny_disk / "jawaban.yaml"
    path.write_text(OLD, encoding="utf-8")
    with pytest.raises(PkmError) as caught:
        write_atomic(path, NEW * 2000)
    assert str(caught.value) == f"{path}: cannot write: No space left on device"
    assert path.read_text(encoding="utf-8") == OLD
    assert leftovers(tiny_disk) == []


def test_real_full_disk_through_init(tiny_disk: Path) -> None:
    (tiny_disk / "pengisi").write_bytes(b"x" * 12 * 1024)
    result = CliRunner().invoke(app, ["init", str(tiny_disk / "jawaban.yaml")])
    assert result.exit_code == 3
    assert result.stderr == f"{tiny_disk / 'jawaban.yaml'}: cannot write: No space left on device\n"
    assert not (tiny_disk / "jawaban.yaml").exists()
    assert leftovers(tiny_disk) == []


# Output paths through the command line: a clear error, the contract's exit code, no file.


def init(*args: str) -> Any:
    return CliRunner().invoke(app, ["init", *args])


def test_init_refuses_to_overwrite_without_force(existing: Path) -> None:
    result = init(str(existing))
    assert result.exit_code == 2
    assert result.stderr == f"{existing}: already exists; pass --force to overwrite it\n"
    assert existing.read_text(encoding="utf-8") == OLD


def test_init_force_overwrites_and_keeps_the_mode(existing: Path) -> None:
    existing.chmod(0o640)
    result = init(str(existing), "--force")
    assert result.exit_code == 0, result.stderr
    assert "rubric: pkp-2019" in existing.read_text(encoding="utf-8")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640
    assert leftovers(existing.parent) == []


def test_init_into_a_missing_directory(tmp_path: Path) -> None:
    path = tmp_path / "tidak-ada" / "jawaban.yaml"
    result = init(str(path))
    assert result.exit_code == 2
    assert result.stderr == f"{path}: cannot write: directory '{path.parent}' does not exist\n"
    assert result.stdout == ""
    assert not path.parent.exists()


def test_init_under_a_file(existing: Path) -> None:
    path = existing / "jawaban.yaml"
    result = init(str(path))
    assert result.exit_code == 2
    assert result.stderr == f"{path}: cannot write: '{existing}' is not a directory\n"
    assert existing.read_text(encoding="utf-8") == OLD


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_init_onto_a_directory(tmp_path: Path, force: list[str]) -> None:
    result = init(str(tmp_path), *force)
    assert result.exit_code == 2
    assert result.stderr == f"{tmp_path}: is a directory; give a file path to write\n"
    assert list(tmp_path.iterdir()) == []


def test_init_full_disk_keeps_the_original(existing: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fsync", no_space)
    result = init(str(existing), "--force")
    assert result.exit_code == 3
    assert result.stderr == f"{existing}: cannot write: No space left on device\n"
    assert "Traceback" not in result.stderr
    assert existing.read_text(encoding="utf-8") == OLD
    assert leftovers(existing.parent) == []


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    path = tmp_path / "jawaban.yaml"
    shutil.copyfile(HOSTILE / "good.yaml", path)
    return path


def report(answers: Path, output: Path) -> Any:
    return CliRunner().invoke(
        app, ["report", str(answers), "-o", str(output)], env={"PKM_REPORT_DATE": "2026-01-31"}
    )


def test_report_into_a_missing_directory(answers: Path) -> None:
    output = answers.parent / "tidak-ada" / "laporan.md"
    result = report(answers, output)
    assert result.exit_code == 2
    assert result.stderr == f"{output}: cannot write: directory '{output.parent}' does not exist\n"
    assert result.stdout == ""


def test_report_under_a_file(answers: Path) -> None:
    output = answers / "laporan.md"
    result = report(answers, output)
    assert result.exit_code == 2
    assert result.stderr == f"{output}: cannot write: '{answers}' is not a directory\n"


def test_report_onto_a_directory(answers: Path) -> None:
    result = report(answers, answers.parent)
    assert result.exit_code == 2
    assert result.stderr == f"{answers.parent}: is a directory; give a file path to write\n"
    assert leftovers(answers.parent) == []


def test_report_full_disk_keeps_the_previous_report(
    answers: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = answers.parent / "laporan.md"
    output.write_text("laporan lama\n", encoding="utf-8")
    monkeypatch.setattr(os, "fsync", no_space)
    result = report(answers, output)
    assert result.exit_code == 3
    assert result.stderr == f"{output}: cannot write: No space left on device\n"
    assert output.read_text(encoding="utf-8") == "laporan lama\n"
    assert leftovers(answers.parent) == []


def test_report_replaces_atomically_and_keeps_the_mode(answers: Path) -> None:
    output = answers.parent / "laporan.md"
    output.write_text("laporan lama\n", encoding="utf-8")
    output.chmod(0o640)
    result = report(answers, output)
    assert result.exit_code == 0, result.stderr
    assert output.read_text(encoding="utf-8").startswith("#")
    assert stat.S_IMODE(output.stat().st_mode) == 0o640
    assert leftovers(answers.parent) == []


def score_output(answers: Path, spec: str) -> Any:
    return CliRunner().invoke(app, ["score", str(answers), "--format", "json", "--output", spec])


def test_score_output_into_a_missing_directory(answers: Path) -> None:
    output = answers.parent / "tidak-ada" / "skor.json"
    result = score_output(answers, f"json:{output}")
    assert result.exit_code == 2
    assert result.stderr == (
        f"{output}: cannot write: directory '{output.parent}' does not exist\n"
    )
    assert result.stdout == ""


def test_score_output_onto_a_directory(answers: Path) -> None:
    result = score_output(answers, f"json:{answers.parent}")
    assert result.exit_code == 2
    assert result.stderr == (f"{answers.parent}: is a directory; give a file path to write\n")


def test_score_output_under_a_file(answers: Path) -> None:
    result = score_output(answers, f"csv:{answers}/skor.csv")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{answers}/skor.csv: cannot write: ")


def test_score_output_full_disk_keeps_the_previous_file(
    answers: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = answers.parent / "skor.json"
    output.write_text("[]\n", encoding="utf-8")
    monkeypatch.setattr(os, "fsync", no_space)
    result = score_output(answers, f"json:{output}")
    assert result.exit_code == 3
    assert result.stderr == f"{output}: cannot write: No space left on device\n"
    assert output.read_text(encoding="utf-8") == "[]\n"
    assert leftovers(answers.parent) == []


# The interview saves after every answer: a kill -9 at any moment loses nothing confirmed.

PROMPT = re.compile(r"([a-z]\.\d+)(?:\x1b\[0m)? \[([a-z/]+)\]: ")
FINAL = re.compile(r"Selesai\? \[Enter")
CRITERIA = 12
MAX_RUNS = 20


def interview(path: Path) -> Any:
    import pexpect  # type: ignore[import-untyped]  # noqa: PLC0415 - only this test needs it

    return pexpect.spawn(
        sys.executable,
        [
            *("-m", "pkmcli", "assess", path.name),
            *("--unit", "Kantor X", "--period", "2026", "--assessor", "Tim"),
        ],
        cwd=str(path.parent),
        encoding="utf-8",
        timeout=20,
        dimensions=(50, 120),
    )


def answer_until_killed(child: Any, rng: random.Random, confirmed: dict[str, str]) -> bool:
    """Answer a few questions, then return True to be killed (False when the interview ended)."""
    sent: tuple[str, str] | None = None
    if rng.random() < 0.2:
        time.sleep(rng.uniform(0, 0.3))  # killed while starting up or writing the new file
        return True
    for _ in range(rng.randint(1, 3)):
        found = child.expect([PROMPT, FINAL])
        if sent is not None:
            confirmed[sent[0]] = sent[1].casefold()  # the next screen shows only once saved
        if found == 1:
            child.sendline("")
            child.expect(pexpect_eof())
            return False
        ident, keys = child.match[1], child.match[2].split("/")
        answer = rng.choice(keys)
        sent = (ident, answer.upper() if rng.random() < 0.3 else answer)
        child.sendline(sent[1])
    time.sleep(rng.uniform(0, 0.05))  # from before the save starts to after it ends
    return True


def pexpect_eof() -> Any:
    import pexpect  # noqa: PLC0415

    return pexpect.EOF


@pytest.mark.pty
def test_kill_during_interview_keeps_every_confirmed_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answer, kill -9 at a random moment (seeded), rerun to resume; until all is answered."""
    pytest.importorskip("pexpect")
    monkeypatch.setenv("PKM_LANG", "id")  # the interview's prompts are matched in Indonesian
    from pkmcli.answers.reader import load_answers  # noqa: PLC0415

    rng = random.Random(52)  # noqa: S311 - reproducible kill moments, not secrets
    path = tmp_path / "jawaban.yaml"
    confirmed: dict[str, str] = {}
    for run in range(MAX_RUNS):
        child = interview(path)
        killed = answer_until_killed(child, rng, confirmed)
        if killed:
            child.kill(signal.SIGKILL)
        child.close()
        assert child.signalstatus == (signal.SIGKILL if killed else None), run
        if not path.exists():
            assert not confirmed
            continue
        _, answer_set = load_answers(path)
        # Keys match in any case; the interview may store the rubric's own spelling.
        held = {i: a.key.casefold() for i, a in answer_set.answers.items() if a.key is not None}
        assert confirmed.items() <= held.items(), (run, confirmed, held)
        confirmed = held
        if not killed:
            break
    assert len(confirmed) == CRITERIA


GUARDED = [
    (["report", "j.yaml", "-o", "j.yaml"], "j.yaml", "answers file 'j.yaml'"),
    (["report", "j.yaml", "-o", "link.yaml"], "link.yaml", "answers file 'j.yaml'"),
    (["report", "j.yaml", "--baseline", "b.yaml", "-o", "b.yaml"], "b.yaml", "baseline 'b.yaml'"),
    (
        ["report", "j.yaml", "-r", "own.yaml", "-o", "own.yaml"],
        "own.yaml",
        "rubric file 'own.yaml'",
    ),
    (["score", "j.yaml", "--output", "json:j.yaml"], "j.yaml", "answers file 'j.yaml'"),
    (["score", ".", "--output", "csv:link.yaml"], "link.yaml", "answers file"),
    (["score", "j.yaml", "-r", "own.yaml", "-o", "md:own.yaml"], "own.yaml", "rubric file"),
    (["init", "own.yaml", "-r", "own.yaml", "--force"], "own.yaml", "rubric file 'own.yaml'"),
]


@pytest.mark.parametrize(("args", "shown", "what"), GUARDED, ids=lambda v: " ".join(v)[:40])
def test_no_command_writes_over_one_of_its_inputs(runner, tmp_path, monkeypatch, args, shown, what):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(HOSTILE / "good.yaml", "j.yaml")
    shutil.copyfile(HOSTILE / "good.yaml", "b.yaml")
    own = (RUBRICS / "pkp-2019.yaml").read_text(encoding="utf-8").replace("id: pkp-2019", "id: own")
    Path("own.yaml").write_text(own, encoding="utf-8")
    Path("link.yaml").symlink_to("j.yaml")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    done = runner.invoke(app, args)
    assert done.exit_code == 2, done.output
    assert done.stderr.startswith(f"{shown}: is the {what}")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_two_outputs_to_one_file_are_refused(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(HOSTILE / "good.yaml", "j.yaml")
    done = runner.invoke(app, ["score", "j.yaml", "-o", "json:out", "-o", "csv:./out"])
    assert (done.exit_code, done.stderr) == (
        2,
        "out: is given to --output twice (json and csv)\n",
    )
    assert not Path("out").exists()


def test_init_writes_json_for_a_json_file_and_names_an_own_rubric(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    own = (RUBRICS / "pkp-2019.yaml").read_text(encoding="utf-8").replace("id: pkp-2019", "id: own")
    Path("own.yaml").write_text(own, encoding="utf-8")
    done = runner.invoke(app, ["init", "baru.json", "-r", "own.yaml", "--unit", "U"])
    assert done.exit_code == 0, done.stderr
    assert json.loads(Path("baru.json").read_text(encoding="utf-8")) == {
        "rubric": "own",
        "unit": "U",
        "answers": {},
    }
    assert done.stderr.endswith("then run: pkm score baru.json --rubric own.yaml\n")
    assert runner.invoke(app, ["score", "baru.json", "-r", "own.yaml"]).exit_code == 0


def test_an_interview_does_not_write_over_its_rubric(tmp_path):
    own = tmp_path / "own.yaml"
    shutil.copyfile(RUBRICS / "pkp-2019.yaml", own)
    with pytest.raises(UsageError, match="is the rubric file"):
        open_session(own, str(own), {}, "own.yaml")
    assert own.read_bytes() == (RUBRICS / "pkp-2019.yaml").read_bytes()


def test_write_atomic_bytes_writes_bytes_and_keeps_the_mode(tmp_path):
    from pkmcli.files.writing import write_atomic_bytes  # noqa: PLC0415

    target = tmp_path / "buku.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic_bytes(target, b"PK\x03\x04\x00\xff")
    assert target.read_bytes() == b"PK\x03\x04\x00\xff"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["buku.xlsx"]
    with pytest.raises(PkmError, match="does not exist"):
        write_atomic_bytes(tmp_path / "missing" / "x.xlsx", b"x")


# The same refusals in Indonesian, the default language.


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda d: d / "tidak-ada" / "ban.yaml",
            "tidak dapat ditulis: folder '{parent}' tidak ada",
        ),
        (lambda d: d, "ini folder; berikan jalur berkas untuk ditulis"),
    ],
)
def test_refusals_are_said_in_indonesian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make: Any, message: str
) -> None:
    monkeypatch.setenv("PKM_LANG", "id")
    target = make(tmp_path)
    result = init(str(target))
    assert result.exit_code == 2
    assert result.stderr == f"{target}: {message.format(parent=target.parent)}\n"


def test_a_full_disk_is_said_in_indonesian(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PKM_LANG", "id")
    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(PkmError) as caught:
        write_atomic(tmp_path / "ban.yaml", NEW)
    assert [p.render() for p in caught.value.problems] == [
        f"{tmp_path / 'ban.yaml'}: tidak dapat ditulis: ruang penyimpanan penuh"
    ]


def test_an_output_that_is_an_input_is_refused_in_indonesian(
    answers: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PKM_LANG", "id")
    result = report(answers, answers)
    assert result.exit_code == 2
    assert result.stderr == (
        f"{answers}: ini berkas jawaban '{answers}'; menulis di sini akan menimpanya "
        "(pilih berkas lain)\n"
    )

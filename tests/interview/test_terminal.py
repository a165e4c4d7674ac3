"""`pkm assess` driven through a real pseudo-terminal, as a user at a keyboard would."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pexpect
import pytest

from pkmcli.answers.model import AnswerSet
from pkmcli.answers.reader import load_answers

STEPS = [
    ("a.1", "ya/tidak", "ya"),
    ("a.2", "a/b/c/d", "B"),
    ("a.3", "a/b/c/d", "a"),
    ("a.4", "a/b/c", "b"),
    ("b.1", "a/b/c/d", "a"),
    ("b.2", "a/b/c", "c"),
    ("b.3", "a/b/c", "a"),
    ("b.4", "a/b/c/d", "b"),
    ("b.5", "ya/tidak", "ya"),
    ("c.1", "a/b/c", "a"),
    ("c.2", "ya/tidak", "tidak"),
    ("c.3", "a/b/c/d", "a"),
]
KEYS = {ident: key.lower() for ident, _, key in STEPS}
REVIEW = "Selesai? [Enter = ya, atau ketik id]: "
_ANSI = r"(?:\x1b\[[0-9;?]*[A-Za-z]|[\x01\x02])*"


def plain(text: str) -> str:
    """Return a regex for ``text`` that lets terminal styling sit between any two characters."""
    return _ANSI.join(re.escape(char) for char in text)


def strip_ansi(text: str) -> str:
    return re.sub(_ANSI, "", text).replace("\r\n", "\n")


def spawn(
    cwd: Path, *args: str, program: tuple[str, ...] = ("-m", "pkmcli", "assess")
) -> pexpect.spawn:
    """Run ``python PROGRAM ARGS`` in an 80-column pseudo-terminal."""
    env = {**os.environ, "COLUMNS": "80", "LINES": "40", "TERM": "xterm-256color"}
    return pexpect.spawn(
        sys.executable,
        [*program, *args],
        cwd=str(cwd),
        env=env,
        encoding="utf-8",
        timeout=10,
        dimensions=(40, 80),
    )


def expect(child: pexpect.spawn, text: str) -> str:
    """Wait for ``text``; return what came before it, without styling."""
    child.expect(plain(text))
    return strip_ansi(child.before)


def prompt(ident: str, hint: str, saved: str = "") -> str:
    return f"{ident} [{hint}]" + (f" ({saved})" if saved else "") + ": "


def answered(path: Path) -> tuple[AnswerSet, dict[str, str | None]]:
    answer_set = load_answers(path)[1]
    return answer_set, {i: a.key for i, a in answer_set.answers.items() if a.answered}


def finish(child: pexpect.spawn) -> str:
    """Wait for the end; return the rest of the output, without styling."""
    child.expect(pexpect.EOF)
    child.close()
    return strip_ansi(child.before)


@pytest.mark.pty
def test_a_full_interview_saves_each_answer_and_ends_with_the_scores(tmp_path):
    path = tmp_path / "jawaban.yaml"
    child = spawn(tmp_path, "jawaban.yaml", "--unit", "Kantor X", "--period", "2026")
    expect(child, "Berkas baru jawaban.yaml (rubrik pkp-2019, 12 kriteria).")
    before = expect(child, "Penilai [Enter = lewati]: ")
    assert "Unit kerja" not in before
    assert "Periode" not in before
    child.sendline("Budi")
    for step, (ident, hint, key) in enumerate(STEPS):
        screen = expect(child, prompt(ident, hint))
        assert f"{ident}  " in screen
        assert f"{step + 1}/12" in screen
        answer_set, keys = answered(path)
        assert (answer_set.unit, answer_set.period, answer_set.assessor) == (
            "Kantor X",
            "2026",
            "Budi",
        )
        assert keys == {i: KEYS[i] for i, _, _ in STEPS[:step]}
        child.sendline(key)
    review = expect(child, REVIEW)
    assert "Tinjauan jawaban · 12/12 terjawab" in review
    assert answered(path)[1] == KEYS
    child.sendline("")
    rest = finish(child)
    assert child.exitstatus == 0
    assert rest.endswith(
        "Tersimpan di jawaban.yaml.\nNilai ulang kapan saja dengan: pkm score jawaban.yaml\n"
    )
    scored = subprocess.run(
        [sys.executable, "-m", "pkmcli", "score", "jawaban.yaml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "80"},
        check=True,
    )
    table = [line.rstrip() for line in scored.stdout.splitlines()]
    assert "│ Total                                    │ 10,00 │        │  7,25 │ 72,46 │" in table
    shown = [line.rstrip() for line in rest.splitlines()]
    assert table == shown[shown.index(table[0]) :][: len(table)]


@pytest.mark.pty
def test_ctrl_c_keeps_every_answer_and_the_next_run_resumes_without_asking(tmp_path):
    path = tmp_path / "jawaban.yaml"
    child = spawn(tmp_path, "jawaban.yaml", "--unit", "U", "--period", "P", "--assessor", "A")
    for ident, hint, key in STEPS[:3]:
        expect(child, prompt(ident, hint))
        child.sendline(key)
    expect(child, prompt("a.4", "a/b/c"))
    child.sendintr()
    rest = finish(child)
    assert child.exitstatus == 130
    assert rest.strip().endswith(
        "Dihentikan. 3 dari 12 kriteria terjawab, semuanya tersimpan di jawaban.yaml.\n"
        "Lanjutkan dengan: pkm assess jawaban.yaml"
    )
    saved = path.read_text()
    assert answered(path)[1] == {"a.1": "ya", "a.2": "b", "a.3": "a"}

    child = spawn(tmp_path, "jawaban.yaml")
    before = expect(child, prompt("a.4", "a/b/c"))
    assert path.read_text() == saved
    assert before.startswith("Melanjutkan jawaban.yaml: 3 dari 12 kriteria terjawab.\n")
    assert "]: " not in before
    assert "4/12" in before
    for step, (ident, hint, key) in enumerate(STEPS[3:], start=3):
        if step > 3:
            expect(child, prompt(ident, hint))
        assert answered(path)[1] == {i: KEYS[i] for i, _, _ in STEPS[:step]}
        child.sendline(key)
    expect(child, REVIEW)
    child.sendline("")
    rest = finish(child)
    assert child.exitstatus == 0
    assert "Total" in rest
    answer_set, keys = answered(path)
    assert keys == KEYS
    assert (answer_set.unit, answer_set.period, answer_set.assessor) == ("U", "P", "A")


@pytest.mark.pty
def test_eof_saves_and_exits_130(tmp_path):
    child = spawn(tmp_path, "j.yaml", "--unit", "U", "--period", "P", "--assessor", "A")
    expect(child, prompt("a.1", "ya/tidak"))
    child.sendline("tidak")
    expect(child, prompt("a.2", "a/b/c/d"))
    child.sendline("+ dipasang di loket")
    expect(child, "Catatan disimpan.")
    expect(child, prompt("a.2", "a/b/c/d"))
    child.sendeof()
    rest = finish(child)
    assert child.exitstatus == 130
    assert "Dihentikan. 1 dari 12 kriteria terjawab" in rest
    answer_set, keys = answered(tmp_path / "j.yaml")
    assert keys == {"a.1": "tidak"}
    assert answer_set.answers["a.2"].note == "dipasang di loket"


@pytest.mark.pty
def test_quit_without_a_file_name_picks_one_and_says_so(tmp_path):
    name = f"jawaban-pkp-2019-{datetime.now().astimezone().date().isoformat()}.yaml"
    child = spawn(tmp_path, "--lang", "en")
    expect(child, f"New file {name} (rubric pkp-2019, 12 criteria).")
    for _ in range(3):
        expect(child, "[Enter = skip]: ")
        child.sendline("")
    expect(child, prompt("a.1", "ya/tidak"))
    child.sendline("q")
    rest = finish(child)
    assert child.exitstatus == 0
    assert rest.strip().endswith(
        f"Saved in {name} (0 of 12 criteria answered).\nGo on with: pkm assess {name} --lang en"
    )
    assert answered(tmp_path / name)[1] == {}


@pytest.mark.pty
def test_scores_go_to_stdout_and_prompts_to_the_terminal(tmp_path):
    env = {**os.environ, "COLUMNS": "80", "TERM": "xterm-256color"}
    args = "j.yaml --unit U --period P --assessor A"
    child = pexpect.spawn(
        "/bin/sh",
        ["-c", f"exec {shlex.quote(sys.executable)} -m pkmcli assess {args} > scores.txt"],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=10,
        dimensions=(40, 80),
    )
    for ident, hint, key in STEPS:
        expect(child, prompt(ident, hint))
        child.sendline(key)
    expect(child, REVIEW)
    child.sendline("")
    rest = finish(child)
    assert child.exitstatus == 0
    assert "Total" not in rest
    scored = subprocess.run(
        [sys.executable, "-m", "pkmcli", "score", "j.yaml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "80"},
        check=True,
    )
    assert (tmp_path / "scores.txt").read_text() == scored.stdout


@pytest.mark.pty
def test_an_invalid_file_is_reported_and_left_untouched(tmp_path):
    path = tmp_path / "rusak.yaml"
    text = "rubric: pkp-2019\nanswers:\n  a.1: mungkin\n  a.9: b\n"
    path.write_text(text)
    child = spawn(tmp_path, "rusak.yaml")
    rest = finish(child)
    assert child.exitstatus == 3
    assert rest == (
        "rusak.yaml:3:8: a.1: 'mungkin' bukan pilihan di sini; pilihan yang ada: ya, tidak\n"
        "rusak.yaml:4:3: kriteria 'a.9' tidak dikenal; mungkin maksud Anda a.4? "
        "(rubrik pkp-2019 memuat a.1 sampai c.3)\n"
    )
    assert path.read_text() == text


@pytest.mark.parametrize("stdin", [{"stdin": subprocess.DEVNULL}, {"input": "ya\n"}])
def test_without_a_terminal_it_exits_2_at_once(tmp_path, stdin):
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pkmcli", "assess", "j.yaml"],
        **stdin,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    assert time.monotonic() - started < 10
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "pkm assess: masukan (stdin) bukan terminal, jadi wawancara tidak dapat berjalan; "
        "isi berkas jawaban (pkm init FILE) lalu beri nilai dengan: pkm score FILE\n"
    )
    assert not (tmp_path / "j.yaml").exists()

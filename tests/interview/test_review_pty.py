"""`pkm review` driven through a real pseudo-terminal, as an evaluator at a keyboard would."""

from __future__ import annotations

from pathlib import Path

import pexpect
import pytest

from interview.test_review import UNIT as UNIT_ANSWERS
from interview.test_terminal import REVIEW, STEPS, expect, finish, prompt
from interview.test_terminal import spawn as spawn_program
from pkmcli.answers.model import Answer
from pkmcli.answers.reader import load_answers

# Until `review` is in cli/main.py's list, the command registers itself when imported.
RUN = ("-m", "pkmcli", "review")
# The unit's answers with comments in, on, between and after their lines.
UNIT = UNIT_ANSWERS + "# akhir jawaban unit\n"


def spawn(cwd: Path, *args: str) -> pexpect.spawn:
    return spawn_program(cwd, *args, program=RUN)


def stage(path: Path, ident: str = "tpi") -> dict[str, Answer]:
    reviews = load_answers(path)[1].reviews
    return next(r for r in reviews if r.stage == ident).answers


@pytest.mark.pty
def test_agree_change_note_revision_then_ctrl_c_keeps_all_and_the_rerun_resumes(tmp_path):
    path = tmp_path / "j.yaml"
    path.write_text(UNIT, encoding="utf-8")
    (tmp_path / "sk.pdf").write_bytes(b"%PDF")
    child = spawn(
        tmp_path, "j.yaml", "--stage", "tpi", "--assessor", "Tim TPI", "--date", "2026-03-01"
    )
    expect(child, "Tinjauan Tim Penilai Internal (TPI) baru atas j.yaml (12 kriteria).")
    screen = expect(child, prompt("a.1", "ya/tidak", "ya"))
    assert "unit  ya · nilai 1 · Ya" in screen
    assert "      Bukti: sk.pdf (ada), bukti/hilang.pdf (tidak ditemukan)," in screen
    assert "tpi   belum ditinjau" in screen
    assert path.read_text() == UNIT  # nothing is written before the first answer
    child.sendline("")  # agree
    expect(child, prompt("a.2", "a/b/c/d", "b"))
    assert stage(path) == {"a.1": Answer(key="ya")}
    child.sendline("C + belum di media daring")  # another answer, any case, with a note
    expect(child, "Catatan disimpan.")
    expect(child, prompt("a.3", "a/b/c/d", "a"))
    child.sendline("!")
    expect(child, "a.3 ditandai Perlu Revisi.")
    expect(child, prompt("a.3", "a/b/c/d", "a"))
    child.sendline("")
    screen = expect(child, prompt("a.4", "a/b/c", "b"))
    assert "4/12" in screen
    assert stage(path) == {
        "a.1": Answer(key="ya"),
        "a.2": Answer(key="c", note="belum di media daring"),
        "a.3": Answer(key="a", revision=True),
    }
    child.sendintr()
    rest = finish(child)
    assert child.exitstatus == 130
    assert rest.strip().endswith(
        "Dihentikan. 3 dari 12 kriteria ditinjau, semuanya tersimpan di j.yaml.\n"
        "Lanjutkan dengan: pkm review j.yaml --stage tpi"
    )
    saved = path.read_text()
    # The unit's block and every comment stay byte for byte; only the stage is added.
    assert saved == UNIT + (
        "reviews:\n"
        "  - stage: tpi\n"
        "    assessor: Tim TPI\n"
        "    date: 2026-03-01\n"
        "    answers:\n"
        "      a.1: ya\n"
        "      a.2:\n"
        "        answer: c\n"
        "        note: belum di media daring\n"
        "      a.3:\n"
        "        answer: a\n"
        "        revision: true\n"
    )

    child = spawn(tmp_path, "j.yaml", "--stage", "tpi")
    before = expect(child, prompt("a.4", "a/b/c", "b"))
    assert before.startswith(
        "Tinjauan Tim Penilai Internal (TPI) atas j.yaml: 3 dari 12 kriteria ditinjau.\n"
    )
    assert "]: " not in before
    assert path.read_text() == saved
    child.sendline("a")
    for ident, hint, key in STEPS[4:]:
        expect(child, prompt(ident, hint, key))
        child.sendline("")
    review = expect(child, REVIEW)
    assert "Tinjauan Tim Penilai Internal (TPI) · 12/12 ditinjau" in review
    assert "Total (10)                                  7,25    7,37" in review
    assert "Berbeda dari unit: a.2, a.4" in review
    assert "Perlu Revisi: a.3" in review
    child.sendline("")
    rest = finish(child)
    assert child.exitstatus == 0
    assert rest.endswith(
        "Tersimpan di j.yaml.\nNilai tahap ini kapan saja dengan: pkm score j.yaml --stage tpi\n"
    )
    final = path.read_text()
    assert final.startswith(saved)
    assert final[len(saved) :] == "      a.4: a\n" + "".join(
        f"      {ident}: {key}\n" for ident, _, key in STEPS[4:]
    )
    assert load_answers(path)[1].reviews[0].assessor == "Tim TPI"


@pytest.mark.pty
def test_a_later_stage_leaves_the_earlier_one_byte_for_byte_and_eof_exits_130(tmp_path):
    path = tmp_path / "j.yaml"
    tpi = (
        "reviews:\n"
        "  # desk evaluation TPI\n"
        "  - stage: tpi\n"
        "    date: 2026-03-01   # rapat\n"
        "    answers:\n"
        "      a.1: {answer: tidak, note: SK belum ditandatangani, revision: true}\n"
    )
    path.write_text(UNIT + tpi, encoding="utf-8")
    child = spawn(tmp_path, "j.yaml", "--stage", "tpn", "--lang", "en", "--date", "2026-05-02")
    screen = expect(child, prompt("a.1", "ya/tidak", "tidak"))
    assert "tpi   tidak · value 0 · Needs revision · No" in screen
    assert "      Note: SK belum ditandatangani" in screen
    child.sendline("ya")
    expect(child, prompt("a.2", "a/b/c/d", "b"))
    child.sendline("+ dicek di lapangan")
    expect(child, "Note saved.")
    expect(child, prompt("a.2", "a/b/c/d", "b"))
    child.sendeof()
    rest = finish(child)
    assert child.exitstatus == 130
    assert "Stopped. 1 of 12 criteria reviewed, all saved in j.yaml." in rest
    assert path.read_text() == UNIT + tpi + (
        "  - stage: tpn\n"
        "    date: 2026-05-02\n"
        "    answers:\n"
        "      a.1: ya\n"
        "      a.2:\n"
        "        note: dicek di lapangan\n"
    )

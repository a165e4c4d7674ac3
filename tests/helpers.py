"""Paths and small helpers shared by the tests (fixtures are in conftest.py)."""

from __future__ import annotations

import io
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from pkmcli.answers.model import AnswerSet
from pkmcli.answers.reader import load_answers
from pkmcli.batch.records import IndicatorFigure, Scorecard
from pkmcli.interview.terminal import file_saver
from pkmcli.language import Lang
from pkmcli.rubric.catalog import load_rubric
from pkmcli.rubric.model import Rubric

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SRC = ROOT / "src" / "pkmcli"
DATA = TESTS / "data"
GOLDEN = TESTS / "golden"
HOSTILE = TESTS / "hostile"
EXAMPLES = ROOT / "examples"
README = ROOT / "README.md"
MINI_RUBRIC = DATA / "rubric-mini.yaml"
# Golden files are rewritten instead of compared when this is set.
UPDATE_GOLDEN = os.environ.get("PKM_UPDATE_GOLDEN") == "1"


def check_golden(name: str, text: str) -> None:
    """Compare ``text`` with the golden file ``name``, or rewrite it under PKM_UPDATE_GOLDEN=1."""
    path = GOLDEN / name
    if UPDATE_GOLDEN:
        path.write_text(text, encoding="utf-8", newline="")
    assert path.is_file(), f"{path} is missing; rerun with PKM_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} differs from its golden file; rerun with PKM_UPDATE_GOLDEN=1 and review the diff"
    )


def run_pkm(*args: str, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m pkmcli ARGS`` in a fresh process, as a user's shell would."""
    return subprocess.run(
        [sys.executable, "-m", "pkmcli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env={**os.environ, **env},
        timeout=120,
        check=False,
    )


def scorecard(file: str, percent: float, *, unit: str | None = "Unit", rubric: str = "pkp-2019"):
    """Return a scorecard of indicators a (weight 4) and b (weight 6) at ``percent`` each."""
    figures = (
        IndicatorFigure("a", "Satu", 4.0, 4.0 * percent / 100, percent),
        IndicatorFigure("b", "Dua", 6.0, 6.0 * percent / 100, percent),
    )
    return Scorecard(
        file, rubric, unit, "2026", None, percent / 10, 10.0, percent, figures, ("b.2",), ()
    )


# An answers file for the command-line tests, and what it scores.
GOOD = """\
rubric: pkp-2019
unit: Kantor Pelayanan X
period: "2026"
answers:
  a.1: ya
  a.2: {answer: B, note: Maklumat di loket}
  a.3: c
  a.4: b
  b.1: a
  b.2: a
  b.3: b
  b.4: d
  b.5: ya
  c.1: a
  c.2: tidak
"""


# a: (1 + .67 + .33 + .5) / 4 x 3 = 1.875; b: (1 + 1 + .5 + 0 + 1) / 5 x 3 = 2.1
# c: (1 + 0 + 0) / 3 x 4 = 1.333...; total 5.308333..., c.3 unanswered.
GOOD_TOTAL = 5.308333333333334


COMPLETE = GOOD + "  c.3: a\n"


BAD = """\
rubric: pkp-2019
answers:
  a.1: ya
  a.2: f
  a.9: a
  a.1: tidak
"""


# BAD's problems as pkm says them by default (Indonesian), and with --lang en.
BAD_ERRORS = (
    "salah.yaml:4:8: a.2: 'f' bukan pilihan di sini; pilihan yang ada: a, b, c, d\n"
    "salah.yaml:5:3: kriteria 'a.9' tidak dikenal; mungkin maksud Anda a.4? (rubrik pkp-2019 "
    "memuat a.1 sampai c.3)\n"
    "salah.yaml:6:3: kunci 'a.1' ditulis dua kali (pertama di baris 3)\n"
)
BAD_ERRORS_EN = (
    "salah.yaml:4:8: a.2: 'f' is not an option here; expected one of a, b, c, d\n"
    "salah.yaml:5:3: unknown criterion 'a.9'; did you mean a.4? (rubric pkp-2019 has a.1 to c.3)\n"
    "salah.yaml:6:3: duplicate key 'a.1' (first given on line 3)\n"
)


# The option keys of the default rubric, criterion by criterion.
KEYS = {c.id: [o.key for o in c.choices] for c in load_rubric("pkp-2019").all_criteria()}


def varied_answers(rng: random.Random, unit: str) -> str:
    """Return an answers file with short and long answers, notes, skips and odd case."""
    lines = ["rubric: pkp-2019", f"unit: {unit}", 'period: "2026"', "answers:"]
    for ident, keys in KEYS.items():
        roll = rng.random()
        key = rng.choice(keys)
        if roll < 0.1:
            continue
        if roll < 0.2:
            lines.append(f"  {ident}:")
        elif roll < 0.4:
            lines += [f"  {ident}:", f"    answer: {key.upper()}", f"    note: catatan {unit}"]
            lines.append(f"    evidence: [bukti/{ident}.pdf]")
        else:
            lines.append(f"  {ident}: {key}")
    return "\n".join(lines) + "\n"


# The interview driven by a script: what it shows, what it saves.
ALL_IDS = ["a.1", "a.2", "a.3", "a.4", "b.1", "b.2", "b.3", "b.4", "b.5", "c.1", "c.2", "c.3"]


FULL = ["ya", "b", "a", "b", "a", "c", "a", "b", "ya", "a", "tidak", "a"]


NUMERIC_RUBRIC = """\
id: angka
version: "1"
title: Angka
source: {regulation: Uji}
indicators:
  - id: x
    title: {id: Layanan, en: Services}
    weight: 2
    criteria:
      - id: x.1
        question: Berapa persen layanan memiliki SOP?
        type: percentage
      - id: x.2
        question: Berapa pegawai yang telah dilatih?
        type: ratio
        numerator: {id: pegawai terlatih, en: trained staff}
        denominator: {id: seluruh pegawai, en: all staff}
      - id: x.3
        question: Kualitas?
        options:
          - {key: q, label: Bagus, value: 1}
          - {key: r, label: Kurang, value: 0}
"""


def render(screen) -> str:
    console = Console(file=io.StringIO(), width=80, color_system=None, highlight=False)
    console.print(screen)
    # Rich pads table cells with spaces; a terminal shows none of them.
    return "".join(line.rstrip() + "\n" for line in console.file.getvalue().splitlines())


class Script:
    """A prompter that types the given lines and records everything shown and asked."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = list(lines)
        self.shown: list[str] = []
        self.prompts: list[str] = []
        self.transcript: list[str] = []

    def show(self, screen) -> None:
        self.shown.append(render(screen))
        self.transcript.append(self.shown[-1])

    def ask(self, prompt) -> str:
        self.prompts.append(prompt.plain)
        self.transcript.append(prompt.plain)
        if not self.lines:
            raise EOFError
        return self.lines.pop(0)

    @property
    def text(self) -> str:
        return "".join(self.transcript)


class Saves:
    """The real save callback, plus the file read back with the real loader after every save."""

    def __init__(
        self, path: Path, rubric: Rubric, lang: Lang = "id", ref: str | None = None
    ) -> None:
        self.path = path
        self.rubric = rubric
        self.ref = ref
        self.write = file_saver(path, rubric, lang)
        self.snapshots: list[AnswerSet] = []

    def __call__(self, answer_set: AnswerSet) -> None:
        self.write(answer_set)
        self.snapshots.append(self.loaded())

    def loaded(self) -> AnswerSet:
        return load_answers(self.path, self.ref)[1]

    def keys(self, index: int = -1) -> dict[str, str | None]:
        return answered(self.snapshots[index])


def answered(answer_set: AnswerSet) -> dict[str, str | None]:
    """Map each answered criterion id to its key (the file lists empty ones too)."""
    return {i: a.key for i, a in answer_set.answers.items() if a.answered}


def random_answers(rubric, rng: random.Random) -> str:
    lines = ["rubric: " + rubric.id, "unit: =Unit Acak", "answers:"]
    for criterion in rubric.all_criteria():
        if rng.random() < 0.2:
            continue  # unanswered counts 0
        if criterion.type == "choice":
            lines.append(f"  {criterion.id}: {rng.choice(criterion.choices).key}")
        elif criterion.type == "percentage":
            lines.append(f"  {criterion.id}: {rng.randint(0, 100)}")
        else:
            lines.append(
                f"  {criterion.id}: {{numerator: {rng.randint(0, 9)}, "
                f"denominator: {rng.randint(1, 6)}}}"
            )
    return "\n".join(lines) + "\n"


NEEDS_SOFFICE = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)


def recalculated(work: Path, *sources: Path) -> Path:
    """Have LibreOffice open, recalculate and save ``sources`` into ``work``/out; the folder."""
    out = work / "lo-out"
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{work}/lo",
         "--convert-to", "xlsx", "--outdir", str(out), *(str(s) for s in sources)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return out

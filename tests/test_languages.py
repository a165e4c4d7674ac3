"""A whole session in each language, through the real command: no word of the other language,
and the decimal separator of the language in every number a person reads."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from helpers import EXAMPLES, run_pkm
from pkmcli.rubric.catalog import load_rubric

# The unit's own answers and the internal evaluators' review: a table, gates, findings.
GOOD = """\
rubric: pkp-2019
unit: Kantor Uji
period: "2026"
assessor: Tim Uji
answers:
  a.1: ya
  a.2: b
  a.3: c
  a.4: b
  b.1: a
  b.2: b
  b.3: b
  b.4: c
  b.5: ya
  c.1: b
  c.2: ya
reviews:
  - stage: tpi
    assessor: Tim Penilai Uji
    date: 2026-03-01
    answers:
      a.2: c
      b.1: b
"""
OTHER = GOOD.replace("Kantor Uji", "Kantor Kedua").replace("a.1: ya", "a.1: tidak", 1)
BROKEN = "rubric: pkp-2019\nunit: Kantor Rusak\nanswers:\n  a.2: f\n  a.9: ya\n"

# What is not a number written for a reader: links, file names, dates.
MACHINE = re.compile(
    r"https?://\S+|[\w./-]+\.(?:yaml|yml|json|xlsx|csv|md|html)\b|\b\d{4}-\d{2}-\d{2}\b"
)
POINTED = re.compile(r"\d\.\d\d")
# Words that give Indonesian away in English output.
INDONESIAN = re.compile(
    r"\b(tidak|berkas|jawaban|belum|ditulis|bukan|dengan|yang|untuk|dari|dan|atau|pada|ini|"
    r"harus|sudah|akan|kosong|nilai|kriteria|laporan|penilaian|dijawab|ambang|rerata|tahap)\b",
    re.IGNORECASE,
)
QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")


class _Text(HTMLParser):
    """The text a reader sees in an HTML page: no markup, no style sheet, no script."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002 - the parser's signature
        self._hidden += tag in {"style", "script"}

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in {"style", "script"}

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return " ".join(parser.parts)


def session(folder: Path, lang: str) -> dict[str, str]:
    """Run a unit's session under ``PKM_LANG=lang``; return each human output by name."""
    (folder / "unit").mkdir()
    (folder / "unit" / "kantor-uji.yaml").write_text(GOOD, encoding="utf-8")
    (folder / "unit" / "kantor-kedua.yaml").write_text(OTHER, encoding="utf-8")
    (folder / "rusak.yaml").write_text(BROKEN, encoding="utf-8")
    shutil.copyfile(EXAMPLES / "survei-kepuasan-2026.csv", folder / "survei.csv")
    good = "unit/kantor-uji.yaml"

    def pkm(*args: str, code: int = 0) -> str:
        done = run_pkm(*args, cwd=folder, PKM_LANG=lang, COLUMNS="100")
        assert done.returncode == code, (args, done.stderr)
        return done.stdout + done.stderr

    said = {
        "init": pkm("init", "baru.yaml", "--unit", "Kantor Baru"),
        "validate": pkm("validate", "rusak.yaml", good, code=3),
        "score": pkm("score", good, "--fail-under", "80", code=1),
        "score table": pkm("score", "unit", "--fail-under", "60", code=1),
        "score md": pkm("score", "unit", "-f", "md", "--fail-under-indicator", "a=70", code=1),
        "score junit": pkm("score", "unit", "-f", "junit", "--fail-under", "60", code=1),
        "report": pkm("report", good, "-o", "laporan.md"),
        "report html": pkm("report", good, "-f", "html", "-o", "laporan.html"),
        "portfolio": pkm("report", "unit", "-o", "portofolio.md"),
        "export": pkm("export", good, "-o", "lke.xlsx"),
        "import": pkm("import", "lke.xlsx", "-o", "kembali.yaml"),
        "skm": pkm("skm", "survei.csv"),
    }
    for name in ("laporan.md", "portofolio.md"):
        said[name] = (folder / name).read_text(encoding="utf-8")
    said["laporan.html"] = visible((folder / "laporan.html").read_text(encoding="utf-8"))
    return said


def test_an_indonesian_session_writes_decimal_commas(tmp_path):
    said = session(tmp_path, "id")
    for name, text in said.items():
        shown = MACHINE.sub("", text)
        if name == "score junit":  # properties are data; what a person reads is in the cases
            shown = re.sub(r'<property name="\w+" value="[^"]*" />', "", shown)
        assert POINTED.findall(shown) == [], name
    assert "bukan pilihan di sini" in said["validate"]
    assert "Belum dijawab: c.3" in said["score"]
    assert "di bawah ambang --fail-under 80%" in said["score"]
    assert "Ringkasan penilaian" in said["score table"]
    assert "| Rata-rata total |" in said["score md"]
    assert "capaian " in said["score junit"]
    assert re.search(r"\d,\d\d", said["score junit"])
    assert said["report"] == "laporan ditulis ke laporan.md\n"
    assert "# Laporan Penilaian Mandiri Zona Integritas" in said["laporan.md"]
    assert "Temuan dan rekomendasi" in said["laporan.md"]
    assert re.search(r"\*\*Nilai total \(TPI\): \d,\d\d dari 10,00", said["laporan.md"])
    assert "Nilai per indikator" in said["laporan.html"]
    assert "Laporan Portofolio" in said["portofolio.md"]
    assert "ditulis" in said["export"]
    assert "ditulis" in said["import"]
    assert "Survei Kepuasan Masyarakat" in said["skm"]


def test_an_english_session_says_no_indonesian_word(tmp_path):
    said = session(tmp_path, "en")
    # Proper names stay as they are: the regulations, and what the files and data call things.
    names = [load_rubric("pkp-2019").source.regulation, "Blm Diisi"]
    for name, text in said.items():
        shown = MACHINE.sub("", QUOTED.sub("", text))
        for proper in names:
            shown = shown.replace(proper, "")
        assert INDONESIAN.findall(shown) == [], name
        assert not re.search(r"\d,\d\d", shown), name
    assert "is not an option here" in said["validate"]
    assert "Unanswered: c.3" in said["score"]
    assert "Assessment summary" in said["score table"]
    assert said["report"] == "wrote laporan.md\n"
    assert "# Integrity Zone Self-Assessment Report" in said["laporan.md"]
    assert "Public Satisfaction Survey" in said["skm"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("6.03 in kantor-pelayanan-a.yaml", ["6.03"]),
        ("kantor-2.05.yaml, 2026-03-01, https://x.example/1.25", []),
        ("6,03 (60,26%)", []),
    ],
)
def test_the_check_tells_numbers_from_names(text, found):
    assert POINTED.findall(MACHINE.sub("", text)) == found

"""A review stage with scripted answers: agree, change, notes, revision, resume, the review."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from helpers import ALL_IDS, NUMERIC_RUBRIC, Script
from pkmcli.answers.model import Answer, AnswerSet, Review
from pkmcli.answers.reader import load_answers
from pkmcli.errors import ExitCode, PkmError, UsageError
from pkmcli.interview.flow import Outcome
from pkmcli.interview.review import StageReview
from pkmcli.interview.sessions import open_review
from pkmcli.interview.terminal import file_saver
from pkmcli.language import Lang

UNIT = """\
# Penilaian mandiri 2026
rubric: pkp-2019
unit: Kantor Pelayanan X   # nama resmi
answers:
  a.1: {answer: Ya, note: SK ada, evidence: [sk.pdf, bukti/hilang.pdf, "https://example.go.id/sk"]}
  # a.2 dicek kepala seksi
  a.2: b
  a.3: a
  a.4: b
  b.1: a
  b.2: c
  b.3: a
  b.4: b
  b.5: ya
  c.1: a
  c.2: tidak
  c.3: a   # survei 2025
"""
TPI = """\
reviews:
  - stage: tpi   # desk evaluation
    assessor: Tim Penilai Internal
    date: 2026-03-01
    answers:
      a.1: ya
      a.2:
        answer: c
        note: Maklumat belum di media daring
        revision: true
"""
REVIEW_PROMPT = "Selesai? [Enter = ya, atau ketik id]: "


class Evaluation:
    """An answers file on disk, opened for one stage, and a scripted evaluator."""

    def __init__(self, path: Path, stage: str, lines: list[str], lang: Lang = "id", **fields):
        self.path = path
        session = open_review(path, stage, None, fields, path.name, lang)
        self.script = Script(lines)
        self.flow = StageReview(
            session.rubric,
            session.answer_set,
            stage,
            self.script,
            file_saver(path, session.rubric, lang, session),
            lang,
            path.parent,
        )
        self.stage = stage

    def run(self, *, restart: bool = False) -> Outcome:
        return self.flow.run(restart=restart)

    def saved(self) -> dict[str, Answer]:
        """Return the stage's entries as the file holds them now."""
        reviews = load_answers(self.path)[1].reviews
        return next(r for r in reviews if r.stage == self.stage).answers


@pytest.fixture
def unit_file(tmp_path) -> Path:
    path = tmp_path / "jawaban.yaml"
    path.write_text(UNIT, encoding="utf-8")
    (tmp_path / "sk.pdf").write_bytes(b"%PDF")
    return path


def test_enter_agrees_and_records_the_inherited_answer_in_the_stage(unit_file):
    review = Evaluation(unit_file, "tpi", ["", ""])
    with pytest.raises(EOFError):
        review.run()
    # The unit wrote "Ya": agreeing writes the rubric's key.
    assert review.saved() == {"a.1": Answer(key="ya"), "a.2": Answer(key="b")}
    text = unit_file.read_text()
    assert text == UNIT + ("reviews:\n  - stage: tpi\n    answers:\n      a.1: ya\n      a.2: b\n")


def test_an_option_key_answers_otherwise_and_notes_go_to_the_stage(unit_file):
    lines = ["TIDAK + SK belum ditandatangani", "c", "@ bukti/tpi-a3.pdf", "q"]
    review = Evaluation(unit_file, "tpi", lines, assessor="Tim A", date="2026-03-02")
    assert review.run() is Outcome.QUIT
    assert review.saved() == {
        "a.1": Answer(key="tidak", note="SK belum ditandatangani"),
        "a.2": Answer(key="c"),
        "a.3": Answer(evidence=("bukti/tpi-a3.pdf",)),
    }
    loaded = load_answers(unit_file)[1]
    assert loaded.reviews[0].assessor == "Tim A"
    assert loaded.reviews[0].date == "2026-03-02"
    # The unit's own answers are untouched; the stage's note stands beside the unit's.
    assert unit_file.read_text().startswith(UNIT)
    assert loaded.at_stage("tpi").answers["a.1"].note == "SK belum ditandatangani"
    assert loaded.at_stage("unit").answers["a.1"] == Answer(
        key="Ya", note="SK ada", evidence=("sk.pdf", "bukti/hilang.pdf", "https://example.go.id/sk")
    )


def test_the_criterion_screen_shows_the_unit_its_note_and_evidence_and_the_stage(unit_file):
    review = Evaluation(unit_file, "tpi", ["q"])
    review.run()
    assert review.script.shown[0] == (
        "────────────────────────────────────────────────────────────────────────────────\n"
        "a. Standar Pelayanan (bobot 3)                                              1/12\n"
        "a.1  Apakah unit kerja telah memiliki kebijakan standar pelayanan?\n"
        "\n"
        "→  ya     Ya\n"
        "   tidak  Tidak\n"
        "\n"
        "unit  ya · nilai 1 · Ya\n"
        "      Catatan: SK ada\n"
        "      Bukti: sk.pdf (ada), bukti/hilang.pdf (tidak ditemukan),\n"
        "      https://example.go.id/sk (tautan)\n"
        "tpi   belum ditinjau\n"
        "\n"
        "Enter setuju  < kembali  + catatan  @ bukti  ! revisi  ? bantuan  q keluar\n"
    )
    assert review.script.prompts == ["a.1 [ya/tidak] (ya): "]


def test_a_later_stage_sees_the_earlier_stage_and_agrees_with_it(unit_file):
    unit_file.write_text(UNIT + TPI, encoding="utf-8")
    review = Evaluation(unit_file, "tpn", [":a.2", "?", "", "q"], "en")
    review.run()
    screen = review.script.shown[1]
    assert (
        "unit  b · value 0.67 · Proclaimed for every service, but only on display in the…\n"
        "tpi   c · value 0.33 · Needs revision · Proclaimed for some services only\n"
        "      Note: Maklumat belum di media daring\n"
        "tpn   not reviewed yet\n"
    ) in screen
    assert "→  c  Proclaimed for some services only\n" in screen
    help_text = review.script.shown[2]
    assert (
        "  Enter, >    agree with the answer that stands (this stage's own answer is\n"
        "              kept)\n" in help_text
    )
    assert "  !           mark or unmark as sent back to the unit for revision\n" in help_text
    # Enter agrees with TPI's c, not with the unit's b; TPI's mark is TPI's own.
    assert review.saved() == {"a.2": Answer(key="c")}
    assert unit_file.read_text().startswith(UNIT + TPI)


def test_the_revision_mark_toggles_and_survives_a_changed_answer(unit_file):
    review = Evaluation(unit_file, "tpi", ["!", "tidak", "!", "!", "q"])
    review.run()
    assert "a.1 ditandai Perlu Revisi.\n" in review.script.shown
    assert "Tanda Perlu Revisi pada a.2 dihapus.\n" in review.script.shown
    # The prompt stays on a.1 after the mark, and the answer after it keeps the mark.
    assert review.script.prompts[:3] == [
        "a.1 [ya/tidak] (ya): ",
        "a.1 [ya/tidak] (ya): ",
        "a.2 [a/b/c/d] (b): ",
    ]
    assert review.saved() == {"a.1": Answer(key="tidak", revision=True)}
    # An entry that holds nothing any more keeps its key, empty, as in the unit's answers.
    assert unit_file.read_text().endswith(
        "    answers:\n      a.1:\n        answer: tidak\n        revision: true\n      a.2:\n"
    )


def test_minus_clears_this_stages_answer_but_keeps_its_note(unit_file):
    unit_file.write_text(UNIT + TPI, encoding="utf-8")
    review = Evaluation(unit_file, "tpi", [":a.2", "-", "q"])
    review.run()
    assert review.saved() == {
        "a.1": Answer(key="ya"),
        "a.2": Answer(note="Maklumat belum di media daring", revision=True),
    }
    assert "Jawaban tahap ini untuk a.2 dihapus; kriteria ini belum ditinjau.\n" in (
        review.script.shown
    )


def test_resume_starts_at_the_first_criterion_not_reviewed_and_restart_walks_all(unit_file):
    unit_file.write_text(UNIT + TPI, encoding="utf-8")
    review = Evaluation(unit_file, "tpi", ["", "q"])
    review.run()
    # a.2 holds an answer (c): reviewed; a.3 is the first open one.
    assert review.script.prompts == ["a.3 [a/b/c/d] (a): ", "a.4 [a/b/c] (b): "]
    assert review.saved()["a.3"] == Answer(key="a")
    review = Evaluation(unit_file, "tpi", ["", "", "q"])
    review.run(restart=True)
    assert review.script.prompts[:2] == ["a.1 [ya/tidak] (ya): ", "a.2 [a/b/c/d] (c): "]
    assert "Enter tetap" in review.script.shown[0]
    # Enter keeps a reviewed answer (c stays, with its note and mark): nothing is saved.
    assert review.saved()["a.2"] == Answer(
        key="c", note="Maklumat belum di media daring", revision=True
    )


def test_enter_on_a_criterion_the_unit_left_open_says_so_and_records_nothing(tmp_path):
    path = tmp_path / "j.yaml"
    path.write_text("rubric: pkp-2019\nanswers:\n  a.2: b\n", encoding="utf-8")
    review = Evaluation(path, "tpi", ["", "q"])
    review.run()
    assert (
        "Unit belum menjawab a.1, jadi tidak ada yang disetujui; ketik jawaban untuk\n"
        "menilainya.\n" in review.script.shown
    )
    assert review.script.prompts == ["a.1 [ya/tidak]: ", "a.2 [a/b/c/d] (b): "]
    assert path.read_text() == "rubric: pkp-2019\nanswers:\n  a.2: b\n"


def test_the_review_screen_lists_both_answers_the_scores_and_what_differs(unit_file):
    lines = ["", "!", "c + belum daring", *[""] * 10, "b.1", "b", ""]
    review = Evaluation(unit_file, "tpi", lines)
    assert review.run() is Outcome.FINISHED
    first = next(s for s in review.script.shown if "Tinjauan Tim Penilai Internal" in s)
    assert first == (
        "────────────────────────────────────────────────────────────────────────────────\n"
        "Tinjauan Tim Penilai Internal (TPI) · 12/12 ditinjau\n"
        "a. Standar Pelayanan\n"
        "       unit   tpi\n"
        "  a.1  ya     ya     setuju\n"
        "  a.2  b      c      diubah · Perlu Revisi [catatan]\n"
        "  a.3  a      a      setuju\n"
        "  a.4  b      b      setuju\n"
        "b. Budaya Pelayanan Prima\n"
        "  b.1  a      a      setuju\n"
        "  b.2  c      c      setuju\n"
        "  b.3  a      a      setuju\n"
        "  b.4  b      b      setuju\n"
        "  b.5  ya     ya     setuju\n"
        "c. Penilaian Kepuasan terhadap Pelayanan\n"
        "  c.1  a      a      setuju\n"
        "  c.2  tidak  tidak  setuju\n"
        "  c.3  a      a      setuju\n"
        "\n"
        "Nilai                                       unit     tpi\n"
        "a. Standar Pelayanan                        2,38    2,12\n"
        "b. Budaya Pelayanan Prima                   2,20    2,20\n"
        "c. Penilaian Kepuasan terhadap Pelayanan    2,67    2,67\n"
        "Total (10)                                  7,25    6,99\n"
        "                                          72,46%  69,91%\n"
        "\n"
        "Berbeda dari unit: a.2\n"
        "Perlu Revisi: a.2\n"
        "Belum ditinjau: tidak ada\n"
        "\n"
        "Enter selesai  a.1 ubah  < kembali  q keluar\n"
    )
    # After the edit the flow returns to the review, which now lists b.1 as changed.
    last = review.script.shown[-1]
    assert "  b.1  a      b      diubah\n" in last
    assert "Total (10)                                  7,25    6,79\n" in last
    assert "Berbeda dari unit: a.2, b.1\n" in last
    assert review.script.prompts[-2:] == ["b.1 [a/b/c/d] (a): ", REVIEW_PROMPT]
    assert set(review.saved()) == set(ALL_IDS)


def test_scores_are_those_of_the_stage_and_of_the_unit(unit_file):
    unit_file.write_text(UNIT + TPI, encoding="utf-8")
    review = Evaluation(unit_file, "tpi", [])
    unit, stage = review.flow.scores()
    assert round(unit.score, 4) == 7.2462
    # a.2 at c: 0.33 where the unit's b gave 0.67, a quarter of weight 3 less.
    assert round(stage.score, 4) == round(7.2462 - 0.34 / 4 * 3, 4) == 6.9912
    assert unit.answers.answers["a.2"].key == "b"


def test_english_words(unit_file):
    review = Evaluation(unit_file, "tpi", ["q"], "en")
    review.run()
    assert review.script.shown[0].endswith(
        "unit  ya · value 1 · Yes\n"
        "      Note: SK ada\n"
        "      Evidence: sk.pdf (present), bukti/hilang.pdf (missing),\n"
        "      https://example.go.id/sk (link)\n"
        "tpi   not reviewed yet\n"
        "\n"
        "Enter agree  < back  + note  @ evidence  ! revision  ? help  q quit\n"
    )


def test_eof_leaves_every_answer_saved_and_the_rest_of_the_file_as_it_was(unit_file):
    unit_file.write_text(UNIT + TPI + "# akhir\n", encoding="utf-8")
    review = Evaluation(unit_file, "tpi", ["", "b"])
    with pytest.raises(EOFError):
        review.run()
    assert review.saved()["a.3"] == Answer(key="a")
    assert review.saved()["a.4"] == Answer(key="b")
    text = unit_file.read_text()
    assert text.startswith(UNIT + TPI)
    assert text.endswith("      a.3: a\n      a.4: b\n# akhir\n")


# -- opening a file for a stage ---------------------------------------------------------


def open_(path: Path, stage: str = "tpi", lang: Lang = "id", **fields):
    return open_review(path, stage, None, fields, path.name, lang)


def test_a_missing_file_or_one_without_unit_answers_is_invalid_input(tmp_path):
    with pytest.raises(PkmError) as missing:
        open_(tmp_path / "tidak-ada.yaml")
    assert missing.value.exit_code == ExitCode.INVALID
    assert str(missing.value) == "tidak-ada.yaml: berkas atau folder tidak ditemukan"
    empty = tmp_path / "kosong.yaml"
    empty.write_text("rubric: pkp-2019\nanswers:\n  a.1:\n", encoding="utf-8")
    with pytest.raises(PkmError) as blank:
        open_(empty, lang="en")
    assert blank.value.exit_code == ExitCode.INVALID
    assert str(blank.value) == (
        "kosong.yaml: holds no answers of the unit to review; fill them in first with: "
        "pkm assess kosong.yaml"
    )


def test_a_stage_the_rubric_does_not_declare_is_a_usage_error(unit_file):
    with pytest.raises(UsageError) as error:
        open_(unit_file, "tpx")
    assert str(error.value) == (
        "--stage: 'tpx' bukan tahap tinjauan rubrik pkp-2019 (mungkin tpn?); "
        "tahap yang ada: tpi, tpn"
    )
    with pytest.raises(UsageError) as error:
        open_(unit_file, "unit", "en")
    assert str(error.value) == (
        "--stage: 'unit' is not a review stage of rubric pkp-2019; its stages: tpi, tpn"
    )


def test_stages_go_in_order(unit_file):
    unit_file.write_text(UNIT + TPI + "  - stage: tpn\n    answers:\n      a.1: ya\n")
    with pytest.raises(UsageError) as error:
        open_(unit_file, "tpi", "en")
    assert str(error.value) == (
        "jawaban.yaml: stage 'tpn' is already in this file; stages go in order (tpi, tpn), "
        "so 'tpi' can no longer be reviewed"
    )
    assert open_(unit_file, "tpn").resumed


def test_assessor_and_date_are_kept_or_replaced_and_a_new_stage_is_dated_today(unit_file):
    from datetime import date  # noqa: PLC0415

    session = open_review(unit_file, "tpi", None, {}, "j.yaml", "id", date(2026, 3, 4))
    assert not session.resumed
    assert session.answer_set.reviews == (Review("tpi", None, "2026-03-04"),)
    unit_file.write_text(UNIT + TPI)
    session = open_review(
        unit_file, "tpi", None, {"assessor": "Tim B"}, "j.yaml", "id", date(2026, 3, 4)
    )
    assert session.resumed
    assert (session.answer_set.reviews[0].assessor, session.answer_set.reviews[0].date) == (
        "Tim B",
        "2026-03-01",
    )
    with pytest.raises(UsageError) as error:
        open_(unit_file, date="1 Maret")
    assert str(error.value) == (
        "--date: '1 Maret' bukan tanggal; tulis YYYY-MM-DD, misalnya 2026-03-01"
    )


def test_a_stage_the_edit_cannot_place_is_written_afresh_keeping_the_unit(unit_file):
    unit_file.write_text(UNIT + TPI.replace("Tim Penilai Internal", '"Tim\n      Internal"'))
    session = open_(unit_file, assessor="Tim Baru")
    before = load_answers(unit_file)[1]
    save = file_saver(unit_file, session.rubric, "id", session)
    review = StageReview(session.rubric, session.answer_set, "tpi", Script(["b", "q"]), save)
    review.run()
    text = unit_file.read_text()
    assert "# a.2 dicek kepala seksi" not in text  # written afresh, the questions as comments
    after = load_answers(unit_file)[1]
    assert after.answers == before.answers
    assert (after.unit, after.period) == (before.unit, before.period)
    assert after.reviews[0].assessor == "Tim Baru"
    assert after.reviews[0].answers["a.3"] == Answer(key="b")


def test_a_flow_given_answers_without_the_stage_adds_it():
    from pkmcli.rubric.catalog import load_rubric  # noqa: PLC0415

    saves: list[AnswerSet] = []
    unit = AnswerSet(rubric="pkp-2019", answers={"a.1": Answer(key="ya")})
    review = StageReview(load_rubric("pkp-2019"), unit, "tpi", Script([""]), saves.append)
    with pytest.raises(EOFError):
        review.run()
    assert saves == [replace(unit, reviews=(Review("tpi", answers={"a.1": Answer(key="ya")}),))]


def test_percentages_and_ratios_are_agreed_with_and_answered_otherwise(tmp_path):
    rubric_file = tmp_path / "angka.yaml"
    rubric_file.write_text(
        NUMERIC_RUBRIC + "stages:\n  - id: tpi\n    label: {id: TPI, en: TPI}\n", encoding="utf-8"
    )
    path = tmp_path / "j.yaml"
    unit = "rubric: angka\nanswers:\n  x.1: 85.5\n  x.2: {numerator: 45, denominator: 50}\n"
    path.write_text(unit, encoding="utf-8")
    session = open_review(path, "tpi", str(rubric_file), {}, "j.yaml", "en")
    script = Script(["", "40/50", "", ""])
    review = StageReview(
        session.rubric,
        session.answer_set,
        "tpi",
        script,
        file_saver(path, session.rubric, "en", session),
        "en",
    )
    assert review.run() is Outcome.FINISHED
    assert "unit  85.5% · value 0.86\n" in script.shown[0]
    assert "unit  45/50 · value 0.90\n" in script.shown[1]
    assert script.prompts[:3] == ["x.1 [0-100] (85.5%): ", "x.2 [n/d] (45/50): ", "x.3 [q/r]: "]
    reviewed = load_answers(path, str(rubric_file))[1].reviews[0].answers
    assert reviewed == {"x.1": Answer(number=85.5), "x.2": Answer(numerator=40, denominator=50)}
    assert path.read_text().startswith(unit)
    assert "Differs from the unit: x.2\n" in script.shown[-1]
    assert "Not reviewed yet: x.3\n" in script.shown[-1]


def test_numbers_take_a_decimal_comma_in_indonesian(tmp_path):
    rubric_file = tmp_path / "angka.yaml"
    rubric_file.write_text(
        NUMERIC_RUBRIC + "stages:\n  - id: tpi\n    label: {id: TPI, en: TPI}\n", encoding="utf-8"
    )
    path = tmp_path / "j.yaml"
    path.write_text(
        "rubric: angka\nanswers:\n  x.1: 85.5\n  x.2: {numerator: 45.5, denominator: 50}\n"
    )
    session = open_review(path, "tpi", str(rubric_file), {}, "j.yaml", "id")
    script = Script(["", "", "!q"])
    saver = file_saver(path, session.rubric, "id", session)
    review = StageReview(session.rubric, session.answer_set, "tpi", script, saver, "id")
    assert review.run() is Outcome.QUIT
    assert "unit  85,5% · nilai 0,86\n" in script.shown[0]
    assert "unit  45,5/50 · nilai 0,91\n" in script.shown[1]
    ratio = "x.2 [pembilang/penyebut] (45,5/50): "
    assert script.prompts[:3] == ["x.1 [0-100] (85,5%): ", ratio, "x.3 [q/r]: "]


def test_the_stage_scores_follow_the_unanswered_policy():
    from pkmcli.rubric.catalog import load_rubric  # noqa: PLC0415

    rubric = load_rubric("pkp-2019")
    answers = AnswerSet("pkp-2019", answers={"a.1": Answer(key="ya")})
    saved: list[AnswerSet] = []
    for policy, indicator_a in (("zero", 0.75), ("skip", 3.0)):
        flow = StageReview(rubric, answers, "tpi", Script([]), saved.append, policy=policy)
        unit, stage = flow.scores()
        assert unit.policy == stage.policy == policy
        assert unit.indicator("a").score == pytest.approx(indicator_a)

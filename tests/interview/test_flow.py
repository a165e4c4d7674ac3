"""The interview flow with scripted answers: moves, notes, evidence, review, resume, languages."""

from __future__ import annotations

import pytest

from helpers import ALL_IDS, FULL, NUMERIC_RUBRIC, Saves, Script, answered
from pkmcli.answers.model import Answer, AnswerSet
from pkmcli.interview.flow import Interview, Outcome
from pkmcli.interview.sessions import open_session
from pkmcli.language import Lang
from pkmcli.rubric.catalog import load_rubric
from pkmcli.rubric.model import Rubric
from pkmcli.scoring.arithmetic import score_answers


def given(answer_set: AnswerSet) -> dict[str, Answer]:
    """The answers that hold anything: an answer, a note or evidence."""
    return {i: a for i, a in answer_set.answers.items() if a != Answer()}


@pytest.fixture
def rubric() -> Rubric:
    return load_rubric("pkp-2019")


def interview(tmp_path, rubric, lines, answer_set=None, lang: Lang = "id", ref=None):
    script = Script(lines)
    saves = Saves(tmp_path / "jawaban.yaml", rubric, lang, ref)
    answers = answer_set or AnswerSet(rubric=rubric.id, file="jawaban.yaml")
    return Interview(rubric, answers, script, saves, lang), script, saves


def test_full_run_saves_after_every_answer_and_scores_like_pkm_score(tmp_path, rubric):
    run, script, saves = interview(tmp_path, rubric, [*FULL, ""])
    assert run.run() is Outcome.FINISHED
    assert len(saves.snapshots) == 12
    for step, snapshot in enumerate(saves.snapshots, start=1):
        assert list(answered(snapshot)) == ALL_IDS[:step]
    assert saves.keys() == dict(zip(ALL_IDS, FULL, strict=True))
    result = score_answers(rubric, saves.loaded())
    assert round(result.score, 4) == 7.2462
    assert script.prompts[0] == "a.1 [ya/tidak]: "
    assert script.prompts[-1] == "Selesai? [Enter = ya, atau ketik id]: "


def test_first_screen_shows_place_question_options_and_commands(tmp_path, rubric):
    run, script, _ = interview(tmp_path, rubric, ["q"])
    assert run.run() is Outcome.QUIT
    assert script.shown[0] == (
        "────────────────────────────────────────────────────────────────────────────────\n"
        "a. Standar Pelayanan (bobot 3)                                              1/12\n"
        "a.1  Apakah unit kerja telah memiliki kebijakan standar pelayanan?\n"
        "\n"
        "   ya     Ya\n"
        "   tidak  Tidak\n"
        "\n"
        "Enter lewati  < kembali  :id lompat  + catatan  @ bukti  ? bantuan  q keluar\n"
    )


def test_keys_match_in_any_case_and_are_saved_as_the_rubric_writes_them(tmp_path, rubric):
    run, _, saves = interview(tmp_path, rubric, ["YA", "B", "q"])
    run.run()
    assert saves.keys() == {"a.1": "ya", "a.2": "b"}
    assert "  a.1: ya\n" in saves.path.read_text()


def test_back_shows_the_saved_answer_and_changes_it(tmp_path, rubric):
    run, script, saves = interview(tmp_path, rubric, ["ya", "b", "<", "c", "q"])
    run.run()
    assert saves.keys(1) == {"a.1": "ya", "a.2": "b"}
    assert saves.keys() == {"a.1": "ya", "a.2": "c"}
    back = script.shown[3]
    assert "a.2  Apakah unit kerja telah memaklumatkan standar pelayanan?" in back
    assert "→  b  Maklumat untuk semua jenis layanan, tetapi hanya" in back
    assert "Jawaban tersimpan: b\n" in back
    assert back.endswith(
        "Enter tetap  < kembali  :id lompat  + catatan  @ bukti  ? bantuan  q keluar\n"
    )
    assert script.prompts[3] == "a.2 [a/b/c/d] (b): "


def test_back_on_the_first_criterion_says_so(tmp_path, rubric):
    run, script, _ = interview(tmp_path, rubric, ["<", "q"])
    run.run()
    assert "Ini kriteria pertama.\n" in script.shown


def test_enter_and_greater_than_skip_leaving_criteria_unanswered(tmp_path, rubric):
    run, script, saves = interview(tmp_path, rubric, ["", ">", "a", "q"])
    run.run()
    assert saves.keys() == {"a.3": "a"}
    assert len(saves.snapshots) == 1
    assert script.prompts[:3] == ["a.1 [ya/tidak]: ", "a.2 [a/b/c/d]: ", "a.3 [a/b/c/d]: "]


def test_enter_keeps_a_saved_answer(tmp_path, rubric):
    saved = AnswerSet(rubric=rubric.id, answers={"a.1": Answer(key="tidak")})
    run, _, saves = interview(tmp_path, rubric, ["", "q"], saved)
    run.run(restart=True)
    assert saves.snapshots == []


def test_minus_clears_an_answer_but_keeps_its_note(tmp_path, rubric):
    saved = AnswerSet(rubric=rubric.id, answers={"a.1": Answer(key="ya", note="SK 12/2025")})
    run, script, saves = interview(tmp_path, rubric, ["-", "q"], saved)
    run.run(restart=True)
    assert given(saves.loaded()) == {"a.1": Answer(note="SK 12/2025")}
    assert "Jawaban a.1 dihapus; kriteria ini belum dijawab.\n" in script.shown


def test_invalid_input_is_explained_and_asked_again(tmp_path, rubric):
    run, script, saves = interview(tmp_path, rubric, ["ya", "f", "b", "q"])
    run.run()
    assert (
        "'f' bukan pilihan di sini; pilih salah satu dari a, b, c, d (? untuk bantuan).\n"
        in script.shown
    )
    assert saves.keys() == {"a.1": "ya", "a.2": "b"}


def test_jump_to_an_id_and_unknown_ids(tmp_path, rubric):
    run, script, saves = interview(tmp_path, rubric, [":c.9", ":C.2", "ya", "g a.1", "tidak", "q"])
    run.run()
    assert "Tidak ada kriteria 'c.9' (mungkin c.3?); id yang ada: a.1 sampai c.3.\n" in script.shown
    assert script.prompts[2:5] == ["c.2 [ya/tidak]: ", "c.3 [a/b/c/d]: ", "a.1 [ya/tidak]: "]
    assert saves.keys() == {"a.1": "tidak", "c.2": "ya"}


def test_help_shows_guidance_evidence_hint_and_every_command(tmp_path, rubric):
    run, script, _ = interview(tmp_path, rubric, ["?", "q"])
    run.run()
    shown = script.shown[1]
    assert shown.startswith(
        "Panduan: Kebijakan berupa keputusan pimpinan unit yang menetapkan standar\n"
    )
    assert (
        "Bukti dukung: SK penetapan standar pelayanan yang ditandatangani pimpinan unit.\n" in shown
    )
    assert "  ya, tidak  jawab (huruf besar/kecil sama saja)\n" in shown
    assert "  :a.2       lompat ke kriteria a.2\n" in shown
    assert (
        "  q          simpan dan keluar; jalankan perintah yang sama untuk melanjutkan\n" in shown
    )


def test_notes_and_evidence_are_saved_at_once_and_survive_the_answer(tmp_path, rubric):
    lines = [
        "+ Maklumat dipasang di loket,   belum di website",
        "@ bukti/a1 sk.pdf",
        "@",
        "https://example.go.id/sk",
        "bukti/a1 sk.pdf",
        "-1",
        "-5",
        "",
        "ya",
        "q",
    ]
    run, script, saves = interview(tmp_path, rubric, lines)
    run.run()
    note = "Maklumat dipasang di loket, belum di website"
    assert [s.answers["a.1"] for s in saves.snapshots] == [
        Answer(note=note),
        Answer(note=note, evidence=("bukti/a1 sk.pdf",)),
        Answer(note=note, evidence=("bukti/a1 sk.pdf", "https://example.go.id/sk")),
        Answer(note=note, evidence=("https://example.go.id/sk",)),
        Answer(key="ya", note=note, evidence=("https://example.go.id/sk",)),
    ]
    for message in (
        "Catatan disimpan.\n",
        "Bukti disimpan (1 berkas/tautan).\n",
        "Bukti disimpan (2 berkas/tautan).\n",
        "Bukti nomor 1 dihapus.\n",
        "Tidak ada bukti nomor 5.\n",
    ):
        assert message in script.shown
    assert "  1. bukti/a1 sk.pdf\n" in script.shown
    text = saves.path.read_text()
    assert (
        "  a.1:\n    answer: ya\n    note: Maklumat dipasang di loket, belum di website\n"
        "    evidence:\n      - https://example.go.id/sk\n"
    ) in text


def test_an_answer_takes_its_note_or_evidence_on_the_same_line(tmp_path, rubric):
    lines = ["ya + SK Kepala Kantor No. 12/2025", "B @ bukti/a2-maklumat.jpg", "q"]
    run, script, saves = interview(tmp_path, rubric, lines)
    run.run()
    assert saves.snapshots[-1].answers == {
        "a.1": Answer(key="ya", note="SK Kepala Kantor No. 12/2025"),
        "a.2": Answer(key="b", evidence=("bukti/a2-maklumat.jpg",)),
    }
    assert "Catatan disimpan.\n" in script.shown
    # The next screen is the one after the answered criterion.
    assert script.prompts[-1].startswith("a.3 ")


def test_a_note_marker_after_a_non_answer_is_rejected_not_saved(tmp_path, rubric):
    run, script, saves = interview(tmp_path, rubric, ["x + catatan", "q"])
    run.run()
    assert saves.snapshots == []
    assert any("'x + catatan' bukan pilihan di sini" in shown for shown in script.shown)


def test_note_prompt_keeps_or_removes_the_note(tmp_path, rubric):
    saved = AnswerSet(rubric=rubric.id, answers={"a.1": Answer(key="ya", note="lama")})
    run, script, saves = interview(tmp_path, rubric, ["+", "", "+", "-", "q"], saved)
    run.run(restart=True)
    assert "Catatan sekarang: lama\n" in script.shown
    assert script.prompts[1] == "Catatan [Enter = tetap, - = hapus]: "
    assert saves.loaded().answers["a.1"] == Answer(key="ya")
    assert "Catatan dihapus.\n" in script.shown


def test_resume_starts_at_the_first_unanswered_and_keeps_notes_and_metadata(tmp_path, rubric):
    path = tmp_path / "jawaban.yaml"
    path.write_text(
        "rubric: pkp-2019\nunit: Kantor X\nperiod: '2026'\nanswers:\n"
        "  a.1: {answer: ya, note: SK ada, evidence: [sk.pdf]}\n  a.2: b\n  a.4: c\n"
    )
    session = open_session(path, None, {"unit": None, "period": None, "assessor": None}, "j.yaml")
    assert session.resumed
    script = Script(["a", "q"])
    saves = Saves(path, rubric)
    Interview(session.rubric, session.answer_set, script, saves).run()
    assert script.prompts == ["a.3 [a/b/c/d]: ", "b.1 [a/b/c/d]: "]
    saved = saves.loaded()
    assert (saved.unit, saved.period, saved.assessor) == ("Kantor X", "2026", None)
    assert saved.answers["a.1"] == Answer(key="ya", note="SK ada", evidence=("sk.pdf",))
    assert answered(saved) == {
        "a.1": "ya",
        "a.2": "b",
        "a.3": "a",
        "a.4": "c",
    }


def test_resume_skips_answered_criteria_but_restart_walks_them_all(tmp_path, rubric):
    saved = AnswerSet(rubric=rubric.id, answers={"a.2": Answer(key="b"), "a.3": Answer(key="a")})
    run, script, _ = interview(tmp_path, rubric, ["ya", "q"], saved)
    run.run()
    assert script.prompts == ["a.1 [ya/tidak]: ", "a.4 [a/b/c]: "]
    run, script, _ = interview(tmp_path, rubric, ["ya", "", "q"], saved)
    run.run(restart=True)
    assert script.prompts == ["a.1 [ya/tidak]: ", "a.2 [a/b/c/d] (b): ", "a.3 [a/b/c/d] (a): "]


def test_a_complete_file_resumes_on_the_review(tmp_path, rubric):
    saved = AnswerSet(
        rubric=rubric.id, answers={i: Answer(key=k) for i, k in zip(ALL_IDS, FULL, strict=True)}
    )
    run, script, saves = interview(tmp_path, rubric, [""], saved)
    assert run.run() is Outcome.FINISHED
    assert script.prompts == ["Selesai? [Enter = ya, atau ketik id]: "]
    assert saves.snapshots == []


def test_review_lists_every_answer_marks_unanswered_and_edits_by_id(tmp_path, rubric):
    answers = {i: Answer(key=k) for i, k in zip(ALL_IDS, FULL, strict=True) if i != "b.2"}
    answers["a.2"] = Answer(key="b", note="di loket")
    saved = AnswerSet(rubric=rubric.id, answers=answers)
    run, script, saves = interview(tmp_path, rubric, ["", "x", "b.2", "a", ""], saved)
    assert run.run() is Outcome.FINISHED
    # The file resumes at b.2; skipping it leads to the review, as nothing after it is open.
    review = script.shown[1]
    assert review.startswith(
        "────────────────────────────────────────────────────────────────────────────────\n"
        "Tinjauan jawaban · 11/12 terjawab\n"
        "a. Standar Pelayanan\n"
        "  a.1  ya     Ya"
    )
    assert (
        "  a.2  b      [catatan] Maklumat untuk semua jenis layanan, tetapi hanya dipasa…\n"
        in review
    )
    assert "  b.2  -      belum dijawab" in review
    assert review.endswith(
        "Belum dijawab (dihitung 0): b.2\nEnter selesai  b.2 ubah  < kembali  q keluar\n"
    )
    assert "Tidak ada kriteria 'x'; id yang ada: a.1 sampai c.3.\n" in script.shown
    # After the edit the interview returns to the review, not to b.3.
    assert script.prompts[3:] == [
        "b.2 [a/b/c]: ",
        "Selesai? [Enter = ya, atau ketik id]: ",
    ]
    assert "Tinjauan jawaban · 12/12 terjawab\n" in script.shown[-1]
    assert saves.keys()["b.2"] == "a"


def test_back_from_the_review_goes_to_the_last_criterion(tmp_path, rubric):
    saved = AnswerSet(
        rubric=rubric.id, answers={i: Answer(key=k) for i, k in zip(ALL_IDS, FULL, strict=True)}
    )
    run, script, saves = interview(tmp_path, rubric, ["<", "d", "q"], saved)
    assert run.run() is Outcome.QUIT
    assert script.prompts[1] == "c.3 [a/b/c/d] (a): "
    assert saves.keys()["c.3"] == "d"


def test_english_labels(tmp_path, rubric):
    run, script, _ = interview(tmp_path, rubric, ["no", "?", "zz", "q"], lang="en")
    run.run()
    first, second = script.shown[0], script.shown[1]
    assert "a. Service Standards (weight 3)" in first
    assert "a.1  Does the unit have a policy on service standards?" in first
    assert "   ya     Yes\n   tidak  No\n" in first
    assert first.endswith("Enter skip  < back  :id jump  + note  @ evidence  ? help  q quit\n")
    assert (
        "   a  Proclaimed for every service, on display in the service area and published" in second
    )
    assert (
        "Guidance: A service proclamation is a signed, published written pledge to\n" in script.text
    )
    assert "'zz' is not an option here; type one of a, b, c, d (? for help).\n" in script.shown


def test_metadata_is_asked_and_saved_one_by_one(tmp_path, rubric):
    run, script, saves = interview(tmp_path, rubric, ["  Kantor   X ", ""])
    run.ask_metadata(["unit", "assessor"])
    assert script.prompts == ["Unit kerja [Enter = lewati]: ", "Penilai [Enter = lewati]: "]
    assert [(s.unit, s.assessor) for s in saves.snapshots] == [("Kantor X", None)] * 2


def test_eof_and_interrupts_leave_every_answer_saved(tmp_path, rubric):
    run, _, saves = interview(tmp_path, rubric, ["ya", "b"])
    with pytest.raises(EOFError):
        run.run()
    assert saves.keys() == {"a.1": "ya", "a.2": "b"}


def test_percentage_and_ratio_criteria(tmp_path):
    (tmp_path / "angka.yaml").write_text(NUMERIC_RUBRIC)
    ref = str(tmp_path / "angka.yaml")
    lines = ["120", "85,5%", "3/0", "45 / 50", "<", "<", "", "!q"]
    run, script, saves = interview(tmp_path, load_rubric(ref), lines, ref=ref)
    assert run.run() is Outcome.QUIT
    ratio = "x.2 [pembilang/penyebut]: "
    assert script.prompts[:4] == ["x.1 [0-100]: ", "x.1 [0-100]: ", ratio, ratio]
    assert "\n   Ketik persentase 0-100, misalnya 85 atau 85,5.\n" in script.shown[0]
    assert (
        "\n   Ketik pembilang/penyebut, misalnya 45/50 (pegawai terlatih / seluruh\n"
        "   pegawai).\n" in script.shown[2]
    )
    assert "'120' bukan persentase; ketik angka 0-100 (? untuk bantuan).\n" in script.shown
    assert (
        "'3/0' bukan pembilang/penyebut seperti 45/50; penyebut harus lebih dari 0 (?\n"
        "untuk bantuan).\n" in script.shown
    )
    # Indonesian shows a saved number with a decimal comma, as it is typed.
    assert script.prompts[5:7] == ["x.2 [pembilang/penyebut] (45/50): ", "x.1 [0-100] (85,5%): "]
    assert "Jawaban tersimpan: 85,5%" in "".join(script.shown)
    assert given(saves.loaded()) == {
        "x.1": Answer(number=85.5),
        "x.2": Answer(numerator=45, denominator=50),
    }
    # 'q' is an option of x.3, so quitting there takes '!q'.
    assert script.prompts[-1] == "x.3 [q/r]: "
    assert script.shown[-1].endswith("? bantuan  !q keluar\n")

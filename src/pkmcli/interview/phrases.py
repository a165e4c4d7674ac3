"""Every fixed text of the interview, in Indonesian and English."""

from __future__ import annotations

from pkmcli.language import Lang

WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        "weight": "bobot",
        "saved": "Jawaban tersimpan",
        "note": "Catatan",
        "evidence": "Bukti",
        "unanswered": "belum dijawab",
        "guidance": "Panduan",
        "evidence_hint": "Bukti dukung",
        "skip": "lewati",
        "keep": "tetap",
        "back": "kembali",
        "jump": "lompat",
        "help": "bantuan",
        "quit": "keluar",
        "finish": "selesai",
        "change": "ubah",
        "percent_hint": "Ketik persentase 0-100, misalnya 85.",
        "ratio_hint": "Ketik numerator/denominator, misalnya 45/50 ({num} / {den}).",
        "help_title": "Perintah",
        "help_answer": "jawab (huruf besar/kecil sama saja)",
        "help_number": "jawab dengan angka",
        "help_skip": "lanjut; jawaban tersimpan tetap, yang kosong tetap kosong",
        "help_back": "kembali ke kriteria sebelumnya",
        "help_jump": "lompat ke kriteria {id}",
        "help_note": "catatan (+ saja: ubah atau hapus; 'b + ...' menjawab b sekaligus mencatat)",
        "help_evidence": "tambah bukti: path berkas atau tautan (@ saja: kelola daftar; "
        "'b @ ...' menjawab b sekaligus)",
        "help_clear": "hapus jawaban (menjadi belum dijawab)",
        "help_quit": "simpan dan keluar; jalankan perintah yang sama untuk melanjutkan",
        "review": "Tinjauan jawaban",
        "answered": "terjawab",
        "left": "Belum dijawab (dihitung 0)",
        "review_prompt": "Selesai? [Enter = ya, atau ketik id]",
        "review_help": "Ketik id kriteria (mis. {id}) untuk mengubah jawabannya; Enter untuk "
        "selesai dan melihat nilai.",
        "not_option": "'{given}' bukan pilihan di sini; pilih salah satu dari {keys} "
        "(? untuk bantuan).",
        "bad_percentage": "'{given}' bukan persentase; ketik angka 0-100 (? untuk bantuan).",
        "bad_ratio": "'{given}' bukan numerator/denominator seperti 45/50; denominator harus "
        "lebih dari 0 (? untuk bantuan).",
        "first": "Ini kriteria pertama.",
        "unknown_id": "Tidak ada kriteria '{given}'{hint}; id yang ada: {first} sampai {last}.",
        "did_you_mean": " (mungkin {id}?)",
        "cleared": "Jawaban {id} dihapus; kriteria ini belum dijawab.",
        "note_current": "Catatan sekarang: {note}",
        "note_prompt": "Catatan [Enter = tetap, - = hapus]: ",
        "note_saved": "Catatan disimpan.",
        "note_removed": "Catatan dihapus.",
        "evidence_prompt": "Bukti baru [Enter = selesai, -N = hapus nomor N]: ",
        "evidence_added": "Bukti disimpan ({count} berkas/tautan).",
        "evidence_removed": "Bukti nomor {number} dihapus.",
        "no_such_item": "Tidak ada bukti nomor {number}.",
        "meta_unit": "Unit kerja",
        "meta_period": "Periode",
        "meta_assessor": "Penilai",
        "meta_skip": "Enter = lewati",
        "new_file": "Berkas baru {file} (rubrik {rubric}, {count} kriteria). Setiap jawaban "
        "langsung disimpan ke berkas ini.",
        "resumed": "Melanjutkan {file}: {done} dari {count} kriteria terjawab.",
        "restarted": "Mulai lagi dari kriteria pertama; Enter mempertahankan jawaban tersimpan.",
        "interrupted": "Dihentikan. {done} dari {count} kriteria terjawab, semuanya tersimpan di "
        "{file}.\nLanjutkan dengan: {command}",
        "stopped_early": "Dihentikan sebelum ada yang disimpan.",
        "quit_saved": "Tersimpan di {file} ({done} dari {count} kriteria terjawab).\n"
        "Lanjutkan dengan: {command}",
        "finished": "Tersimpan di {file}.\nNilai ulang kapan saja dengan: {command}",
        "no_tty": "masukan (stdin) bukan terminal, jadi wawancara tidak dapat berjalan; isi berkas "
        "jawaban (pkm init FILE) lalu beri nilai dengan: pkm score FILE",
        # pkm review: an evaluator's stage over the unit's answers.
        "value": "nilai",
        "present": "ada",
        "missing": "tidak ditemukan",
        "link": "tautan",
        "not_reviewed": "belum ditinjau",
        "agreed": "setuju",
        "changed": "diubah",
        "revision": "Perlu Revisi",
        "agree": "setuju",
        "revision_command": "revisi",
        "help_agree": "setuju dengan jawaban yang berlaku (jawaban tahap ini yang sudah ada tetap)",
        "help_revision": "tandai atau hapus tanda Perlu Revisi (dikembalikan ke unit)",
        "help_clear_review": "hapus jawaban tahap ini (kriteria menjadi belum ditinjau)",
        "review_cleared": "Jawaban tahap ini untuk {id} dihapus; kriteria ini belum ditinjau.",
        "revision_set": "{id} ditandai Perlu Revisi.",
        "revision_unset": "Tanda Perlu Revisi pada {id} dihapus.",
        "nothing_to_agree": "Unit belum menjawab {id}, jadi tidak ada yang disetujui; ketik "
        "jawaban untuk menilainya.",
        "stage_title": "Tinjauan {stage} · {done}/{count} ditinjau",
        "scores": "Nilai",
        "total": "Total",
        "differs": "Berbeda dari unit",
        "sent_back": "Perlu Revisi",
        "not_reviewed_list": "Belum ditinjau",
        "none": "tidak ada",
        "stage_review_help": "Ketik id kriteria (mis. {id}) untuk mengubah jawaban tahap ini; "
        "Enter untuk selesai.",
        "review_opened": "Tinjauan {stage} atas {file}: {done} dari {count} kriteria ditinjau.",
        "review_new": "Tinjauan {stage} baru atas {file} ({count} kriteria). Setiap jawaban "
        "langsung disimpan di tahap ini; jawaban unit tidak diubah.",
        "review_interrupted": "Dihentikan. {done} dari {count} kriteria ditinjau, semuanya "
        "tersimpan di {file}.\nLanjutkan dengan: {command}",
        "review_quit": "Tersimpan di {file} ({done} dari {count} kriteria ditinjau).\n"
        "Lanjutkan dengan: {command}",
        "review_finished": "Tersimpan di {file}.\nNilai tahap ini kapan saja dengan: {command}",
        "review_no_tty": "masukan (stdin) bukan terminal, jadi tinjauan tidak dapat berjalan; "
        "tulis jawaban tahap ini di bawah reviews: dalam berkas jawaban lalu beri nilai dengan: "
        "pkm score FILE --stage ID",
        "unknown_stage": "'{given}' bukan tahap tinjauan rubrik {rubric}{hint}; tahap yang ada: "
        "{stages}",
        "no_stages": "rubrik {rubric} tidak menyatakan tahap tinjauan",
        "later_stage": "tahap '{later}' sudah ada di berkas ini; tahap berjalan berurutan "
        "({stages}), jadi '{stage}' tidak dapat ditinjau lagi",
        "no_unit_answers": "belum ada jawaban unit untuk ditinjau; isi dulu dengan: {command}",
        "bad_date": "'{given}' bukan tanggal; tulis YYYY-MM-DD, misalnya 2026-03-01",
    },
    "en": {
        "weight": "weight",
        "saved": "Saved answer",
        "note": "Note",
        "evidence": "Evidence",
        "unanswered": "unanswered",
        "guidance": "Guidance",
        "evidence_hint": "Supporting evidence",
        "skip": "skip",
        "keep": "keep",
        "back": "back",
        "jump": "jump",
        "help": "help",
        "quit": "quit",
        "finish": "finish",
        "change": "change",
        "percent_hint": "Type a percentage from 0 to 100, for example 85.",
        "ratio_hint": "Type numerator/denominator, for example 45/50 ({num} / {den}).",
        "help_title": "Commands",
        "help_answer": "answer (any case)",
        "help_number": "answer with a number",
        "help_skip": "go on; a saved answer is kept, an empty one stays empty",
        "help_back": "back to the previous criterion",
        "help_jump": "jump to criterion {id}",
        "help_note": "note (+ alone: change or remove it; 'b + ...' answers b and notes at once)",
        "help_evidence": "add evidence: a file path or a link (@ alone: manage the list; "
        "'b @ ...' answers b and adds it)",
        "help_clear": "clear the answer (make it unanswered)",
        "help_quit": "save and quit; run the same command again to go on",
        "review": "Review",
        "answered": "answered",
        "left": "Unanswered (count 0)",
        "review_prompt": "Finish? [Enter = yes, or type an id]",
        "review_help": "Type a criterion id (e.g. {id}) to change its answer; Enter to finish "
        "and see the scores.",
        "not_option": "'{given}' is not an option here; type one of {keys} (? for help).",
        "bad_percentage": "'{given}' is not a percentage; type a number from 0 to 100 "
        "(? for help).",
        "bad_ratio": "'{given}' is not numerator/denominator like 45/50; the denominator must "
        "be more than 0 (? for help).",
        "first": "This is the first criterion.",
        "unknown_id": "No criterion '{given}'{hint}; the ids run from {first} to {last}.",
        "did_you_mean": " (did you mean {id}?)",
        "cleared": "Answer to {id} cleared; it is unanswered now.",
        "note_current": "Current note: {note}",
        "note_prompt": "Note [Enter = keep, - = remove]: ",
        "note_saved": "Note saved.",
        "note_removed": "Note removed.",
        "evidence_prompt": "New evidence [Enter = done, -N = remove number N]: ",
        "evidence_added": "Evidence saved ({count} files/links).",
        "evidence_removed": "Evidence number {number} removed.",
        "no_such_item": "There is no evidence number {number}.",
        "meta_unit": "Unit",
        "meta_period": "Period",
        "meta_assessor": "Assessor",
        "meta_skip": "Enter = skip",
        "new_file": "New file {file} (rubric {rubric}, {count} criteria). Every answer is saved "
        "to it at once.",
        "resumed": "Resuming {file}: {done} of {count} criteria answered.",
        "restarted": "Starting over from the first criterion; Enter keeps a saved answer.",
        "interrupted": "Stopped. {done} of {count} criteria answered, all saved in {file}.\n"
        "Go on with: {command}",
        "stopped_early": "Stopped before anything was saved.",
        "quit_saved": "Saved in {file} ({done} of {count} criteria answered).\n"
        "Go on with: {command}",
        "finished": "Saved in {file}.\nScore it again any time with: {command}",
        "no_tty": "stdin is not a terminal, so the interview cannot run; fill in an answers "
        "file instead (pkm init FILE) and score it with: pkm score FILE",
        # pkm review: an evaluator's stage over the unit's answers.
        "value": "value",
        "present": "present",
        "missing": "missing",
        "link": "link",
        "not_reviewed": "not reviewed yet",
        "agreed": "agreed",
        "changed": "changed",
        "revision": "Needs revision",
        "agree": "agree",
        "revision_command": "revision",
        "help_agree": "agree with the answer that stands (this stage's own answer is kept)",
        "help_revision": "mark or unmark as sent back to the unit for revision",
        "help_clear_review": "clear this stage's answer (the criterion counts as not reviewed)",
        "review_cleared": "This stage's answer to {id} cleared; it is not reviewed now.",
        "revision_set": "{id} marked: needs revision.",
        "revision_unset": "{id} no longer marked for revision.",
        "nothing_to_agree": "The unit left {id} unanswered, so there is nothing to agree with; "
        "type an answer to give one.",
        "stage_title": "Review by {stage} · {done}/{count} reviewed",
        "scores": "Score",
        "total": "Total",
        "differs": "Differs from the unit",
        "sent_back": "Sent back for revision",
        "not_reviewed_list": "Not reviewed yet",
        "none": "none",
        "stage_review_help": "Type a criterion id (e.g. {id}) to change this stage's answer; "
        "Enter to finish.",
        "review_opened": "Reviewing {file} as {stage}: {done} of {count} criteria reviewed.",
        "review_new": "New review of {file} by {stage} ({count} criteria). Every answer is saved "
        "to this stage at once; the unit's answers are not changed.",
        "review_interrupted": "Stopped. {done} of {count} criteria reviewed, all saved in "
        "{file}.\nGo on with: {command}",
        "review_quit": "Saved in {file} ({done} of {count} criteria reviewed).\n"
        "Go on with: {command}",
        "review_finished": "Saved in {file}.\nScore this stage any time with: {command}",
        "review_no_tty": "stdin is not a terminal, so the review cannot run; write this stage's "
        "answers under reviews: in the answers file instead and score it with: "
        "pkm score FILE --stage ID",
        "unknown_stage": "'{given}' is not a review stage of rubric {rubric}{hint}; its stages: "
        "{stages}",
        "no_stages": "rubric {rubric} declares no review stages",
        "later_stage": "stage '{later}' is already in this file; stages go in order "
        "({stages}), so '{stage}' can no longer be reviewed",
        "no_unit_answers": "holds no answers of the unit to review; fill them in first with: "
        "{command}",
        "bad_date": "'{given}' is not a date; write YYYY-MM-DD, for example 2026-03-01",
    },
}

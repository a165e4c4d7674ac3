"""The report of one unit: its fixed wording (templates read it as ``words``), dates and
what `pkm report` says.
"""

# The printed formulas use the typographic times and minus signs a reader expects.
# ruff: noqa: RUF001

from __future__ import annotations

from pkmcli.language import Lang

WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        "kicker": "Laporan Penilaian Mandiri Zona Integritas",
        "unit": "Unit kerja",
        "period": "Periode",
        "assessor": "Penilai",
        "rubric": "Rubrik",
        "version": "versi",
        "edition": "edisi",
        "section": "Bagian",
        "arithmetic": "Perhitungan",
        "source": "Dasar",
        "generated": "Tanggal laporan",
        "answers_file": "Berkas jawaban",
        "not_given": "—",
        "summary": "Ringkasan",
        "total": "Nilai total",
        "of": "dari",
        "percent": "Persentase",
        "grade": "Predikat",
        "answered": "Kriteria dijawab",
        "unanswered": "Belum dijawab",
        "headroom": "Ruang perbaikan",
        "previous": "Penilaian sebelumnya",
        "previous_short": "Sebelumnya",
        "change": "Perubahan",
        "since": "sejak",
        "up": "naik",
        "down": "turun",
        "same": "tetap",
        "indicators": "Nilai per indikator",
        "indicator": "Indikator",
        "weight": "Bobot",
        "mean": "Rerata",
        "score": "Nilai",
        "bar": "Capaian",
        "chart": "Capaian tiap indikator, dalam persen dari bobotnya",
        "total_row": "Total",
        "criteria": "Rincian per kriteria",
        "criteria_count": "kriteria",
        "number": "No.",
        "criterion": "Kriteria",
        "question": "Pertanyaan",
        "answer": "Jawaban",
        "value": "Nilai",
        "note": "Catatan",
        "evidence": "Bukti dukung",
        "missing_file": "berkas tidak ditemukan",
        "next": "Langkah berikutnya",
        "next_intro": (
            "Setiap kriteria yang belum mencapai pilihan terbaiknya, diurutkan menurut tambahan "
            "nilai total bila kriteria itu naik ke pilihan berikutnya yang lebih baik."
        ),
        "next_none": "Semua kriteria sudah berada pada pilihan terbaiknya.",
        "now": "Saat ini",
        "target": "Pilihan berikutnya",
        "target_full": "capaian 100%",
        "recommendation": "Rekomendasi",
        "gain": "Tambahan nilai",
        "answer_it": "Jawab kriteria ini; selama belum dijawab nilainya 0.",
        "reach": "Penuhi kondisi pilihan berikutnya.",
        "raise": "Naikkan capaian kriteria ini menuju 100%.",
        "method": "Metode perhitungan",
        "method_values": (
            "Setiap pilihan jawaban bernilai antara 0 dan 1 menurut rubrik; jawaban persentase "
            "bernilai persentase itu ÷ 100 dan jawaban rasio bernilai pembilang ÷ penyebut "
            "(paling tinggi 1)."
        ),
        "method_indicator": (
            "Nilai indikator = rerata nilai SEMUA kriterianya × bobot indikator. Kriteria yang "
            "belum dijawab dihitung 0 dalam rerata itu."
        ),
        "method_total": (
            "Nilai total = jumlah nilai semua indikator; persentase = nilai total ÷ jumlah bobot "
            "× 100."
        ),
        "method_gain": (
            "Tambahan nilai pada langkah berikutnya = (nilai pilihan berikutnya − nilai saat ini) "
            "÷ jumlah kriteria indikatornya × bobot indikator."
        ),
        "method_rounding": (
            "Perhitungan memakai presisi penuh; angka dibulatkan ke dua desimal hanya saat "
            "ditampilkan, sehingga penjumlahan manual angka yang tampil dapat berselisih 0,01."
        ),
        "method_change": (
            "Perubahan = nilai sekarang − nilai penilaian sebelumnya, keduanya sebagaimana "
            "ditampilkan (dua desimal)."
        ),
        "worked": "Perhitungan laporan ini",
        "rubric_notes": "Catatan rubrik",
        "footer": "Dibuat dengan pkm dari berkas jawaban",
        "stages": "Tahap penilaian",
        "reported_stage": "Tahap yang dilaporkan",
        "unit_stage": "Unit kerja (penilaian mandiri)",
        "stage": "Tahap",
        "date": "Tanggal",
        "stage_totals": "Nilai per tahap",
        "stage_chart": "Capaian tiap indikator per tahap, dalam persen dari bobotnya",
        "from_unit": "Perubahan dari unit",
        "stage_answer": "Jawaban {stage}",
        "stage_value": "Nilai {stage}",
        "stage_note": "Catatan {stage}",
        "inherited": "= {stage}",
        "agrees": "setuju",
        "revision": "revisi",
        "revision_by": "Dikembalikan untuk revisi oleh {stage}.",
        "findings": "Temuan dan rekomendasi",
        "findings_intro": (
            "Kriteria yang jawabannya diubah penilai atau dikembalikan untuk direvisi, "
            "sebagaimana pada tahap {stage}. Unit kerja menindaklanjuti setiap rekomendasi, lalu "
            "penilai memeriksanya kembali."
        ),
        "findings_none": (
            "Penilai tidak mengubah jawaban unit dan tidak mengembalikan kriteria untuk direvisi."
        ),
        "finding": "Temuan",
        "finding_changed": (
            "Jawaban unit {before} (nilai {was}) diubah oleh {stage} menjadi {after} (nilai {now})."
        ),
        "finding_kept": "Jawaban unit {before} (nilai {was}) tidak diubah.",
        "finding_answered": (
            "Kriteria yang belum dijawab unit (nilai {was}) dijawab oleh {stage}: {after} "
            "(nilai {now})."
        ),
        "value_change": "Perubahan nilai",
        "effect": "Pengaruh pada nilai total",
        "at_best": "Kriteria ini sudah berada pada pilihan terbaiknya.",
        "method_stages": (
            "Setiap tahap dinilai tersendiri dengan perhitungan yang sama. Jawaban kriteria pada "
            "suatu tahap adalah jawaban tahap terakhir sampai tahap itu yang menjawabnya; jawaban "
            "unit sendiri tidak pernah diubah."
        ),
        "method_effect": (
            "Pengaruh pada nilai total = perubahan nilai kriteria ÷ jumlah kriteria indikatornya "
            "× bobot indikator."
        ),
        # The months of a date written as a letter would
        "month_1": "Januari",
        "month_2": "Februari",
        "month_3": "Maret",
        "month_4": "April",
        "month_5": "Mei",
        "month_6": "Juni",
        "month_7": "Juli",
        "month_8": "Agustus",
        "month_9": "September",
        "month_10": "Oktober",
        "month_11": "November",
        "month_12": "Desember",
        # What `pkm report` says
        "wrote": "laporan ditulis ke {path}",
        "portfolio_only": "hanya berlaku untuk portofolio: berikan beberapa berkas jawaban atau "
        "sebuah folder",
        "baseline_single": "hanya menerima satu berkas jawaban; untuk banyak unit, berikan berkas "
        "setiap periode",
        "no_inputs": "tidak ada berkas jawaban pada masukan yang diberikan",
        "baseline_rubric": "rubric: pembanding menjawab '{named}', sedangkan {file} menjawab "
        "'{rubric}': nilai dua rubrik tidak dapat dibandingkan kriteria demi kriteria (berikan "
        "pembanding dengan rubrik yang sama)",
        "baseline_itself": "pembanding adalah berkas jawaban itu sendiri: setiap perubahan "
        "bernilai 0",
        "baseline_other_unit": "pembanding milik unit '{then}', berkas ini milik '{now}'",
        "baseline_later": "periode pembanding {then} lebih baru daripada periode berkas ini {now}",
        # Templates
        "template_dir_missing": "--template-dir: folder tidak ada",
        "template_dir_not_dir": "--template-dir: bukan folder",
        "template_syntax": "kesalahan sintaks templat: {detail}",
        "template_missing": "templat tidak ditemukan di --template-dir maupun di templat bawaan",
        "template_error": "kesalahan templat: {detail}",
    },
    "en": {
        "kicker": "Integrity Zone Self-Assessment Report",
        "unit": "Unit",
        "period": "Period",
        "assessor": "Assessor",
        "rubric": "Rubric",
        "version": "version",
        "edition": "edition",
        "section": "Section",
        "arithmetic": "Arithmetic",
        "source": "Source",
        "generated": "Report date",
        "answers_file": "Answers file",
        "not_given": "—",
        "summary": "Summary",
        "total": "Total score",
        "of": "out of",
        "percent": "Percentage",
        "grade": "Grade",
        "answered": "Criteria answered",
        "unanswered": "Unanswered",
        "headroom": "Room to improve",
        "previous": "Previous assessment",
        "previous_short": "Previous",
        "change": "Change",
        "since": "since",
        "up": "up",
        "down": "down",
        "same": "no change",
        "indicators": "Scores by indicator",
        "indicator": "Indicator",
        "weight": "Weight",
        "mean": "Mean",
        "score": "Score",
        "bar": "Achieved",
        "chart": "Achievement of each indicator, as a percentage of its weight",
        "total_row": "Total",
        "criteria": "Criteria in detail",
        "criteria_count": "criteria",
        "number": "No.",
        "criterion": "Criterion",
        "question": "Question",
        "answer": "Answer",
        "value": "Value",
        "note": "Note",
        "evidence": "Evidence",
        "missing_file": "file not found",
        "next": "What to do next",
        "next_intro": (
            "Every criterion below its best option, ordered by how much the total score would "
            "rise if it moved up to the next better option."
        ),
        "next_none": "Every criterion is at its best option.",
        "now": "Now",
        "target": "Next option",
        "target_full": "100% achieved",
        "recommendation": "Recommendation",
        "gain": "Score gain",
        "answer_it": "Answer this criterion; until it is answered it counts 0.",
        "reach": "Meet the conditions of the next option.",
        "raise": "Raise this criterion toward 100%.",
        "method": "How the scores are calculated",
        "method_values": (
            "Each answer option is worth between 0 and 1 as the rubric sets it; a percentage "
            "answer is worth that percentage ÷ 100 and a ratio answer numerator ÷ denominator "
            "(at most 1)."
        ),
        "method_indicator": (
            "Indicator score = the mean of the values of ALL its criteria × the indicator's "
            "weight. Unanswered criteria count 0 in that mean."
        ),
        "method_total": (
            "Total score = the sum of the indicator scores; percentage = total score ÷ sum of "
            "weights × 100."
        ),
        "method_gain": (
            "Score gain in What to do next = (value of the next option − current value) ÷ the "
            "number of criteria in its indicator × the indicator's weight."
        ),
        "method_rounding": (
            "Calculations keep full precision; numbers are rounded to two decimals only for "
            "display, so adding the displayed numbers by hand may differ by 0.01."
        ),
        "method_change": (
            "Change = the score now − the score of the previous assessment, both as displayed "
            "(two decimals)."
        ),
        "worked": "The arithmetic of this report",
        "rubric_notes": "Rubric notes",
        "footer": "Made with pkm from the answers file",
        "stages": "Review stages",
        "reported_stage": "Stage reported",
        "unit_stage": "Unit (self-assessment)",
        "stage": "Stage",
        "date": "Date",
        "stage_totals": "Scores by stage",
        "stage_chart": "Achievement of each indicator at each stage, as a percentage of its weight",
        "from_unit": "Change from the unit",
        "stage_answer": "{stage} answer",
        "stage_value": "{stage} value",
        "stage_note": "{stage} note",
        "inherited": "= {stage}",
        "agrees": "agrees",
        "revision": "revision",
        "revision_by": "Sent back for revision by {stage}.",
        "findings": "Findings and recommendations",
        "findings_intro": (
            "The criteria whose answer an evaluator changed or sent back for revision, as they "
            "stand at stage {stage}. The unit follows up each recommendation, and the evaluators "
            "check it again."
        ),
        "findings_none": (
            "The evaluators changed none of the unit's answers and sent no criterion back for "
            "revision."
        ),
        "finding": "Finding",
        "finding_changed": (
            "The unit's answer {before} (value {was}) was changed by {stage} to {after} "
            "(value {now})."
        ),
        "finding_kept": "The unit's answer {before} (value {was}) was not changed.",
        "finding_answered": (
            "A criterion the unit left unanswered (value {was}) was answered by {stage}: {after} "
            "(value {now})."
        ),
        "value_change": "Value change",
        "effect": "Effect on the total",
        "at_best": "This criterion is at its best option.",
        "method_stages": (
            "Each stage is scored on its own with the same arithmetic. A criterion's answer at a "
            "stage is that of the latest stage up to it that answered it; the unit's own answers "
            "are never changed."
        ),
        "method_effect": (
            "Effect on the total = the criterion's value change ÷ the number of criteria in its "
            "indicator × the indicator's weight."
        ),
        "month_1": "January",
        "month_2": "February",
        "month_3": "March",
        "month_4": "April",
        "month_5": "May",
        "month_6": "June",
        "month_7": "July",
        "month_8": "August",
        "month_9": "September",
        "month_10": "October",
        "month_11": "November",
        "month_12": "December",
        "wrote": "wrote {path}",
        "portfolio_only": "applies to a portfolio: give several answers files or a folder",
        "baseline_single": "takes one answers file; for many units give every period's files "
        "instead",
        "no_inputs": "no answers files in the given inputs",
        "baseline_rubric": "rubric: the baseline answers '{named}' and {file} answers "
        "'{rubric}': scores of two rubrics cannot be compared criterion by criterion (give a "
        "baseline of the same rubric)",
        "baseline_itself": "the baseline is the answers file itself: every change shows 0",
        "baseline_other_unit": "the baseline is of unit '{then}', this file of '{now}'",
        "baseline_later": "the baseline's period {then} comes after this file's {now}",
        "template_dir_missing": "--template-dir: no such directory",
        "template_dir_not_dir": "--template-dir: not a directory",
        "template_syntax": "template syntax error: {detail}",
        "template_missing": "template not found in --template-dir or the shipped templates",
        "template_error": "template error: {detail}",
    },
}
